"""aws-starter: a secure-by-default web tier, least-privilege roles and replicated storage.

Table of contents: validated config -> account facts -> network (and its flow logs) -> storage (with its
replication role) -> instance role -> web tier -> edge (WAF, CDN: switched in config) -> monitoring (alarm
topic, alarms, dashboard) -> budget -> audit trail -> outputs.
"""

import pulumi
from starter_shared import outputs as out

from components import emulator
from components.audit_trail import AuditTrail, AuditTrailArgs
from components.config import load_config
from components.cost import COST_TAG, CostBudget, CostBudgetArgs
from components.edge import Cdn, CdnArgs, LogArgs, WebFirewall, WebFirewallArgs, origin_guard
from components.flow_logs import FlowLogs, FlowLogsArgs
from components.monitoring import Monitoring, MonitoringArgs
from components.network import Network, NetworkArgs
from components.platform import lookup_platform
from components.security_roles import SecurityRoles, SecurityRolesArgs
from components.storage import ReplicatedStorage, ReplicatedStorageArgs
from components.web_tier import AccessLogArgs, EdgeArgs, InstanceArgs, Placement, ScalingArgs, WebTier, WebTierArgs

cfg = load_config()
platform = lookup_platform(cfg)
if cfg.emulator:  # the local stack on moto only; refused in production
    pulumi.runtime.register_stack_transformation(emulator.moto_replication)
# Looked up before the load balancer: its security group and listener admit only this stack's distribution.
guard = origin_guard(cfg.cdn_origin_secret) if cfg.cdn and cfg.cdn_origin_secret else None

network = Network(
    "network",
    NetworkArgs(
        cidr_block=cfg.vpc_cidr,
        availability_zones=platform.availability_zones,
        nat_mode=cfg.nat_mode,
        region=cfg.primary_region,
    ),
)
flow_logs = None
if cfg.flow_logs:
    flow_logs = FlowLogs(
        "flow-logs",
        FlowLogsArgs(
            vpc_id=network.vpc.id,
            log_group_name=f"/{cfg.ops_name}/vpc-flow-logs",
            role_name=cfg.iam_names.flow_logs_role,
            retention_days=cfg.flow_log_retention_days,
            account_id=platform.account_id,
            region=cfg.primary_region,
            protect=cfg.protect_data,
        ),
    )
storage = ReplicatedStorage(
    "data",
    ReplicatedStorageArgs(
        account_id=platform.account_id,
        primary_region=cfg.primary_region,
        replica_region=cfg.replica_region,
        noncurrent_version_days=cfg.noncurrent_version_days,
        replication_role_name=cfg.iam_names.replication_role,
        protect=cfg.protect_data,
        access_log_days=cfg.access_log_retention_days if cfg.data_access_logs else None,
    ),
)
roles = SecurityRoles(
    "roles",
    SecurityRolesArgs(
        partition=platform.partition,
        primary_region=cfg.primary_region,
        data_bucket_arn=storage.primary.arn,
        data_key_arn=storage.primary_key.arn,
        data_prefix=cfg.app_data_prefix,
        instance_role_name=cfg.iam_names.instance_role,
        instance_profile_name=cfg.iam_names.instance_profile,
    ),
)
web = WebTier(
    "web",
    WebTierArgs(
        placement=Placement(
            vpc_id=network.vpc.id,
            public_subnet_ids=network.public_subnet_ids,
            private_subnet_ids=network.private_subnet_ids,
        ),
        instances=InstanceArgs(
            instance_type=cfg.instance_type,
            architecture=cfg.architecture,
            root_volume_size_gb=cfg.root_volume_size_gb,
            health_check_path=cfg.health_check_path,
            instance_profile_arn=roles.instance_profile.arn,
            tags=cfg.tags,
        ),
        scaling=ScalingArgs(
            min_size=cfg.min_size,
            desired_capacity=cfg.desired_capacity,
            max_size=cfg.max_size,
            cpu_target_utilization=cfg.cpu_target_utilization,
        ),
        edge=EdgeArgs(
            allowed_cidrs=cfg.allowed_cidrs,
            certificate_arn=cfg.certificate_arn,
            deletion_protection=cfg.deletion_protection,
            origin_guard=guard,
        ),
        access_logs=AccessLogArgs(
            account_id=platform.account_id,
            retention_days=cfg.access_log_retention_days,
            noncurrent_version_days=cfg.noncurrent_version_days,
            protect=cfg.protect_data,
        ),
    ),
)

