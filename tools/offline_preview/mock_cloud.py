"""Plausible, deterministic answers for the provider calls an AWS program makes, without AWS.

Resources get the IDs, ARNs and names AWS would compute; invokes (caller identity, partition, AZs, AMI, ELB
account) get realistic results. In preview mode resources return only their inputs, so every computed value
is unknown, as in a real ``pulumi preview`` of a new stack.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

import pulumi
from starter_shared.facts import partition_of

from tools.offline_preview import computed
from tools.offline_preview.policy_document import build as policy_document
from tools.offline_preview.policy_document import managed_policy

ACCOUNT_ID = "123456789012"

# Regional Elastic Load Balancing accounts (public AWS documentation); other regions get a stand-in.
ELB_ACCOUNTS = {
    "us-east-1": "127311923021",
    "us-east-2": "033677994240",
    "us-west-1": "027434742980",
    "us-west-2": "797873946194",
    "eu-west-1": "156460612806",
    "eu-west-2": "652711504416",
    "eu-west-3": "009996457667",
    "eu-central-1": "054676820928",
    "eu-north-1": "897822967062",
    "ap-southeast-1": "114774131450",
    "ap-southeast-2": "783225319266",
    "ap-northeast-1": "582318560864",
}


class NoMockAnswer(Exception):
    """The program made a provider call the offline runtime has no answer for."""


def _digest(*parts: str, length: int = 17) -> str:
    return hashlib.sha256("/".join(parts).encode()).hexdigest()[:length]


def _uuid(*parts: str) -> str:
    h = _digest(*parts, length=32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


# EC2-style ID prefixes by resource token.
_EC2_PREFIX = {
    "aws:ec2/vpc:Vpc": "vpc",
    "aws:ec2/subnet:Subnet": "subnet",
    "aws:ec2/internetGateway:InternetGateway": "igw",
    "aws:ec2/routeTable:RouteTable": "rtb",
    "aws:ec2/routeTableAssociation:RouteTableAssociation": "rtbassoc",
    "aws:ec2/eip:Eip": "eipalloc",
    "aws:ec2/natGateway:NatGateway": "nat",
    "aws:ec2/securityGroup:SecurityGroup": "sg",
    "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup": "sg",
    "aws:ec2/vpcEndpoint:VpcEndpoint": "vpce",
    "aws:ec2/launchTemplate:LaunchTemplate": "lt",
    "aws:ec2/instance:Instance": "i",
    "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule": "sgr",
    "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule": "sgr",
    "aws:ec2/flowLog:FlowLog": "fl",
}


class CloudMocks(pulumi.runtime.Mocks):
    """Mocks for pulumi-aws programs; ``region`` is the stack's ``aws:region``."""

    def __init__(self, region: str, preview: bool = False, account_id: str = ACCOUNT_ID) -> None:
        self.region = region
        self.preview = preview
        self.account_id = account_id
        self.invoke_args: list[tuple[str, dict[str, Any]]] = []
        """Every invoke token the program called with its arguments, in order (which AWS APIs the program
        reads, and what it asked them, such as an AMI query)."""
        self._invokes: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
            "aws:index/getCallerIdentity:getCallerIdentity": self._caller_identity,
            "aws:index/getPartition:getPartition": self._partition,
            "aws:index/getRegion:getRegion": lambda a: {
                "id": a.get("region") or self.region,
                "region": a.get("region") or self.region,
                "name": a.get("region") or self.region,
            },
            "aws:index/getAvailabilityZones:getAvailabilityZones": self._zones,
            "aws:ec2/getAmi:getAmi": self._ami,
            "aws:elb/getServiceAccount:getServiceAccount": self._elb_account,
            "aws:iam/getPolicyDocument:getPolicyDocument": policy_document,
            "aws:iam/getPolicy:getPolicy": lambda a: managed_policy(a, self.account_id),
            **_EDGE_INVOKES,
        }

    # -- invokes ---------------------------------------------------------------------------------------------
    def call(self, args: pulumi.runtime.MockCallArgs) -> tuple[dict[str, Any], list[tuple[str, str]] | None]:
        self.invoke_args.append((args.token, dict(args.args)))
        handler = self._invokes.get(args.token)
        if handler is None:
            raise NoMockAnswer(f"the offline runtime has no answer for invoke {args.token}")
        return handler(args.args), []  # no check failures (the SDK iterates them: None would crash it)

    def _partition(self, _: dict[str, Any]) -> dict[str, Any]:
        """The partition of the provider's region (China and GovCloud regions are not in ``aws``)."""
        partition = partition_of(self.region)
        suffix = "amazonaws.com.cn" if partition == "aws-cn" else "amazonaws.com"
        return {
            "id": partition,
            "partition": partition,
            "dnsSuffix": suffix,
            "reverseDnsPrefix": ".".join(reversed(suffix.split("."))),
        }

    def _caller_identity(self, _: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": self.account_id,
            "accountId": self.account_id,
            "arn": f"arn:aws:sts::{self.account_id}:assumed-role/offline-preview/session",
            "userId": "AROAOFFLINEPREVIEW:session",
        }

    def _zones(self, args: dict[str, Any]) -> dict[str, Any]:
        region = args.get("region") or self.region
        letters = "abc" if region.startswith(("eu-", "ap-", "ca-", "sa-", "me-", "af-", "il-", "mx-")) else "abcdef"
        names = [f"{region}{letter}" for letter in letters]
        return {
            "id": region,
            "names": names,
            "zoneIds": [f"{region[:3]}{region[-1]}-az{i + 1}" for i in range(len(names))],
            "groupNames": [region] * len(names),
        }

    def _ami(self, args: dict[str, Any]) -> dict[str, Any]:
        arch = "x86_64"
        for f in args.get("filters") or []:
            if f.get("name") == "architecture" and f.get("values"):
                arch = f["values"][0]
        region = args.get("region") or self.region
        return {
            "id": f"ami-{_digest(region, arch)}",
            "imageId": f"ami-{_digest(region, arch)}",
            "architecture": arch,
            "name": f"al2023-ami-2023.9.20261101.0-kernel-6.12-{arch}",
            "ownerId": "137112412989",
            "rootDeviceName": "/dev/xvda",
            "state": "available",
        }

    def _elb_account(self, args: dict[str, Any]) -> dict[str, Any]:
        region = args.get("region") or self.region
        account = ELB_ACCOUNTS.get(region, "000000000000")
        return {"id": account, "arn": f"arn:aws:iam::{account}:root", "region": region}

    # -- resources ---------------------------------------------------------------------------------------------
    def new_resource(self, args: pulumi.runtime.MockResourceArgs) -> tuple[str | None, dict[str, Any]]:
        inputs = dict(args.inputs)
        if not args.custom:
            return None, inputs
        # The provider's Check autonames before anything exists, so even a preview knows the physical name.
        inputs = computed.with_autoname(args.typ, args.name, inputs)
        if self.preview:
            # Nothing exists yet: the engine knows only the inputs, every computed value is unknown.
            return "", inputs
        return self._computed(args.typ, args.name, inputs)

    def _computed(self, token: str, name: str, inputs: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        region = inputs.get("region") or self.region
        account = self.account_id
        physical = inputs.get("name") or computed.physical_name(token, name)
        out = dict(inputs)
        out.setdefault("region", region)
        service = token.split(":")[1].split("/")[0]
        prefix = _EC2_PREFIX.get(token)
        rid = f"{prefix}-{_digest(token, name)}" if prefix else physical

        if token == "aws:s3/bucket:Bucket":
            bucket = inputs.get("bucket") or physical.lower()
            rid = bucket
            out.update(
                bucket=bucket,
                arn=f"arn:aws:s3:::{bucket}",
                bucketDomainName=f"{bucket}.s3.amazonaws.com",
                bucketRegionalDomainName=f"{bucket}.s3.{region}.amazonaws.com",
            )
        elif token == "aws:kms/key:Key":
            rid = _uuid(token, name)
            out.update(keyId=rid, arn=f"arn:aws:kms:{region}:{account}:key/{rid}")
        elif token in ("aws:iam/role:Role", "aws:iam/instanceProfile:InstanceProfile", "aws:iam/policy:Policy"):
            kind = {"Role": "role", "InstanceProfile": "instance-profile", "Policy": "policy"}[token.split(":")[-1]]
            out.update(name=physical, arn=f"arn:aws:iam::{account}:{kind}/{physical}", uniqueId=f"AROA{_digest(name)}")
        elif token == "aws:iam/openIdConnectProvider:OpenIdConnectProvider":
            # IAM names an OIDC provider by its issuer: trust policies' condition keys start with that host.
            rid = f"arn:aws:iam::{account}:oidc-provider/{str(inputs.get('url') or physical).removeprefix('https://')}"
            out.update(arn=rid)
        elif token == "aws:iam/samlProvider:SamlProvider":
            rid = f"arn:aws:iam::{account}:saml-provider/{physical}"
            out.update(arn=rid)
        elif token in ("aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer"):
            suffix = f"app/{physical}/{_digest(name, length=16)}"
            out.update(
                name=physical,
                arnSuffix=suffix,
                arn=f"arn:aws:elasticloadbalancing:{region}:{account}:loadbalancer/{suffix}",
                dnsName=f"{physical}-{int(_digest(name, length=8), 16)}.{region}.elb.amazonaws.com",
                zoneId="Z32O12XQLNTSW2",
            )
            rid = out["arn"]
        elif token in ("aws:lb/targetGroup:TargetGroup", "aws:alb/targetGroup:TargetGroup"):
            suffix = f"targetgroup/{physical[:32]}/{_digest(name, length=16)}"
            out.update(name=physical, arnSuffix=suffix, arn=f"arn:aws:elasticloadbalancing:{region}:{account}:{suffix}")
            rid = out["arn"]
        elif token in ("aws:lb/listener:Listener", "aws:alb/listener:Listener"):
            rid = f"arn:aws:elasticloadbalancing:{region}:{account}:listener/app/{_digest(name, length=16)}"
            out.update(arn=rid)
        elif token == "aws:ec2/launchTemplate:LaunchTemplate":
            out.update(latestVersion=1, defaultVersion=1, arn=f"arn:aws:ec2:{region}:{account}:launch-template/{rid}")
        elif token in ("aws:rds/instance:Instance", "aws:rds/cluster:Cluster"):
            # RDS names a database by its identifier (lower case); replicas and restores refer to it by that.
            key = "identifier" if token.endswith("Instance") else "clusterIdentifier"
            ident = str(inputs.get(key) or physical).lower()
            kind = "db" if token.endswith("Instance") else "cluster"
            out.update(
                {
                    key: ident,
                    "arn": f"arn:aws:rds:{region}:{account}:{kind}:{ident}",
                    "endpoint": f"{ident}.{_digest(name, length=12)}.{region}.rds.amazonaws.com",
                }
            )
            rid = ident
        elif token == "aws:cloudfront/originAccessIdentity:OriginAccessIdentity":
            rid = "E" + _digest(token, name, length=13).upper()
            out.update(
                cloudfrontAccessIdentityPath=f"origin-access-identity/cloudfront/{rid}",
                iamArn=f"arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity {rid}",
                arn=f"arn:aws:cloudfront::{account}:origin-access-identity/{rid}",
            )
        elif token in _EDGE_RESOURCES:
            rid, extra = _EDGE_RESOURCES[token](region, account, name, physical, inputs)
            out.update(extra)
        elif token == "aws:elb/loadBalancer:LoadBalancer":
            out.update(
                name=physical,
                dnsName=f"{physical}-{int(_digest(name, length=8), 16)}.{region}.elb.amazonaws.com",
                arn=f"arn:aws:elasticloadbalancing:{region}:{account}:loadbalancer/{physical}",
            )
            rid = physical
        elif token == "aws:sqs/queue:Queue":
            queue = inputs.get("name") or (physical + (".fifo" if inputs.get("fifoQueue") else ""))
            rid = f"https://sqs.{region}.amazonaws.com/{account}/{queue}"
            out.update(name=queue, url=rid, arn=f"arn:aws:sqs:{region}:{account}:{queue}")
        elif token == "aws:sns/topic:Topic":
            topic = inputs.get("name") or physical
            rid = f"arn:aws:sns:{region}:{account}:{topic}"
            out.update(name=topic, arn=rid)
        elif token == "aws:cloudwatch/logGroup:LogGroup":
            out.update(name=physical, arn=f"arn:aws:logs:{region}:{account}:log-group:{physical}")
        elif token == "aws:budgets/budget:Budget":
            out.update(name=physical, arn=f"arn:aws:budgets::{account}:budget/{physical}")
        elif token == "aws:autoscaling/group:Group":
            out.update(
                name=physical,
                arn=f"arn:aws:autoscaling:{region}:{account}:autoScalingGroup:{_uuid(name)}:autoScalingGroupName/{physical}",
            )
            rid = physical
        else:
            out.setdefault("arn", f"arn:aws:{service}:{region}:{account}:{token.split(':')[-1].lower()}/{rid}")
        # Then every other computed output the SDK declares that has a recognisable shape (computed.py).
        for key, value in computed.secrets_manager_outputs(token, inputs, region, account, rid).items():
            out.setdefault(key, value)
        return rid, computed.fill_outputs(token, physical, out, region, account)


# -- the edge (components/edge.py): WAF, CloudFront and CloudWatch Logs ----------------------------------------
def _prefix_list(args: dict[str, Any]) -> dict[str, Any]:
    """AWS-managed prefix lists by name; CloudFront's origin-facing one is global (one ID per region in AWS)."""
    name = str(args.get("name") or "")
    if not name.startswith("com.amazonaws."):
        raise NoMockAnswer(f"getPrefixList: no AWS-managed prefix list named {name!r}")
    return {
        "id": f"pl-{_digest(name, length=8)}",
        "prefixListId": f"pl-{_digest(name, length=8)}",
        "name": name,
        "cidrBlocks": [],
    }


def _managed_policy_by_name(args: dict[str, Any]) -> dict[str, Any]:
    """CloudFront's AWS-managed cache and origin-request policies, looked up by their ``Managed-`` name."""
    name = str(args.get("name") or "")
    if not name.startswith("Managed-"):
        raise NoMockAnswer(f"CloudFront policy lookup: {name!r} is not an AWS-managed policy name")
    return {"id": _uuid("cloudfront-policy", name), "name": name}


_EDGE_INVOKES: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "aws:ec2/getPrefixList:getPrefixList": _prefix_list,
    "aws:cloudfront/getCachePolicy:getCachePolicy": _managed_policy_by_name,
    "aws:cloudfront/getOriginRequestPolicy:getOriginRequestPolicy": _managed_policy_by_name,
}

