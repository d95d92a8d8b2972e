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
# Operations (issue 22). A part switched off in config exports null (SWITCHED_OUTPUTS).
ALARM_TOPIC_ARN = "alarmTopicArn"
DASHBOARD_NAME = "dashboardName"
PRIMARY_ACCESS_LOG_BUCKET_NAME = "primaryAccessLogBucketName"
REPLICA_ACCESS_LOG_BUCKET_NAME = "replicaAccessLogBucketName"
FLOW_LOG_ID = "flowLogId"
BUDGET_NAME = "budgetName"
TRAIL_ARN = "trailArn"
TRAIL_BUCKET_NAME = "trailBucketName"
TRAIL_KMS_KEY_ARN = "trailKmsKeyArn"

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
    ALARM_TOPIC_ARN,
    DASHBOARD_NAME,
    PRIMARY_ACCESS_LOG_BUCKET_NAME,
    REPLICA_ACCESS_LOG_BUCKET_NAME,
    FLOW_LOG_ID,
    BUDGET_NAME,
    TRAIL_ARN,
    TRAIL_BUCKET_NAME,
    TRAIL_KMS_KEY_ARN,
)
"""Every output the program exports, in the order it exports them."""

EDGE_OUTPUTS: frozenset[str] = frozenset({WEB_ACL_ARN, CDN_DISTRIBUTION_ID, CDN_DOMAIN_NAME})
"""Outputs of the edge (waf, cdn): off unless a stack switches them on."""
OPERATIONS_OUTPUTS: frozenset[str] = frozenset(
    {
        PRIMARY_ACCESS_LOG_BUCKET_NAME,
        REPLICA_ACCESS_LOG_BUCKET_NAME,
        FLOW_LOG_ID,
        BUDGET_NAME,
        TRAIL_ARN,
        TRAIL_BUCKET_NAME,
        TRAIL_KMS_KEY_ARN,
    }
)
"""Outputs of operations parts a stack may switch off (dataAccessLogs, flowLogs, monthlyBudgetUsd, auditTrail)."""
SWITCHED_OUTPUTS: frozenset[str] = EDGE_OUTPUTS | OPERATIONS_OUTPUTS
"""Outputs of parts a stack switches in config: exported as null when the part is off, and the audit lists their
checks as skipped, saying so."""
