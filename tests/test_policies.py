"""The policy pack, exercised through the analyzer gRPC protocol the Pulumi CLI uses.

Every rule has cases that fire and cases that stay quiet (tables below; a test checks the tables cover
the whole pack), the template's stacks pass with their own policy config, unknown values never cause a
mandatory violation, and policy config changes behaviour the way the CLI applies it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REPO
from pulumi.runtime import rpc
from test_policy_derived import CASES as DERIVED_CASES
from test_policy_services import ADVISORY as SERVICE_ADVISORY
from test_policy_services import CASES as SERVICE_CASES
from test_policy_services import STACK_CASES as SERVICE_STACK_CASES

from tests.support.resources import custom_resource, synthetic_stack
from tools.offline_preview.analyzer import PackError, PolicyPackProcess, check_run, default_provider
from tools.offline_preview.engine import RecordedResource

CONFIG_DIR = REPO / "policies" / "config"


@pytest.fixture
def configured(pack):
    """Apply a policy config for one test, then restore the pack's defaults."""
    yield pack.configure
    pack.configure({})


def resource(type_: str, props: dict, name: str = "subject", protect: bool = False, **links: list[str]) -> RecordedResource:
    return custom_resource(type_, name, props, stack="test", project="starter", protect=protect, links=links)


TAGS = {"Owner": "o", "Environment": "dev", "Project": "p", "CostCenter": "c"}


PROVIDER = default_provider({"aws:region": "eu-west-1", "aws:defaultTags": json.dumps({"tags": TAGS})}, "test", "starter")
BARE_PROVIDER = default_provider({"aws:region": "eu-west-1"}, "test", "starter")
UNKNOWN = rpc.UNKNOWN

# -- resource policies ------------------------------------------------------------------------------------
LT = "aws:ec2/launchTemplate:LaunchTemplate"
INSTANCE = "aws:ec2/instance:Instance"
ROLE = "aws:iam/role:Role"
ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy"
KEY = "aws:kms/key:Key"
LB, ALB = "aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer"
LISTENER, ALB_LISTENER = "aws:lb/listener:Listener", "aws:alb/listener:Listener"
SG = "aws:ec2/securityGroup:SecurityGroup"
SG_RULE = "aws:ec2/securityGroupRule:SecurityGroupRule"
INGRESS = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule"
BUCKET = "aws:s3/bucket:Bucket"
REPLICATION = "aws:s3/bucketReplicationConfig:BucketReplicationConfig"
ASG = "aws:autoscaling/group:Group"
ASG_TAG = "aws:autoscaling/tag:Tag"

GOOD_LT = {
    "instanceType": "t4g.small",
    "metadataOptions": {"httpTokens": "required", "httpPutResponseHopLimit": 1},
    "networkInterfaces": [{"associatePublicIpAddress": "false"}],
    "blockDeviceMappings": [{"deviceName": "/dev/xvda", "ebs": {"encrypted": "true"}}],
}
GOOD_LB = {
    "loadBalancerType": "application",
    "dropInvalidHeaderFields": True,
    "enableDeletionProtection": True,
    "accessLogs": {"enabled": True, "bucket": "logs", "prefix": "alb"},
}
HTTPS = {
    "protocol": "HTTPS",
    "port": 443,
    "sslPolicy": "ELBSecurityPolicy-TLS13-1-2-2021-06",
    "defaultActions": [{"type": "forward"}],
}
REDIRECT = {
    "protocol": "HTTP",
    "port": 80,
    "defaultActions": [{"type": "redirect", "redirect": {"protocol": "HTTPS", "port": "443"}}],
}
TRUST_EC2 = {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}
GOOD_RULE = {
    "id": "r",
    "status": "Enabled",
    "destination": {"bucket": "arn:aws:s3:::replica", "encryptionConfiguration": {"replicaKmsKeyId": "k"}},
    "sourceSelectionCriteria": {"sseKmsEncryptedObjects": {"status": "Enabled"}},
}
ASG_TAGS = [{"key": k, "value": v, "propagateAtLaunch": True} for k, v in TAGS.items()]


def doc(*statements):
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


def with_(base: dict, **changes) -> dict:
    return {**base, **changes}


