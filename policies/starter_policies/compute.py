"""EC2 rules: IMDSv2, no public IPs, encrypted EBS."""

from __future__ import annotations

from pulumi_policy import EnforcementLevel, ReportViolation, ResourceValidationArgs, ResourceValidationPolicy, Severity

from starter_policies.common import dig

LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate"
INSTANCE = "aws:ec2/instance:Instance"
MAX_HOP_LIMIT = 2


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
        for index, nic in enumerate(args.props.get("networkInterfaces") or []):
            if str(dig(nic, "associatePublicIpAddress")).lower() == "true":
                report(f"{args.name}: networkInterfaces[{index}].associatePublicIpAddress is true; "
                       "set it to false and reach instances through the load balancer or Session Manager.")
    elif args.resource_type == INSTANCE and args.props.get("associatePublicIpAddress") is True:
        report(f"{args.name}: associatePublicIpAddress is true; set it to false.")


def _ebs_encrypted(args: ResourceValidationArgs, report: ReportViolation) -> None:
    if args.resource_type == LAUNCH_TEMPLATE:
        for mapping in args.props.get("blockDeviceMappings") or []:
            ebs = dig(mapping, "ebs")
            if ebs is not None and str(dig(ebs, "encrypted")).lower() != "true":
                report(f"{args.name}: block device {dig(mapping, 'deviceName')} has ebs.encrypted "
                       f"{dig(ebs, 'encrypted')!r}; set it to 'true'.")
    elif args.resource_type == INSTANCE and dig(args.props, "rootBlockDevice", "encrypted") is not True:
        report(f"{args.name}: rootBlockDevice.encrypted is not true; encrypt the root volume.")


POLICIES = [
    ResourceValidationPolicy(
        name="ec2-imdsv2-required",
        description="Launch templates and instances require IMDSv2 with a hop limit of at most 2.",
        enforcement_level=EnforcementLevel.MANDATORY, severity=Severity.HIGH,
        remediation_steps="Set metadataOptions.httpTokens='required' and httpPutResponseHopLimit to 1 or 2.",
        validate=_imdsv2,
    ),
    ResourceValidationPolicy(
        name="ec2-no-public-ip",
        description="Launch templates and instances never assign a public IP address.",
        enforcement_level=EnforcementLevel.MANDATORY, severity=Severity.HIGH,
        remediation_steps="Set associatePublicIpAddress to false; put instances in private subnets.",
        validate=_no_public_ip,
    ),
    ResourceValidationPolicy(
        name="ebs-encrypted",
        description="EBS volumes of launch templates and instances are encrypted.",
        enforcement_level=EnforcementLevel.MANDATORY, severity=Severity.HIGH,
        remediation_steps="Set ebs.encrypted='true' on every block device mapping.",
        validate=_ebs_encrypted,
    ),
]
