"""The IAM rules judged as AWS evaluates a document, through the analyzer protocol the CLI uses.

One case per clause: each violating case must end with a MANDATORY violation of the right rule on the right
resource; each passing case (correct, sometimes unusual, programs) with no mandatory violation at all. The
documents are written the ways pulumi-aws v7 programs write them: JSON strings (``json.dumps``,
``Output.json_dumps``), dicts (``PolicyDocumentArgs``), a role's ``inline_policies``, ``get_policy_document``.
"""

from __future__ import annotations

import json
import textwrap

import pytest
from test_policies import PROVIDER, UNKNOWN, resource

from tools.offline_preview.analyzer import check_run
from tools.offline_preview.engine import run_program

ROLE = "aws:iam/role:Role"
ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy"
POLICY = "aws:iam/policy:Policy"
BUCKET_POLICY = "aws:s3/bucketPolicy:BucketPolicy"
QUEUE_POLICY = "aws:sqs/queuePolicy:QueuePolicy"
TOPIC_POLICY = "aws:sns/topicPolicy:TopicPolicy"
KEY = "aws:kms/key:Key"
ACCOUNT = "123456789012"
GITHUB = f"arn:aws:iam::{ACCOUNT}:oidc-provider/token.actions.githubusercontent.com"
EKS = "oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF0123456789"


def doc(*statements: dict) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


def allow(action, resource, **extra) -> dict:
    return {"Effect": "Allow", "Action": action, "Resource": resource, **extra}


def trust(principal, action="sts:AssumeRoleWithWebIdentity", condition=None) -> str:
    statement = {"Effect": "Allow", "Principal": principal, "Action": action}
    if condition is not None:
        statement["Condition"] = condition
    return doc(statement)


def github(sub, op="StringLike") -> str:
    return trust(
        {"Federated": GITHUB},
        condition={
            "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
            op: {"token.actions.githubusercontent.com:sub": sub},
        },
    )


def public(action, resource, condition=None, principal="*") -> str:
    statement = {"Effect": "Allow", "Principal": principal, "Action": action, "Resource": resource}
    if condition is not None:
        statement["Condition"] = condition
    return doc(statement)


TABLE = "arn:aws:dynamodb:eu-west-1:123456789012:table/orders"
QUEUE = "arn:aws:sqs:eu-west-1:123456789012:jobs"
TOPIC = "arn:aws:sns:eu-west-1:123456789012:events"
LP, NA, NOADMIN = "iam-least-privilege", "iam-no-anonymous-principal", "iam-no-admin-policies"

