"""EC2 rules: IMDSv2, no public IPs, encrypted EBS, instance types within an allow-list.

Each rule judges the state a resource ends up in, in every form pulumi-aws v7 offers: launch templates,
instances, spot instance requests and (legacy) launch configurations, standalone EBS volumes. Some of that
state comes from another resource: an instance launched from a launch template takes the template's metadata
and volume settings, a subnet that maps public IPs on launch gives its instances one, an Elastic IP attached
after launch makes an instance public, and ``aws.ebs.EncryptionByDefault`` encrypts every new volume of its
region. Those forms are judged on the whole stack (the ``validate_stack`` half of each rule)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from fnmatch import fnmatchcase
from typing import Any

from pulumi_policy import (
    EnforcementLevel,
    PolicyConfigSchema,
    PolicyResource,
    ResourceValidationArgs,
    Severity,
    StackValidationArgs,
)
from starter_shared.facts import MAX_HOP_LIMIT

from starter_policies.common import (
    ReportViolation,
    ResourceAndStackPolicy,
    TypedResourcePolicy,
    TypedStackPolicy,
    Unseen,
    as_int,
    dig,
    is_false,
    is_true,
    items,
    known,
    linked,
    of_type,
    region_of,
)

LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate"
INSTANCE = "aws:ec2/instance:Instance"
SPOT_INSTANCE = "aws:ec2/spotInstanceRequest:SpotInstanceRequest"
LAUNCH_CONFIGURATION = "aws:ec2/launchConfiguration:LaunchConfiguration"
VOLUME = "aws:ebs/volume:Volume"
ENCRYPTION_BY_DEFAULT = "aws:ebs/encryptionByDefault:EncryptionByDefault"
SUBNET = "aws:ec2/subnet:Subnet"
EIP = "aws:ec2/eip:Eip"
EIP_ASSOCIATION = "aws:ec2/eipAssociation:EipAssociation"
AUTOSCALING_GROUP = "aws:autoscaling/group:Group"
NETWORK_INTERFACE = "aws:ec2/networkInterface:NetworkInterface"
INTERFACE_ATTACHMENT = "aws:ec2/networkInterfaceAttachment:NetworkInterfaceAttachment"
INSTANCES = (INSTANCE, SPOT_INSTANCE)
"""Resources that launch one instance and may take their settings from a launch template."""
LAUNCHERS = (LAUNCH_TEMPLATE, *INSTANCES, LAUNCH_CONFIGURATION)
"""Every resource that describes how an instance is launched."""
# Current-generation general-purpose, compute and memory families (Graviton first); extend per stack.
DEFAULT_INSTANCE_TYPES = ["t4g.*", "t3.*", "t3a.*", "m7g.*", "m7i.*", "m6g.*", "c7g.*", "c7i.*", "r7g.*", "r7i.*"]


# -- pure judgements ------------------------------------------------------------------------------------------
def imds_problems(options: Any) -> list[str]:
    """What is wrong with a ``metadataOptions`` block: IMDSv1 allowed, or a hop limit above the maximum.
    A metadata service that is switched off (``httpEndpoint: disabled``) cannot serve IMDSv1 at all."""
    if str(dig(options, "httpEndpoint") or "").lower() == "disabled":
        return []
    found = []
    tokens = dig(options, "httpTokens")
    if str(tokens).lower() != "required":
        found.append(f"metadataOptions.httpTokens is {tokens!r}; set it to 'required' (IMDSv2 only)")
    hops = as_int(dig(options, "httpPutResponseHopLimit"))
    if hops is not None and hops > MAX_HOP_LIMIT:
        found.append(f"metadataOptions.httpPutResponseHopLimit is {hops}; use at most {MAX_HOP_LIMIT}")
    return found


def inherits_metadata(props: Mapping[str, Any]) -> bool:
    """An instance that names a launch template and sets no httpTokens of its own takes the template's."""
    return bool(props.get("launchTemplate")) and dig(props, "metadataOptions", "httpTokens") is None \
        and dig(props, "metadataOptions", "httpEndpoint") is None


