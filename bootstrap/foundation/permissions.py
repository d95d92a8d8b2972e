"""What the GitHub roles may do, as plain IAM documents (dicts whose leaves may be Outputs).

Deploy roles (GitHub environments ``<env>``) may create, change and delete what the template declares and
nothing else: EC2/VPC, Elastic Load Balancing, Auto Scaling, IAM roles and instance profiles, S3 buckets, KMS
keys and CloudWatch alarms; read ACM, SSM public parameters and STS; and use the state bucket and secrets key.
Preview roles (``preview-<env>``) only read: the services, the state (a diy-backend preview takes no lock and
writes nothing: pulumi/pulumi pkg/backend/diy/backend.go, ``Preview`` has no ``Lock`` call) and ``kms:Decrypt``
of the stack's data key.

How each write is narrowed, as far as AWS allows:
- every regional action: ``aws:RequestedRegion`` in the template's regions;
- changes to existing EC2, ELB, Auto Scaling, CloudWatch and KMS resources: ``aws:ResourceTag/Environment`` equal
  to the role's environment (the template tags everything through ``aws:defaultTags``);
- creates: AWS cannot scope a create to a resource that does not exist yet, so they are granted on ``*`` in the
  template's regions; tagging on "*" only as part of a create (``ec2:CreateAction``,
  ``elasticloadbalancing:CreateAction``). These actions are the bootstrap policy config's
  ``allowedActionsOnAnyResource`` (``ON_ANY_RESOURCE``; a test keeps both equal);
- S3 has no tag conditions on every action: buckets are scoped by the names the template's logical names give
  them (``TEMPLATE_NAME_PREFIXES``; a test checks them against the template's plan);
- IAM: the template pins its role and instance-profile names (``starter_shared.iam_names``), so every IAM write,
  the escalation actions included, is granted on the exact ARNs of the deploying environment's stack
  (``<template project>-<env>-instance``, ``-replication``, ``-flow-logs``): the pack's ``iam-least-privilege`` holds as
  mandatory.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pulumi
from starter_shared.iam_names import TemplateIamNames

Document = dict[str, Any]
ENVIRONMENT_TAG = "Environment"

# Reads on "*": describe/get/list calls (most have no resource-level scoping) for refresh, preview and the audit.
READ_ACTIONS: tuple[str, ...] = (
    "sts:GetCallerIdentity",
    "ec2:Describe*",
    "elasticloadbalancing:Describe*",
    "autoscaling:Describe*",
    "cloudwatch:DescribeAlarms",
    "cloudwatch:ListTagsForResource",
    "iam:GetRole",
    "iam:GetRolePolicy",
    "iam:ListRolePolicies",
    "iam:ListAttachedRolePolicies",
    "iam:GetInstanceProfile",
    "iam:ListInstanceProfilesForRole",
    "iam:GetPolicy",
    "iam:GetPolicyVersion",
    "iam:GetOpenIDConnectProvider",
    "kms:DescribeKey",
    "kms:GetKeyPolicy",
    "kms:GetKeyRotationStatus",
    "wafv2:GetWebACL",  # the post-deploy audit's WAF and CDN checks (tools/audit/iam/audit-readonly.json)
    "wafv2:GetWebACLForResource",
    "wafv2:GetLoggingConfiguration",
    "cloudfront:GetDistributionConfig",
    "kms:ListResourceTags",
    "kms:ListAliases",
    "s3:GetBucket*",
    "s3:GetAccelerateConfiguration",
    "s3:GetEncryptionConfiguration",
    "s3:GetLifecycleConfiguration",
    "s3:GetReplicationConfiguration",
    "s3:ListAllMyBuckets",
    "acm:DescribeCertificate",
    "acm:ListCertificates",
    # the operations parts (issue 22), as the audit reads them
    "sns:GetTopicAttributes",
    "sns:ListSubscriptionsByTopic",
    "cloudwatch:GetDashboard",
    "cloudtrail:GetTrail",
    "cloudtrail:GetTrailStatus",
    "budgets:ViewBudget",
)
# Public AWS parameters only (AMI ids): an SSM read on "*" could read the account's SecureString parameters.
SSM_PUBLIC_PARAMETERS = "parameter/aws/service/*"

CREATE_ACTIONS: tuple[str, ...] = (
    "ec2:CreateVpc",
    "ec2:CreateSubnet",
    "ec2:CreateInternetGateway",
    "ec2:CreateRouteTable",
    "ec2:CreateNatGateway",
    "ec2:AllocateAddress",
    "ec2:CreateSecurityGroup",
    "ec2:CreateVpcEndpoint",
    "ec2:CreateLaunchTemplate",
    "ec2:RunInstances",
    # Each call creates a security-group-rule resource (tagged on create), which has no tag to match yet.
    "ec2:AuthorizeSecurityGroupIngress",
    "ec2:AuthorizeSecurityGroupEgress",
    "elasticloadbalancing:CreateLoadBalancer",
    "elasticloadbalancing:CreateTargetGroup",
    "elasticloadbalancing:CreateListener",
    "autoscaling:CreateAutoScalingGroup",
    "autoscaling:CreateOrUpdateTags",
    "cloudwatch:PutMetricAlarm",
    "cloudwatch:TagResource",
    "kms:CreateKey",
    "kms:TagResource",
)
"""Creates granted on "*" in the template's regions: the resource does not exist yet. (Auto Scaling, CloudWatch
and KMS check their tag action when a create carries tags and have no create-only condition for it.)"""

TAG_ON_CREATE: dict[str, str] = {
    "ec2:CreateTags": "ec2:CreateAction",
    "elasticloadbalancing:AddTags": "elasticloadbalancing:CreateAction",
}
"""Tagging actions granted on "*" only inside a create (the condition key that is present then); retagging an
existing resource needs its Environment tag (``CHANGE_ACTIONS``)."""

ON_ANY_RESOURCE: tuple[str, ...] = (*CREATE_ACTIONS, *TAG_ON_CREATE)
"""Every write granted on "*": exactly the bootstrap policy config's ``allowedActionsOnAnyResource``."""

