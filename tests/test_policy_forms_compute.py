"""Effective state of the EC2 rules (issue 9 §1, §5, §6): every way pulumi-aws v7 reaches the forbidden state
fails, the correct-but-unusual forms pass, and unknown values give an advisory naming what was not seen."""

from __future__ import annotations

import pytest
from forms_helpers import EBD_UNKNOWN, UNKNOWN, check_case, judge, res

from tools.offline_preview.analyzer import PolicyPackProcess

LT = "aws:ec2/launchTemplate:LaunchTemplate"
INSTANCE = "aws:ec2/instance:Instance"
SPOT = "aws:ec2/spotInstanceRequest:SpotInstanceRequest"
LC = "aws:ec2/launchConfiguration:LaunchConfiguration"
VOLUME = "aws:ebs/volume:Volume"
EBD = "aws:ebs/encryptionByDefault:EncryptionByDefault"
SUBNET = "aws:ec2/subnet:Subnet"
EIP = "aws:ec2/eip:Eip"
EIP_ASSOC = "aws:ec2/eipAssociation:EipAssociation"
ASG = "aws:autoscaling/group:Group"
ENI = "aws:ec2/networkInterface:NetworkInterface"
ENI_ATTACH = "aws:ec2/networkInterfaceAttachment:NetworkInterfaceAttachment"

IMDS = {"httpTokens": "required", "httpPutResponseHopLimit": 1}
ROOT = {"encrypted": True, "volumeSize": 20}
GOOD_LT = {
    "instanceType": "t4g.small",
    "metadataOptions": {"httpTokens": "required", "httpEndpoint": "enabled"},
    "blockDeviceMappings": [{"deviceName": "/dev/xvda", "ebs": {"encrypted": "true", "volumeSize": 20}}],
}
GOOD_INSTANCE = {"ami": "ami-1", "instanceType": "t3.micro", "metadataOptions": IMDS, "rootBlockDevice": ROOT}
BARE_LT = {"instanceType": "t4g.small", "metadataOptions": {"httpTokens": "required"}}  # no block device mappings


def lt(name="lt", **props):
    return res(LT, name, {**GOOD_LT, **props})


def instance_from(template, name="web", **props):
    return res(INSTANCE, name, {"launchTemplate": {"id": UNKNOWN, "version": "$Latest"}, **props}, launchTemplate=template)


def subnet(public: bool, name="subnet"):
    return res(SUBNET, name, {"vpcId": "vpc-1", "cidrBlock": "10.0.1.0/24", "mapPublicIpOnLaunch": public})


def with_subnet(public: bool, **props):
    net = subnet(public)
    return [net, res(INSTANCE, "web", {**GOOD_INSTANCE, "subnetId": UNKNOWN, **props}, subnetId=net)]


def eip_on_instance():
    server = res(INSTANCE, "web", GOOD_INSTANCE)
    return [server, res(EIP, "ip", {"domain": "vpc", "instance": UNKNOWN}, instance=server)]


def eip_on_interface(attached: bool):
    eni = res(ENI, "eni", {"subnetId": "subnet-1"})
    if attached:
        server = res(INSTANCE, "web", GOOD_INSTANCE)
        extra = [
            res(
                ENI_ATTACH,
                "attach",
                {"instanceId": UNKNOWN, "networkInterfaceId": UNKNOWN, "deviceIndex": 1},
                instanceId=server,
                networkInterfaceId=eni,
            )
        ]
    else:
        server = res(
            INSTANCE,
            "web",
            {**GOOD_INSTANCE, "networkInterfaces": [{"networkInterfaceId": UNKNOWN, "deviceIndex": 0}]},
            networkInterfaces=eni,
        )
        extra = []
    return [eni, server, *extra, res(EIP, "ip", {"domain": "vpc", "networkInterface": UNKNOWN}, networkInterface=eni)]