ALLOW_S3_READ = {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}
RESOURCE_CASES = [
    # (id, policy, type, props, fires, message fragment); provider defaultTags carry the required tags
    # ec2-imdsv2-required
    ("imds-ok", "ec2-imdsv2-required", LT, GOOD_LT, False, ""),
    (
        "imds-optional",
        "ec2-imdsv2-required",
        LT,
        with_(GOOD_LT, metadataOptions={"httpTokens": "optional"}),
        True,
        "metadataOptions.httpTokens is 'optional'",
    ),
    ("imds-missing", "ec2-imdsv2-required", LT, {}, True, "httpTokens is None"),
    (
        "imds-hops",
        "ec2-imdsv2-required",
        LT,
        with_(GOOD_LT, metadataOptions={"httpTokens": "required", "httpPutResponseHopLimit": 3}),
        True,
        "httpPutResponseHopLimit is 3",
    ),
    (
        "imds-instance",
        "ec2-imdsv2-required",
        INSTANCE,
        {"metadataOptions": {"httpTokens": "optional"}},
        True,
        "httpTokens is 'optional'",
    ),
    # ec2-no-public-ip
    ("public-ip-ok", "ec2-no-public-ip", LT, GOOD_LT, False, ""),
    (
        "public-ip",
        "ec2-no-public-ip",
        LT,
        with_(GOOD_LT, networkInterfaces=[{"associatePublicIpAddress": "true"}]),
        True,
        "networkInterfaces[0].associatePublicIpAddress is true",
    ),
    (
        "public-ip-instance",
        "ec2-no-public-ip",
        INSTANCE,
        {"associatePublicIpAddress": True},
        True,
        "associatePublicIpAddress is true",
    ),
    # ebs-encrypted: a stack rule (aws.ebs.EncryptionByDefault changes every verdict), see STACK_CASES
    # ec2-instance-type-allowed
    ("type-ok", "ec2-instance-type-allowed", LT, GOOD_LT, False, ""),
    (
        "type-exotic",
        "ec2-instance-type-allowed",
        INSTANCE,
        {"instanceType": "p5.48xlarge"},
        True,
        "instanceType 'p5.48xlarge' is not in the allow-list",
    ),
    # iam-least-privilege
    ("iam-ok", "iam-least-privilege", ROLE_POLICY, {"policy": doc(ALLOW_S3_READ)}, False, ""),
    (
        "iam-star",
        "iam-least-privilege",
        ROLE_POLICY,
        {"policy": doc({"Effect": "Allow", "Action": "*", "Resource": "*"})},
        True,
        "allows wildcard action '*'",
    ),
    (
        "iam-service-star-list",
        "iam-least-privilege",
        "aws:iam/policy:Policy",
        {"policy": doc({"Effect": "Allow", "Action": ["s3:GetObject", "kms:*"], "Resource": "arn:aws:kms:::key/x"})},
        True,
        "allows wildcard action 'kms:*'",
    ),
    (
        "iam-dict-single-statement",
        "iam-least-privilege",
        "aws:iam/userPolicy:UserPolicy",
        {"policy": {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "sts:*", "Resource": "x"}}},
        True,
        "allows wildcard action 'sts:*'",
    ),
    (
        "iam-write-on-star",
        "iam-least-privilege",
        ROLE_POLICY,
        {"policy": doc({"Sid": "W", "Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"})},
        True,
        "statement W allows s3:PutObject on Resource '*'",
    ),
    (
        "iam-describe-on-star",
        "iam-least-privilege",
        ROLE_POLICY,
        {"policy": doc({"Effect": "Allow", "Action": "ec2:DescribeInstances", "Resource": "*"})},
        False,
        "",
    ),
    (
        "iam-allow-listed-on-star",
        "iam-least-privilege",
        ROLE_POLICY,
        {"policy": doc({"Effect": "Allow", "Action": "ec2:CreateNetworkInterface", "Resource": "*"})},
        False,
        "",
    ),
    (
        "iam-not-action",
        "iam-least-privilege",
        ROLE,
        {"inlinePolicies": [{"policy": doc({"Effect": "Allow", "NotAction": "iam:*", "Resource": "arn:x"})}]},
        True,
        "allows with NotAction",
    ),
    (
        "iam-not-resource",
        "iam-least-privilege",
        "aws:iam/groupPolicy:GroupPolicy",
        {"policy": doc({"Effect": "Allow", "Action": "s3:GetObject", "NotResource": "arn:aws:s3:::x/*"})},
        True,
        "allows with NotResource",
    ),
    (
        "iam-deny-star-ok",
        "iam-least-privilege",
        "aws:iam/policy:Policy",
        {"policy": doc({"Effect": "Deny", "Action": "*", "Resource": "*"})},
        False,
        "",
    ),
    (
        "iam-passrole-named",
        "iam-least-privilege",
        ROLE_POLICY,
        {"policy": doc({"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::1:role/app"})},
        False,
        "",
    ),
    (
        "iam-passrole-wildcard",
        "iam-least-privilege",
        ROLE_POLICY,
        {"policy": doc({"Sid": "P", "Effect": "Allow", "Action": "iam:Pass*", "Resource": "arn:aws:iam::1:role/*"})},
        True,
        "statement P allows iam:PassRole on arn:aws:iam::1:role/* (not a named role ARN)",
    ),
    (
        "iam-bucket-policy-write-star",
        "iam-least-privilege",
        "aws:s3/bucketPolicy:BucketPolicy",
        {
            "policy": doc(
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": "arn:aws:iam::1:root"},
                    "Action": "s3:*",
                    "Resource": "arn:aws:s3:::b/*",
                }
            )
        },
        True,
        "allows wildcard action 's3:*'",
    ),
    # iam-no-anonymous-principal
    ("trust-service", "iam-no-anonymous-principal", ROLE, {"assumeRolePolicy": doc(TRUST_EC2)}, False, ""),
    (
        "trust-star",
        "iam-no-anonymous-principal",
        ROLE,
        {"assumeRolePolicy": doc({"Sid": "Any", "Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"})},
        True,
        "assumeRolePolicy statement Any allows Principal '*' with no Condition",
    ),
    (
        "trust-star-with-condition",
        "iam-no-anonymous-principal",
        ROLE,
        {
            "assumeRolePolicy": doc(
                {
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": "sts:AssumeRole",
                    "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-123"}},
                }
            )
        },
        False,
        "",
    ),
    (
        "bucket-policy-public",
        "iam-no-anonymous-principal",
        "aws:s3/bucketPolicy:BucketPolicy",
        {"policy": doc({"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"})},
        True,
        "policy statement #0 allows Principal '*'",
    ),
    (
        "key-policy-public",
        "iam-no-anonymous-principal",
        KEY,
        {
            "enableKeyRotation": True,
            "policy": doc({"Effect": "Allow", "Principal": {"AWS": ["*"]}, "Action": "kms:Decrypt", "Resource": "*"}),
        },
        True,
        "allows Principal '*'",
    ),
    # iam-no-admin-policies
    (
        "attach-ssm",
        "iam-no-admin-policies",
        "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
        {"policyArn": "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"},
        False,
        "",
    ),
    (
        "attach-admin",
        "iam-no-admin-policies",
        "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
        {"policyArn": "arn:aws:iam::aws:policy/AdministratorAccess"},
        True,
        "policyArn attaches arn:aws:iam::aws:policy/AdministratorAccess",
    ),
    (
        "attach-poweruser-group",
        "iam-no-admin-policies",
        "aws:iam/groupPolicyAttachment:GroupPolicyAttachment",
        {"policyArn": "arn:aws:iam::aws:policy/PowerUserAccess"},
        True,
        "PowerUserAccess",
    ),
    (
        "role-managed-arns",
        "iam-no-admin-policies",
        ROLE,
        {"managedPolicyArns": ["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/IAMFullAccess"]},
        True,
        "managedPolicyArns attaches arn:aws:iam::aws:policy/IAMFullAccess",
    ),
    # iam-no-user-credentials (advisory)
    (
        "user-policy",
        "iam-no-user-credentials",
        "aws:iam/userPolicy:UserPolicy",
        {"user": "bob", "policy": doc()},
        True,
        "gives IAM user 'bob' an inline policy",
    ),
    (
        "user-access-key",
        "iam-no-user-credentials",
        "aws:iam/accessKey:AccessKey",
        {"user": "ci"},
        True,
        "gives IAM user 'ci' a long-lived access key",
    ),
    ("role-policy-not-user", "iam-no-user-credentials", ROLE_POLICY, {"policy": doc(ALLOW_S3_READ)}, False, ""),
    # sg-no-public-ingress, in each form
    (
        "lightsail-ssh-world",
        "sg-no-public-ingress",
        "aws:lightsail/instancePublicPorts:InstancePublicPorts",
        {
            "portInfos": [
                {"protocol": "tcp", "fromPort": 443, "toPort": 443},
                {"protocol": "tcp", "fromPort": 22, "toPort": 22},
            ]
        },
        True,
        "portInfos[1] opens port 22 to 0.0.0.0/0",
    ),
    (
        "lightsail-ssh-office",
        "sg-no-public-ingress",
        "aws:lightsail/instancePublicPorts:InstancePublicPorts",
        {
            "portInfos": [
                {"protocol": "tcp", "fromPort": 443, "toPort": 443},
                {"protocol": "tcp", "fromPort": 22, "toPort": 22, "cidrs": ["203.0.113.0/24"]},
                {"protocol": "tcp", "fromPort": 3389, "toPort": 3389, "cidrListAliases": ["lightsail-connect"]},
            ]
        },
        False,
        "",
    ),
    (
        "sg-inline-443",
        "sg-no-public-ingress",
        SG,
        {"ingress": [{"protocol": "tcp", "fromPort": 443, "toPort": 443, "cidrBlocks": ["0.0.0.0/0"]}]},
        False,
        "",
    ),
    (
        "sg-inline-ssh",
        "sg-no-public-ingress",
        SG,
        {"ingress": [{"protocol": "tcp", "fromPort": 22, "toPort": 22, "cidrBlocks": ["10.0.0.0/8", "0.0.0.0/0"]}]},
        True,
        "ingress[0] opens port 22 to 0.0.0.0/0",
    ),
    (
        "sg-inline-all-v6",
        "sg-no-public-ingress",
        SG,
        {"ingress": [{"protocol": "-1", "fromPort": 0, "toPort": 0, "ipv6CidrBlocks": ["::/0"]}]},
        True,
        "opens all ports to ::/0",
    ),
    (
        "sg-default-group",
        "sg-no-public-ingress",
        "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup",
        {"ingress": [{"protocol": "tcp", "fromPort": 3389, "toPort": 3389, "cidrBlocks": ["0.0.0.0/0"]}]},
        True,
        "port 3389",
    ),
    (
        "sg-rule-range",
        "sg-no-public-ingress",
        SG_RULE,
        {"type": "ingress", "protocol": "tcp", "fromPort": 80, "toPort": 443, "cidrBlocks": ["0.0.0.0/0"]},
        True,
        "subject: rule opens ports 80-443 to 0.0.0.0/0",
    ),
    (
        "sg-rule-egress-ignored",
        "sg-no-public-ingress",
        SG_RULE,
        {"type": "egress", "protocol": "-1", "fromPort": 0, "toPort": 0, "cidrBlocks": ["0.0.0.0/0"]},
        False,
        "",
    ),
    (
        "sg-vpc-rule-private",
        "sg-no-public-ingress",
        INGRESS,
        {"ipProtocol": "tcp", "fromPort": 22, "toPort": 22, "cidrIpv4": "10.0.0.0/8"},
        False,
        "",
    ),
    (
        "sg-vpc-rule-world",
        "sg-no-public-ingress",
        INGRESS,
        {"ipProtocol": "-1", "cidrIpv6": "::/0"},
        True,
        "subject: rule opens all ports to ::/0",
    ),
    # lb-listener-tls, on both tokens
    ("listener-https", "lb-listener-tls", LISTENER, HTTPS, False, ""),
    ("listener-redirect", "lb-listener-tls", ALB_LISTENER, REDIRECT, False, ""),
    (
        "listener-old-tls",
        "lb-listener-tls",
        LISTENER,
        with_(HTTPS, sslPolicy="ELBSecurityPolicy-2016-08"),
        True,
        "sslPolicy is 'ELBSecurityPolicy-2016-08'",
    ),
    (
        "listener-https-default-policy",
        "lb-listener-tls",
        ALB_LISTENER,
        with_(HTTPS, sslPolicy=None),
        True,
        "sslPolicy is None",
    ),
    (
        "listener-http-forward",
        "lb-listener-tls",
        ALB_LISTENER,
        {"protocol": "HTTP", "port": 80, "defaultActions": [{"type": "forward"}]},
        True,
        "plain HTTP on port 80 serves traffic (default actions: forward)",
    ),
    # lb-hardening and lb-deletion-protection (advisory), on both tokens
    ("lb-hardened", "lb-hardening", LB, GOOD_LB, False, ""),
    (
        "lb-keeps-bad-headers",
        "lb-hardening",
        ALB,
        with_(GOOD_LB, dropInvalidHeaderFields=False),
        True,
        "dropInvalidHeaderFields is False",
    ),
    ("lb-no-logs", "lb-hardening", LB, with_(GOOD_LB, accessLogs=None), True, "access logs are off"),
    (
        "lb-logs-disabled",
        "lb-hardening",
        LB,
        with_(GOOD_LB, accessLogs={"enabled": False, "bucket": "logs"}),
        True,
        "access logs are off",
    ),
    (  # no loadBalancerType: an application load balancer (AWS's default), so the header check applies
        "lb-untyped-keeps-bad-headers",
        "lb-hardening",
        ALB,
        with_(GOOD_LB, loadBalancerType=None, dropInvalidHeaderFields=False),
        True,
        "dropInvalidHeaderFields is False",
    ),
    ("nlb-no-header-check", "lb-hardening", LB, with_(GOOD_LB, loadBalancerType="network"), False, ""),
    (  # a network load balancer has no header option: leaving it unset is no finding
        "nlb-header-option-unset",
        "lb-hardening",
        LB,
        with_(GOOD_LB, loadBalancerType="network", dropInvalidHeaderFields=None),
        False,
        "",
    ),
    ("lb-protected", "lb-deletion-protection", ALB, GOOD_LB, False, ""),
    (
        "lb-unprotected",
        "lb-deletion-protection",
        LB,
        with_(GOOD_LB, enableDeletionProtection=False),
        True,
        "enableDeletionProtection is False",
    ),
    # kms-key-rotation
    ("key-rotates", "kms-key-rotation", KEY, {"enableKeyRotation": True}, False, ""),
    ("key-static", "kms-key-rotation", KEY, {}, True, "enableKeyRotation is None"),
    ("key-asymmetric", "kms-key-rotation", KEY, {"customerMasterKeySpec": "RSA_2048"}, False, ""),
    # s3-replica-kms, split and inline
    ("replica-kms", "s3-replica-kms", REPLICATION, {"rules": [GOOD_RULE]}, False, ""),
    (
        "replica-no-key",
        "s3-replica-kms",
        REPLICATION,
        {"rules": [with_(GOOD_RULE, destination={"bucket": "arn:aws:s3:::replica"})]},
        True,
        "replication rule r has no replica KMS key",
    ),
    (
        "replica-skips-kms-objects",
        "s3-replica-kms",
        REPLICATION,
        {"rules": [with_(GOOD_RULE, sourceSelectionCriteria=None)]},
        True,
        "sseKmsEncryptedObjects None",
    ),
    (
        "replica-inline-no-key",
        "s3-replica-kms",
        BUCKET,
        {"replicationConfiguration": {"role": "r", "rules": [{"status": "Enabled", "destination": {"bucket": "b"}}]}},
        True,
        "replication rule #0 has no replica KMS key",
    ),
    (
        "replica-inline-key",
        "s3-replica-kms",
        BUCKET,
        {
            "replicationConfiguration": {
                "role": "r",
                "rules": [{"status": "Enabled", "destination": {"bucket": "b", "replicaKmsKeyId": "k"}}],
            }
        },
        False,
        "",
    ),
    # s3-no-public-acl
    ("bucket-private", "s3-no-public-acl", BUCKET, {"acl": "private"}, False, ""),
    ("bucket-public-read", "s3-no-public-acl", BUCKET, {"acl": "public-read"}, True, "acl is 'public-read'"),
    (
        "bucket-acl-grant",
        "s3-no-public-acl",
        "aws:s3/bucketAcl:BucketAcl",
        {
            "accessControlPolicy": {
                "grants": [
                    {
                        "permission": "READ",
                        "grantee": {"type": "Group", "uri": "http://acs.amazonaws.com/groups/global/AllUsers"},
                    }
                ]
            }
        },
        True,
        "grants READ to http://acs.amazonaws.com/groups/global/AllUsers",
    ),
    # required-tags and asg-propagate-tags
    ("tags-from-provider", "required-tags", BUCKET, {}, False, ""),
    ("tags-on-resource", "required-tags", KEY, {"tags": TAGS}, False, ""),
    ("tag-blanked", "required-tags", KEY, {"tags": {"Owner": " "}}, True, "missing required tags Owner;"),
    ("asg-propagates", "asg-propagate-tags", ASG, {"tags": ASG_TAGS}, False, ""),
    (
        "asg-holds-back",
        "asg-propagate-tags",
        ASG,
        {"tags": [{**t, "propagateAtLaunch": t["key"] != "Owner"} for t in ASG_TAGS]},
        True,
        "tags Owner have propagateAtLaunch false",
    ),
    (
        "asg-holds-back-two",
        "asg-propagate-tags",
        ASG,
        {"tags": [{**t, "propagateAtLaunch": t["key"] not in ("Owner", "Project")} for t in ASG_TAGS]},
        True,
        "subject: tags Owner, Project have propagateAtLaunch false",
    ),
    (
        "asg-tag-held-back",
        "asg-propagate-tags",
        ASG_TAG,
        {"autoscalingGroupName": "nodes", "tag": {"key": "Owner", "value": "o", "propagateAtLaunch": False}},
        True,
        "tags Owner have propagateAtLaunch false",
    ),
    # data-protected (advisory; resource options)
    ("bucket-unprotected", "data-protected", BUCKET, {}, True, "not protected; set protect=True"),
]
DECLARED_LEVEL = {
    "iam-no-user-credentials": "advisory",
    "lb-hardening": "advisory",
    "lb-deletion-protection": "advisory",
    "ec2-instance-type-allowed": "advisory",
    "data-protected": "advisory",
    "s3-ownership-enforced": "advisory",
    "s3-data-replicated": "advisory",
    **dict.fromkeys(SERVICE_ADVISORY, "advisory"),
    "flow-and-access-logs": "advisory",
}
STACK_RULES = {"cloudfront-logging"}  # cases of stack policies among the one-resource cases below
RESOURCE_CASES += SERVICE_CASES  # the rules for services a fork adds first (tests/test_policy_services.py)
RESOURCE_CASES += DERIVED_CASES  # the table-driven rules (tests/test_policy_derived.py)