VIOLATIONS = [
    # (id, rule, type, props, message fragment)
    # actions, case-insensitively, with wildcards anywhere
    (
        "upper-case-service-wide",
        LP,
        ROLE_POLICY,
        {"policy": doc(allow("S3:*", "arn:aws:s3:::b/*"))},
        "wildcard action 'S3:*'",
    ),
    ("star-colon-star", LP, ROLE_POLICY, {"policy": doc(allow("*:*", "*"))}, "wildcard action '*:*'"),
    ("star-in-list", LP, POLICY, {"policy": doc(allow(["s3:GetObject", "*"], "arn:aws:s3:::b/*"))}, "wildcard action '*'"),
    ("mid-wildcard-write-on-star", LP, ROLE_POLICY, {"policy": doc(allow("s3:*Object", "*"))}, "s3:*Object on Resource '*'"),
    (
        "lower-case-write-on-star",
        LP,
        ROLE_POLICY,
        {"policy": doc(allow("dynamodb:putitem", "*"))},
        "dynamodb:putitem on Resource '*'",
    ),
    (
        "secret-read-on-star",
        LP,
        ROLE_POLICY,
        {"policy": doc(allow("secretsmanager:GetSecretValue", "*"))},
        "secretsmanager:GetSecretValue on Resource '*'",
    ),
    # NotAction / NotResource read as what they grant
    (
        "not-action-on-star",
        LP,
        ROLE_POLICY,
        {"policy": doc({"Effect": "Allow", "NotAction": ["iam:*", "organizations:*"], "Resource": "*"})},
        "every action of every service except iam:*, organizations:*",
    ),
    (
        "not-resource",
        LP,
        POLICY,
        {"policy": doc({"Effect": "Allow", "Action": "s3:DeleteObject", "NotResource": "arn:aws:s3:::keep/*"})},
        "its actions on every resource except arn:aws:s3:::keep/*",
    ),
    # wildcard ARNs are any resource for writes
    (
        "s3-any-bucket",
        LP,
        ROLE_POLICY,
        {"policy": doc(allow("s3:PutObject", "arn:aws:s3:::*/*"))},
        "s3:PutObject on Resource 'arn:aws:s3:::*/*' (a wildcard ARN: any resource)",
    ),
    (
        "dynamodb-any-table",
        LP,
        ROLE_POLICY,
        {"policy": doc(allow(["dynamodb:PutItem", "dynamodb:GetItem"], "arn:aws:dynamodb:*:*:table/*"))},
        "dynamodb:PutItem on Resource 'arn:aws:dynamodb:*:*:table/*'",
    ),
    (
        "logs-any-region-account",
        LP,
        ROLE_POLICY,
        {"policy": doc(allow(["logs:CreateLogStream", "logs:PutLogEvents"], "arn:aws:logs:*:*:*"))},
        "logs:CreateLogStream, logs:PutLogEvents on Resource 'arn:aws:logs:*:*:*'",
    ),
    (
        "sqs-any-account",
        LP,
        ROLE_POLICY,
        {"policy": doc(allow("sqs:SendMessage", "arn:aws:sqs:eu-west-1:*:jobs"))},
        "sqs:SendMessage on Resource 'arn:aws:sqs:eu-west-1:*:jobs'",
    ),
    (
        "lambda-any-function",
        LP,
        ROLE_POLICY,
        {"policy": doc(allow("lambda:InvokeFunction", f"arn:aws:lambda:eu-west-1:{ACCOUNT}:function:*"))},
        "lambda:InvokeFunction on Resource",
    ),
    # privilege escalation on anything but exact ARNs
    (
        "create-policy-version",
        LP,
        ROLE_POLICY,
        {"policy": doc(allow("iam:CreatePolicyVersion", f"arn:aws:iam::{ACCOUNT}:policy/*"))},
        "iam:CreatePolicyVersion on arn:aws:iam::123456789012:policy/* (privilege escalation",
    ),
    (
        "attach-role-policy-pattern",
        LP,
        ROLE_POLICY,
        {"policy": doc(allow("iam:Attach*", f"arn:aws:iam::{ACCOUNT}:role/app-*"))},
        "iam:AttachGroupPolicy, iam:AttachRolePolicy, iam:AttachUserPolicy on",
    ),
    (
        "put-role-policy-star",
        LP,
        POLICY,
        {"policy": doc(allow("iam:PutRolePolicy", "*"))},
        "iam:PutRolePolicy on * (privilege escalation",
    ),
    (
        "update-trust",
        LP,
        ROLE_POLICY,
        {"policy": doc(allow("iam:UpdateAssumeRolePolicy", f"arn:aws:iam::{ACCOUNT}:role/*"))},
        "iam:UpdateAssumeRolePolicy on",
    ),
    (
        "access-keys-any-user",
        LP,
        ROLE_POLICY,
        {"policy": doc(allow(["iam:CreateAccessKey", "iam:CreateLoginProfile"], f"arn:aws:iam::{ACCOUNT}:user/*"))},
        "iam:CreateAccessKey, iam:CreateLoginProfile on",
    ),
    (
        "passrole-with-lambda",
        LP,
        ROLE_POLICY,
        {"policy": doc(allow(["iam:PassRole", "lambda:CreateFunction"], "*"))},
        "iam:PassRole on * (not a named role ARN)",
    ),
    (
        "passrole-lowercase-with-condition",
        LP,
        ROLE_POLICY,
        {
            "policy": doc(
                allow("IAM:passrole", "*", Condition={"StringEquals": {"iam:PassedToService": "lambda.amazonaws.com"}})
            )
        },
        "iam:PassRole on *",
    ),
    # every place a document appears
    (
        "inline-policies",
        LP,
        ROLE,
        {
            "assumeRolePolicy": trust({"Service": "lambda.amazonaws.com"}, "sts:AssumeRole"),
            "inlinePolicies": [{"name": "app", "policy": doc(allow("dynamodb:*", "*"))}],
        },
        "inlinePolicies[app] statement #0 allows wildcard action 'dynamodb:*'",
    ),
    (
        "inline-policy-without-a-name",
        LP,
        ROLE,
        {
            "assumeRolePolicy": trust({"Service": "lambda.amazonaws.com"}, "sts:AssumeRole"),
            "inlinePolicies": [
                {"name": "ok", "policy": doc(allow("s3:GetObject", "arn:aws:s3:::b/*"))},
                {"policy": doc(allow("dynamodb:*", "*"))},
            ],
        },
        "inlinePolicies[1] statement #0 allows wildcard action 'dynamodb:*'",
    ),
    (
        "dict-document",
        LP,
        POLICY,
        {"policy": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["kms:*"], "Resource": "*"}]}},
        "wildcard action 'kms:*'",
    ),
    (
        "permission-set",
        LP,
        "aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy",
        {"inlinePolicy": doc(allow("*", "*"))},
        "wildcard action '*'",
    ),
    # anonymous principals: a Condition counts only if it pins the caller
    (
        "bucket-public-read",
        NA,
        BUCKET_POLICY,
        {"policy": public("s3:GetObject", "arn:aws:s3:::site/*")},
        "allows Principal '*' with no Condition",
    ),
    (
        "bucket-condition-pins-nothing",
        NA,
        BUCKET_POLICY,
        {"policy": public("s3:GetObject", "arn:aws:s3:::site/*", {"Bool": {"aws:SecureTransport": "true"}})},
        "its Condition pins no caller (keys: aws:SecureTransport",
    ),
    (
        "bucket-if-exists",
        NA,
        BUCKET_POLICY,
        {"policy": public("s3:GetObject", "arn:aws:s3:::b/*", {"StringEqualsIfExists": {"aws:SourceAccount": ACCOUNT}})},
        "pins no caller",
    ),
    (
        "bucket-not-equals",
        NA,
        BUCKET_POLICY,
        {"policy": public("s3:GetObject", "arn:aws:s3:::b/*", {"StringNotEquals": {"aws:SourceAccount": ACCOUNT}})},
        "pins no caller",
    ),
    (
        "bucket-source-arn-wildcard",
        NA,
        BUCKET_POLICY,
        {"policy": public("s3:PutObject", "arn:aws:s3:::b/*", {"ArnLike": {"aws:SourceArn": "arn:aws:sns:*:*:*"}})},
        "pins no caller",
    ),
    (
        "bucket-source-ip-world",
        NA,
        BUCKET_POLICY,
        {"policy": public("s3:GetObject", "arn:aws:s3:::b/*", {"IpAddress": {"aws:SourceIp": "0.0.0.0/0"}})},
        "pins no caller",
    ),
    (
        "not-principal",
        NA,
        BUCKET_POLICY,
        {
            "policy": doc(
                {
                    "Effect": "Allow",
                    "NotPrincipal": {"AWS": f"arn:aws:iam::{ACCOUNT}:role/x"},
                    "Action": "s3:GetObject",
                    "Resource": "arn:aws:s3:::b/*",
                }
            )
        },
        "allows everyone except NotPrincipal",
    ),
    (
        "queue-policy-public",
        NA,
        QUEUE_POLICY,
        {"policy": public("sqs:SendMessage", QUEUE, principal={"AWS": "*"})},
        "allows Principal '*'",
    ),
    ("queue-inline-public", NA, "aws:sqs/queue:Queue", {"policy": public("sqs:SendMessage", QUEUE)}, "allows Principal '*'"),
    ("topic-policy-public", NA, TOPIC_POLICY, {"policy": public("sns:Publish", TOPIC)}, "allows Principal '*'"),
    ("topic-inline-public", NA, "aws:sns/topic:Topic", {"policy": public("sns:Subscribe", TOPIC)}, "allows Principal '*'"),
    (
        "key-policy-list-star",
        NA,
        KEY,
        {"enableKeyRotation": True, "policy": public("kms:Decrypt", "*", principal={"AWS": ["*"]})},
        "allows Principal '*'",
    ),
    (
        "replica-key-public",
        NA,
        "aws:kms/replicaKey:ReplicaKey",
        {"primaryKeyArn": "arn:aws:kms:eu-west-1:123456789012:key/mrk-1", "policy": public("kms:*", "*")},
        "allows Principal '*'",
    ),
    (
        "trust-anyone",
        NA,
        ROLE,
        {"assumeRolePolicy": trust({"AWS": "*"}, "sts:AssumeRole")},
        "assumeRolePolicy statement #0 allows Principal '*' with no Condition",
    ),
    (
        "lambda-permission-anyone",
        NA,
        "aws:lambda/permission:Permission",
        {"function": "fn", "action": "lambda:InvokeFunction", "principal": "*"},
        "principal '*' may call",
    ),
    # web-identity trust
    (
        "github-aud-only",
        NA,
        ROLE,
        {
            "assumeRolePolicy": trust(
                {"Federated": GITHUB},
                condition={"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}},
            )
        },
        "trusts GitHub Actions OIDC",
    ),
    ("github-whole-org", NA, ROLE, {"assumeRolePolicy": github("repo:acme/*")}, "without pinning"),
    ("github-any-ref", NA, ROLE, {"assumeRolePolicy": github("repo:acme/app:*")}, "a branch or environment"),
    (
        "github-any-branch",
        NA,
        ROLE,
        {"assumeRolePolicy": github("repo:acme/app:ref:refs/heads/*")},
        "trusts GitHub Actions OIDC",
    ),
    (
        "github-one-good-one-open",
        NA,
        ROLE,
        {"assumeRolePolicy": github(["repo:acme/app:ref:refs/heads/main", "repo:acme/*"])},
        "trusts GitHub Actions",
    ),
    ("github-no-condition", NA, ROLE, {"assumeRolePolicy": trust({"Federated": GITHUB})}, "trusts GitHub Actions"),
    (
        "eks-no-aud",
        NA,
        ROLE,
        {
            "assumeRolePolicy": trust(
                {"Federated": f"arn:aws:iam::{ACCOUNT}:oidc-provider/{EKS}"},
                condition={"StringEquals": {f"{EKS}:sub": "system:serviceaccount:a:b"}},
            )
        },
        f"without pinning {EKS}:aud",
    ),
    (
        "cognito-no-aud",
        NA,
        ROLE,
        {"assumeRolePolicy": trust({"Federated": "cognito-identity.amazonaws.com"})},
        "cognito-identity.amazonaws.com:aud",
    ),
    # managed policies judged by what they grant
    (
        "attach-s3-full",
        NOADMIN,
        "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
        {"policyArn": "arn:aws:iam::aws:policy/AmazonS3FullAccess"},
        "s3:* on every bucket",
    ),
    (
        "attach-fullaccess-family",
        NOADMIN,
        "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
        {"policyArn": "arn:aws:iam::aws:policy/AmazonKinesisFullAccess"},
        "grants every action of its service",
    ),
    (
        "attach-govcloud-admin",
        NOADMIN,
        "aws:iam/policyAttachment:PolicyAttachment",
        {"policyArn": "arn:aws-us-gov:iam::aws:policy/AdministratorAccess", "roles": ["r"]},
        "every action",
    ),
    (
        "attach-job-function",
        NOADMIN,
        "aws:iam/userPolicyAttachment:UserPolicyAttachment",
        {"policyArn": "arn:aws:iam::aws:policy/job-function/SystemAdministrator", "user": "u"},
        "SystemAdministrator",
    ),
    (
        "exclusive-attachments",
        NOADMIN,
        "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive",
        {
            "roleName": "r",
            "policyArns": [
                "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",
                "arn:aws:iam::aws:policy/PowerUserAccess",
            ],
        },
        "PowerUserAccess",
    ),
    (
        "odd-arn-before-a-broad-one",
        NOADMIN,
        "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive",
        {"roleName": "r", "policyArns": [5, "arn:aws:iam::aws:policy/PowerUserAccess"]},
        "PowerUserAccess",
    ),
    (
        "group-exclusive",
        NOADMIN,
        "aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive",
        {"groupName": "g", "policyArns": ["arn:aws:iam::aws:policy/IAMFullAccess"]},
        "IAMFullAccess",
    ),
    (
        "sso-permission-set",
        NOADMIN,
        "aws:ssoadmin/managedPolicyAttachment:ManagedPolicyAttachment",
        {"managedPolicyArn": "arn:aws:iam::aws:policy/AdministratorAccess"},
        "AdministratorAccess",
    ),
    (
        "role-managed-arns-lambda-full",
        NOADMIN,
        ROLE,
        {
            "assumeRolePolicy": trust({"Service": "lambda.amazonaws.com"}, "sts:AssumeRole"),
            "managedPolicyArns": ["arn:aws:iam::aws:policy/AWSLambda_FullAccess"],
        },
        "AWSLambda_FullAccess",
    ),
]