def eip_association():
    server = res(INSTANCE, "web", GOOD_INSTANCE)
    ip = res(EIP, "ip", {"domain": "vpc"})
    return [
        server,
        ip,
        res(EIP_ASSOC, "assoc", {"instanceId": UNKNOWN, "allocationId": UNKNOWN}, instanceId=server, allocationId=ip),
    ]


def asg_in(public: bool, template_props: dict):
    net, template = subnet(public), lt(**template_props)
    group = res(
        ASG,
        "asg",
        {
            "minSize": 1,
            "maxSize": 2,
            "vpcZoneIdentifiers": [UNKNOWN],
            "launchTemplate": {"id": UNKNOWN, "version": "$Latest"},
            "tags": [
                {"key": k, "value": "x", "propagateAtLaunch": True}
                for k in ("Owner", "Environment", "Project", "CostCenter")
            ],
        },
        vpcZoneIdentifiers=net,
        launchTemplate=template,
    )
    return [net, template, group]


def launched_in_public_subnet(token: str, template_props: dict):
    """An instance or spot request launched from a template into a subnet that maps public IPs."""
    net, template = subnet(True), lt(**template_props)
    return [
        net,
        template,
        res(
            token,
            "web",
            {"launchTemplate": {"id": UNKNOWN, "version": "$Latest"}, "subnetId": UNKNOWN},
            subnetId=net,
            launchTemplate=template,
        ),
    ]


def asg_from_launch_configuration(extra: dict):
    net = subnet(True)
    config = res(
        LC, "lc", {"imageId": "ami-1", "instanceType": "t3.micro", "rootBlockDevice": ROOT, "metadataOptions": IMDS, **extra}
    )
    group = res(
        ASG,
        "asg",
        {
            "minSize": 1,
            "maxSize": 2,
            "vpcZoneIdentifiers": [UNKNOWN],
            "launchConfiguration": UNKNOWN,
            "tags": [
                {"key": k, "value": "x", "propagateAtLaunch": True}
                for k in ("Owner", "Environment", "Project", "CostCenter")
            ],
        },
        vpcZoneIdentifiers=net,
        launchConfiguration=config,
    )
    return [net, config, group]


def private_then_public_groups():
    """A group in a private subnet declared before one in a public subnet (every group is judged)."""
    private_net, template = subnet(False, "private"), lt("quiet-lt")
    quiet = res(
        ASG,
        "quiet",
        {
            "minSize": 1,
            "maxSize": 1,
            "vpcZoneIdentifiers": [UNKNOWN],
            "launchTemplate": {"id": UNKNOWN, "version": "$Latest"},
        },
        vpcZoneIdentifiers=private_net,
        launchTemplate=template,
    )
    return [private_net, template, quiet, *asg_in(True, {})]


