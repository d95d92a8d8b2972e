"""Least-privilege IAM for the web instances: their role, its inline policy and the instance profile."""

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

    partition: str
    primary_region: str
    data_bucket_arn: pulumi.Input[str]
    data_key_arn: pulumi.Input[str]
    data_prefix: str
    instance_role_name: str
    """The role's physical name, pinned (``StackConfig.iam_names``): the bootstrap's deploy roles may write IAM
    policies only on exact ARNs."""
    instance_profile_name: str
    """The instance profile's physical name, pinned likewise."""


class SecurityRoles(pulumi.ComponentResource):
    """EC2 instance role (trusted by ec2.amazonaws.com only) with an inline policy scoped to one prefix of the
    data bucket and its key, Session Manager access and an instance profile. (The S3 replication role lives
    with the buckets it serves, in ReplicatedStorage.)"""

    instance_role: aws.iam.Role
    instance_profile: aws.iam.InstanceProfile

    def __init__(self, name: str, args: SecurityRolesArgs, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__("starter:security:SecurityRoles", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        # A named resource cannot be created next to its old self: a replacement deletes first.
        named = pulumi.ResourceOptions(parent=self, delete_before_replace=True)

        self.instance_role = aws.iam.Role(
            f"{name}-instance",
            name=args.instance_role_name,
            description="Web tier instances: one prefix of the data bucket, Session Manager",
            assume_role_policy=pulumi.Output.json_dumps(docs.service_trust_policy("ec2.amazonaws.com")),
            max_session_duration=3600,
            opts=named,
        )
        aws.iam.RolePolicy(
            f"{name}-instance-data",
            role=self.instance_role.id,
            policy=pulumi.Output.json_dumps(
                docs.instance_data_policy(
                    args.data_bucket_arn,
                    args.data_prefix,
                    args.data_key_arn,
                    args.primary_region,
                )
            ),
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
            name=args.instance_profile_name,
            role=self.instance_role.name,
            opts=named,
        )
        self.register_outputs(
            {
                "instanceRoleName": self.instance_role.name,
                "instanceProfileName": self.instance_profile.name,
            }
        )