@pytest.mark.parametrize(
    ("policy", "type_", "props", "fires", "fragment"), [c[1:] for c in RESOURCE_CASES], ids=[c[0] for c in RESOURCE_CASES]
)
def test_resource_rule_fires_only_on_the_failing_case(pack, policy, type_, props, fires, fragment):
    subject = resource(type_, props)
    found = pack.analyze(subject, PROVIDER)
    if policy in STACK_RULES:  # judged over the stack: the subject alone is the stack
        found = found + pack.analyze_stack([subject], PROVIDER)
    found = [v for v in found if v.policy == policy]
    assert bool(found) is fires, found
    if fires:
        assert found[0].level == DECLARED_LEVEL.get(policy, "mandatory") and found[0].urn == subject.urn
        assert "\nsubject: " in found[0].message and fragment in found[0].message


def test_required_tags_count_provider_default_tags_only_when_present(pack):
    bucket = resource(BUCKET, {"tags": {"Owner": "o"}})
    found = [v for v in pack.analyze(bucket, BARE_PROVIDER) if v.policy == "required-tags"]
    assert len(found) == 1 and "missing required tags Environment, Project, CostCenter" in found[0].message
    as_string = default_provider({"aws:region": "eu-west-1"}, "test", "starter")  # an export keeps a JSON string
    as_string.properties.update({"defaultTags": json.dumps({"tags": TAGS})})
    assert not [v for v in pack.analyze(bucket, as_string) if v.policy == "required-tags"]
    assert not [v for v in pack.analyze(resource(BUCKET, {}, protect=True), PROVIDER) if v.policy == "data-protected"]