NO_PUBLIC_NIC = {"networkInterfaces": [{"associatePublicIpAddress": "false", "deviceIndex": 0}]}
CASES = [
    # (id, policy, resources, offender or None)
    # ec2-imdsv2-required
    ("imds-lt-ok", "ec2-imdsv2-required", [lt()], None),
    ("imds-lt-optional", "ec2-imdsv2-required", [lt(metadataOptions={"httpTokens": "optional"})], "lt"),
    ("imds-lt-absent", "ec2-imdsv2-required", [lt(metadataOptions=None)], "lt"),
    (
        "imds-lt-hops",
        "ec2-imdsv2-required",
        [lt(metadataOptions={"httpTokens": "required", "httpPutResponseHopLimit": 5})],
        "lt",
    ),
    (
        "imds-lt-hops-as-string",
        "ec2-imdsv2-required",
        [lt(metadataOptions={"httpTokens": "required", "httpPutResponseHopLimit": "8"})],
        "lt",
    ),
    ("imds-lt-off", "ec2-imdsv2-required", [lt(metadataOptions={"httpEndpoint": "disabled"})], None),
    (
        "imds-instance-off",
        "ec2-imdsv2-required",
        [res(INSTANCE, "web", {**GOOD_INSTANCE, "metadataOptions": {"httpEndpoint": "disabled", "httpTokens": "optional"}})],
        None,
    ),
    ("imds-instance-none", "ec2-imdsv2-required", [res(INSTANCE, "web", {**GOOD_INSTANCE, "metadataOptions": None})], "web"),
    (
        "imds-spot",
        "ec2-imdsv2-required",
        [res(SPOT, "spot", {**GOOD_INSTANCE, "metadataOptions": {"httpTokens": "optional"}})],
        "spot",
    ),
    ("imds-spot-ok", "ec2-imdsv2-required", [res(SPOT, "spot", GOOD_INSTANCE)], None),
    (
        "imds-launch-config",
        "ec2-imdsv2-required",
        [res(LC, "lc", {"imageId": "ami-1", "instanceType": "t3.micro", "rootBlockDevice": ROOT})],
        "lc",
    ),
    (
        "imds-launch-config-ok",
        "ec2-imdsv2-required",
        [res(LC, "lc", {"imageId": "ami-1", "instanceType": "t3.micro", "rootBlockDevice": ROOT, "metadataOptions": IMDS})],
        None,
    ),
    ("imds-instance-from-good-template", "ec2-imdsv2-required", [t := lt(), instance_from(t)], None),
    (
        "imds-instance-from-weak-template",
        "ec2-imdsv2-required",
        [t := lt(metadataOptions={"httpTokens": "optional"}), instance_from(t)],
        "web",
    ),
    (
        "imds-instance-overrides-template",
        "ec2-imdsv2-required",
        [t := lt(), instance_from(t, metadataOptions={"httpTokens": "optional"})],
        "web",
    ),
    (
        "imds-second-instance-from-weak-template",
        "ec2-imdsv2-required",
        [res(INSTANCE, "own", GOOD_INSTANCE), t := lt(metadataOptions={"httpTokens": "optional"}), instance_from(t)],
        "web",
    ),
    (
        "imds-instance-after-one-from-an-undeclared-template",
        "ec2-imdsv2-required",
        [
            res(INSTANCE, "elsewhere", {"launchTemplate": {"id": "lt-0123", "version": "1"}}),
            t := lt(metadataOptions={"httpTokens": "optional"}),
            instance_from(t),
        ],
        "web",
    ),
    # ec2-no-public-ip
    ("public-lt-nic", "ec2-no-public-ip", [lt(networkInterfaces=[{"associatePublicIpAddress": "true"}])], "lt"),
    (
        "public-instance",
        "ec2-no-public-ip",
        [res(INSTANCE, "web", {**GOOD_INSTANCE, "associatePublicIpAddress": True})],
        "web",
    ),
    ("public-spot", "ec2-no-public-ip", [res(SPOT, "spot", {**GOOD_INSTANCE, "associatePublicIpAddress": True})], "spot"),
    (
        "public-launch-config",
        "ec2-no-public-ip",
        [
            res(
                LC,
                "lc",
                {
                    "imageId": "a",
                    "instanceType": "t3.micro",
                    "rootBlockDevice": ROOT,
                    "metadataOptions": IMDS,
                    "associatePublicIpAddress": True,
                },
            )
        ],
        "lc",
    ),
    ("public-subnet-maps", "ec2-no-public-ip", with_subnet(True), "web"),
    ("public-subnet-refused", "ec2-no-public-ip", with_subnet(True, associatePublicIpAddress=False), None),
    ("public-subnet-refused-as-string", "ec2-no-public-ip", with_subnet(True, associatePublicIpAddress="FALSE"), None),
    ("public-subnet-blank-choice", "ec2-no-public-ip", with_subnet(True, associatePublicIpAddress=""), "web"),
    ("public-subnet-odd-choice", "ec2-no-public-ip", with_subnet(True, associatePublicIpAddress="yes"), "web"),
    ("private-subnet", "ec2-no-public-ip", with_subnet(False), None),
    ("public-eip-instance", "ec2-no-public-ip", eip_on_instance(), "ip"),
    ("public-eip-instance-named", "ec2-no-public-ip", eip_on_instance(), "web"),
    ("public-eip-association", "ec2-no-public-ip", eip_association(), "assoc"),
    ("public-eip-association-named", "ec2-no-public-ip", eip_association(), "web"),
    (
        "asg-after-a-group-without-a-launch-source",
        "ec2-no-public-ip",
        [
            bare := subnet(True, "bare-net"),
            res(ASG, "bare", {"minSize": 1, "maxSize": 1, "vpcZoneIdentifiers": [UNKNOWN]}, vpcZoneIdentifiers=bare),
            *asg_in(True, {}),
        ],
        "asg",
    ),
    ("nat-eip-ok", "ec2-no-public-ip", [res(EIP, "nat-ip", {"domain": "vpc"})], None),
    ("public-eip-on-instance-eni", "ec2-no-public-ip", eip_on_interface(attached=False), "web"),
    ("public-eip-on-attached-eni", "ec2-no-public-ip", eip_on_interface(attached=True), "ip"),
    (
        "public-eip-association-on-attached-eni",
        "ec2-no-public-ip",
        [
            *(attached := eip_on_interface(attached=True)[:-1]),
            res(
                EIP_ASSOC,
                "assoc",
                {"networkInterfaceId": UNKNOWN, "allocationId": "eipalloc-1"},
                networkInterfaceId=attached[0],
            ),
        ],
        "assoc",
    ),
    (
        "public-eip-on-primary-eni",
        "ec2-no-public-ip",
        [
            eni := res(ENI, "eni", {"subnetId": "subnet-1"}),
            res(
                INSTANCE,
                "web",
                {**GOOD_INSTANCE, "primaryNetworkInterface": {"networkInterfaceId": UNKNOWN}},
                primaryNetworkInterface=eni,
            ),
            res(EIP, "ip", {"domain": "vpc", "networkInterface": UNKNOWN}, networkInterface=eni),
        ],
        "ip",
    ),
    (
        "eip-on-unattached-eni",
        "ec2-no-public-ip",
        [
            eni := res(ENI, "eni", {"subnetId": "subnet-1"}),
            res(EIP, "ip", {"domain": "vpc", "networkInterface": UNKNOWN}, networkInterface=eni),
        ],
        None,
    ),
    (
        "public-subnet-instance-template-refuses",
        "ec2-no-public-ip",
        launched_in_public_subnet(INSTANCE, NO_PUBLIC_NIC),
        None,
    ),
    ("public-subnet-spot-template-refuses", "ec2-no-public-ip", launched_in_public_subnet(SPOT, NO_PUBLIC_NIC), None),
    ("public-subnet-spot-template-leaves-it", "ec2-no-public-ip", launched_in_public_subnet(SPOT, {}), "web"),
    (
        "imds-instance-template-by-name",
        "ec2-imdsv2-required",
        [
            res(LT, "other-lt", {**GOOD_LT, "name": "a-lt"}),
            res(LT, "third-lt", {**GOOD_LT, "name": "c-lt"}),
            res(LT, "lt", {**GOOD_LT, "name": "b-lt", "metadataOptions": {"httpTokens": "optional"}}),
            res(INSTANCE, "web", {"launchTemplate": {"name": "b-lt", "version": "$Latest"}}),
        ],
        "web",
    ),
    ("asg-public-subnet", "ec2-no-public-ip", asg_in(True, {}), "asg"),
    ("asg-launch-config-public-subnet", "ec2-no-public-ip", asg_from_launch_configuration({}), "asg"),
    ("asg-after-a-private-group", "ec2-no-public-ip", private_then_public_groups(), "asg"),
    (
        "asg-launch-config-refuses",
        "ec2-no-public-ip",
        asg_from_launch_configuration({"associatePublicIpAddress": False}),
        None,
    ),
    ("asg-public-subnet-refused", "ec2-no-public-ip", asg_in(True, NO_PUBLIC_NIC), None),
    ("asg-private-subnet", "ec2-no-public-ip", asg_in(False, {}), None),
    # ebs-encrypted
    ("ebs-lt-ok", "ebs-encrypted", [lt()], None),
    ("ebs-lt-plain", "ebs-encrypted", [lt(blockDeviceMappings=[{"deviceName": "/dev/xvda", "ebs": {}}])], "lt"),
    (
        "ebs-lt-false",
        "ebs-encrypted",
        [lt(blockDeviceMappings=[{"deviceName": "/dev/xvda", "ebs": {"encrypted": "false"}}])],
        "lt",
    ),
    ("ebs-lt-no-mappings", "ebs-encrypted", [res(LT, "lt", BARE_LT)], "lt"),
    ("ebs-lt-no-mappings-by-default", "ebs-encrypted", [res(EBD, "ebd", {"enabled": True}), res(LT, "lt", BARE_LT)], None),
    ("ebs-by-default-implicit", "ebs-encrypted", [res(EBD, "ebd", {}), res(VOLUME, "vol", {"availabilityZone": "a"})], None),
    (
        "ebs-by-default-off",
        "ebs-encrypted",
        [res(EBD, "ebd", {"enabled": False}), res(VOLUME, "vol", {"availabilityZone": "a"})],
        "vol",
    ),
    (
        "ebs-by-default-other-region",
        "ebs-encrypted",
        [res(EBD, "ebd", {"enabled": True, "region": "us-east-1"}), res(VOLUME, "vol", {"availabilityZone": "a"})],
        "vol",
    ),
    (
        "ebs-lt-instance-store-only",
        "ebs-encrypted",
        [lt(blockDeviceMappings=[{"deviceName": "/dev/sdb", "virtualName": "ephemeral0"}])],
        "lt",
    ),
    (
        "ebs-volume-after-one-covered-by-default",
        "ebs-encrypted",
        [
            res(EBD, "ebd", {"enabled": True, "region": "us-east-1"}),
            res(VOLUME, "east", {"availabilityZone": "us-east-1a", "region": "us-east-1"}),
            res(VOLUME, "vol", {"availabilityZone": "eu-west-1a"}),
        ],
        "vol",
    ),
    ("ebs-volume", "ebs-encrypted", [res(VOLUME, "vol", {"availabilityZone": "eu-west-1a", "size": 10})], "vol"),
    ("ebs-volume-ok", "ebs-encrypted", [res(VOLUME, "vol", {"availabilityZone": "a", "encrypted": True})], None),
    ("ebs-instance-root", "ebs-encrypted", [res(INSTANCE, "web", {**GOOD_INSTANCE, "rootBlockDevice": None})], "web"),
    (
        "ebs-instance-data",
        "ebs-encrypted",
        [res(INSTANCE, "web", {**GOOD_INSTANCE, "ebsBlockDevices": [{"deviceName": "/dev/sdf", "encrypted": False}]})],
        "web",
    ),
    (
        "ebs-instance-ok",
        "ebs-encrypted",
        [res(INSTANCE, "web", {**GOOD_INSTANCE, "ebsBlockDevices": [{"deviceName": "/dev/sdf", "encrypted": True}]})],
        None,
    ),
    ("ebs-spot", "ebs-encrypted", [res(SPOT, "spot", {**GOOD_INSTANCE, "rootBlockDevice": {"volumeSize": 8}})], "spot"),
    (
        "ebs-launch-config",
        "ebs-encrypted",
        [res(LC, "lc", {"imageId": "a", "instanceType": "t3.micro", "metadataOptions": IMDS})],
        "lc",
    ),
    ("ebs-instance-from-good-template", "ebs-encrypted", [t := lt(), instance_from(t)], None),
    ("ebs-instance-from-bare-template", "ebs-encrypted", [t := res(LT, "lt", BARE_LT), instance_from(t)], "web"),
    ("ebs-instance-from-bare-template-lt", "ebs-encrypted", [t := res(LT, "lt", BARE_LT), instance_from(t)], "lt"),
]


