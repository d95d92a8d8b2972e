"""Correct forms of the same services: no mandatory violation.

expect: clean
"""

import pulumi_aws as aws

aws.sagemaker.NotebookInstance(
    "research",
    role_arn="arn:aws:iam::123456789012:role/sagemaker",
    instance_type="ml.t3.medium",
    subnet_id="subnet-0aaa1111bbbb2222c",
    security_groups=["sg-0aaa1111bbbb2222c"],
    direct_internet_access="Disabled",
)
aws.rds.Snapshot(
    "nightly-snapshot",
    db_instance_identifier="reporting-db",
    db_snapshot_identifier="reporting-nightly",
    shared_accounts=["210987654321"],
)
aws.codebuild.Project(
    "deploy",
    service_role="arn:aws:iam::123456789012:role/codebuild",
    artifacts={"type": "NO_ARTIFACTS"},
    source={"type": "NO_SOURCE", "buildspec": "version: 0.2\nphases:\n  build:\n    commands: [make deploy]\n"},
    environment={
        "compute_type": "BUILD_GENERAL1_SMALL",
        "image": "aws/codebuild/standard:7.0",
        "type": "LINUX_CONTAINER",
        "environment_variables": [
            {"name": "STAGE", "value": "prod"},
            {"name": "NPM_TOKEN", "value": "/ci/npm_token", "type": "PARAMETER_STORE"},
        ],
    },
)
aws.transfer.Server(
    "partner-sftp",
    endpoint_type="VPC",
    endpoint_details={"vpc_id": "vpc-0aaa1111bbbb2222c", "subnet_ids": ["subnet-0aaa1111bbbb2222c"]},
    protocols=["SFTP"],
)