edge_logs = LogArgs(
    account_id=platform.account_id,
    partition=platform.partition,
    retention_days=cfg.waf_log_retention_days,
    protect=cfg.protect_data,
)
firewall = (
    WebFirewall(
        "waf",
        WebFirewallArgs(
            load_balancer_arn=web.load_balancer.arn,
            rate_limit=cfg.waf_rate_limit,
            region=cfg.primary_region,
            logs=edge_logs,
            behind_cdn=guard is not None,
        ),
    )
    if cfg.waf
    else None
)
cdn = (
    Cdn(
        "cdn",
        CdnArgs(
            origin_domain=cfg.cdn_origin_domain or web.load_balancer.dns_name,
            origin_https=cfg.https_enabled,
            guard=guard,
            logs=edge_logs,
            certificate_arn=cfg.cdn_certificate_arn,
            aliases=cfg.cdn_aliases,
        ),
    )
    if guard is not None
    else None
)

monitoring = Monitoring(
    "monitoring",
    MonitoringArgs(
        tier_name="web",
        load_balancer_arn_suffix=web.load_balancer.arn_suffix,
        target_group_arn_suffix=web.target_group.arn_suffix,
        auto_scaling_group_name=web.group.name,
        min_healthy_hosts=cfg.min_size,
        alarm_emails=cfg.alarm_emails,
        account_id=platform.account_id,
        region=cfg.primary_region,
        protect=cfg.protect_data,
    ),
)
budget = None
if cfg.monthly_budget_usd is not None:
    budget = CostBudget(
        "budget",
        CostBudgetArgs(
            monthly_limit_usd=cfg.monthly_budget_usd,
            project_tag_value=cfg.tags[COST_TAG],
            topic_arn=monitoring.topic.arn,
            account_id=platform.account_id,
        ),
    )
trail = None
if cfg.audit_trail:
    trail = AuditTrail(
        "audit-trail",
        AuditTrailArgs(
            trail_name=cfg.ops_name,
            account_id=platform.account_id,
            region=cfg.primary_region,
            retention_days=cfg.trail_retention_days,
            noncurrent_version_days=cfg.noncurrent_version_days,
            protect=cfg.protect_data,
        ),
    )

pulumi.export(out.ALB_DNS_NAME, web.load_balancer.dns_name)
pulumi.export(out.ALB_URL, web.url)
pulumi.export(out.VPC_ID, network.vpc.id)
pulumi.export(out.AUTO_SCALING_GROUP_NAME, web.group.name)
pulumi.export(out.LAUNCH_TEMPLATE_ID, web.launch_template.id)
pulumi.export(out.TARGET_GROUP_ARN, web.target_group.arn)
pulumi.export(out.LOAD_BALANCER_ARN, web.load_balancer.arn)
pulumi.export(out.INSTANCE_ROLE_NAME, roles.instance_role.name)
pulumi.export(out.INSTANCE_PROFILE_NAME, roles.instance_profile.name)
pulumi.export(out.REPLICATION_ROLE_NAME, storage.replication_role.name)
pulumi.export(out.PRIMARY_BUCKET_NAME, storage.primary.name)
pulumi.export(out.REPLICA_BUCKET_NAME, storage.replica.name)
pulumi.export(out.LOG_BUCKET_NAME, web.log_bucket.name)
pulumi.export(out.PRIMARY_KMS_KEY_ARN, storage.primary_key.arn)
pulumi.export(out.REPLICA_KMS_KEY_ARN, storage.replica_key.arn)
pulumi.export(out.PRIMARY_REGION, cfg.primary_region)
pulumi.export(out.REPLICA_REGION, cfg.replica_region)
pulumi.export(out.WEB_ACL_ARN, firewall.web_acl.arn if firewall else None)
pulumi.export(out.CDN_DISTRIBUTION_ID, cdn.distribution.id if cdn else None)
pulumi.export(out.CDN_DOMAIN_NAME, cdn.distribution.domain_name if cdn else None)
pulumi.export(out.ALARM_TOPIC_ARN, monitoring.topic.arn)
pulumi.export(out.DASHBOARD_NAME, monitoring.dashboard.dashboard_name)
access_logs = storage.access_log_buckets
pulumi.export(out.PRIMARY_ACCESS_LOG_BUCKET_NAME, access_logs[0].name if access_logs else None)
pulumi.export(out.REPLICA_ACCESS_LOG_BUCKET_NAME, access_logs[1].name if access_logs else None)
pulumi.export(out.FLOW_LOG_ID, flow_logs.flow_log.id if flow_logs else None)
pulumi.export(out.BUDGET_NAME, budget.budget.name if budget else None)
pulumi.export(out.TRAIL_ARN, trail.trail.arn if trail else None)
pulumi.export(out.TRAIL_BUCKET_NAME, trail.bucket.name if trail else None)
pulumi.export(out.TRAIL_KMS_KEY_ARN, trail.key.arn if trail else None)