@pytest.mark.parametrize(("policy", "resources", "offender"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_compute_rules_judge_the_effective_state(pack: PolicyPackProcess, policy, resources, offender):
    check_case(pack, policy, resources, offender)


@pytest.mark.parametrize("options", [{"httpEndpoint": "disabled"}, UNKNOWN], ids=["switched-off", "unknown"])
def test_instance_with_its_own_metadata_options_is_not_judged_by_its_weak_template(pack: PolicyPackProcess, options):
    """Switched off on the instance: nothing to judge; unknown during preview: an advisory, not the template's verdict."""
    template = lt(metadataOptions={"httpTokens": "optional"})
    server = instance_from(template, metadataOptions=options)
    found = [v for v in judge(pack, [template, server]) if v.policy == "ec2-imdsv2-required" and v.level == "mandatory"]
    assert [v.urn for v in found] == [template.urn], found


def test_instance_with_its_own_encrypted_root_is_not_judged_by_its_bare_template(pack: PolicyPackProcess):
    template = res(LT, "lt", BARE_LT)
    found = [
        v
        for v in judge(pack, [template, instance_from(template, rootBlockDevice=ROOT)])
        if v.policy == "ebs-encrypted" and v.level == "mandatory"
    ]
    assert [v.urn for v in found] == [template.urn], found


@pytest.mark.parametrize(
    ("mappings", "phrase"),
    [
        (None, "takes its volumes from launch template lt, which has no EBS block device mapping"),
        (
            [{"deviceName": "/dev/xvda", "ebs": {"encrypted": "false"}}],
            "takes its volumes from launch template lt, whose block device /dev/xvda has ebs.encrypted 'false'",
        ),
    ],
)
def test_instance_volume_message_names_the_template_and_its_problem(pack: PolicyPackProcess, mappings, phrase):
    template = res(LT, "lt", {**BARE_LT, **({"blockDeviceMappings": mappings} if mappings else {})})
    found = [
        v.message
        for v in judge(pack, [template, instance_from(template)])
        if v.policy == "ebs-encrypted" and "web" in v.message
    ]
    assert len(found) == 1 and phrase in found[0], found


def test_unknown_inherited_values_give_an_advisory_naming_resource_and_value(pack: PolicyPackProcess):
    template = res(LT, "lt", {"metadataOptions": UNKNOWN, "blockDeviceMappings": UNKNOWN, "instanceType": "t3.micro"})
    server = instance_from(template)
    net = res(SUBNET, "subnet", {"mapPublicIpOnLaunch": UNKNOWN})
    other = res(INSTANCE, "other", {**GOOD_INSTANCE, "subnetId": UNKNOWN}, subnetId=net)
    found = judge(pack, [template, server, net, other])
    assert [v for v in found if v.level == "mandatory"] == []
    messages = {v.policy: v.message for v in found if v.urn == ""} | {
        v.policy: v.message for v in found if "during preview" in v.message
    }
    assert "lt (aws:ec2/launchTemplate:LaunchTemplate): metadataOptions" in messages["ec2-imdsv2-required"]
    assert "lt (aws:ec2/launchTemplate:LaunchTemplate): blockDeviceMappings" in messages["ebs-encrypted"]
    assert "subnet (aws:ec2/subnet:Subnet): mapPublicIpOnLaunch" in messages["ec2-no-public-ip"]
    alone = {v.policy: v.message for v in judge(pack, [res(VOLUME, "vol", {"encrypted": UNKNOWN})])}
    assert "vol (aws:ebs/volume:Volume): encrypted" in alone["ebs-encrypted"]
    root = {v.policy: v.message for v in judge(pack, [res(INSTANCE, "srv", {**GOOD_INSTANCE, "rootBlockDevice": UNKNOWN})])}
    assert "srv (aws:ec2/instance:Instance): rootBlockDevice, ebsBlockDevices, launchTemplate" in root["ebs-encrypted"]
    choice = {v.policy: v.message for v in judge(pack, with_subnet(True, associatePublicIpAddress=UNKNOWN))}
    assert "web (aws:ec2/instance:Instance): associatePublicIpAddress" in choice["ec2-no-public-ip"]
    for launched in (
        asg_in(True, {"networkInterfaces": UNKNOWN}),
        launched_in_public_subnet(INSTANCE, {"networkInterfaces": UNKNOWN}),
    ):
        nics = {v.policy: v.message for v in judge(pack, launched)}
        assert "lt (aws:ec2/launchTemplate:LaunchTemplate): networkInterfaces" in nics["ec2-no-public-ip"]
    by_default = judge(pack, EBD_UNKNOWN)
    assert [v for v in by_default if v.level == "mandatory"] == []
    assert (
        "ebd (aws:ebs/encryptionByDefault:EncryptionByDefault): enabled"
        in {v.policy: v.message for v in by_default}["ebs-encrypted"]
    )
    whole = {v.policy: v.message for v in pack.analyze_stack([res(INSTANCE, "web", {"launchTemplate": UNKNOWN})], None)}
    assert "web (aws:ec2/instance:Instance): launchTemplate, metadataOptions" in whole["ec2-imdsv2-required"]
    elsewhere = {v.policy: v.message for v in judge(pack, [res(INSTANCE, "web", {"launchTemplate": {"id": "lt-0"}})])}
    assert (
        "web (aws:ec2/instance:Instance): the metadataOptions of its launch template (not declared in this stack)"
        in elsewhere["ec2-imdsv2-required"]
    )
    assert (
        "web (aws:ec2/instance:Instance): the block device mappings of its launch template (not declared in this "
        "stack)" in elsewhere["ebs-encrypted"]
    )
    address = [v.message for v in judge(pack, eip_on_instance()) if v.urn.endswith("::ip")]
    assert len(address) == 1 and "attaches an Elastic IP to instance (unknown)" in address[0], address


@pytest.mark.parametrize(
    ("nics", "choice"),
    [
        ([{"associatePublicIpAddress": "true"}], True),
        ([{"associatePublicIpAddress": True}], True),
        ([{"associatePublicIpAddress": "FALSE"}], False),
        ([{"associatePublicIpAddress": False}], False),
        ([{"associatePublicIpAddress": False}, {"associatePublicIpAddress": "true"}], True),
        ([{"deviceIndex": 0}], None),
        ([{"associatePublicIpAddress": "yes"}], None),
        ([{"associatePublicIpAddress": ""}], None),
        (None, None),
    ],
)
def test_template_assigns_public_ip(nics, choice):
    from starter_policies.compute import template_assigns_public_ip

    assert template_assigns_public_ip({"networkInterfaces": nics}) is choice


# The default allow-list: every family the README promises passes, an older or exotic one is advised against.
@pytest.mark.parametrize(
    ("instance_type", "allowed"),
    [
        *(
            (t, True)
            for t in (
                "t4g.small",
                "t3.micro",
                "t3a.medium",
                "m7g.large",
                "m7i.large",
                "m6g.large",
                "c7g.large",
                "c7i.large",
                "r7g.large",
                "r7i.large",
            )
        ),
        ("t2.micro", False),
        ("m5.large", False),
        ("x1e.32xlarge", False),
    ],
)
def test_default_instance_type_allow_list(pack: PolicyPackProcess, instance_type, allowed):
    found = [v for v in judge(pack, [lt(instanceType=instance_type)]) if v.policy == "ec2-instance-type-allowed"]
    assert (found == []) is allowed, found


@pytest.mark.parametrize(
    ("options", "problems"),
    [
        ({"httpTokens": "required"}, 0),
        ({"httpTokens": "REQUIRED"}, 0),
        ({"httpTokens": "optional"}, 1),
        (None, 1),
        ({"httpEndpoint": "disabled"}, 0),
        ({"httpTokens": "optional", "httpPutResponseHopLimit": 64}, 2),
        ({"httpTokens": "required", "httpPutResponseHopLimit": 2}, 0),
        ({"httpTokens": "required", "httpPutResponseHopLimit": 3}, 1),
        ({"httpEndpoint": "enabled", "httpTokens": "optional"}, 1),
        ({"httpTokens": "v2"}, 1),
        ({"httpTokens": "required", "httpPutResponseHopLimit": True}, 0),
    ],
)
def test_imds_problems(options, problems):
    from starter_policies.compute import imds_problems

    assert len(imds_problems(options)) == problems


def test_mixed_instances_policy_template_counts(pack: PolicyPackProcess):
    net, template = subnet(True), lt()
    group = res(
        ASG,
        "asg",
        {
            "minSize": 1,
            "maxSize": 2,
            "vpcZoneIdentifiers": [UNKNOWN],
            "mixedInstancesPolicy": {"launchTemplate": {"launchTemplateSpecification": {"launchTemplateId": UNKNOWN}}},
        },
        vpcZoneIdentifiers=net,
        mixedInstancesPolicy=template,
    )
    check_case(pack, "ec2-no-public-ip", [net, template, group], "asg")


ODD = {
    "metadataOptions": "x",
    "launchTemplate": 3,
    "rootBlockDevice": [],
    "ebsBlockDevices": [None, 1],
    "blockDeviceMappings": [None, {"ebs": "x"}],
    "networkInterfaces": [None],
    "associatePublicIpAddress": "maybe",
    "mapPublicIpOnLaunch": None,
    "instance": None,
    "instanceId": 5,
    "enabled": "x",
    "encrypted": None,
    "listeners": [None, {"lbProtocol": None}],
    "actions": "x",
    "defaultActions": [None],
    "protocol": 7,
    "ingress": [None, {"cidrBlocks": "x"}],
    "securityGroupId": None,
    "attributes": None,
    "policyAttributes": [None],
    "versionings": "x",
    "serverSideEncryptionConfigurations": [None],
    "grants": [None],
    "replicationConfigurations": 2,
    "accessControlPolicy": None,
    "policy": 5,
    "loadBalancerType": None,
    "keyUsage": None,
}
NEW_TYPES = [
    LT,
    INSTANCE,
    SPOT,
    LC,
    VOLUME,
    EBD,
    SUBNET,
    EIP,
    EIP_ASSOC,
    ASG,
    "aws:lb/listenerRule:ListenerRule",
    "aws:alb/listener:Listener",
    "aws:elb/loadBalancer:LoadBalancer",
    "aws:elb/sslNegotiationPolicy:SslNegotiationPolicy",
    "aws:elb/listenerPolicy:ListenerPolicy",
    "aws:s3/bucketV2:BucketV2",
    "aws:s3/bucketAclV2:BucketAclV2",
    "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock",
    "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
    "aws:ec2/securityGroup:SecurityGroup",
    "aws:kms/key:Key",
]


def test_rules_never_crash_on_the_new_forms(pack: PolicyPackProcess):
    """Every token these rules added, empty and with mistyped values: verdicts, never an exception."""
    subjects = [res(t, f"n{i}-{j}", props) for i, t in enumerate(NEW_TYPES) for j, props in enumerate(({}, ODD))]
    found = judge(pack, subjects)
    assert {v.policy for v in found} >= {"ec2-imdsv2-required", "s3-tls-only", "s3-versioning-enabled"}