_Computed = Callable[[str, str, str, str, dict[str, Any]], tuple[str, dict[str, Any]]]


def _distribution(region: str, account: str, name: str, physical: str, inputs: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    rid = "E" + _digest("distribution", name, length=13).upper()
    return rid, {
        "arn": f"arn:aws:cloudfront::{account}:distribution/{rid}",
        "domainName": f"d{_digest(name, length=13)}.cloudfront.net",
        "hostedZoneId": "Z2FDTNDATAQYW2",
    }


def _web_acl(region: str, account: str, name: str, physical: str, inputs: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    rid = _uuid("webacl", name)
    acl = inputs.get("name") or physical
    return rid, {"name": acl, "arn": f"arn:aws:wafv2:{region}:{account}:regional/webacl/{acl}/{rid}"}


def _log_group(region: str, account: str, name: str, physical: str, inputs: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    group = inputs.get("name") or physical
    return group, {"name": group, "arn": f"arn:aws:logs:{region}:{account}:log-group:{group}"}


def _delivery(kind: str) -> _Computed:
    def computed(region: str, account: str, name: str, physical: str, inputs: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        own = inputs.get("name") or physical
        return own, {"name": own, "arn": f"arn:aws:logs:{region}:{account}:{kind}:{own}"}

    return computed


_EDGE_RESOURCES: dict[str, _Computed] = {
    "aws:cloudfront/distribution:Distribution": _distribution,
    "aws:wafv2/webAcl:WebAcl": _web_acl,
    "aws:cloudwatch/logGroup:LogGroup": _log_group,
    "aws:cloudwatch/logDeliverySource:LogDeliverySource": _delivery("delivery-source"),
    "aws:cloudwatch/logDeliveryDestination:LogDeliveryDestination": _delivery("delivery-destination"),
}