CHANGE_ACTIONS: tuple[str, ...] = (
    "ec2:DeleteVpc",
    "ec2:ModifyVpcAttribute",
    "ec2:DeleteSubnet",
    "ec2:ModifySubnetAttribute",
    "ec2:AttachInternetGateway",
    "ec2:DetachInternetGateway",
    "ec2:DeleteInternetGateway",
    "ec2:DeleteRouteTable",
    "ec2:AssociateRouteTable",
    "ec2:DisassociateRouteTable",
    "ec2:CreateRoute",
    "ec2:ReplaceRoute",
    "ec2:DeleteRoute",
    "ec2:DeleteNatGateway",
    "ec2:ReleaseAddress",
    "ec2:DisassociateAddress",
    "ec2:DeleteSecurityGroup",
    "ec2:RevokeSecurityGroupIngress",
    "ec2:RevokeSecurityGroupEgress",
    "ec2:ModifySecurityGroupRules",
    "ec2:UpdateSecurityGroupRuleDescriptionsIngress",
    "ec2:UpdateSecurityGroupRuleDescriptionsEgress",
    "ec2:ModifyVpcEndpoint",
    "ec2:DeleteVpcEndpoints",
    "ec2:CreateLaunchTemplateVersion",
    "ec2:ModifyLaunchTemplate",
    "ec2:DeleteLaunchTemplate",
    "ec2:CreateTags",
    "ec2:DeleteTags",
    "elasticloadbalancing:ModifyLoadBalancerAttributes",
    "elasticloadbalancing:SetSecurityGroups",
    "elasticloadbalancing:SetSubnets",
    "elasticloadbalancing:DeleteLoadBalancer",
    "elasticloadbalancing:ModifyTargetGroup",
    "elasticloadbalancing:ModifyTargetGroupAttributes",
    "elasticloadbalancing:DeleteTargetGroup",
    "elasticloadbalancing:ModifyListener",
    "elasticloadbalancing:DeleteListener",
    "elasticloadbalancing:AddTags",
    "elasticloadbalancing:RemoveTags",
    "autoscaling:UpdateAutoScalingGroup",
    "autoscaling:DeleteAutoScalingGroup",
    "autoscaling:StartInstanceRefresh",
    "autoscaling:CancelInstanceRefresh",
    "autoscaling:PutScalingPolicy",
    "autoscaling:DeletePolicy",
    "autoscaling:EnableMetricsCollection",
    "autoscaling:DisableMetricsCollection",
    "autoscaling:DeleteTags",
    "autoscaling:AttachLoadBalancerTargetGroups",
    "autoscaling:DetachLoadBalancerTargetGroups",
    "cloudwatch:DeleteAlarms",
    "cloudwatch:UntagResource",
    "kms:EnableKeyRotation",
    "kms:DisableKeyRotation",
    "kms:PutKeyPolicy",
    "kms:UpdateKeyDescription",
    "kms:ScheduleKeyDeletion",
    "kms:CancelKeyDeletion",
    "kms:UntagResource",
)
"""Changes to resources that exist: only those tagged with the role's environment."""