def template_volume_problems(props: Mapping[str, Any]) -> list[str]:
    """Unencrypted EBS volumes a launch template describes. Without any EBS mapping, the root volume comes
    from the AMI, unencrypted (unless EBS encryption by default is on, which the caller checks)."""
    mappings = [m for m in items(props.get("blockDeviceMappings")) if dig(m, "ebs") is not None]
    if not mappings:
        return ["has no EBS block device mapping, so the root volume comes from the AMI unencrypted; map the "
                "root device with ebs.encrypted 'true' (or turn on aws.ebs.EncryptionByDefault)"]
    return [f"block device {dig(m, 'deviceName')} has ebs.encrypted {dig(m, 'ebs', 'encrypted')!r}; set it to 'true'"
            for m in mappings if not is_true(dig(m, "ebs", "encrypted"))]


def instance_volume_problems(props: Mapping[str, Any], root_from_template: bool) -> list[str]:
    """Unencrypted volumes of an instance, spot request or launch configuration (root and data volumes).
    ``root_from_template``: the root volume is judged on the launch template instead."""
    found = []
    if not root_from_template and not is_true(dig(props, "rootBlockDevice", "encrypted")):
        found.append("rootBlockDevice.encrypted is not true; encrypt the root volume")
    for device in items(props.get("ebsBlockDevices")):
        if not is_true(dig(device, "encrypted")):
            found.append(f"ebsBlockDevices {dig(device, 'deviceName')} is not encrypted; set encrypted=True")
    return found


def template_assigns_public_ip(props: Mapping[str, Any]) -> bool | None:
    """True when a launch template asks for a public IP, False when it refuses one, None when it leaves the
    choice to the subnet."""
    choices = [dig(nic, "associatePublicIpAddress") for nic in items(props.get("networkInterfaces"))]
    if any(is_true(c) for c in choices):
        return True
    if any(is_false(c) for c in choices):
        return False
    return None


def _explicit(value: Any) -> bool | None:
    if is_true(value):
        return True
    if is_false(value):
        return False
    return None


# -- ec2-imdsv2-required --------------------------------------------------------------------------------------
def _imdsv2(args: ResourceValidationArgs, report: ReportViolation) -> None:
    if args.resource_type not in LAUNCHERS:
        return
    props = args.props
    if args.resource_type in INSTANCES and inherits_metadata(props):
        return  # judged with its launch template, on the stack
    for problem in imds_problems(props.get("metadataOptions")):
        report(f"{args.name}: {problem}.")


def _template_of(resource: PolicyResource, resources: list[PolicyResource],
                 templates: list[PolicyResource]) -> PolicyResource | None:
    """The launch template an instance (or auto scaling group) names, by property dependency or known name."""
    found = linked(resource, "launchTemplate", (LAUNCH_TEMPLATE,)) or linked(
        resource, "mixedInstancesPolicy", (LAUNCH_TEMPLATE,))
    if found:
        return found[0]
    wanted = known(lambda: dig(resource.props, "launchTemplate", "name"), None)
    if isinstance(wanted, str):
        for template in templates:
            if known(lambda t=template: t.props.get("name"), None) == wanted:
                return template
    return None


def _imdsv2_stack(args: StackValidationArgs, report: ReportViolation) -> None:
    unseen = Unseen()
    templates = of_type(args.resources, LAUNCH_TEMPLATE)
    for instance in of_type(args.resources, *INSTANCES):
        if not unseen.judge(instance, "launchTemplate, metadataOptions",
                            lambda i=instance: inherits_metadata(i.props), False):
            continue
        template = _template_of(instance, args.resources, templates)
        if template is None:
            unseen.note(instance, "the metadataOptions of its launch template (not declared in this stack)")
            continue
        problems = unseen.judge(template, "metadataOptions",
                                lambda t=template: imds_problems(t.props.get("metadataOptions")), [])
        for problem in problems:
            report(f"{instance.name}: takes its metadata options from launch template {template.name}, whose "
                   f"{problem}.", instance.urn)
    unseen.raise_if_any()