# -- stack policies: settings live in separate resources linked to their bucket ------------------------------
ALL_FLAGS = {k: True for k in ("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets")}
TLS_DENY = {
    "Effect": "Deny",
    "Principal": "*",
    "Action": "s3:*",
    "Resource": ["arn:aws:s3:::b", "arn:aws:s3:::b/*"],
    "Condition": {"Bool": {"aws:SecureTransport": "false"}},
}
SETTINGS = {
    "versioning": ("aws:s3/bucketVersioning:BucketVersioning", {"versioningConfiguration": {"status": "Enabled"}}),
    "encryption": (
        "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
        {"rules": [{"applyServerSideEncryptionByDefault": {"sseAlgorithm": "aws:kms", "kmsMasterKeyId": "arn:key"}}]},
    ),
    "public-access": ("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", ALL_FLAGS),
    "ownership": (
        "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
        {"rule": {"objectOwnership": "BucketOwnerEnforced"}},
    ),
    "policy": ("aws:s3/bucketPolicy:BucketPolicy", {"policy": doc(TLS_DENY)}),
}


def bucket_with(name: str, bucket_props: dict | None = None, **overrides: dict | None) -> list[RecordedResource]:
    """A bucket and its split settings, each linked by property dependency; ``setting=None`` leaves one out,
    ``setting={...}`` replaces its properties."""
    bucket = resource(BUCKET, bucket_props or {}, name=name)
    items = [bucket]
    for key, (token, props) in SETTINGS.items():
        chosen = overrides.get(key, props)
        if chosen is not None:
            items.append(
                resource(
                    token,
                    {"bucket": UNKNOWN if key == "versioning" else f"{name}-id", **chosen},
                    name=f"{name}-{key}",
                    bucket=[bucket.urn],
                )
            )
    return items


AES = {"rules": [{"applyServerSideEncryptionByDefault": {"sseAlgorithm": "AES256"}}]}


def stack(
    *,
    primary: dict | None = None,
    replica: dict | None = None,
    logs: dict | None = None,
    replication: dict | None = None,
    lb: dict | None = None,
) -> list[RecordedResource]:
    """A compliant storage layout: a data bucket replicating to a replica in another region, and a log bucket
    with SSE-S3 receiving the load balancer's access logs. Keyword arguments change one part."""
    data = bucket_with("data", **(primary or {}))
    copy = bucket_with("replica", **{"bucket_props": {"region": "eu-central-1"}, **(replica or {})})
    log = bucket_with("logs", **{"encryption": AES, **(logs or {})})
    rules = [{**GOOD_RULE, "destination": {**GOOD_RULE["destination"], "bucket": UNKNOWN}}]
    config = resource(
        REPLICATION,
        {"bucket": "data-id", "role": "arn:role", "rules": rules, **(replication or {})},
        name="data-replication",
        bucket=[data[0].urn],
        rules=[copy[0].urn],
    )
    balancer = resource(
        LB,
        {**GOOD_LB, "accessLogs": {"enabled": True, "bucket": UNKNOWN}, **(lb or {})},
        name="alb",
        accessLogs=[log[0].urn],
    )
    return [*data, *copy, *log, config, balancer]