TEMPLATE_NAME_PREFIXES: dict[str, tuple[str, ...]] = {
    # Pulumi autonames a resource `<logical name>-<7 hex>`; these are the template's logical-name prefixes.
    "bucket": ("data-", "web-", "audit-trail-"),
}
"""Names the template's S3 buckets start with (a test checks the template's plan). Its IAM roles and instance
profile have exact names instead (``starter_shared.iam_names``)."""

S3_BUCKET_ACTIONS: tuple[str, ...] = (
    "s3:CreateBucket",
    "s3:DeleteBucket",
    "s3:PutBucketTagging",
    "s3:PutBucketVersioning",
    "s3:PutEncryptionConfiguration",
    "s3:PutBucketPublicAccessBlock",
    "s3:PutBucketOwnershipControls",
    "s3:PutBucketPolicy",
    "s3:DeleteBucketPolicy",
    "s3:PutLifecycleConfiguration",
    "s3:PutReplicationConfiguration",
    "s3:PutBucketLogging",
    "s3:ListBucket",
)
IAM_ROLE_ACTIONS: tuple[str, ...] = (
    "iam:CreateRole",
    "iam:DeleteRole",
    "iam:UpdateRole",
    "iam:UpdateRoleDescription",
    "iam:TagRole",
    "iam:UntagRole",
    "iam:DeleteRolePolicy",
    "iam:DetachRolePolicy",
    "iam:CreateInstanceProfile",
    "iam:DeleteInstanceProfile",
    "iam:AddRoleToInstanceProfile",
    "iam:RemoveRoleFromInstanceProfile",
    "iam:TagInstanceProfile",
    "iam:UntagInstanceProfile",
)
IAM_ESCALATION_ACTIONS: tuple[str, ...] = ("iam:PutRolePolicy", "iam:UpdateAssumeRolePolicy")
"""Writing a role's permissions: the template's roles have inline policies. Unavoidable for a role that
deploys roles, so granted only on the exact ARNs of the environment's own roles (the pack's
iam-least-privilege accepts escalation actions nowhere else)."""
MANAGED_POLICIES_ATTACHED = ("AmazonSSMManagedInstanceCore",)
"""The only managed policy the template attaches, to the instance role (components/security_roles.py);
AttachRolePolicy is pinned to it and to that role."""
PASSED_TO_SERVICES: dict[str, str] = {
    "instance_role": "ec2.amazonaws.com",
    "replication_role": "s3.amazonaws.com",
    "flow_logs_role": "vpc-flow-logs.amazonaws.com",
}
"""Who the template hands each role to (a ``TemplateIamNames`` field -> the service): the instance role to EC2
(the instance profile), the replication role to S3. Each role may be passed only to its own service."""


def _document(statements: Sequence[dict[str, Any]]) -> Document:
    return {"Version": "2012-10-17", "Statement": list(statements)}


def _in_regions(regions: Sequence[str]) -> dict[str, Any]:
    return {"aws:RequestedRegion": list(regions)}


def _iam_arn(partition: str, account: pulumi.Input[str], kind: str, name: str) -> pulumi.Output[str]:
    """The exact ARN of one IAM role (``kind`` "role") or instance profile ("instance-profile")."""
    return pulumi.Output.concat(f"arn:{partition}:iam::", account, f":{kind}/{name}")


def state_statements(
    bucket_arn: pulumi.Input[str], key_arn: pulumi.Input[str], region: str, *, write: bool
) -> list[dict[str, Any]]:
    """The state bucket (objects under ``.pulumi/``) and the secrets key, read-only unless ``write``."""
    objects = pulumi.Output.concat(bucket_arn, "/.pulumi/*")
    object_actions = ["s3:GetObject", "s3:GetObjectVersion"] + (["s3:PutObject", "s3:DeleteObject"] if write else [])
    key_actions = ["kms:Decrypt"] + (["kms:Encrypt", "kms:GenerateDataKey"] if write else [])
    return [
        {"Sid": "ListState", "Effect": "Allow", "Action": "s3:ListBucket", "Resource": bucket_arn},
        {
            "Sid": "ReadWriteState" if write else "ReadState",
            "Effect": "Allow",
            "Action": object_actions,
            "Resource": objects,
        },
        {
            # The bucket's SSE-KMS (through S3) and the stack's secrets provider (directly) use the same key.
            "Sid": "UseStateKey",
            "Effect": "Allow",
            "Action": key_actions,
            "Resource": key_arn,
        },
    ]