# -- ec2-no-public-ip -----------------------------------------------------------------------------------------
def _no_public_ip(args: ResourceValidationArgs, report: ReportViolation) -> None:
    props = args.props
    if args.resource_type == LAUNCH_TEMPLATE:
        for index, nic in enumerate(items(props.get("networkInterfaces"))):
            if is_true(dig(nic, "associatePublicIpAddress")):
                report(f"{args.name}: networkInterfaces[{index}].associatePublicIpAddress is true; "
                       "set it to false and reach instances through the load balancer or Session Manager.")
    elif args.resource_type in (*INSTANCES, LAUNCH_CONFIGURATION) and is_true(props.get("associatePublicIpAddress")):
        report(f"{args.name}: associatePublicIpAddress is true; set it to false.")
    elif args.resource_type in (EIP, EIP_ASSOCIATION):
        # An instance ID that is unknown during preview is still an instance: the address is attached either way.
        target = known(lambda: props.get("instance" if args.resource_type == EIP else "instanceId"), "(unknown)")
        if target:
            report(f"{args.name}: attaches an Elastic IP to instance {target}, which makes it public; reach it "
                   "through the load balancer or Session Manager instead.")


def _maps_public_ips(subnets: list[PolicyResource], unseen: Unseen) -> list[PolicyResource]:
    return [s for s in subnets
            if unseen.judge(s, "mapPublicIpOnLaunch", lambda s=s: is_true(s.props.get("mapPublicIpOnLaunch")), False)]


def _no_public_ip_stack(args: StackValidationArgs, report: ReportViolation) -> None:
    unseen = Unseen()
    templates = of_type(args.resources, LAUNCH_TEMPLATE)

    def own_choice(resource: PolicyResource) -> bool | None:
        """The instance's own choice, else its launch template's (None: the subnet decides)."""
        choice = unseen.judge(resource, "associatePublicIpAddress",
                              lambda: _explicit(resource.props.get("associatePublicIpAddress")), False)
        if choice is not None or resource.resource_type == LAUNCH_CONFIGURATION:
            return choice
        template = _template_of(resource, args.resources, templates)
        if template is None:
            return None
        return unseen.judge(template, "networkInterfaces", lambda: template_assigns_public_ip(template.props), False)

    for instance in of_type(args.resources, *INSTANCES):
        public = _maps_public_ips(linked(instance, "subnetId", (SUBNET,)), unseen)
        if public and own_choice(instance) is None:
            report(f"{instance.name}: launches in subnet {public[0].name}, which maps public IPs on launch, and does "
                   "not refuse one; set associatePublicIpAddress=False or use a private subnet.", instance.urn)
    for group in of_type(args.resources, AUTOSCALING_GROUP):
        public = _maps_public_ips(linked(group, "vpcZoneIdentifiers", (SUBNET,)), unseen)
        if not public:
            continue
        template = _template_of(group, args.resources, templates)
        configurations = linked(group, "launchConfiguration", (LAUNCH_CONFIGURATION,))
        source = template or (configurations[0] if configurations else None)
        if source is None:
            continue
        choice = (unseen.judge(source, "networkInterfaces",
                               lambda s=source: template_assigns_public_ip(s.props), False)
                  if source is template else own_choice(source))
        if choice is None:
            report(f"{group.name}: launches instances from {source.name} in subnet {public[0].name}, which maps "
                   "public IPs on launch; set associatePublicIpAddress false on the template's network interface "
                   "or use private subnets.", group.urn)
    interfaces = _interface_owners(args.resources)
    for address, instance_prop, interface_prop in (
            *((a, "instance", "networkInterface") for a in of_type(args.resources, EIP)),
            *((a, "instanceId", "networkInterfaceId") for a in of_type(args.resources, EIP_ASSOCIATION))):
        for instance in linked(address, instance_prop, INSTANCES):
            report(f"{instance.name}: Elastic IP {address.name} is attached to it, which makes it public.",
                   instance.urn)
        for interface in linked(address, interface_prop, (NETWORK_INTERFACE,)):
            for instance in interfaces.get(interface.urn, []):
                for subject in (address, instance):
                    report(f"{subject.name}: Elastic IP {address.name} is attached to network interface "
                           f"{interface.name} of instance {instance.name}, which makes the instance public.",
                           subject.urn)
    unseen.raise_if_any()