STACK_CASES = [
    # (id, policy, resources, offending bucket name or None, message fragment)
    # ebs-encrypted (moved from RESOURCE_CASES: the stack's EncryptionByDefault decides; more in
    # tests/test_policy_forms_compute.py)
    ("ebs-ok", "ebs-encrypted", [resource(LT, GOOD_LT)], None, ""),
    (
        "ebs-plain",
        "ebs-encrypted",
        [resource(LT, with_(GOOD_LT, blockDeviceMappings=[{"deviceName": "/dev/xvda", "ebs": {}}]))],
        "subject",
        "block device /dev/xvda has ebs.encrypted None",
    ),
    (
        "ebs-instance",
        "ebs-encrypted",
        [resource(INSTANCE, {"rootBlockDevice": {"encrypted": False}})],
        "subject",
        "rootBlockDevice.encrypted is not true",
    ),
    (
        "ebs-instance-data-volume",
        "ebs-encrypted",
        [resource(INSTANCE, {"rootBlockDevice": {"encrypted": True}, "ebsBlockDevices": [{"deviceName": "/dev/sdf"}]})],
        "subject",
        "ebsBlockDevices /dev/sdf is not encrypted",
    ),
    # asg-propagate-tags: the required tags reach launched instances from the group's tags or attached
    # aws.autoscaling.Tag resources (moved from RESOURCE_CASES: another resource can supply them)
    (
        "asg-untagged",
        "asg-propagate-tags",
        [resource(ASG, {})],
        "subject",
        "instances it launches would lack Owner, Environment, Project, CostCenter",
    ),
    (
        "asg-tag-resources",
        "asg-propagate-tags",
        [
            asg := resource(ASG, {}, name="nodes"),
            *(
                resource(
                    ASG_TAG,
                    {"autoscalingGroupName": "nodes-1a2b", "tag": t},
                    name=f"tag-{t['key']}",
                    autoscalingGroupName=[asg.urn],
                )
                for t in ASG_TAGS
            ),
        ],
        None,
        "",
    ),
    (
        "asg-tag-resources-by-name",
        "asg-propagate-tags",
        [
            resource(ASG, {"name": "nodes"}, name="nodes"),
            *(resource(ASG_TAG, {"autoscalingGroupName": "nodes", "tag": t}, name=f"tag-{t['key']}") for t in ASG_TAGS),
        ],
        None,
        "",
    ),
    (
        "asg-tag-resources-one-missing",
        "asg-propagate-tags",
        [
            asg2 := resource(ASG, {}, name="nodes"),
            *(
                resource(
                    ASG_TAG,
                    {"autoscalingGroupName": "nodes-1a2b", "tag": t},
                    name=f"tag-{t['key']}",
                    autoscalingGroupName=[asg2.urn],
                )
                for t in ASG_TAGS
                if t["key"] != "CostCenter"
            ),
        ],
        "nodes",
        "instances it launches would lack CostCenter",
    ),
    (
        "asg-tag-resource-of-another-group",
        "asg-propagate-tags",
        [
            resource(ASG, {"name": "nodes"}, name="nodes"),
            *(resource(ASG_TAG, {"autoscalingGroupName": "other", "tag": t}, name=f"tag-{t['key']}") for t in ASG_TAGS),
        ],
        "nodes",
        "would lack Owner, Environment, Project, CostCenter",
    ),
    ("compliant-versioning", "s3-versioning-enabled", stack(), None, ""),
    (
        "suspended",
        "s3-versioning-enabled",
        stack(primary={"versioning": {"versioningConfiguration": {"status": "Suspended"}}}),
        "data",
        "data: no versioning",
    ),
    ("no-versioning", "s3-versioning-enabled", stack(replica={"versioning": None}), "replica", "replica: no versioning"),
    (
        "inline-versioning",
        "s3-versioning-enabled",
        stack(replica={"bucket_props": {"region": "eu-central-1", "versioning": {"enabled": True}}, "versioning": None}),
        None,
        "",
    ),
    ("compliant-pab", "s3-public-access-blocked", stack(), None, ""),
    ("pab-missing", "s3-public-access-blocked", stack(logs={"public-access": None}), "logs", "logs: no public access block"),
    (
        "pab-one-off",
        "s3-public-access-blocked",
        stack(primary={"public-access": {**ALL_FLAGS, "ignorePublicAcls": False}}),
        "data",
        "leaves ignorePublicAcls off",
    ),
    ("compliant-encryption", "s3-encryption-kms", stack(), None, ""),
    ("no-encryption", "s3-encryption-kms", stack(replica={"encryption": None}), "replica", "replica: no default encryption"),
    (
        "sse-s3-on-data",
        "s3-encryption-kms",
        stack(primary={"encryption": AES}),
        "data",
        "data: default encryption is AES256; use sseAlgorithm 'aws:kms'",
    ),
    (
        "sse-s3-on-log-bucket-no-longer-a-log-bucket",
        "s3-encryption-kms",
        stack(lb={"accessLogs": {"enabled": False}}),
        "logs",
        "logs: default encryption is AES256",
    ),
    (
        "log-bucket-odd-algorithm",
        "s3-encryption-kms",
        stack(logs={"encryption": {"rules": [{"applyServerSideEncryptionByDefault": {"sseAlgorithm": "AES128"}}]}}),
        "logs",
        "logs: access-log bucket encryption is ['AES128']; use 'AES256'",
    ),
    (
        "inline-kms",
        "s3-encryption-kms",
        stack(
            primary={
                "encryption": None,
                "bucket_props": {
                    "serverSideEncryptionConfiguration": {
                        "rule": {"applyServerSideEncryptionByDefault": {"sseAlgorithm": "aws:kms"}}
                    }
                },
            }
        ),
        None,
        "",
    ),
    ("compliant-tls", "s3-tls-only", stack(), None, ""),
    (
        "no-bucket-policy",
        "s3-tls-only",
        stack(replica={"policy": None}),
        "replica",
        "replica: no bucket policy statement denies s3:* when aws:SecureTransport is false",
    ),
    (
        "policy-without-tls-deny",
        "s3-tls-only",
        stack(logs={"policy": {"policy": doc({**TLS_DENY, "Condition": {"Bool": {"aws:SecureTransport": "true"}}})}}),
        "logs",
        "logs: no bucket policy statement denies",
    ),
    ("compliant-ownership", "s3-ownership-enforced", stack(), None, ""),
    (
        "ownership-preferred",
        "s3-ownership-enforced",
        stack(primary={"ownership": {"rule": {"objectOwnership": "BucketOwnerPreferred"}}}),
        "data",
        "data: object ownership is BucketOwnerPreferred",
    ),
    (
        "ownership-not-set",
        "s3-ownership-enforced",
        stack(primary={"ownership": None}),
        "data",
        "data: object ownership is not set",
    ),
    ("compliant-replication", "s3-data-replicated", stack(), None, ""),
    (
        "replication-disabled",
        "s3-data-replicated",
        stack(replication={"rules": [{**GOOD_RULE, "status": "Disabled"}]}),
        "data",
        "data: holds data but does not replicate",
    ),
    (
        "replica-same-region",
        "s3-data-replicated",
        stack(replica={"bucket_props": {"region": "eu-west-1"}}),
        "data",
        "data: replicates to replica in the same region (eu-west-1)",
    ),
    (
        "exempt-by-tag",
        "s3-data-replicated",
        [*stack(), *bucket_with("scratch", {"tags": {"ReplicationExempt": "rebuilt by CI"}})],
        None,
        "",
    ),
    (  # a blank exemption is no reason: the bucket is judged
        "exempt-tag-blank",
        "s3-data-replicated",
        [*stack(), *bucket_with("scratch", {"tags": {"ReplicationExempt": " "}})],
        "scratch",
        "scratch: holds data but does not replicate",
    ),
    (
        "unreplicated-extra-bucket",
        "s3-data-replicated",
        [*stack(), *bucket_with("uploads")],
        "uploads",
        "uploads: holds data but does not replicate",
    ),
    *(
        (id_, policy, resources, offender, f"{offender}: no " if offender else "")
        for id_, policy, resources, offender in SERVICE_STACK_CASES
    ),
]


@pytest.mark.parametrize(
    ("policy", "resources", "offender", "fragment"), [c[1:] for c in STACK_CASES], ids=[c[0] for c in STACK_CASES]
)
def test_stack_rule_links_settings_to_their_bucket(pack, policy, resources, offender, fragment):
    found = [v for v in pack.analyze_stack(resources, PROVIDER) if v.policy == policy]
    if offender is None:
        assert found == []
        return
    by_name = {r.name: r.urn for r in resources}
    assert [v.urn for v in found] == [by_name[offender]], found
    assert found[0].level == DECLARED_LEVEL.get(policy, "mandatory") and fragment in found[0].message


def test_case_tables_cover_every_rule_both_ways(pack):
    """Each rule of the pack has at least one case that fires and one that stays quiet."""
    fires = {c[1] for c in RESOURCE_CASES if c[4]} | {c[1] for c in STACK_CASES if c[3]}
    quiet = {c[1] for c in RESOURCE_CASES if not c[4]} | {c[1] for c in STACK_CASES if not c[3]}
    quiet.add("data-protected")  # the protected case is in test_required_tags_count_provider_default_tags...
    rules = {p.name for p in pack.info().policies}
    hint = "add rows to RESOURCE_CASES or STACK_CASES (README: Add a policy rule)"
    assert rules - fires == set(), f"rules with no case that fires: {sorted(rules - fires)}; {hint}"
    assert rules - quiet == set(), f"rules with no case that stays quiet: {sorted(rules - quiet)}; {hint}"


# -- unknown values (preview) -------------------------------------------------------------------------------
UNKNOWN_RESOURCES = [
    resource(
        LT,
        {"metadataOptions": UNKNOWN, "networkInterfaces": UNKNOWN, "blockDeviceMappings": UNKNOWN, "instanceType": UNKNOWN},
    ),
    resource(ROLE_POLICY, {"policy": UNKNOWN}, name="rp"),
    resource(ROLE, {"assumeRolePolicy": UNKNOWN, "managedPolicyArns": UNKNOWN}, name="role"),
    resource(LISTENER, {"protocol": "HTTP", "defaultActions": UNKNOWN}, name="listener"),
    resource(SG, {"ingress": [{"protocol": "tcp", "fromPort": 22, "toPort": 22, "cidrBlocks": UNKNOWN}]}, name="sg"),
    resource(REPLICATION, {"bucket": UNKNOWN, "rules": UNKNOWN}, name="rep"),
    resource(ASG, {"tags": UNKNOWN}, name="asg"),
    resource(KEY, {"enableKeyRotation": UNKNOWN}, name="key", protect=True),
]