PASSING = [
    # (id, type, props): correct programs, some of them unusual; no mandatory violation of any rule
    (
        "read-pattern-on-bucket",
        ROLE_POLICY,
        {"policy": doc(allow(["s3:Get*", "s3:List*"], ["arn:aws:s3:::b", "arn:aws:s3:::b/*"]))},
    ),
    ("object-writes-on-one-bucket", ROLE_POLICY, {"policy": doc(allow("s3:*Object", "arn:aws:s3:::b/uploads/*"))}),
    (
        "ecr-pull-as-aws-writes-it",
        ROLE_POLICY,
        {
            "policy": doc(
                allow(
                    [
                        "ecr:GetAuthorizationToken",
                        "ecr:BatchCheckLayerAvailability",
                        "ecr:GetDownloadUrlForLayer",
                        "ecr:BatchGetImage",
                    ],
                    "*",
                )
            )
        },
    ),
    (
        "describe-on-star",
        ROLE_POLICY,
        {"policy": doc(allow(["ec2:Describe*", "autoscaling:DescribeAutoScalingGroups"], "*"))},
    ),
    (
        "unscoped-writes-on-star",
        ROLE_POLICY,
        {
            "policy": doc(
                allow(
                    [
                        "cloudwatch:PutMetricData",
                        "xray:PutTraceSegments",
                        "xray:PutTelemetryRecords",
                        "ecr:GetAuthorizationToken",
                        "ssmmessages:CreateControlChannel",
                        "logs:CreateLogDelivery",
                    ],
                    "*",
                )
            )
        },
    ),
    (
        "lambda-logs-exact",
        ROLE_POLICY,
        {
            "policy": doc(
                allow(
                    ["logs:CreateLogStream", "logs:PutLogEvents"],
                    f"arn:aws:logs:eu-west-1:{ACCOUNT}:log-group:/aws/lambda/fn:*",
                )
            )
        },
    ),
    (
        "dynamodb-table-and-indexes",
        ROLE_POLICY,
        {"policy": doc(allow(["dynamodb:PutItem", "dynamodb:Query"], [TABLE, f"{TABLE}/index/*"]))},
    ),
    ("bucket-prefix-pattern", ROLE_POLICY, {"policy": doc(allow("s3:PutObject", "arn:aws:s3:::acme-app-*/*"))}),
    (
        "abac-on-star",
        ROLE_POLICY,
        {
            "policy": doc(
                allow(
                    ["ec2:StartInstances", "ec2:StopInstances"],
                    "*",
                    Condition={"StringEquals": {"aws:ResourceTag/Team": "${aws:PrincipalTag/Team}"}},
                )
            )
        },
    ),
    (
        "vpc-network-interfaces-on-star",
        ROLE_POLICY,
        {
            "policy": doc(
                allow(
                    [
                        "ec2:CreateNetworkInterface",
                        "ec2:DeleteNetworkInterface",
                        "ec2:AssignPrivateIpAddresses",
                        "ec2:UnassignPrivateIpAddresses",
                    ],
                    "*",
                )
            )
        },
    ),
    (
        "passrole-exact",
        ROLE_POLICY,
        {"policy": doc(allow(["iam:PassRole", "lambda:CreateFunction"], f"arn:aws:iam::{ACCOUNT}:role/fn-exec"))},
    ),
    (
        "own-access-keys",
        POLICY,
        {
            "policy": doc(
                allow(["iam:CreateAccessKey", "iam:DeleteAccessKey"], f"arn:aws:iam::{ACCOUNT}:user/${{aws:username}}")
            )
        },
    ),
    (
        "deny-everything-else",
        POLICY,
        {
            "policy": doc(
                {"Effect": "Deny", "NotAction": "s3:GetObject", "Resource": "*"}, allow("s3:GetObject", "arn:aws:s3:::b/*")
            )
        },
    ),
    (
        "kms-root-key-policy",
        KEY,
        {
            "enableKeyRotation": True,
            "policy": doc(
                {
                    "Sid": "Root",
                    "Effect": "Allow",
                    "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"},
                    "Action": "kms:*",
                    "Resource": "*",
                }
            ),
        },
    ),
    (
        "kms-via-service",
        KEY,
        {
            "enableKeyRotation": True,
            "policy": public(
                ["kms:Decrypt", "kms:GenerateDataKey"],
                "*",
                {"StringEquals": {"kms:CallerAccount": ACCOUNT, "kms:ViaService": "s3.eu-west-1.amazonaws.com"}},
            ),
        },
    ),
    (
        "cloudfront-oac",
        BUCKET_POLICY,
        {
            "policy": doc(
                {
                    "Effect": "Allow",
                    "Principal": {"Service": "cloudfront.amazonaws.com"},
                    "Action": "s3:GetObject",
                    "Resource": "arn:aws:s3:::site/*",
                    "Condition": {"StringEquals": {"AWS:SourceArn": f"arn:aws:cloudfront::{ACCOUNT}:distribution/E1"}},
                }
            )
        },
    ),
    (
        "bucket-vpce",
        BUCKET_POLICY,
        {"policy": public("s3:GetObject", "arn:aws:s3:::b/*", {"StringEquals": {"aws:SourceVpce": "vpce-0123"}})},
    ),
    (
        "bucket-org",
        BUCKET_POLICY,
        {"policy": public("s3:GetObject", "arn:aws:s3:::b/*", {"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}})},
    ),
    (
        "bucket-deny-anyone-insecure",
        BUCKET_POLICY,
        {
            "policy": doc(
                {
                    "Effect": "Deny",
                    "Principal": "*",
                    "Action": "s3:*",
                    "Resource": ["arn:aws:s3:::b", "arn:aws:s3:::b/*"],
                    "Condition": {"Bool": {"aws:SecureTransport": "false"}},
                }
            )
        },
    ),
    (
        "sns-to-sqs",
        QUEUE_POLICY,
        {
            "policy": doc(
                {
                    "Effect": "Allow",
                    "Principal": {"Service": "sns.amazonaws.com"},
                    "Action": "sqs:SendMessage",
                    "Resource": QUEUE,
                    "Condition": {"ArnEquals": {"aws:SourceArn": TOPIC}},
                }
            )
        },
    ),
    (
        "events-to-sns-account-pinned",
        TOPIC_POLICY,
        {"policy": public("sns:Publish", TOPIC, {"StringEquals": {"AWS:SourceOwner": ACCOUNT}})},
    ),
    ("github-branch", ROLE, {"assumeRolePolicy": github("repo:acme/app:ref:refs/heads/main", "StringEquals")}),
    ("github-environment", ROLE, {"assumeRolePolicy": github("repo:acme/app:environment:production")}),
    ("github-release-branches", ROLE, {"assumeRolePolicy": github("repo:acme/app:ref:refs/heads/release-*")}),
    (
        "eks-irsa",
        ROLE,
        {
            "assumeRolePolicy": trust(
                {"Federated": f"arn:aws:iam::{ACCOUNT}:oidc-provider/{EKS}"},
                condition={
                    "StringEquals": {f"{EKS}:sub": "system:serviceaccount:app:web", f"{EKS}:aud": "sts.amazonaws.com"}
                },
            )
        },
    ),
    (
        "cognito-identity-pool",
        ROLE,
        {
            "assumeRolePolicy": trust(
                {"Federated": "cognito-identity.amazonaws.com"},
                condition={
                    "StringEquals": {"cognito-identity.amazonaws.com:aud": "eu-west-1:1"},
                    "ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"},
                },
            )
        },
    ),
    (
        "saml",
        ROLE,
        {
            "assumeRolePolicy": trust(
                {"Federated": f"arn:aws:iam::{ACCOUNT}:saml-provider/okta"},
                "sts:AssumeRoleWithSAML",
                {"StringEquals": {"SAML:aud": "https://signin.aws.amazon.com/saml"}},
            )
        },
    ),
    (
        "cross-account-with-external-id",
        ROLE,
        {
            "assumeRolePolicy": trust(
                {"AWS": "arn:aws:iam::111122223333:root"}, "sts:AssumeRole", {"StringEquals": {"sts:ExternalId": "x"}}
            )
        },
    ),
    (
        "lambda-role-with-basic-execution",
        ROLE,
        {
            "assumeRolePolicy": trust({"Service": ["lambda.amazonaws.com"]}, "sts:AssumeRole"),
            "managedPolicyArns": [
                "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
                "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole",
            ],
            "inlinePolicies": [{"name": "table", "policy": doc(allow(["dynamodb:GetItem", "dynamodb:PutItem"], TABLE))}],
        },
    ),
    (
        "lambda-permission-s3",
        "aws:lambda/permission:Permission",
        {
            "function": "fn",
            "action": "lambda:InvokeFunction",
            "principal": "s3.amazonaws.com",
            "sourceArn": "arn:aws:s3:::uploads",
        },
    ),
    (
        "lambda-permission-star-pinned",
        "aws:lambda/permission:Permission",
        {"function": "fn", "action": "lambda:InvokeFunction", "principal": "*", "principalOrgId": "o-abc123"},
    ),
    (
        "ssm-core-accepted",
        "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
        {"policyArn": "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"},
    ),
    (
        "read-only-managed",
        "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
        {"policyArn": "arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy"},
    ),
    (
        "customer-policy-named-like-admin",
        "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
        {"policyArn": f"arn:aws:iam::{ACCOUNT}:policy/S3FullAccess"},
    ),
]


@pytest.mark.parametrize(("rule", "type_", "props", "fragment"), [c[1:] for c in VIOLATIONS], ids=[c[0] for c in VIOLATIONS])
def test_violation_is_mandatory_on_the_resource(pack, rule, type_, props, fragment):
    subject = resource(type_, props)
    found = [v for v in pack.analyze(subject, PROVIDER) if v.policy == rule and v.level == "mandatory"]
    assert found, pack.analyze(subject, PROVIDER)
    assert all(v.urn == subject.urn for v in found)
    assert any(fragment in v.message for v in found), [v.message for v in found]


@pytest.mark.parametrize(("type_", "props"), [c[1:] for c in PASSING], ids=[c[0] for c in PASSING])
def test_correct_program_gets_no_mandatory_violation(pack, type_, props):
    found = [v for v in pack.analyze(resource(type_, props), PROVIDER) if v.level == "mandatory"]
    assert found == []


# -- preview: what is known is judged, the unknown rest is an advisory naming the value ----------------------
PREVIEW_CASES = [
    # (id, type, props, mandatory rule or None, unseen fragment)
    ("policy-unknown", ROLE_POLICY, {"policy": UNKNOWN}, None, "policy document"),
    (
        "resource-unknown",
        POLICY,
        {"policy": {"Statement": [{"Effect": "Allow", "Action": "s3:PutObject", "Resource": UNKNOWN}]}},
        None,
        "statement #0 Resource",
    ),
    (
        "star-known-resource-unknown",
        POLICY,
        {"policy": {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": UNKNOWN}]}},
        LP,
        "Resource",
    ),
    (
        "inline-policy-unknown",
        ROLE,
        {
            "assumeRolePolicy": trust({"Service": "ec2.amazonaws.com"}, "sts:AssumeRole"),
            "inlinePolicies": [{"name": "app", "policy": UNKNOWN}],
        },
        None,
        "inlinePolicies[app] document",
    ),
    (
        "inline-policies-unknown",
        ROLE,
        {"assumeRolePolicy": trust({"Service": "ec2.amazonaws.com"}, "sts:AssumeRole"), "inlinePolicies": UNKNOWN},
        None,
        "subject: inlinePolicies document not known yet",  # named once, not again as inlinePolicies[0]
    ),
    (
        "one-inline-entry-unknown",
        ROLE,
        {
            "assumeRolePolicy": trust({"Service": "ec2.amazonaws.com"}, "sts:AssumeRole"),
            "inlinePolicies": [UNKNOWN, {"name": "all", "policy": doc(allow("*", "*"))}],
        },
        LP,
        "inlinePolicies[0] document",
    ),
    (
        "trust-unknown-admin-known",
        ROLE,
        {"assumeRolePolicy": UNKNOWN, "managedPolicyArns": ["arn:aws:iam::aws:policy/AdministratorAccess"]},
        NOADMIN,
        "assumeRolePolicy document",
    ),
    (
        "condition-unknown",
        BUCKET_POLICY,
        {
            "policy": {
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": "*",
                        "Action": "s3:GetObject",
                        "Resource": "arn:aws:s3:::b/*",
                        "Condition": {"StringEquals": {"aws:SourceArn": UNKNOWN}},
                    }
                ]
            }
        },
        None,
        "statement #0 Condition",
    ),
    ("attachment-unknown", "aws:iam/rolePolicyAttachment:RolePolicyAttachment", {"policyArn": UNKNOWN}, None, "policyArn"),
    (
        "lambda-permission-principal-unknown",
        "aws:lambda/permission:Permission",
        {"function": "fn", "action": "lambda:InvokeFunction", "principal": UNKNOWN},
        None,
        "principal",
    ),
    (
        "one-attachment-unknown",
        "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive",
        {"policyArns": [UNKNOWN, "arn:aws:iam::aws:policy/AdministratorAccess"]},
        NOADMIN,
        "policyArns[0]",
    ),
]


@pytest.mark.parametrize(
    ("type_", "props", "rule", "where"), [c[1:] for c in PREVIEW_CASES], ids=[c[0] for c in PREVIEW_CASES]
)
def test_preview_judges_the_known_part_and_names_the_unknown(pack, type_, props, rule, where):
    subject = resource(type_, props)
    found = pack.analyze(subject, PROVIDER)
    assert {v.policy for v in found if v.level == "mandatory"} == ({rule} if rule else set())
    advisories = [v.message for v in found if v.level == "advisory" and "during preview" in v.message]
    assert any(where in m and "subject" in m for m in advisories), found


def test_a_computed_source_arn_pins_a_lambda_permission(pack):
    """sourceArn computed by another resource (unknown in preview) is that resource's ARN: the caller is
    pinned, so there is nothing to report, not even an advisory."""
    subject = resource(
        "aws:lambda/permission:Permission",
        {"function": "fn", "action": "lambda:InvokeFunction", "principal": "*", "sourceArn": UNKNOWN},
    )
    assert pack.analyze(subject, PROVIDER) == []


# -- documents built with aws.iam.get_policy_document, as a user program writes them -----------------------------
PROGRAM = """
import json
import pulumi
import pulumi_aws as aws

bucket = aws.s3.Bucket("data")
assume = aws.iam.get_policy_document(statements=[{
    "actions": ["sts:AssumeRoleWithWebIdentity"],
    "principals": [{"type": "Federated", "identifiers": ["%(github)s"]}],
    "conditions": [{"test": "StringLike", "variable": "token.actions.githubusercontent.com:sub",
                    "values": ["%(sub)s"]}],
}])
role = aws.iam.Role("deploy", assume_role_policy=assume.json)
write = aws.iam.get_policy_document_output(statements=[
    {"actions": ["s3:PutObject"], "resources": [bucket.arn.apply(lambda a: f"{a}/*")]},
    {"actions": ["%(action)s"], "resources": ["%(resource)s"]},
])
aws.iam.RolePolicy("deploy", role=role.id, policy=write.json)
"""


def run_user_program(tmp_path, preview: bool, **values: str):
    (tmp_path / "Pulumi.yaml").write_text("name: user\nruntime: python\n")
    (tmp_path / "__main__.py").write_text(textwrap.dedent(PROGRAM % {"github": GITHUB, **values}))
    return run_program(tmp_path, "user", "dev", {"aws:region": "eu-west-1"}, preview=preview)


@pytest.mark.parametrize("preview", [False, True], ids=["plain", "preview"])
@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"sub": "repo:acme/app:ref:refs/heads/main", "action": "cloudwatch:PutMetricData", "resource": "*"}, set()),
        ({"sub": "repo:acme/*", "action": "cloudwatch:PutMetricData", "resource": "*"}, {(NA, "deploy")}),
        ({"sub": "repo:acme/app:ref:refs/heads/main", "action": "iam:PassRole", "resource": "*"}, {(LP, "deploy")}),
    ],
    ids=["correct", "open-trust", "passrole-star"],
)
def test_get_policy_document_is_judged_as_the_provider_renders_it(pack, tmp_path, preview, values, expected):
    run = run_user_program(tmp_path, preview, **values)
    found = check_run(pack, run)
    mandatory = {
        (v.policy, v.urn.rsplit("::", 1)[1]) for v in found if v.level == "mandatory" and v.policy.startswith("iam-")
    }
    if preview and values["action"] == "iam:PassRole":
        # the policy document depends on the bucket's ARN: unknown in preview, judged at update
        assert mandatory == set() and any("during preview" in v.message for v in found if v.policy == LP)
    else:
        assert mandatory == expected, found


