"""VPC flow logs to CloudWatch Logs: a KMS-encrypted log group with retention, written by a role that may write
to that log group only."""

from __future__ import annotations

from dataclasses import dataclass

import pulumi
import pulumi_aws as aws
from starter_shared.facts import partition_of

from components import policy_documents as docs
from components.blocks.kms_key import KeyArgs, key_alias, secure_key


@dataclass(frozen=True)
class FlowLogsArgs:
    """The VPC to record and where its flow logs go."""

    vpc_id: pulumi.Input[str]
    log_group_name: str
    """Pinned: the key policy names the log group before it exists."""
    role_name: str
    """Pinned, like the template's other roles (a deploy role may write IAM only on exact ARNs)."""
    retention_days: int
    account_id: pulumi.Input[str]
    region: str
    protect: bool = False


class FlowLogs(pulumi.ComponentResource):
    """KMS key (CloudWatch Logs may use it for this log group only), the log group, the delivery role trusted by
    vpc-flow-logs.amazonaws.com for this account, and a flow log of ALL traffic."""

    key: aws.kms.Key
    log_group: aws.cloudwatch.LogGroup
    role: aws.iam.Role
    flow_log: aws.ec2.FlowLog

    def __init__(self, name: str, args: FlowLogsArgs, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__("starter:network:FlowLogs", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        partition = partition_of(args.region)
        group_arn = pulumi.Output.concat(
            "arn:", partition, ":logs:", args.region, ":", args.account_id, ":log-group:", args.log_group_name
        )
        logs_service = f"logs.{args.region}.amazonaws.com"
        self.key = secure_key(
            f"{name}-key",
            KeyArgs(
                description="Encrypts the VPC flow log group",
                account_id=args.account_id,
                region=args.region,
                use=lambda _: [
                    docs.key_use_by_service(
                        "CloudWatchLogsForThisLogGroup",
                        [logs_service],
                        ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
                        {"ArnEquals": {"kms:EncryptionContext:aws:logs:arn": group_arn}},
                    )
                ],
                alias=key_alias(f"{name}-logs"),
                protect=args.protect,
            ),
            parent=self,
        ).key
        self.log_group = aws.cloudwatch.LogGroup(
            name,
            name=args.log_group_name,
            kms_key_id=self.key.arn,
            retention_in_days=args.retention_days,
            # Flow logs are evidence, kept like the edge's log groups and the data: protected where config says.
            opts=pulumi.ResourceOptions(parent=self, protect=args.protect, retain_on_delete=args.protect),
        )
        self.role = aws.iam.Role(
            f"{name}-delivery",
            name=args.role_name,
            description="VPC flow logs delivery to one log group",
            assume_role_policy=pulumi.Output.json_dumps(
                docs.service_trust_policy("vpc-flow-logs.amazonaws.com", source_account=args.account_id)
            ),
            opts=pulumi.ResourceOptions(parent=self, delete_before_replace=True),
        )
        policy = aws.iam.RolePolicy(
            f"{name}-delivery",
            role=self.role.id,
            policy=pulumi.Output.json_dumps(docs.flow_log_write_policy(self.log_group.arn)),
            opts=child,
        )
        self.flow_log = aws.ec2.FlowLog(
            name,
            vpc_id=args.vpc_id,
            traffic_type="ALL",
            log_destination_type="cloud-watch-logs",
            log_destination=self.log_group.arn,
            iam_role_arn=self.role.arn,
            opts=pulumi.ResourceOptions(parent=self, depends_on=[policy]),
        )
        self.register_outputs({"flowLogId": self.flow_log.id, "flowLogGroupName": self.log_group.name})
