"""AWS-managed policies judged by what they grant. Attaching one of these is as broad as writing its document
inline, so ``iam-no-admin-policies`` refuses them; the reason says what each one hands out.

Rows are keyed by the policy's path and name after ``arn:<partition>:iam::aws:policy/``. Any other AWS-managed
policy whose name ends in ``FullAccess`` or ``AdministratorAccess`` is refused for the family's reason: it
grants every action of its service on every resource. Accepted policies are narrow ones the template itself
relies on, with a note.
"""

from __future__ import annotations

import re

FULL_ACCESS_REASON = "grants every action of its service on every resource in the account"

BROAD_MANAGED_POLICIES: dict[str, str] = {
    "AdministratorAccess": "grants every action on every resource",
    "PowerUserAccess": "grants every action except IAM and Organizations management: all data, all compute",
    "IAMFullAccess": "creates users, roles and policies: the holder can make itself administrator",
    "job-function/SystemAdministrator": "grants broad write access to compute, networking, IAM roles and PassRole",
    "job-function/NetworkAdministrator": "changes any VPC, route, gateway and DNS zone in the account",
    "job-function/DatabaseAdministrator": "manages every database and passes roles to them",
    "AmazonS3FullAccess": "s3:* on every bucket: read, overwrite and delete all data, change bucket policies",
    "AmazonEC2FullAccess": "ec2:* on every instance, volume, security group and network, plus ELB and Auto Scaling",
    "AmazonDynamoDBFullAccess": "every DynamoDB action on every table, plus data pipelines and IAM role passing",
    "AmazonRDSFullAccess": "creates, modifies and deletes every database and snapshot",
    "AWSLambda_FullAccess": "creates and changes any function and passes roles to Lambda: runs code as other roles",
    "AWSLambdaFullAccess": "deprecated predecessor of AWSLambda_FullAccess: any function, any role passed",
    "AmazonSQSFullAccess": "sqs:* on every queue: read, purge and delete any queue, change queue policies",
    "AmazonSNSFullAccess": "sns:* on every topic: publish anywhere, change topic policies",
    "CloudFrontFullAccess": "changes any distribution, its origins and certificates",
    "SecretsManagerReadWrite": "reads and changes every secret in the account",
    "AWSKeyManagementServicePowerUser": "creates keys and changes key policies and grants",
    "AWSCloudFormationFullAccess": "creates any stack: anything CloudFormation's role may create",
    "AmazonECS_FullAccess": "every ECS action plus IAM role passing to tasks",
    "AmazonVPCFullAccess": "changes any VPC, route table, security group and gateway",
    "CloudWatchFullAccess": "every CloudWatch action, including deleting alarms and dashboards",
    "CloudWatchLogsFullAccess": "reads and deletes every log group",
    "AmazonRoute53FullAccess": "changes any hosted zone: can redirect the domain",
    "AWSOrganizationsFullAccess": "manages the organization: accounts, SCPs and delegated administrators",
}

ACCEPTED_MANAGED_POLICIES: dict[str, str] = {
    "AmazonSSMManagedInstanceCore": "Session Manager and Systems Manager agent only; its s3/ssm actions on '*' "
    "are what the agent needs and AWS does not scope them further",
}

_AWS_MANAGED = re.compile(r"^arn:aws[a-z-]*:iam::aws:policy/(?P<path>.+)$")


def managed_policy_path(arn: str) -> str | None:
    """``job-function/SystemAdministrator`` for an AWS-managed policy ARN; None for customer-managed ARNs."""
    match = _AWS_MANAGED.match(arn.strip()) if isinstance(arn, str) else None
    return match.group("path") if match else None


def broad_managed_policy(arn: str) -> str | None:
    """Why an AWS-managed policy ARN is too broad to attach, or None when it is not in the table (or accepted)."""
    path = managed_policy_path(arn)
    if path is None:
        return None
    name = path.rsplit("/", 1)[-1]
    if name in ACCEPTED_MANAGED_POLICIES:
        return None
    reason = BROAD_MANAGED_POLICIES.get(path) or BROAD_MANAGED_POLICIES.get(name)
    if reason is None and name.endswith(("FullAccess", "AdministratorAccess")):
        reason = FULL_ACCESS_REASON
    return reason