ATTACH_PROGRAM = """
import pulumi_aws as aws

role = aws.iam.Role("ops", assume_role_policy=aws.iam.get_policy_document(statements=[{
    "actions": ["sts:AssumeRole"], "principals": [{"type": "Service", "identifiers": ["ec2.amazonaws.com"]}]}]).json)
aws.iam.RolePolicyAttachment("ops", role=role.name, policy_arn=aws.iam.get_policy(name="%s").arn)
aws.iam.RolePolicyAttachment("ssm", role=role.name, policy_arn=aws.iam.ManagedPolicy.AMAZON_SSM_MANAGED_INSTANCE_CORE)
"""


@pytest.mark.parametrize(("name", "fires"), [("AdministratorAccess", True), ("AmazonSSMManagedInstanceCore", False)])
def test_managed_policy_looked_up_by_name_is_judged(pack, tmp_path, name, fires):
    (tmp_path / "Pulumi.yaml").write_text("name: user\nruntime: python\n")
    (tmp_path / "__main__.py").write_text(ATTACH_PROGRAM % name)
    run = run_program(tmp_path, "user", "dev", {"aws:region": "eu-west-1"}, preview=True)
    found = [v for v in check_run(pack, run) if v.level == "mandatory" and v.policy.startswith("iam-")]
    assert [(v.policy, v.urn.rsplit("::", 1)[1]) for v in found] == ([(NOADMIN, "ops")] if fires else [])