def _interface_owners(resources: list[PolicyResource]) -> dict[str, list[PolicyResource]]:
    """Network interface URN -> the instances it is attached to (at launch, or by an attachment resource)."""
    owners: dict[str, list[PolicyResource]] = {}
    for instance in of_type(resources, *INSTANCES):
        for prop in ("networkInterfaces", "primaryNetworkInterface"):
            for interface in linked(instance, prop, (NETWORK_INTERFACE,)):
                owners.setdefault(interface.urn, []).append(instance)
    for attachment in of_type(resources, INTERFACE_ATTACHMENT):
        for interface in linked(attachment, "networkInterfaceId", (NETWORK_INTERFACE,)):
            owners.setdefault(interface.urn, []).extend(linked(attachment, "instanceId", INSTANCES))
    return owners


# -- ebs-encrypted --------------------------------------------------------------------------------------------
VOLUME_SETTINGS = {VOLUME: "encrypted", LAUNCH_TEMPLATE: "blockDeviceMappings",
                   LAUNCH_CONFIGURATION: "rootBlockDevice, ebsBlockDevices"}
"""The inputs that decide a resource's volume encryption, named in the advisory when preview hides them."""

def _encrypted_by_default_regions(resources: list[PolicyResource]) -> set[str | None] | None:
    """Regions where the stack turns on EBS encryption by default; None in the set means every region (the
    region could not be told). Returns None when the setting's value is unknown (preview)."""
    regions: set[str | None] = set()
    for setting in of_type(resources, ENCRYPTION_BY_DEFAULT):
        enabled = known(lambda s=setting: s.props.get("enabled"), "unknown")
        if enabled == "unknown":
            return None
        if enabled is None or is_true(enabled):  # the resource defaults to enabled
            regions.add(region_of(setting))
    return regions


def _ebs_encrypted_stack(args: StackValidationArgs, report: ReportViolation) -> None:
    unseen = Unseen()
    subjects = of_type(args.resources, VOLUME, LAUNCH_TEMPLATE, LAUNCH_CONFIGURATION, *INSTANCES)
    if not subjects:
        return
    by_default = _encrypted_by_default_regions(args.resources)
    if by_default is None:
        unseen.note(of_type(args.resources, ENCRYPTION_BY_DEFAULT)[0], "enabled")
        unseen.raise_if_any()
    templates = of_type(args.resources, LAUNCH_TEMPLATE)

    def covered(resource: PolicyResource) -> bool:
        if not by_default:
            return False
        return None in by_default or region_of(resource) in by_default

    judgements: dict[str, Callable[[PolicyResource], list[str]]] = {
        VOLUME: lambda r: [] if is_true(r.props.get("encrypted")) else [
            f"encrypted is {r.props.get('encrypted')!r}; set encrypted=True"],
        LAUNCH_TEMPLATE: lambda r: template_volume_problems(r.props),
        LAUNCH_CONFIGURATION: lambda r: instance_volume_problems(r.props, root_from_template=False),
    }
    for resource in subjects:
        if covered(resource):
            continue
        if resource.resource_type in INSTANCES:
            problems = unseen.judge(resource, "rootBlockDevice, ebsBlockDevices, launchTemplate",
                                    lambda r=resource: _instance_volumes(r, args.resources, templates, unseen), [])
        else:
            judge = judgements[resource.resource_type]
            problems = unseen.judge(resource, VOLUME_SETTINGS[resource.resource_type],
                                    lambda r=resource, j=judge: j(r), [])
        for problem in problems:
            report(f"{resource.name}: {problem}.", resource.urn)
    unseen.raise_if_any()


