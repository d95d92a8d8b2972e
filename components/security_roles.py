"""Least-privilege IAM roles: the web instances' role and profile, and the S3 replication role."""

from __future__ import annotations

from dataclasses import dataclass

import pulumi
import pulumi_aws as aws

from components import policy_documents as docs

# Session Manager instead of SSH: AWS maintains the exact permissions the SSM agent needs.
SSM_CORE_POLICY = "AmazonSSMManagedInstanceCore"


@dataclass(frozen=True)
class SecurityRolesArgs:
    """Inputs of the roles: what they may touch, and where."""

    account_id: pulumi.Input[str]
    partition: str
    primary_region: str
    replica_region: str
    data_bucket_arn: pulumi.Input[str]
    data_key_arn: pulumi.Input[str]
    data_prefix: str
    replica_bucket_arn: pulumi.Input[str]
    replica_key_arn: pulumi.Input[str]


class SecurityRoles(pulumi.ComponentResource):
    """EC2 instance role (trusted by ec2.amazonaws.com only) with an inline policy scoped to one prefix of the
    data bucket and its key, Session Manager access and an instance profile; and the S3 replication role."""

    instance_role: aws.iam.Role
    instance_profile: aws.iam.InstanceProfile
    replication_role: aws.iam.Role
    replication_role_arn: pulumi.Output[str]
    """The replication role's ARN, available once its permissions are attached."""

    def __init__(self, name: str, args: SecurityRolesArgs, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__("starter:security:SecurityRoles", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)

        self.instance_role = aws.iam.Role(
            f"{name}-instance",
            description="Web tier instances: one prefix of the data bucket, Session Manager",
            assume_role_policy=pulumi.Output.json_dumps(docs.service_trust_policy("ec2.amazonaws.com")),
            max_session_duration=3600,
            opts=child,
        )
        aws.iam.RolePolicy(
            f"{name}-instance-data",
            role=self.instance_role.id,
            policy=pulumi.Output.json_dumps(docs.instance_data_policy(
                args.data_bucket_arn, args.data_prefix, args.data_key_arn, args.primary_region,
            )),
            opts=child,
        )
        aws.iam.RolePolicyAttachment(
            f"{name}-instance-ssm",
            role=self.instance_role.name,
            policy_arn=f"arn:{args.partition}:iam::aws:policy/{SSM_CORE_POLICY}",
            opts=child,
        )
        self.instance_profile = aws.iam.InstanceProfile(
            f"{name}-instance",
            role=self.instance_role.name,
            opts=child,
        )

        self.replication_role = aws.iam.Role(
            f"{name}-replication",
            description="S3 cross-region replication of the data bucket",
            assume_role_policy=pulumi.Output.json_dumps(
                docs.service_trust_policy("s3.amazonaws.com", source_account=args.account_id)
            ),
            opts=child,
        )
        replication_policy = aws.iam.RolePolicy(
            f"{name}-replication",
            role=self.replication_role.id,
            policy=pulumi.Output.json_dumps(docs.replication_policy(
                args.data_bucket_arn, args.data_key_arn, args.primary_region,
                args.replica_bucket_arn, args.replica_key_arn, args.replica_region,
            )),
            opts=child,
        )
        # Carries a dependency on the policy, so replication is configured only once the role may replicate.
        self.replication_role_arn = pulumi.Output.all(self.replication_role.arn, replication_policy.id).apply(
            lambda values: values[0]
        )
        self.register_outputs({
            "instanceRoleName": self.instance_role.name,
            "instanceProfileName": self.instance_profile.name,
            "replicationRoleName": self.replication_role.name,
        })