OIDC_PROGRAM = """
import pulumi
import pulumi_aws as aws

github = aws.iam.OpenIdConnectProvider("github", url="https://token.actions.githubusercontent.com",
                                       client_id_lists=["sts.amazonaws.com"])
trust = aws.iam.get_policy_document_output(statements=[{
    "actions": ["sts:AssumeRoleWithWebIdentity"],
    "principals": [{"type": "Federated", "identifiers": [github.arn]}],
    "conditions": [
        {"test": "StringEquals", "variable": "token.actions.githubusercontent.com:aud", "values": ["sts.amazonaws.com"]},
        {"test": "StringLike", "variable": "token.actions.githubusercontent.com:sub", "values": ["%s"]},
    ],
}])
aws.iam.Role("ci", assume_role_policy=trust.json)
"""


@pytest.mark.parametrize(("sub", "fires"), [("repo:acme/app:environment:prod", False), ("repo:acme/*", True)])
def test_github_trust_on_a_declared_provider(pack, tmp_path, sub, fires):
    (tmp_path / "Pulumi.yaml").write_text("name: user\nruntime: python\n")
    (tmp_path / "__main__.py").write_text(OIDC_PROGRAM % sub)
    run = run_program(tmp_path, "user", "dev", {"aws:region": "eu-west-1"})
    (role,) = run.of_type(ROLE)
    assert f"arn:aws:iam::{ACCOUNT}:oidc-provider/token.actions.githubusercontent.com" in role.inputs["assumeRolePolicy"]
    found = [v for v in check_run(pack, run) if v.level == "mandatory" and v.policy.startswith("iam-")]
    assert [(v.policy, v.urn.rsplit("::", 1)[1]) for v in found] == ([(NA, "ci")] if fires else [])


