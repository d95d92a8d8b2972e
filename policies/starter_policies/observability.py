"""Logs and audit trails: CloudWatch log groups encrypted with KMS and expiring, CloudTrail trails that are
tamper-evident, encrypted and multi-region, and (advisory) VPC flow logs and S3 server access logging.

Flow logs and bucket logging live in separate resources linked to their VPC or bucket, so those two need the
stack (linked by property dependency, as the S3 settings rules are); they share one stack policy because the
SDK rebuilds every resource of the stack for each stack policy. The rest judge one resource."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pulumi_policy import (
    EnforcementLevel,
    PolicyConfigSchema,
    PolicyResource,
    ReportViolation,
    Severity,
    StackValidationArgs,
    StackValidationPolicy,
)

from starter_policies.cdn import DISTRIBUTION
from starter_policies.common import (
    BUCKET,
    TypedResourcePolicy,
    as_number,
    bucket_named,
    bucket_of,
    buckets_by_name,
    config_of,
    customer_managed_key_given,
    dig,
    given,
    is_true,
    known,
    linked_urns,
    log_destinations,
    of_type,
    settings_by_bucket,
)

LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup"
TRAIL = "aws:cloudtrail/trail:Trail"
VPC = "aws:ec2/vpc:Vpc"
FLOW_LOG = "aws:ec2/flowLog:FlowLog"
BUCKET_LOGGING = "aws:s3/bucketLogging:BucketLogging"
DEFAULT_MIN_RETENTION_DAYS = 1


def log_group_kms_problem(props: Mapping[str, Any]) -> str | None:
    if not given(props, "kmsKeyId"):
        return "no kmsKeyId; encrypt the log group with a customer-managed KMS key (kms_key_id=key.arn)"
    if not customer_managed_key_given(props, "kmsKeyId"):
        return f"kmsKeyId {props.get('kmsKeyId')!r} is an AWS-managed alias; use a customer-managed key (key.arn)"
    return None


def log_group_retention_problem(props: Mapping[str, Any], min_days: int = DEFAULT_MIN_RETENTION_DAYS) -> str | None:
    days = props.get("retentionInDays")
    number = as_number(days)
    if days is None or number == 0:
        return f"retentionInDays is {days!r}: the logs never expire; set retention_in_days (at least {min_days})"
    if number is not None and number < min_days:
        return f"retentionInDays is {int(number)}; keep logs at least {min_days} days"
    return None


def trail_problems(props: Mapping[str, Any], allow_single_region: bool = False) -> list[str]:
    problems = []
    if not is_true(props.get("enableLogFileValidation")):
        problems.append(
            f"enableLogFileValidation is {props.get('enableLogFileValidation')!r}; set "
            "enable_log_file_validation=True so tampering is detectable"
        )
    if not given(props, "kmsKeyId"):
        problems.append("no kmsKeyId; encrypt log files with a customer-managed KMS key (kms_key_id=key.arn)")
    if not allow_single_region and not is_true(props.get("isMultiRegionTrail")):
        problems.append(f"isMultiRegionTrail is {props.get('isMultiRegionTrail')!r}; set is_multi_region_trail=True")
    return problems


def _flow_logs(args: StackValidationArgs, report: ReportViolation) -> None:
    vpcs = of_type(args.resources, VPC)
    if not vpcs:
        return
    covered: set[str] = set()
    for flow_log in of_type(args.resources, FLOW_LOG):
        covered |= linked_urns(flow_log, "vpcId", VPC)
    for vpc in vpcs:
        if vpc.urn not in covered:
            report(
                f"{vpc.name}: no flow log; add an aws.ec2.FlowLog with vpc_id={vpc.name}.id (traffic_type 'ALL').", vpc.urn
            )


def _service_log_buckets(resources: list[PolicyResource]) -> set[str]:
    """Buckets that CloudTrail, VPC flow logs or CloudFront deliver logs to: log buckets, like the load-balancer
    and access-log destinations, that need no access logging of their own."""
    names = buckets_by_name(resources)
    found: set[str] = set()
    for trail in of_type(resources, TRAIL):
        found |= bucket_of(trail, "s3BucketName", names)
    for flow_log in of_type(resources, FLOW_LOG):
        found |= linked_urns(flow_log, "logDestination", BUCKET)
        arn = known(lambda f=flow_log: f.props.get("logDestination"), None)
        if isinstance(arn, str) and (urn := bucket_named(arn.split("/", 1)[0], names)):
            found.add(urn)
    for distribution in of_type(resources, DISTRIBUTION):
        found |= linked_urns(distribution, "loggingConfig", BUCKET)
        domain = known(lambda d=distribution: dig(d.props, "loggingConfig", "bucket"), None)
        if isinstance(domain, str) and (urn := names.get(domain.split(".s3", 1)[0])):
            found.add(urn)
    return found


def _access_logging(args: StackValidationArgs, report: ReportViolation) -> None:
    buckets = of_type(args.resources, BUCKET)
    if not buckets:
        return
    linked = settings_by_bucket(args.resources, BUCKET_LOGGING)
    destinations = log_destinations(args.resources) | _service_log_buckets(args.resources)
    for bucket in buckets:
        if bucket.urn in destinations or linked.get(bucket.urn):
            continue
        if given(bucket.props, "logging", "targetBucket"):
            continue
        report(
            f"{bucket.name}: no server access logging; add an aws.s3.BucketLogging with target_bucket set to a log bucket.",
            bucket.urn,
        )


def _activity_logs(args: StackValidationArgs, report: ReportViolation) -> None:
    """Both advisories in one stack policy: the SDK rebuilds every resource for each stack policy it runs."""
    _flow_logs(args, report)
    _access_logging(args, report)


POLICIES = [
    TypedResourcePolicy(
        name="log-group-kms",
        resource_types=(LOG_GROUP,),
        tags=["encryption"],
        description="CloudWatch log groups are encrypted with a customer-managed KMS key.",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.MEDIUM,
        remediation_steps="Set kms_key_id to a KMS key whose policy lets logs.<region>.amazonaws.com use it.",
        judge=lambda a: log_group_kms_problem(a.props),
    ),
    TypedResourcePolicy(
        name="log-group-retention",
        resource_types=(LOG_GROUP,),
        tags=["cost"],
        description="CloudWatch log groups expire their logs after at least minRetentionDays (absent or 0 keeps "
        "them forever; advisory by default, mandatory in prod's config).",
        enforcement_level=EnforcementLevel.ADVISORY,
        severity=Severity.LOW,
        remediation_steps="Set retention_in_days (e.g. 30 in dev, 365 in prod).",
        config_schema=PolicyConfigSchema(
            properties={
                "minRetentionDays": {"type": "integer", "minimum": 1, "default": DEFAULT_MIN_RETENTION_DAYS},
            }
        ),
        judge=lambda a: log_group_retention_problem(
            a.props, config_of(a).get("minRetentionDays", DEFAULT_MIN_RETENTION_DAYS)
        ),
    ),
    TypedResourcePolicy(
        name="cloudtrail-hardened",
        resource_types=(TRAIL,),
        tags=["observability"],
        description="CloudTrail trails validate log files, encrypt them with KMS and cover every region "
        "(allowSingleRegion permits a regional trail).",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.HIGH,
        remediation_steps="Set enable_log_file_validation=True, kms_key_id=key.arn and is_multi_region_trail=True.",
        config_schema=PolicyConfigSchema(properties={"allowSingleRegion": {"type": "boolean", "default": False}}),
        judge=lambda a: trail_problems(a.props, a.get_config().get("allowSingleRegion", False) is True),
    ),
    StackValidationPolicy(
        name="flow-and-access-logs",
        tags=["observability"],
        description="Every VPC has a flow log, and every bucket that is not itself a log destination has server "
        "access logging (advisory; one stack pass for both).",
        enforcement_level=EnforcementLevel.ADVISORY,
        severity=Severity.LOW,
        remediation_steps="Add aws.ec2.FlowLog(vpc_id=vpc.id, traffic_type='ALL', log_destination=...) per VPC and "
        "aws.s3.BucketLogging(bucket=b.id, target_bucket=logs.id, target_prefix=...) per bucket.",
        validate=_activity_logs,
    ),
]
