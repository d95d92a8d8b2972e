"""Stack output names: the template's interface to the tools (the audit reads them; CI workflows too).

The program exports exactly these names, the audit requires the ones it reads, and the README's table is
checked against this module. Renaming one breaks every deployed stack's consumers: add, don't rename."""

from __future__ import annotations

ALB_DNS_NAME = "albDnsName"
ALB_URL = "albUrl"
VPC_ID = "vpcId"
AUTO_SCALING_GROUP_NAME = "autoScalingGroupName"
LAUNCH_TEMPLATE_ID = "launchTemplateId"
TARGET_GROUP_ARN = "targetGroupArn"
LOAD_BALANCER_ARN = "loadBalancerArn"
INSTANCE_ROLE_NAME = "instanceRoleName"
INSTANCE_PROFILE_NAME = "instanceProfileName"
REPLICATION_ROLE_NAME = "replicationRoleName"
PRIMARY_BUCKET_NAME = "primaryBucketName"
REPLICA_BUCKET_NAME = "replicaBucketName"
LOG_BUCKET_NAME = "logBucketName"
PRIMARY_KMS_KEY_ARN = "primaryKmsKeyArn"
REPLICA_KMS_KEY_ARN = "replicaKmsKeyArn"
PRIMARY_REGION = "primaryRegion"
REPLICA_REGION = "replicaRegion"
WEB_ACL_ARN = "webAclArn"
CDN_DISTRIBUTION_ID = "cdnDistributionId"
CDN_DOMAIN_NAME = "cdnDomainName"

STACK_OUTPUTS: tuple[str, ...] = (
    ALB_DNS_NAME,
    ALB_URL,
    VPC_ID,
    AUTO_SCALING_GROUP_NAME,
    LAUNCH_TEMPLATE_ID,
    TARGET_GROUP_ARN,
    LOAD_BALANCER_ARN,
    INSTANCE_ROLE_NAME,
    INSTANCE_PROFILE_NAME,
    REPLICATION_ROLE_NAME,
    PRIMARY_BUCKET_NAME,
    REPLICA_BUCKET_NAME,
    LOG_BUCKET_NAME,
    PRIMARY_KMS_KEY_ARN,
    REPLICA_KMS_KEY_ARN,
    PRIMARY_REGION,
    REPLICA_REGION,
    WEB_ACL_ARN,
    CDN_DISTRIBUTION_ID,
    CDN_DOMAIN_NAME,
)
"""Every output the program exports, in the order it exports them."""
SWITCHED_OUTPUTS: frozenset[str] = frozenset({WEB_ACL_ARN, CDN_DISTRIBUTION_ID, CDN_DOMAIN_NAME})
"""Outputs of parts a stack switches off in config (waf, cdn): exported as null when the part is off."""