ODD_DOCUMENTS = [
    None,
    5,
    "not json",
    [],
    {"Statement": None},
    {"Statement": [None, 3, {"Effect": None}]},
    {
        "Statement": {
            "Effect": "Allow",
            "Action": {"x": 1},
            "Resource": 7,
            "Principal": [1],
            "Condition": ["x"],
            "NotPrincipal": None,
        }
    },
    {"Statement": [{"Effect": "Allow", "Principal": {"Federated": [None, 2]}, "Condition": {"x": 1}}]},
    UNKNOWN,
    {"Statement": [UNKNOWN]},
]


def test_iam_rules_never_crash_on_odd_documents(pack):
    """Every type an IAM rule judges, with each odd document in each document field: verdicts, never an error."""
    from starter_policies.iam import ATTACHMENTS, IDENTITY_DOCUMENTS, LAMBDA_PERMISSION, PRINCIPAL_DOCUMENTS

    fields = {**IDENTITY_DOCUMENTS, **PRINCIPAL_DOCUMENTS}
    for index, type_ in enumerate(sorted({*fields, *ATTACHMENTS, LAMBDA_PERMISSION})):
        for number, odd in enumerate(ODD_DOCUMENTS):
            props = {
                fields.get(type_, "policy"): odd,
                ATTACHMENTS.get(type_, "policyArn"): odd,
                "inlinePolicies": [odd, {"policy": odd}],
                "principal": odd,
                "action": odd,
                "sourceArn": odd,
            }
            found = pack.analyze(resource(type_, props, name=f"n{index}-{number}"), PROVIDER)
            assert not [v for v in found if "Validation failed" in v.message or "Traceback" in v.message], found