def test_unknown_values_never_cause_a_mandatory_violation(pack):
    found = [v for r in UNKNOWN_RESOURCES for v in pack.analyze(r, PROVIDER)]
    assert [v for v in found if v.level == "mandatory"] == []
    assert found and all("can't run policy" in v.message and "during preview" in v.message for v in found)
    # stack rules judge each bucket on its own: unknown settings skip that bucket, the others are still judged
    unknown_bucket = bucket_with(
        "pending",
        versioning={"versioningConfiguration": UNKNOWN},
        encryption={"rules": UNKNOWN},
        policy={"policy": UNKNOWN},
        ownership={"rule": UNKNOWN},
        **{"public-access": {"blockPublicAcls": UNKNOWN}},
    )
    plain = resource(BUCKET, {}, name="plain")
    found = pack.analyze_stack([*unknown_bucket, plain, *UNKNOWN_RESOURCES], PROVIDER)
    assert {v.urn for v in found if v.level == "mandatory"} == {plain.urn}
    assert {v.policy for v in found if v.level == "mandatory"} == {
        "s3-versioning-enabled",
        "s3-public-access-blocked",
        "s3-encryption-kms",
        "s3-tls-only",
    }


# -- the template's own stacks, with their policy config --------------------------------------------------
def stack_policy_config(scenario: str) -> dict:
    return json.loads((CONFIG_DIR / f"{scenario.split('-')[0]}.json").read_text())


# What the template's prod stack lacks (advisory rules that dev's and local's configs disable): nothing since
# issue 22 (flow logs and access logging of the data buckets); a gap a change opens must be listed here.
TEMPLATE_PROD_GAPS: set[tuple[str, str]] = set()


@pytest.mark.parametrize("scenario", ["dev", "prod", "dev-preview", "prod-preview", "dev-https-nonat", "local"])
def test_template_stacks_pass_with_no_mandatory_violation(pack, runs, scenario):
    found = check_run(pack, runs(scenario), stack_policy_config(scenario))
    gaps = [v for v in found if (v.policy, v.urn.rsplit("::", 1)[-1]) in TEMPLATE_PROD_GAPS and v.level == "advisory"]
    assert {(v.policy, v.urn.rsplit("::", 1)[-1]) for v in gaps} == (
        TEMPLATE_PROD_GAPS if scenario.startswith("prod") else set()
    )
    found = [v for v in found if v not in gaps]
    assert [v for v in found if v.level == "mandatory"] == []
    if scenario.endswith("preview"):  # unknown ARNs: advisory "can't run during preview", never a failure
        assert found and all("during preview" in v.message for v in found)
    else:  # local too: its replication rule keeps the SSE-KMS criteria (the emulator answers them)
        assert found == []


def test_prod_config_makes_data_protection_mandatory(pack, runs):
    """prod.json turns the advisory resilience rules mandatory; the dev stack fails them, as it should."""
    found = check_run(pack, runs("dev"), stack_policy_config("prod"))
    mandatory = {(v.policy, v.urn.rsplit("::", 1)[1]) for v in found if v.level == "mandatory"}
    assert ("lb-deletion-protection", "web-alb") in mandatory
    assert {n for p, n in mandatory if p == "data-protected"} == {r.name for r in runs("dev").of_type(BUCKET, KEY)}
    assert {"data-primary", "data-replica", "web-logs", "data-primary-key", "data-replica-key"} <= {
        n for p, n in mandatory if p == "data-protected"
    }
    assert ("lb-listener-tls", "web-http") in mandatory  # no allowHttp in prod
    assert ("ec2-instance-type-allowed", "web-lt") in mandatory  # t4g.small is not a prod type


# -- policy config -----------------------------------------------------------------------------------------
def test_config_changes_required_tags_and_disables_rules(pack, configured):
    bucket = resource(BUCKET, {})
    configured({"required-tags": {"requiredTags": ["DataClassification"]}})
    found = [v for v in pack.analyze(bucket, PROVIDER) if v.policy == "required-tags"]
    assert len(found) == 1 and "missing required tags DataClassification" in found[0].message
    assert found[0].level == "mandatory"  # properties alone keep the declared level
    configured({"required-tags": "disabled", "ec2-imdsv2-required": "advisory"})
    assert not [v for v in pack.analyze(bucket, BARE_PROVIDER) if v.policy == "required-tags"]
    weak = resource(LT, with_(GOOD_LT, metadataOptions={"httpTokens": "optional"}))
    assert {v.level for v in pack.analyze(weak, PROVIDER) if v.policy == "ec2-imdsv2-required"} == {"advisory"}


def test_config_changes_the_tags_a_group_must_propagate(pack, configured):
    """asg-propagate-tags reads requiredTags in its stack half: a group that propagates only Owner passes once
    only Owner is required."""
    group = resource(ASG, {"tags": [{"key": "Owner", "value": "o", "propagateAtLaunch": True}]})
    assert [v.policy for v in pack.analyze_stack([group], PROVIDER)] == ["asg-propagate-tags"]
    configured({"asg-propagate-tags": {"requiredTags": ["Owner"]}})
    assert pack.analyze_stack([group], PROVIDER) == []


def test_config_names_the_replication_exemption_tag(pack, configured):
    scratch = [*stack(), *bucket_with("scratch", {"tags": {"Scratch": "rebuilt by CI"}})]

    def fired():
        return [v.urn.rsplit("::", 1)[1] for v in pack.analyze_stack(scratch, PROVIDER) if v.policy == "s3-data-replicated"]

    assert fired() == ["scratch"]
    configured({"s3-data-replicated": {"exemptTag": "Scratch"}})
    assert fired() == []


def test_config_allows_http_ports_and_actions(pack, configured):
    http = resource(LISTENER, {"protocol": "HTTP", "port": 80, "defaultActions": [{"type": "forward"}]})
    # ssh and web share a type: distinct names give them distinct URNs, so the sets below tell them apart
    ssh = resource(INGRESS, {"ipProtocol": "tcp", "fromPort": 22, "toPort": 22, "cidrIpv4": "0.0.0.0/0"}, name="ssh")
    web = resource(INGRESS, {"ipProtocol": "tcp", "fromPort": 443, "toPort": 443, "cidrIpv4": "0.0.0.0/0"}, name="web")
    star = resource(ROLE_POLICY, {"policy": doc({"Effect": "Allow", "Action": "sns:Publish", "Resource": "*"})})
    admin = resource(
        "aws:iam/rolePolicyAttachment:RolePolicyAttachment", {"policyArn": "arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess"}
    )
    subjects = [http, ssh, web, star, admin]

    def fired():
        return {(v.policy, v.urn) for s in subjects for v in pack.analyze(s, PROVIDER)}

    assert fired() == {("lb-listener-tls", http.urn), ("sg-no-public-ingress", ssh.urn), ("iam-least-privilege", star.urn)}
    configured(
        {
            "lb-listener-tls": {"allowHttp": True},
            "sg-no-public-ingress": {"publicPorts": [22]},
            "iam-least-privilege": {"allowedActionsOnAnyResource": ["sns:Publish"]},
            "iam-no-admin-policies": {"deniedPolicies": ["AmazonEC2ReadOnlyAccess"]},
        }
    )
    assert fired() == {("sg-no-public-ingress", web.urn), ("iam-no-admin-policies", admin.urn)}
    # Config numbers reach the pack as protobuf doubles: the rule names the configured ports as written.
    (opened,) = [v for v in pack.analyze(web, PROVIDER) if v.policy == "sg-no-public-ingress"]
    assert "allow only ports [22] from anywhere" in opened.message, opened.message