def _instance_volumes(instance: PolicyResource, resources: list[PolicyResource], templates: list[PolicyResource],
                      unseen: Unseen) -> list[str]:
    props = instance.props
    from_template = bool(props.get("launchTemplate")) and props.get("rootBlockDevice") is None
    problems = instance_volume_problems(props, root_from_template=from_template)
    if from_template:
        template = _template_of(instance, resources, templates)
        if template is None:
            unseen.note(instance, "the block device mappings of its launch template (not declared in this stack)")
        else:
            problems += [f"takes its volumes from launch template {template.name}, which {p}" if p.startswith("has ")
                         else f"takes its volumes from launch template {template.name}, whose {p}"
                         for p in unseen.judge(template, "blockDeviceMappings",
                                               lambda: template_volume_problems(template.props), [])]
    return problems


# -- ec2-instance-type-allowed -----------------------------------------------------------------------------------
def _instance_type_allowed(args: ResourceValidationArgs, report: ReportViolation) -> None:
    if args.resource_type not in LAUNCHERS:
        return
    instance_type = args.props.get("instanceType")
    allowed = args.get_config().get("allowedInstanceTypes", DEFAULT_INSTANCE_TYPES)
    if isinstance(instance_type, str) and not any(fnmatchcase(instance_type, p) for p in allowed):
        report(f"{args.name}: instanceType {instance_type!r} is not in the allow-list {allowed}; pick an allowed "
               "type or extend allowedInstanceTypes in the stack's policy config.")


POLICIES = [
    ResourceAndStackPolicy(
        name="ec2-imdsv2-required", resource_types=LAUNCHERS, tags=["exposure"],
        description="Launch templates, instances, spot requests and launch configurations require IMDSv2 "
                    "(or switch the metadata service off) with a hop limit of at most 2; an instance launched "
                    "from a launch template is judged by the template's settings.",
        enforcement_level=EnforcementLevel.MANDATORY, severity=Severity.HIGH,
        remediation_steps="Set metadataOptions.httpTokens='required' and httpPutResponseHopLimit to 1 or 2.",
        validate=_imdsv2, validate_stack=_imdsv2_stack, stack_resource_types=INSTANCES,
    ),
    ResourceAndStackPolicy(
        name="ec2-no-public-ip", resource_types=(*LAUNCHERS, EIP, EIP_ASSOCIATION), tags=["exposure"],
        description="Instances get no public IP address: not from their own settings, their launch template, "
                    "a subnet that maps public IPs on launch, or an Elastic IP attached to them.",
        enforcement_level=EnforcementLevel.MANDATORY, severity=Severity.HIGH,
        remediation_steps="Set associatePublicIpAddress to false; put instances in private subnets; attach no "
                          "Elastic IP to an instance.",
        validate=_no_public_ip, validate_stack=_no_public_ip_stack,
        stack_resource_types=(*INSTANCES, AUTOSCALING_GROUP, EIP, EIP_ASSOCIATION),
    ),
    TypedStackPolicy(
        stack_resource_types=(VOLUME, LAUNCH_TEMPLATE, LAUNCH_CONFIGURATION, *INSTANCES),
        name="ebs-encrypted", tags=["encryption"],
        description="EBS volumes are encrypted: standalone volumes, the volumes of launch templates, instances, "
                    "spot requests and launch configurations (a template without mappings leaves the AMI's root "
                    "unencrypted), unless the stack turns on EBS encryption by default.",
        enforcement_level=EnforcementLevel.MANDATORY, severity=Severity.HIGH,
        remediation_steps="Set ebs.encrypted='true' on every block device mapping (root included), encrypted=True "
                          "on volumes, or add aws.ebs.EncryptionByDefault(enabled=True).",
        validate=_ebs_encrypted_stack,
    ),
    TypedResourcePolicy(
        name="ec2-instance-type-allowed", resource_types=LAUNCHERS, tags=["cost"],
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