# Every type each IAM rule reads, with the field it reads, written out here (not read from the rule's tables, so a
# type or field dropped or misspelled there fails): a bad document or attachment in that field fires the rule.
IDENTITY_FIELDS = [
    ("aws:iam/rolePolicy:RolePolicy", "policy"),
    ("aws:iam/policy:Policy", "policy"),
    ("aws:iam/userPolicy:UserPolicy", "policy"),
    ("aws:iam/groupPolicy:GroupPolicy", "policy"),
    ("aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy", "inlinePolicy"),
    ("aws:s3/bucketPolicy:BucketPolicy", "policy"),
    ("aws:s3/bucket:Bucket", "policy"),
]
PRINCIPAL_FIELDS = [
    ("aws:iam/role:Role", "assumeRolePolicy"),
    ("aws:s3/bucketPolicy:BucketPolicy", "policy"),
    ("aws:s3/bucket:Bucket", "policy"),
    ("aws:kms/key:Key", "policy"),
    ("aws:kms/keyPolicy:KeyPolicy", "policy"),
    ("aws:kms/replicaKey:ReplicaKey", "policy"),
    ("aws:kms/replicaExternalKey:ReplicaExternalKey", "policy"),
    ("aws:sqs/queue:Queue", "policy"),
    ("aws:sqs/queuePolicy:QueuePolicy", "policy"),
    ("aws:sns/topic:Topic", "policy"),
    ("aws:sns/topicPolicy:TopicPolicy", "policy"),
    ("aws:ecr/repositoryPolicy:RepositoryPolicy", "policy"),
    ("aws:secretsmanager/secretPolicy:SecretPolicy", "policy"),
]
ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess"
ATTACHMENT_FIELDS = [
    ("aws:iam/rolePolicyAttachment:RolePolicyAttachment", {"policyArn": ADMIN}),
    ("aws:iam/userPolicyAttachment:UserPolicyAttachment", {"policyArn": ADMIN}),
    ("aws:iam/groupPolicyAttachment:GroupPolicyAttachment", {"policyArn": ADMIN}),
    ("aws:iam/policyAttachment:PolicyAttachment", {"policyArn": ADMIN}),
    ("aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive", {"policyArns": [ADMIN]}),
    ("aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive", {"policyArns": [ADMIN]}),
    ("aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive", {"policyArns": [ADMIN]}),
    ("aws:ssoadmin/managedPolicyAttachment:ManagedPolicyAttachment", {"managedPolicyArn": ADMIN}),
    ("aws:iam/role:Role", {"managedPolicyArns": [ADMIN]}),
]
USER_CREDENTIAL_TYPES = [
    ("aws:iam/userPolicy:UserPolicy", "an inline policy"),
    ("aws:iam/accessKey:AccessKey", "a long-lived access key"),
    ("aws:iam/userPolicyAttachment:UserPolicyAttachment", "a directly attached policy"),
    ("aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive", "directly attached policies"),
    ("aws:iam/userLoginProfile:UserLoginProfile", "a console password"),
]


@pytest.mark.parametrize(("type_", "field"), IDENTITY_FIELDS)
def test_least_privilege_reads_each_identity_document_field(pack, type_, field):
    found = pack.analyze(resource(type_, {field: doc(allow("*", "*"))}), PROVIDER)
    assert [v.level for v in found if v.policy == LP] == ["mandatory"], found
    assert f": {field} statement #0 allows wildcard action '*'" in next(v.message for v in found if v.policy == LP)


@pytest.mark.parametrize(("type_", "field"), PRINCIPAL_FIELDS)
def test_anonymous_principal_reads_each_resource_policy_field(pack, type_, field):
    found = pack.analyze(resource(type_, {field: public("s3:GetObject", "*")}), PROVIDER)
    messages = [v.message for v in found if v.policy == NA and v.level == "mandatory"]
    assert messages and f": {field} statement #0 allows Principal '*'" in messages[0], found


@pytest.mark.parametrize(("type_", "props"), ATTACHMENT_FIELDS)
def test_admin_attachments_read_each_attachment_field(pack, type_, props):
    field = next(iter(props))
    found = [v for v in pack.analyze(resource(type_, props), PROVIDER) if v.policy == NOADMIN]
    assert [v.level for v in found] == ["mandatory"] and f": {field} attaches {ADMIN}" in found[0].message, found


@pytest.mark.parametrize(("type_", "what"), USER_CREDENTIAL_TYPES)
def test_user_credentials_name_what_each_type_gives(pack, type_, what):
    found = [v for v in pack.analyze(resource(type_, {"user": "bob"}), PROVIDER) if v.policy == "iam-no-user-credentials"]
    assert [v.level for v in found] == ["advisory"] and f"gives IAM user 'bob' {what};" in found[0].message, found


# -- a Lambda permission: principal '*' needs a pin, each pin on its own ------------------------------------------
PERMISSION = "aws:lambda/permission:Permission"
LAMBDA_CASES = [
    # (id, props beyond function, iam-no-anonymous-principal's verdict: "mandatory", None, or the advisory's tail)
    ("star-no-pin", {"action": "lambda:InvokeFunction", "principal": "*"}, "mandatory"),
    ("function-url-is-judged-by-its-auth-type", {"action": "lambda:InvokeFunctionUrl", "principal": "*"}, None),
    ("a-service-principal", {"action": "lambda:InvokeFunction", "principal": "s3.amazonaws.com"}, None),
    ("source-arn-pins", {"action": "lambda:InvokeFunction", "principal": "*", "sourceArn": "arn:aws:s3:::b"}, None),
    ("source-account-pins", {"action": "lambda:InvokeFunction", "principal": "*", "sourceAccount": ACCOUNT}, None),
    ("org-pins", {"action": "lambda:InvokeFunction", "principal": "*", "principalOrgId": "o-abc123"}, None),
    ("source-arn-star-pins-nothing", {"action": "lambda:InvokeFunction", "principal": "*", "sourceArn": "*"}, "mandatory"),
    ("blank-account-pins-nothing", {"action": "lambda:InvokeFunction", "principal": "*", "sourceAccount": ""}, "mandatory"),
    ("org-star-pins-nothing", {"action": "lambda:InvokeFunction", "principal": "*", "principalOrgId": "**"}, "mandatory"),
    ("action-unknown", {"action": UNKNOWN, "principal": "*"}, "subject: action not known yet, so not judged"),
    (
        "principal-and-action-unknown",
        {"action": UNKNOWN, "principal": UNKNOWN},
        "subject: principal; action not known yet, so not judged",
    ),
]