# Each clause of each policy's config schema, at its edge: the value just outside is refused before the pack runs.
CONFIG_EDGES = [
    # (policy, property, accepted, refused)
    ("ec2-instance-type-allowed", "allowedInstanceTypes", ["t3.*"], [1]),
    ("ec2-instance-type-allowed", "allowedInstanceTypes", ["t3.*"], []),
    ("ec2-instance-type-allowed", "allowedInstanceTypes", ["t3.*"], "t3.*"),
    ("sg-no-public-ingress", "publicPorts", [0, 65535], ["22"]),
    ("sg-no-public-ingress", "publicPorts", [0], [-1]),
    ("sg-no-public-ingress", "publicPorts", [65535], [65536]),
    ("sg-no-public-ingress", "publicPorts", [22], 22),
    ("lb-listener-tls", "allowHttp", True, "true"),
    ("required-tags", "requiredTags", ["Owner"], [1]),
    ("required-tags", "requiredTags", ["Owner"], "Owner"),
    ("asg-propagate-tags", "requiredTags", ["Owner"], [1]),
    ("asg-propagate-tags", "requiredTags", ["Owner"], "Owner"),
    ("iam-least-privilege", "allowedActionsOnAnyResource", ["sns:Publish"], [1]),
    ("iam-least-privilege", "allowedActionsOnAnyResource", ["sns:Publish"], "sns:Publish"),
    ("iam-no-admin-policies", "deniedPolicies", ["ReadOnlyAccess"], [1]),
    ("iam-no-admin-policies", "deniedPolicies", ["ReadOnlyAccess"], "ReadOnlyAccess"),
    ("iam-no-admin-policies", "acceptedPolicies", ["ReadOnlyAccess"], [1]),
    ("iam-no-admin-policies", "acceptedPolicies", ["ReadOnlyAccess"], "ReadOnlyAccess"),
    ("s3-data-replicated", "exemptTag", "X", ""),
    ("s3-data-replicated", "exemptTag", "X", 1),
    ("rds-backup-retention", "minRetentionDays", 1, 0),
    ("rds-backup-retention", "minRetentionDays", 35, 36),
    ("rds-backup-retention", "minRetentionDays", 7, "7"),
    ("sqs-encrypted", "requireKms", True, "true"),
    ("cloudfront-tls-version", "allowDefaultCertificate", True, "true"),
    ("log-group-retention", "minRetentionDays", 1, 0),
    ("log-group-retention", "minRetentionDays", 7, "7"),
    ("cloudtrail-hardened", "allowSingleRegion", True, "true"),
]


@pytest.mark.parametrize(
    ("policy", "key", "accepted", "refused"), CONFIG_EDGES, ids=[f"{c[0]}-{c[1]}-{json.dumps(c[3])}" for c in CONFIG_EDGES]
)
def test_config_schema_refuses_the_value_just_outside_each_clause(pack, tmp_path, policy, key, accepted, refused):
    from tools.offline_preview.policy_inputs import PolicyInputError, load_policy_config

    path = tmp_path / "config.json"
    path.write_text(json.dumps({policy: {key: accepted}}))
    assert load_policy_config(path, pack.info())
    path.write_text(json.dumps({policy: {key: refused}}))
    with pytest.raises(PolicyInputError, match=f"{policy}.{key}"):
        load_policy_config(path, pack.info())


def test_every_config_setting_declares_the_default_its_rule_falls_back_to(pack):
    """The CLI shows a schema's defaults to whoever writes a policy config: each must be what the rule uses."""
    from google.protobuf import json_format
    from starter_policies import compute, datastores, iam, network, observability, storage, tagging

    fallbacks = {
        ("ec2-instance-type-allowed", "allowedInstanceTypes"): compute.DEFAULT_INSTANCE_TYPES,
        ("sg-no-public-ingress", "publicPorts"): network.DEFAULT_PUBLIC_PORTS,
        ("required-tags", "requiredTags"): tagging.DEFAULT_REQUIRED,
        ("asg-propagate-tags", "requiredTags"): tagging.DEFAULT_REQUIRED,
        ("iam-least-privilege", "allowedActionsOnAnyResource"): iam.DEFAULT_ALLOWED_ON_ANY,
        ("iam-no-admin-policies", "deniedPolicies"): iam.DEFAULT_DENIED_POLICIES,
        ("iam-no-admin-policies", "acceptedPolicies"): [],
        ("lb-listener-tls", "allowHttp"): False,
        ("s3-data-replicated", "exemptTag"): storage.DEFAULT_EXEMPT_TAG,
        ("rds-backup-retention", "minRetentionDays"): datastores.DEFAULT_MIN_BACKUP_DAYS,
        ("sqs-encrypted", "requireKms"): False,
        ("cloudfront-tls-version", "allowDefaultCertificate"): False,
        ("log-group-retention", "minRetentionDays"): observability.DEFAULT_MIN_RETENTION_DAYS,
        ("cloudtrail-hardened", "allowSingleRegion"): False,
    }
    declared = {
        (p.name, key): value.get("default", "(none)")
        for p in pack.info().policies
        for key, value in json_format.MessageToDict(p.configSchema).get("properties", {}).items()
    }
    for setting, fallback in fallbacks.items():
        assert declared[setting] == fallback, setting
    assert all(value != "(none)" for value in declared.values()), declared


def test_all_sets_every_level_and_a_policy_level_overrides_it(pack, configured):
    weak = resource(LT, with_(GOOD_LT, metadataOptions={"httpTokens": "optional"}, instanceType="x1e.32xlarge"))
    configured({"all": "advisory", "ec2-instance-type-allowed": "mandatory"})
    levels = {v.policy: v.level for v in pack.analyze(weak, PROVIDER)}
    assert levels == {"ec2-imdsv2-required": "advisory", "ec2-instance-type-allowed": "mandatory"}


# -- the pack itself ----------------------------------------------------------------------------------------
def test_pack_describes_every_rule(pack):
    info = pack.info()
    assert info.name == "aws-starter-guardrails"
    for policy in info.policies:
        assert policy.description and policy.remediation_steps and policy.severity, (
            f"{policy.name}: give it a description, remediation_steps and a severity (README: Add a policy rule)"
        )


def test_pack_that_cannot_start_is_reported_in_one_line(tmp_path: Path):
    (tmp_path / "__main__.py").write_text("raise SystemExit('broken pack')\n")
    with pytest.raises(PackError, match=r"failed to start: broken pack$"):
        PolicyPackProcess(tmp_path).info()


