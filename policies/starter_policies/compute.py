"""EC2 rules: IMDSv2, no public IPs, encrypted EBS, instance types within an allow-list."""

from __future__ import annotations

from fnmatch import fnmatchcase

from pulumi_policy import (
    EnforcementLevel,
    PolicyConfigSchema,
    ReportViolation,
    ResourceValidationArgs,
    Severity,
)
from starter_shared.facts import MAX_HOP_LIMIT

from starter_policies.common import TypedResourcePolicy, dig, is_true, items

LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate"
INSTANCE = "aws:ec2/instance:Instance"
# Current-generation general-purpose, compute and memory families (Graviton first); extend per stack.
DEFAULT_INSTANCE_TYPES = ["t4g.*", "t3.*", "t3a.*", "m7g.*", "m7i.*", "m6g.*", "c7g.*", "c7i.*", "r7g.*", "r7i.*"]


def _imdsv2(args: ResourceValidationArgs, report: ReportViolation) -> None:
    if args.resource_type not in (LAUNCH_TEMPLATE, INSTANCE):
        return
    tokens = dig(args.props, "metadataOptions", "httpTokens")
    if tokens != "required":
        report(f"{args.name}: metadataOptions.httpTokens is {tokens!r}; set it to 'required' (IMDSv2 only).")
    hops = dig(args.props, "metadataOptions", "httpPutResponseHopLimit")
    if isinstance(hops, (int, float)) and hops > MAX_HOP_LIMIT:
        report(f"{args.name}: metadataOptions.httpPutResponseHopLimit is {int(hops)}; use at most {MAX_HOP_LIMIT}.")


def _no_public_ip(args: ResourceValidationArgs, report: ReportViolation) -> None:
    if args.resource_type == LAUNCH_TEMPLATE:
        for index, nic in enumerate(items(args.props.get("networkInterfaces"))):
            if is_true(dig(nic, "associatePublicIpAddress")):
                report(f"{args.name}: networkInterfaces[{index}].associatePublicIpAddress is true; "
                       "set it to false and reach instances through the load balancer or Session Manager.")
    elif args.resource_type == INSTANCE and args.props.get("associatePublicIpAddress") is True:
        report(f"{args.name}: associatePublicIpAddress is true; set it to false.")


def _ebs_encrypted(args: ResourceValidationArgs, report: ReportViolation) -> None:
    if args.resource_type == LAUNCH_TEMPLATE:
        for mapping in items(args.props.get("blockDeviceMappings")):
            ebs = dig(mapping, "ebs")
            if ebs is not None and not is_true(dig(ebs, "encrypted")):
                report(f"{args.name}: block device {dig(mapping, 'deviceName')} has ebs.encrypted "
                       f"{dig(ebs, 'encrypted')!r}; set it to 'true'.")
    elif args.resource_type == INSTANCE:
        if dig(args.props, "rootBlockDevice", "encrypted") is not True:
            report(f"{args.name}: rootBlockDevice.encrypted is not true; encrypt the root volume.")
        for device in items(args.props.get("ebsBlockDevices")):
            if dig(device, "encrypted") is not True:
                report(f"{args.name}: ebsBlockDevices {dig(device, 'deviceName')} is not encrypted; set encrypted=True.")


def _instance_type_allowed(args: ResourceValidationArgs, report: ReportViolation) -> None:
    if args.resource_type not in (LAUNCH_TEMPLATE, INSTANCE):
        return
    instance_type = args.props.get("instanceType")
    allowed = args.get_config().get("allowedInstanceTypes", DEFAULT_INSTANCE_TYPES)
    if isinstance(instance_type, str) and not any(fnmatchcase(instance_type, p) for p in allowed):
        report(f"{args.name}: instanceType {instance_type!r} is not in the allow-list {allowed}; pick an allowed "
               "type or extend allowedInstanceTypes in the stack's policy config.")


POLICIES = [
    TypedResourcePolicy(
        name="ec2-imdsv2-required", resource_types=(LAUNCH_TEMPLATE, INSTANCE), tags=["exposure"],
        description="Launch templates and instances require IMDSv2 with a hop limit of at most 2.",
        enforcement_level=EnforcementLevel.MANDATORY, severity=Severity.HIGH,
        remediation_steps="Set metadataOptions.httpTokens='required' and httpPutResponseHopLimit to 1 or 2.",
        validate=_imdsv2,
    ),
    TypedResourcePolicy(
        name="ec2-no-public-ip", resource_types=(LAUNCH_TEMPLATE, INSTANCE), tags=["exposure"],
        description="Launch templates and instances never assign a public IP address.",
        enforcement_level=EnforcementLevel.MANDATORY, severity=Severity.HIGH,
        remediation_steps="Set associatePublicIpAddress to false; put instances in private subnets.",
        validate=_no_public_ip,
    ),
    TypedResourcePolicy(
        name="ebs-encrypted", resource_types=(LAUNCH_TEMPLATE, INSTANCE), tags=["encryption"],
        description="EBS volumes of launch templates and instances are encrypted.",
        enforcement_level=EnforcementLevel.MANDATORY, severity=Severity.HIGH,
        remediation_steps="Set ebs.encrypted='true' on every block device mapping.",
        validate=_ebs_encrypted,
    ),
    TypedResourcePolicy(
        name="ec2-instance-type-allowed", resource_types=(LAUNCH_TEMPLATE, INSTANCE), tags=["cost"],
        description="Launch templates and instances use an instance type from the allow-list (configurable).",
        enforcement_level=EnforcementLevel.ADVISORY, severity=Severity.LOW,
        remediation_steps="Choose a type matching allowedInstanceTypes, or add a pattern to it in the policy config.",
        config_schema=PolicyConfigSchema(properties={
            "allowedInstanceTypes": {"type": "array", "items": {"type": "string"}, "minItems": 1,
                                     "default": DEFAULT_INSTANCE_TYPES},
        }),
        validate=_instance_type_allowed,
    ),
]
