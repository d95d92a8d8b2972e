"""Resources from plain data, as a program would register them: for the pack tests and the benchmark."""

from __future__ import annotations

import json
from typing import Any

from starter_shared.facts import urn as make_urn

from tools.offline_preview.analyzer import properties_struct
from tools.offline_preview.engine import RecordedResource


def custom_resource(
    type_: str,
    name: str,
    props: dict[str, Any],
    *,
    stack: str,
    project: str,
    protect: bool = False,
    links: dict[str, list[str]] | None = None,
) -> RecordedResource:
    """A top-level custom resource from plain data, as a program would register it (tests, benchmarks):
    ``links`` are its property dependencies, and it depends on every resource they name."""
    links = links or {}
    return RecordedResource(
        urn=make_urn(stack, project, type_, name),
        type=type_,
        name=name,
        parent="",
        custom=True,
        properties=properties_struct(props),
        dependencies=sorted({u for urns in links.values() for u in urns}),
        property_dependencies=dict(links),
        provider="",
        protect=protect,
        retain_on_delete=False,
    )


POLICY = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::b/app/*"}],
    }
)


def _resource(type_: str, name: str, props: dict, **links: list[str]) -> RecordedResource:
    return custom_resource(type_, name, props, stack="bench", project="bench", links=links)


def synthetic_stack(size: int) -> list[RecordedResource]:
    """Units of ten: a bucket with five split settings, a role with an inline policy, a security group with a
    rule, and a launch template; some units carry a violation so the rules do real work."""
    resources: list[RecordedResource] = []
    for i in range(size // 10):
        bucket = _resource("aws:s3/bucket:Bucket", f"b{i}", {"forceDestroy": False})
        link = {"bucket": [bucket.urn]}
        sse = "aws:kms" if i % 7 else "AES256"
        resources += [
            bucket,
            _resource(
                "aws:s3/bucketVersioning:BucketVersioning",
                f"b{i}-v",
                {"bucket": f"b{i}", "versioningConfiguration": {"status": "Enabled"}},
                **link,
            ),
            _resource(
                "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
                f"b{i}-sse",
                {"bucket": f"b{i}", "rules": [{"applyServerSideEncryptionByDefault": {"sseAlgorithm": sse}}]},
                **link,
            ),
            _resource(
                "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
                f"b{i}-pab",
                {
                    "bucket": f"b{i}",
                    "blockPublicAcls": True,
                    "blockPublicPolicy": True,
                    "ignorePublicAcls": True,
                    "restrictPublicBuckets": True,
                },
                **link,
            ),
            _resource(
                "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
                f"b{i}-own",
                {"bucket": f"b{i}", "rule": {"objectOwnership": "BucketOwnerEnforced"}},
                **link,
            ),
            _resource(
                "aws:iam/role:Role",
                f"r{i}",
                {
                    "assumeRolePolicy": json.dumps(
                        {
                            "Version": "2012-10-17",
                            "Statement": [
                                {
                                    "Effect": "Allow",
                                    "Principal": {"Service": "ec2.amazonaws.com"},
                                    "Action": "sts:AssumeRole",
                                }
                            ],
                        }
                    )
                },
            ),
            _resource("aws:iam/rolePolicy:RolePolicy", f"r{i}-p", {"role": f"r{i}", "policy": POLICY}),
            _resource("aws:ec2/securityGroup:SecurityGroup", f"sg{i}", {"description": "bench", "vpcId": "vpc-1"}),
            _resource(
                "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
                f"sg{i}-in",
                {
                    "ipProtocol": "tcp",
                    "fromPort": 443 if i % 5 else 22,
                    "toPort": 443 if i % 5 else 22,
                    "cidrIpv4": "0.0.0.0/0",
                },
            ),
            _resource(
                "aws:ec2/launchTemplate:LaunchTemplate",
                f"lt{i}",
                {
                    "instanceType": "t4g.small",
                    "metadataOptions": {"httpTokens": "required", "httpPutResponseHopLimit": 1},
                    "networkInterfaces": [{"associatePublicIpAddress": "false"}],
                    "blockDeviceMappings": [{"deviceName": "/dev/xvda", "ebs": {"encrypted": "true"}}],
                },
            ),
        ]
    return resources