@pytest.mark.parametrize(("props", "verdict"), [c[1:] for c in LAMBDA_CASES], ids=[c[0] for c in LAMBDA_CASES])
def test_lambda_permission_needs_a_pin_for_principal_star(pack, props, verdict):
    found = [v for v in pack.analyze(resource(PERMISSION, {"function": "fn", **props}), PROVIDER) if v.policy == NA]
    if verdict is None:
        assert found == []
    elif verdict == "mandatory":
        assert [v.level for v in found] == ["mandatory"], found
    else:
        assert [(v.level, v.message.endswith(f"during preview: {verdict}")) for v in found] == [("advisory", True)], found


# -- each rule's violation line, whole: what to change is part of the verdict -------------------------------------
ADMIN_ATTACHMENT = ("aws:iam/rolePolicyAttachment:RolePolicyAttachment", {"policyArn": ADMIN})
WHOLE_MESSAGES = [
    # (id, type, props, rule, the message's line after the rule's description)
    (
        "least-privilege",
        ROLE_POLICY,
        {"policy": doc(allow("*", "*"))},
        LP,
        "subject: policy statement #0 allows wildcard action '*'; name the actions and scope Resource to the exact "
        "ARNs they need.",
    ),
    (
        "anonymous-principal",
        BUCKET_POLICY,
        {"policy": public("s3:GetObject", "arn:aws:s3:::b/*")},
        NA,
        "subject: policy statement #0 allows Principal '*' with no Condition; name the principals (a service, an "
        "account or a role ARN) or add a Condition that pins the caller (aws:SourceAccount, aws:SourceArn, "
        "aws:PrincipalOrgID; for OIDC the token's aud and sub).",
    ),
    (
        "lambda-permission",
        PERMISSION,
        {"function": "fn", "action": "lambda:InvokeFunction", "principal": "*"},
        NA,
        "subject: principal '*' may call lambda:InvokeFunction with no sourceArn, sourceAccount or principalOrgId; "
        "name the invoking service or account and set sourceArn (or sourceAccount) to pin the caller.",
    ),
    (
        "broad-managed-policy",
        *ADMIN_ATTACHMENT,
        NOADMIN,
        f"subject: policyArn attaches {ADMIN}, which grants every action on every resource; attach a policy that "
        "grants only the actions this principal needs.",
    ),
    (
        "user-credentials",
        "aws:iam/accessKey:AccessKey",
        {"user": "bob"},
        "iam-no-user-credentials",
        "subject: gives IAM user 'bob' a long-lived access key; use roles (instance profiles, OIDC federation, IAM "
        "Identity Center) instead of user credentials.",
    ),
]


@pytest.mark.parametrize(
    ("type_", "props", "rule", "line"), [c[1:] for c in WHOLE_MESSAGES], ids=[c[0] for c in WHOLE_MESSAGES]
)
def test_each_iam_rule_says_what_to_change(pack, type_, props, rule, line):
    found = [v.message for v in pack.analyze(resource(type_, props), PROVIDER) if v.policy == rule]
    assert [m.split("\n", 1)[1] for m in found] == [line], found


# -- the attachment rule's config: a denied name fires, an accepted name is quiet, both by the ARN's last part ------
READ_ONLY = "arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess"
ATTACHMENT_CONFIG_CASES = [
    # (id, config, attached ARN, the violation line or None)
    ("not-denied-by-default", {}, READ_ONLY, None),
    (
        "denied-by-name",
        {"deniedPolicies": ["AmazonEC2ReadOnlyAccess"]},
        READ_ONLY,
        f"subject: policyArn attaches {READ_ONLY}, is denied by this stack's policy config; attach a policy that "
        "grants only the actions this principal needs.",
    ),
    ("accepted-by-name-overrides-the-table", {"acceptedPolicies": ["AdministratorAccess"]}, ADMIN, None),
    (
        "accepted-overrides-denied",
        {"deniedPolicies": ["AmazonEC2ReadOnlyAccess"], "acceptedPolicies": ["AmazonEC2ReadOnlyAccess"]},
        READ_ONLY,
        None,
    ),
    ("accepting-another-name-changes-nothing", {"acceptedPolicies": ["ReadOnlyAccess"]}, ADMIN, "mandatory"),
]


@pytest.mark.parametrize(
    ("config", "arn", "line"), [c[1:] for c in ATTACHMENT_CONFIG_CASES], ids=[c[0] for c in ATTACHMENT_CONFIG_CASES]
)
def test_denied_and_accepted_policies_match_the_policy_name(pack, config, arn, line):
    pack.configure({NOADMIN: config})  # the pack fixture restores the defaults for the next test
    found = [v for v in pack.analyze(resource(ADMIN_ATTACHMENT[0], {"policyArn": arn}), PROVIDER) if v.policy == NOADMIN]
    if line is None:
        assert found == []
    elif line == "mandatory":
        assert [v.level for v in found] == ["mandatory"], found
    else:
        assert [(v.level, v.message.split("\n", 1)[1]) for v in found] == [("mandatory", line)], found


# -- plain(): the document a rule judges, from the runtime's proxies or from plain data ---------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"a": [1, {"b": "c"}]}, {"a": [1, {"b": "c"}]}),
        ([{"Effect": "Allow"}, "x"], [{"Effect": "Allow"}, "x"]),
        ("text", "text"),
        (None, None),
        (3, 3),
    ],
    ids=["map", "list", "string", "none", "number"],
)
def test_plain_reads_plain_data_and_proxies_alike(value, expected):
    from pulumi_policy.proxy import UNKNOWN_STRING_VALUE, unknown_checking_proxy
    from starter_policies.iam import plain
    from starter_shared import iam_documents

    assert plain(value) == expected
    assert plain(unknown_checking_proxy({"v": value})) == {"v": expected}
    assert plain(unknown_checking_proxy({"v": [UNKNOWN_STRING_VALUE]})) == {"v": [iam_documents.UNKNOWN]}