def read_statements(partition: str, regions: Sequence[str]) -> list[dict[str, Any]]:
    """What a preview, a refresh and the post-deploy audit read."""
    return [
        {"Sid": "ReadTemplateServices", "Effect": "Allow", "Action": list(READ_ACTIONS), "Resource": "*"},
        {
            "Sid": "ReadPublicParameters",
            "Effect": "Allow",
            "Action": ["ssm:GetParameter", "ssm:GetParameters"],
            "Resource": [f"arn:{partition}:ssm:{r}::{SSM_PUBLIC_PARAMETERS}" for r in regions],
        },
    ]


def preview_policy(
    partition: str, regions: Sequence[str], bucket_arn: pulumi.Input[str], key_arn: pulumi.Input[str], region: str
) -> Document:
    """A ``preview-<env>`` role: reads only."""
    return _document(read_statements(partition, regions) + state_statements(bucket_arn, key_arn, region, write=False))


def deploy_policy(
    partition: str,
    account: pulumi.Input[str],
    environment: str,
    names: TemplateIamNames,
    regions: Sequence[str],
    bucket_arn: pulumi.Input[str],
    key_arn: pulumi.Input[str],
    region: str,
) -> Document:
    """A ``<env>`` role: what the template creates, changes and deletes, plus the state. ``names`` are the IAM
    names of the stack this environment deploys (``template_iam_names(<template project>, environment)``)."""
    roles = [_iam_arn(partition, account, "role", name) for name in names.roles]
    profile = _iam_arn(partition, account, "instance-profile", names.instance_profile)
    tagged = {"StringEquals": {f"aws:ResourceTag/{ENVIRONMENT_TAG}": environment, **_in_regions(regions)}}
    return _document(
        [
            *read_statements(partition, regions),
            *state_statements(bucket_arn, key_arn, region, write=True),
            {
                # No resource exists yet to scope to: pinned to the template's regions.
                "Sid": "CreateInTemplateRegions",
                "Effect": "Allow",
                "Action": list(CREATE_ACTIONS),
                "Resource": "*",
                "Condition": {"StringEquals": _in_regions(regions)},
            },
            *[
                {
                    "Sid": f"TagWhileCreating{action.split(':')[0].title().replace('loadbalancing', 'LoadBalancing')}",
                    "Effect": "Allow",
                    "Action": action,
                    "Resource": "*",
                    "Condition": {"StringEquals": _in_regions(regions), "Null": {create_key: "false"}},
                }
                for action, create_key in TAG_ON_CREATE.items()
            ],
            {
                # AWS creates a VPC's default security group untagged; the template adopts it (no rules) and tags it.
                # Only a resource with no Environment tag yet may be claimed, and only for this environment.
                "Sid": "ClaimUntaggedResources",
                "Effect": "Allow",
                "Action": "ec2:CreateTags",
                "Resource": "*",
                "Condition": {
                    "StringEquals": {f"aws:RequestTag/{ENVIRONMENT_TAG}": environment, **_in_regions(regions)},
                    "Null": {f"aws:ResourceTag/{ENVIRONMENT_TAG}": "true"},
                },
            },
            {
                "Sid": "ChangeOwnEnvironment",
                "Effect": "Allow",
                "Action": list(CHANGE_ACTIONS),
                "Resource": "*",
                "Condition": tagged,
            },
            {
                "Sid": "TemplateBuckets",
                "Effect": "Allow",
                "Action": list(S3_BUCKET_ACTIONS),
                "Resource": [f"arn:{partition}:s3:::{prefix}*" for prefix in TEMPLATE_NAME_PREFIXES["bucket"]],
            },
            {
                "Sid": "TemplateRoles",
                "Effect": "Allow",
                "Action": list(IAM_ROLE_ACTIONS),
                "Resource": [*roles, profile],
            },
            {
                "Sid": "TemplateRolePolicies",
                "Effect": "Allow",
                "Action": list(IAM_ESCALATION_ACTIONS),
                "Resource": roles,
            },
            {
                "Sid": "AttachOnlySessionManager",
                "Effect": "Allow",
                "Action": "iam:AttachRolePolicy",
                "Resource": _iam_arn(partition, account, "role", names.instance_role),
                "Condition": {
                    "ArnEquals": {
                        "iam:PolicyARN": [f"arn:{partition}:iam::aws:policy/{name}" for name in MANAGED_POLICIES_ATTACHED]
                    }
                },
            },
            *[
                {
                    "Sid": f"Pass{field.title().replace('_', '')}",
                    "Effect": "Allow",
                    "Action": "iam:PassRole",
                    "Resource": _iam_arn(partition, account, "role", getattr(names, field)),
                    "Condition": {"StringEquals": {"iam:PassedToService": service}},
                }
                for field, service in PASSED_TO_SERVICES.items()
            ],
        ]
    )