def test_readme_rule_table_matches_the_pack(pack):
    from tools.offline_preview.analyzer import LEVELS

    text = (REPO / "README.md").read_text()
    section = text.split("### Rules", 1)[1].split("\n### ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    documented = {}
    for row in rows:
        name, checks, level, category = (cell.strip() for cell in row.strip("|").split(" | "))
        documented[name.strip("`")] = (checks, level, category)
    actual = {p.name: (p.description, LEVELS[p.enforcementLevel], ",".join(p.tags)) for p in pack.info().policies}
    expected_rows = [
        f"| `{name}` | {' | '.join(actual[name])} |" for name in sorted(actual) if documented.get(name) != actual[name]
    ]
    assert documented == actual, (
        "README.md's Rules table differs from the pack; rows to add or correct: "
        + " ".join(expected_rows)
        + (
            f"; rows of rules the pack lacks: {sorted(set(documented) - set(actual))}"
            if set(documented) - set(actual)
            else ""
        )
    )


def test_request_cache_and_type_gate_change_nothing_but_speed(pack, tmp_path):
    """The shipped entry point memoises deserialisation and skips rules for types they do not judge
    (policies/starter_policies/request_cache.py). The same rules served by the plain SDK must give the same
    diagnostics for every case here, the template stacks, and a synthetic mix."""
    (tmp_path / "__main__.py").write_text(
        f"import sys\nsys.path.insert(0, {str(REPO / 'policies')!r})\n"
        "from pulumi_policy import EnforcementLevel, PolicyPack\nfrom starter_policies import ALL_POLICIES\n"
        "PolicyPack(name='aws-starter-guardrails', enforcement_level=EnforcementLevel.ADVISORY, policies=ALL_POLICIES)\n"
    )
    subjects = [resource(c[2], c[3], name=c[0]) for c in RESOURCE_CASES] + UNKNOWN_RESOURCES + synthetic_stack(200)
    stacks = [c[2] for c in STACK_CASES] + [synthetic_stack(200)]

    def verdicts(process):
        process.configure({})
        found = [v for s in subjects for v in process.analyze(s, PROVIDER)]
        found += [v for resources in stacks for v in process.analyze_stack(resources, PROVIDER)]
        return sorted(found, key=lambda v: (v.policy, v.urn, v.message))

    with PolicyPackProcess(tmp_path) as plain:
        expected = verdicts(plain)
    assert len(expected) > 100 and verdicts(pack) == expected


def test_pack_project_file_is_what_the_cli_needs():
    import yaml

    project = yaml.safe_load((REPO / "policies" / "PulumiPolicy.yaml").read_text())
    assert project["runtime"]["name"] == "python" and project["runtime"]["options"]["virtualenv"]
    assert len(project["version"].split(".")) == 3 and project["description"]
    pinned = (REPO / "policies" / "requirements.txt").read_text()
    assert "pulumi-policy==" in pinned and "pulumi==" in pinned


def test_request_cache_applies_to_the_pinned_sdk():
    """If a pulumi-policy upgrade changed the internals request_cache wraps, install() would quietly do
    nothing and the pack would lose its speed: this catches that on the pinned version."""
    import sys

    from pulumi_policy import policy as sdk

    sys.path.insert(0, str(REPO / "policies"))
    from starter_policies import request_cache

    assert request_cache.install(sdk) or getattr(sdk, "_starter_cached", False)
    servicer = sdk._PolicyAnalyzerServicer
    for method in ("Analyze", "AnalyzeStack", "_get_provider_resource", "_get_resource_options"):
        assert hasattr(getattr(servicer, method), "__wrapped__"), method
    assert request_cache.install(sdk) is False  # idempotent


GATE_PROBE = """
import sys
sys.path.insert(0, {policies!r})
from pulumi_policy import policy as sdk
from starter_policies import request_cache
request_cache.sdk_version = lambda: {version!r}  # what importlib.metadata reports for the installed SDK
before = sdk._PolicyAnalyzerServicer.Analyze
applied = request_cache.install(sdk)
print(applied, sdk._PolicyAnalyzerServicer.Analyze is before, sorted(request_cache.KNOWN_SDK_VERSIONS))
"""


def pinned_sdk_version() -> str:
    (line,) = [
        x for x in (REPO / "policies" / "requirements.txt").read_text().splitlines() if x.startswith("pulumi-policy==")
    ]
    return line.split("==", 1)[1].split()[0]


@pytest.mark.parametrize(
    ("version", "applied", "notice"),
    [
        (pinned_sdk_version(), True, None),  # the pinned release: patched, silently
        ("9.99.0", False, "pulumi-policy 9.99.0 is not a release this patch knows"),  # an upgrade nobody checked
        (None, False, "pulumi-policy None is not a release this patch knows"),  # no distribution metadata
    ],
    ids=["pinned", "unknown", "missing"],
)
def test_request_cache_is_gated_on_the_sdk_versions_it_knows(version, applied, notice):
    """In a fresh interpreter (an untouched SDK): the pinned release gets the patch; any other version leaves the
    SDK's classes as they are and says so in exactly one stderr line."""
    import subprocess
    import sys

    probe = GATE_PROBE.format(policies=str(REPO / "policies"), version=version)
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split(" ", 2)[:2] == [str(applied), str(not applied)], proc.stdout
    lines = proc.stderr.splitlines()
    if notice is None:
        assert lines == []
    else:
        assert len(lines) == 1 and notice in lines[0] and "running the plain pulumi-policy SDK" in lines[0], lines


WEIRD = {
    "tags": None,
    "policy": 5,
    "ingress": "x",
    "rules": None,
    "metadataOptions": [],
    "networkInterfaces": {},
    "blockDeviceMappings": [None, {"ebs": None}],
    "defaultActions": [1, None],
    "accessLogs": "x",
    "assumeRolePolicy": "not json",
    "inlinePolicies": [None, {"policy": None}],
    "managedPolicyArns": None,
    "replicationConfiguration": 3,
    "acl": None,
    "accessControlPolicy": {"grants": [None, {"grantee": None}]},
    "rootBlockDevice": None,
    "ebsBlockDevices": [None],
    "protocol": None,
    "port": None,
    "sslPolicy": 3,
    "fromPort": "x",
    "toPort": None,
    "cidrIpv4": None,
    "type": "ingress",
    "cidrBlocks": None,
    "policyArn": None,
    "policyArns": [None, 7],
    "instanceType": None,
    "enableKeyRotation": "yes",
    "loadBalancerType": None,
    "versioningConfiguration": None,
    "rule": "x",
    "bucket": None,
    "versioning": [],
    "user": None,
}


def test_rules_never_crash_on_missing_none_or_mistyped_values(pack):
    """Every type any rule judges, with no properties and with odd ones: verdicts, never an exception."""
    types = {c[2] for c in RESOURCE_CASES} | {
        "aws:s3/bucketAcl:BucketAcl",
        "aws:iam/accessKey:AccessKey",
        "aws:s3/bucketLogging:BucketLogging",
        "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive",
        "aws:kms/keyPolicy:KeyPolicy",
        *(SETTINGS[k][0] for k in SETTINGS),
        REPLICATION,
    }
    subjects = [resource(t, props, name=f"n{i}") for i, t in enumerate(sorted(types)) for props in ({}, WEIRD)]
    for subject in subjects:
        pack.analyze(subject, PROVIDER)
        pack.analyze(subject, None)  # no provider at all
    found = pack.analyze_stack(subjects, PROVIDER)
    assert {v.policy for v in found} >= {"s3-versioning-enabled", "s3-encryption-kms"}


@pytest.mark.parametrize(("criteria", "mandatory"), [("Disabled", True), ("Enabled", False)])
def test_replica_key_computed_by_another_resource_still_judges_the_rest(pack, criteria, mandatory):
    """During preview the replica key's ARN is unknown; it is a key all the same, and the known clause
    (SSE-KMS objects not replicated) is still a mandatory violation."""
    destination = {**GOOD_RULE["destination"], "encryptionConfiguration": {"replicaKmsKeyId": UNKNOWN}}
    rule = {
        **GOOD_RULE,
        "destination": destination,
        "sourceSelectionCriteria": {"sseKmsEncryptedObjects": {"status": criteria}},
    }
    found = [v for v in pack.analyze(resource(REPLICATION, {"rules": [rule]}), PROVIDER) if v.policy == "s3-replica-kms"]
    assert [v.level for v in found] == (["mandatory"] if mandatory else [])
