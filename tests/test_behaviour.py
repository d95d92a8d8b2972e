"""What the stack DOES, asserted on the recorded plan of each stack and config variant (issue 13, section 1).

Resources are found by type and followed by the IDs and ARNs one resource's inputs carry of another (as AWS
would resolve them), never by logical name: a fork that renames a resource keeps these guarantees, a fork that
changes what the stack does fails them. Expected values come from the stack's own config (``parse_config``
over the config the run used) and from literal tables here, never from the template's own constants.

Each guarantee was checked by breaking the template with ONE line (then reverting) and watching this module
fail; 38 breaks, all caught (the issue's list of survivors first). The test that failed first:

- public route table loses its internet route (``routes=[]``) or routes 0.0.0.0/0 to something other than
  the IGW; the ALB made internal; the ALB in one subnet: ``test_the_alb_sits_in_subnets_routed_to_the_internet``
- every private subnet through the first NAT in perAz (``nat_ids[0]``); private tables without their default
  route in single mode: ``test_private_subnets_reach_out_only_as_the_nat_mode_says``
- an extra route in the private tables; the ASG in the public subnets:
  ``test_instances_sit_in_private_subnets_of_every_az_apart_from_the_alb``
- the S3 gateway endpoint on the first private table only:
  ``test_every_private_table_reaches_s3_through_the_gateway_endpoint``
- SSM endpoints without private DNS, in one subnet only, or behind a group open to 0.0.0.0/0; instance egress
  on 80 instead of 443: ``test_without_nat_session_manager_endpoints_serve_every_private_subnet``
- ALB egress to 0.0.0.0/0 instead of the instance group; ALB ingress for the first allowed CIDR only; 443 open
  without a certificate: ``test_security_groups_let_the_internet_reach_only_the_alb_on_its_listener_ports``
- instance ingress from a CIDR instead of the ALB group:
  ``test_security_groups_let_only_the_alb_reach_instances_and_instances_out_only_on_443``
- the app port moved to 22: ``test_security_groups_carry_no_inline_or_legacy_rules_and_nothing_opens_22``
- the HTTP listener answering a fixed 503 instead of forwarding; the redirect made 302:
  ``test_listeners_forward_http_without_a_certificate_and_redirect_it_with_one``
- the HTTPS listener on ``ELBSecurityPolicy-2016-08`` (TLS 1.0): ``test_listeners_https_negotiates_only_tls12_or_newer``
- ``kms:ViaService`` dropped (instance policy) or naming the source region for the replica key;
  ``aws:SourceAccount`` dropped; ``s3:TlsVersion`` lowered to 1.1; ``aws:SecureTransport`` "false" → "true";
  the replication KMS encryption context dropped; the instance policy's prefix dropped:
  ``test_every_policy_document_is_exactly_the_least_privilege_one``
- ``azCount`` range widened to 1..6, ``maxSize`` to 0..100, ``maxSize`` default 2 → 3:
  ``test_declared_settings_are_exactly_the_pinned_table``
- the parser's range check made exclusive at the top: ``test_each_setting_range_holds_at_its_edges``
- the production ``minSize`` floor lowered to 1, ``desiredCapacity`` = ``maxSize`` refused, ``emulator``
  accepted in production, the world-open check skipped: ``test_each_cross_key_rule_holds_at_its_edges``
- the VPC prefix range widened to /15, the health path allowed one character more:
  ``test_each_format_check_holds_at_its_edges``
"""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import pulumi
import pytest
from conftest import CERT_ARN, PROJECT, run_stack, stack_config
from starter_shared.elb_tls import refuses_below_tls12

from components.config import SETTINGS, ConfigError, StackConfig, parse_config
from tools.offline_preview.engine import ProgramRun, RecordedResource
from tools.offline_preview.mock_cloud import ACCOUNT_ID, ELB_ACCOUNTS

P = PROJECT
EVERYWHERE_V4 = "0.0.0.0/0"
# The arguments of a route table's inline route that name where traffic goes (pulumi-aws RouteTableRoute).
ROUTE_TARGETS = (
    "gatewayId",
    "natGatewayId",
    "transitGatewayId",
    "vpcEndpointId",
    "networkInterfaceId",
    "vpcPeeringConnectionId",
    "egressOnlyGatewayId",
    "localGatewayId",
    "carrierGatewayId",
    "coreNetworkArn",
    "odbNetworkArn",
)

VPC = "aws:ec2/vpc:Vpc"
SUBNET = "aws:ec2/subnet:Subnet"
ROUTE_TABLE = "aws:ec2/routeTable:RouteTable"
ASSOCIATION = "aws:ec2/routeTableAssociation:RouteTableAssociation"
IGW = "aws:ec2/internetGateway:InternetGateway"
NAT = "aws:ec2/natGateway:NatGateway"
ENDPOINT = "aws:ec2/vpcEndpoint:VpcEndpoint"
SG = "aws:ec2/securityGroup:SecurityGroup"
DEFAULT_SG = "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup"
LEGACY_RULE = "aws:ec2/securityGroupRule:SecurityGroupRule"
INGRESS = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule"
EGRESS = "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule"
LBS = ("aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer")
LISTENERS = ("aws:lb/listener:Listener", "aws:alb/listener:Listener")
TARGET_GROUPS = ("aws:lb/targetGroup:TargetGroup", "aws:alb/targetGroup:TargetGroup")
ASG = "aws:autoscaling/group:Group"
LT = "aws:ec2/launchTemplate:LaunchTemplate"
BUCKET = "aws:s3/bucket:Bucket"
BUCKET_POLICY = "aws:s3/bucketPolicy:BucketPolicy"
SSE = "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration"
REPLICATION = "aws:s3/bucketReplicationConfig:BucketReplicationConfig"
KEY = "aws:kms/key:Key"
ROLE = "aws:iam/role:Role"
ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy"
PROFILE = "aws:iam/instanceProfile:InstanceProfile"

# -- the scenarios: every stack file and the config variants the issue names -------------------------------

_EXTRA: dict[str, dict[str, str]] = {
    # perAz without a certificate, over every AZ of the region (three)
    "dev-perAz": {f"{P}:natMode": "perAz", f"{P}:azCount": "3"},
    # no NAT and no certificate: the endpoints are the only way out
    "dev-nonat": {f"{P}:natMode": "none"},
    # one NAT gateway however many AZs: all three private subnets leave through it
    "dev-single3": {f"{P}:natMode": "single", f"{P}:azCount": "3"},
}
_extra_runs: dict[str, ProgramRun] = {}


@pytest.fixture(scope="module")
def plan(runs: Callable[[str], ProgramRun]) -> Callable[[str], Plan]:
    """The recorded plan of a scenario: the shared session runs, plus the variants above (run once each)."""
    cache: dict[str, Plan] = {}

    def get(name: str) -> Plan:
        if name not in cache:
            if name in _EXTRA:
                if name not in _extra_runs:
                    _extra_runs[name] = run_stack(name.split("-")[0], _EXTRA[name])
                run = _extra_runs[name]
            else:
                run = runs(name)
            cache[name] = Plan(run)
        return cache[name]

    return get


SCENARIOS = ["dev", "prod", "local", "dev-https-nonat", "dev-perAz", "dev-nonat", "dev-single3"]


def only(items: Iterable[Any], what: str = "") -> Any:
    items = list(items)
    assert len(items) == 1, f"expected exactly one {what}, got {len(items)}: {[getattr(i, 'urn', i) for i in items]}"
    return items[0]


@dataclass
class Rule:
    """One security-group rule as AWS evaluates it: direction, protocol, port range and peer."""

    direction: str
    group: str
    """The ID of the group the rule belongs to."""
    protocol: str
    ports: tuple[int, int]
    peer: str
    """A CIDR, or ``sg:<id>`` for a referenced group."""


class Plan:
    """A recorded run read as AWS would resolve it: each resource found by the IDs and ARNs others carry."""

    def __init__(self, run: ProgramRun) -> None:
        self.run = run
        self.cfg: StackConfig = parse_config(run.config, run.project, run.stack)
        # IDs are unique per resource type only (a role and its instance profile may share a name, their ID).
        self.by_ref: dict[str, list[RecordedResource]] = {}
        for r in run.resources:
            if r.custom:
                for ref in dict.fromkeys((r.outputs.get("id"), r.outputs.get("arn"))):
                    if isinstance(ref, str):
                        self.by_ref.setdefault(ref, []).append(r)

    def of(self, *types: str) -> list[RecordedResource]:
        return self.run.of_type(*types)

    def ref(self, value: Any, *types: str) -> RecordedResource:
        """The resource an input value (an ID or ARN) names; it must exist and be of ``types``."""
        named = self.by_ref.get(value, []) if isinstance(value, str) else []
        assert named, f"{value!r} names no resource of the plan"
        targets = [r for r in named if not types or r.type in types]
        assert targets, f"{value!r} names a {named[0].type}, expected {types}"
        assert len(targets) == 1, f"{value!r} names {len(targets)} resources: {[r.type for r in targets]}"
        return targets[0]

    def id(self, r: RecordedResource) -> str:
        return r.outputs["id"]

    # -- the network -------------------------------------------------------------------------------------
    @cached_property
    def vpc(self) -> RecordedResource:
        return only(self.of(VPC), "VPC")

    @cached_property
    def alb(self) -> RecordedResource:
        return only(self.of(*LBS), "load balancer")

    @cached_property
    def group(self) -> RecordedResource:
        return only(self.of(ASG), "auto-scaling group")

    def alb_subnets(self) -> list[RecordedResource]:
        return [self.ref(s, SUBNET) for s in self.alb.inputs["subnets"]]

    def instance_subnets(self) -> list[RecordedResource]:
        return [self.ref(s, SUBNET) for s in self.group.inputs["vpcZoneIdentifiers"]]

    def route_table_of(self, subnet: RecordedResource) -> RecordedResource:
        """The one route table associated with ``subnet`` (a subnet with none would use the VPC's main table)."""
        links = [a for a in self.of(ASSOCIATION) if a.inputs.get("subnetId") == self.id(subnet)]
        return self.ref(only(links, f"route-table association of {subnet.urn}").inputs["routeTableId"], ROUTE_TABLE)

    def default_route(self, subnet: RecordedResource) -> RecordedResource | None:
        """Where ``subnet`` sends 0.0.0.0/0: the gateway resource, or None when its table has no route at all.
        A table holds the default route or nothing (the S3 endpoint adds its own prefix-list route in AWS)."""
        routes = self.route_table_of(subnet).inputs.get("routes", [])
        if not routes:
            return None
        route = only(routes, f"route of {subnet.urn}'s table")
        assert route.get("cidrBlock") == EVERYWHERE_V4, route
        assert set(route) <= {"cidrBlock", *ROUTE_TARGETS}, f"{route}: AWS knows no such route argument"
        targets = [v for k, v in route.items() if k != "cidrBlock" and v]
        return self.ref(only(targets, "route target"))

    def internet_routed(self, subnet: RecordedResource) -> bool:
        target = self.default_route(subnet)
        return target is not None and target.type == IGW and target.inputs["vpcId"] == self.id(self.vpc)

    # -- security groups --------------------------------------------------------------------------------------
    def rules(self) -> list[Rule]:
        found = []
        for r in self.of(INGRESS, EGRESS):
            i = r.inputs
            peer = (
                i.get("cidrIpv4")
                or i.get("cidrIpv6")
                or i.get("prefixListId")
                or ("sg:" + i["referencedSecurityGroupId"] if i.get("referencedSecurityGroupId") else None)
            )
            assert peer, f"{r.urn} names no peer"
            found.append(
                Rule(
                    "ingress" if r.type == INGRESS else "egress",
                    i["securityGroupId"],
                    i["ipProtocol"],
                    (i.get("fromPort", 0), i.get("toPort", 65535)),
                    peer,
                )
            )
        return found

    def rules_of(self, group_id: str, direction: str) -> set[tuple[str, tuple[int, int], str]]:
        return {(r.protocol, r.ports, r.peer) for r in self.rules() if r.group == group_id and r.direction == direction}

    def alb_group(self) -> RecordedResource:
        return self.ref(only(self.alb.inputs["securityGroups"], "ALB security group"), SG)

    def instance_group(self) -> RecordedResource:
        template = self.ref(self.group.inputs["launchTemplate"]["id"], LT)
        groups = [g for ni in template.inputs["networkInterfaces"] for g in ni.get("securityGroups", [])]
        groups += template.inputs.get("vpcSecurityGroupIds", [])
        return self.ref(only(groups, "instance security group"), SG)

    # -- the edge ---------------------------------------------------------------------------------------------
    def target_group(self) -> RecordedResource:
        return self.ref(only(self.group.inputs["targetGroupArns"], "target group of the ASG"), *TARGET_GROUPS)

    def listeners(self) -> dict[tuple[int, str], dict[str, Any]]:
        mine = [r for r in self.of(*LISTENERS) if r.inputs["loadBalancerArn"] == self.alb.outputs["arn"]]
        assert len(mine) == len(self.of(*LISTENERS)), "every listener belongs to the stack's load balancer"
        by_port = {(r.inputs["port"], r.inputs["protocol"]): r.inputs for r in mine}
        assert len(by_port) == len(mine), "one listener per port"
        return by_port


def tcp(port: int) -> tuple[str, tuple[int, int]]:
    return ("tcp", (port, port))


# -- reachability: internet → ALB → instances, private subnets → out -----------------------------------------


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_the_alb_sits_in_subnets_routed_to_the_internet(plan, scenario):
    """Internet-facing ALB in one subnet per AZ, each associated with a table whose 0.0.0.0/0 goes to the
    VPC's internet gateway: without that route the site is unreachable."""
    p = plan(scenario)
    assert p.alb.inputs["internal"] is False and p.alb.inputs["loadBalancerType"] == "application"
    subnets = p.alb_subnets()
    zones = [s.inputs["availabilityZone"] for s in subnets]
    assert len(zones) == len(set(zones)) == p.cfg.az_count >= 2
    for subnet in subnets:
        assert subnet.inputs["vpcId"] == p.id(p.vpc)
        assert p.internet_routed(subnet), f"{subnet.urn}: 0.0.0.0/0 does not go to the internet gateway"


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_instances_sit_in_private_subnets_of_every_az_apart_from_the_alb(plan, scenario):
    p = plan(scenario)
    private, public = p.instance_subnets(), p.alb_subnets()
    assert {s.urn for s in private}.isdisjoint({s.urn for s in public})
    assert sorted(s.inputs["availabilityZone"] for s in private) == sorted(s.inputs["availabilityZone"] for s in public)
    vpc = ipaddress.ip_network(p.vpc.inputs["cidrBlock"])
    assert vpc == ipaddress.ip_network(p.cfg.vpc_cidr)
    for subnet in private:
        assert subnet.inputs["mapPublicIpOnLaunch"] is False
        assert ipaddress.ip_network(subnet.inputs["cidrBlock"]).subnet_of(vpc)
        assert not p.internet_routed(subnet), f"{subnet.urn} is routed straight to the internet"


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_private_subnets_reach_out_only_as_the_nat_mode_says(plan, scenario):
    """perAz: each private subnet through the NAT gateway in ITS OWN AZ; single: all through the one NAT;
    none: no default route and no NAT gateway. A NAT gateway sits in an internet-routed public subnet."""
    p = plan(scenario)
    mode = p.cfg.nat_mode.value
    nats = p.of(NAT)
    used = []
    for subnet in p.instance_subnets():
        target = p.default_route(subnet)
        if mode == "none":
            assert target is None, f"{subnet.urn} has a default route with natMode none"
            continue
        assert target is not None and target.type == NAT, f"{subnet.urn}: 0.0.0.0/0 goes to {target}"
        nat_subnet = p.ref(target.inputs["subnetId"], SUBNET)
        assert p.internet_routed(nat_subnet), f"{target.urn} sits in a subnet without an internet route"
        if mode == "perAz":
            assert nat_subnet.inputs["availabilityZone"] == subnet.inputs["availabilityZone"], (
                f"{subnet.urn} in {subnet.inputs['availabilityZone']} leaves through a NAT in "
                f"{nat_subnet.inputs['availabilityZone']}"
            )
        used.append(target.urn)
    expected_nats = {"none": 0, "single": 1, "perAz": p.cfg.az_count}[mode]
    assert len(nats) == expected_nats and len(set(used)) == expected_nats
    # every private table is distinct in perAz (one per AZ), so no AZ's outage cuts another off
    if mode == "perAz":
        assert len({p.route_table_of(s).urn for s in p.instance_subnets()}) == p.cfg.az_count


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_private_table_reaches_s3_through_the_gateway_endpoint(plan, scenario):
    p = plan(scenario)
    gateway = only([e for e in p.of(ENDPOINT) if e.inputs["vpcEndpointType"] == "Gateway"], "gateway endpoint")
    assert gateway.inputs["serviceName"] == f"com.amazonaws.{p.cfg.primary_region}.s3"
    assert gateway.inputs["vpcId"] == p.id(p.vpc)
    tables = {p.ref(t, ROUTE_TABLE).urn for t in gateway.inputs["routeTableIds"]}
    assert tables == {p.route_table_of(s).urn for s in p.instance_subnets()}


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_without_nat_session_manager_endpoints_serve_every_private_subnet(plan, scenario):
    """natMode none: ssm, ssmmessages and ec2messages interface endpoints with private DNS in every private
    subnet, behind a group admitting only HTTPS from the VPC; with a NAT, no interface endpoints."""
    p = plan(scenario)
    interfaces = [e for e in p.of(ENDPOINT) if e.inputs["vpcEndpointType"] == "Interface"]
    if p.cfg.nat_mode.value != "none":
        assert interfaces == []
        return
    region = p.cfg.primary_region
    assert sorted(e.inputs["serviceName"] for e in interfaces) == sorted(
        f"com.amazonaws.{region}.{s}" for s in ("ssm", "ssmmessages", "ec2messages")
    )
    private = sorted(p.id(s) for s in p.instance_subnets())
    for endpoint in interfaces:
        assert endpoint.inputs["privateDnsEnabled"] is True, endpoint.urn
        assert endpoint.inputs["vpcId"] == p.id(p.vpc)
        assert sorted(endpoint.inputs["subnetIds"]) == private
        group = p.ref(only(endpoint.inputs["securityGroupIds"]), SG)
        assert p.rules_of(p.id(group), "ingress") == {(*tcp(443), p.cfg.vpc_cidr)}
        assert p.rules_of(p.id(group), "egress") == set()
    # the instances may open HTTPS to them
    assert (*tcp(443), EVERYWHERE_V4) in p.rules_of(p.id(p.instance_group()), "egress")


# -- the network's own settings: layout, DNS, NAT addresses, console names ------------------------------------


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_subnets_take_the_documented_slots_so_adding_an_az_renumbers_nothing(plan, scenario):
    """README: the VPC is cut into 16 equal slots, public subnets in slots 0-5 and private in 8-13, the private
    subnet of an AZ eight slots after its public one."""
    p = plan(scenario)
    vpc = ipaddress.ip_network(p.cfg.vpc_cidr)
    slots = [str(s) for s in vpc.subnets(new_prefix=vpc.prefixlen + 4)]
    public = {s.inputs["availabilityZone"]: s.inputs["cidrBlock"] for s in p.alb_subnets()}
    private = {s.inputs["availabilityZone"]: s.inputs["cidrBlock"] for s in p.instance_subnets()}
    assert sorted(public.values(), key=slots.index) == slots[: p.cfg.az_count]
    assert {zone: slots.index(cidr) + 8 for zone, cidr in public.items()} == {
        zone: slots.index(cidr) for zone, cidr in private.items()
    }


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_no_subnet_hands_out_public_ips_and_each_says_its_tier(plan, scenario):
    """Only the ALB is public; the Tier tag tells a reader which subnets are routed to the internet."""
    p = plan(scenario)
    subnets = p.of(SUBNET)
    assert len(subnets) == 2 * p.cfg.az_count
    for subnet in subnets:
        assert subnet.inputs["mapPublicIpOnLaunch"] is False, subnet.urn
        tier = "public" if p.internet_routed(subnet) else "private"
        assert subnet.inputs["tags"]["Tier"] == tier, subnet.urn


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_the_vpc_resolves_dns_so_private_endpoint_names_work(plan, scenario):
    """Interface endpoints with private DNS (natMode none) need both DNS support and DNS hostnames on the VPC."""
    vpc = plan(scenario).vpc.inputs
    assert (vpc["enableDnsSupport"], vpc["enableDnsHostnames"]) == (True, True)


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_each_nat_gateway_has_its_own_vpc_address_and_waits_for_the_internet_gateway(plan, scenario):
    """A NAT gateway needs a VPC Elastic IP of its own, and AWS refuses to route it before the VPC's internet
    gateway exists (the provider docs ask for depends_on)."""
    p = plan(scenario)
    igw = only(p.of(IGW), "internet gateway")
    addresses = []
    for nat in p.of(NAT):
        eip = p.ref(nat.inputs["allocationId"], "aws:ec2/eip:Eip")
        assert eip.inputs["domain"] == "vpc", eip.urn
        assert igw.urn in nat.dependencies, f"{nat.urn} does not wait for {igw.urn}"
        addresses.append(eip.urn)
    assert len(addresses) == len(set(addresses)) == len(p.of("aws:ec2/eip:Eip"))


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_per_az_network_resources_carry_a_console_name_with_their_az(plan, scenario):
    """The console shows the Name tag: a private route table, a NAT gateway and its address name their AZ."""
    p = plan(scenario)
    for subnet in p.instance_subnets():
        zone = subnet.inputs["availabilityZone"]
        assert subnet.inputs["tags"]["Name"].endswith(zone), subnet.urn
        assert p.route_table_of(subnet).inputs["tags"]["Name"].endswith(zone), subnet.urn
    for nat in p.of(NAT):
        zone = p.ref(nat.inputs["subnetId"], SUBNET).inputs["availabilityZone"]
        assert nat.inputs["tags"]["Name"].endswith(zone), nat.urn
        assert p.ref(nat.inputs["allocationId"]).inputs["tags"]["Name"].endswith(zone), nat.urn
    for r in [p.vpc, *p.of(IGW, ROUTE_TABLE, ENDPOINT, SG)]:
        assert r.inputs["tags"]["Name"], r.urn


@pytest.mark.parametrize("scenario", ["dev-nonat", "dev-https-nonat"])
def test_the_endpoint_group_and_its_rule_say_what_they_admit(plan, scenario):
    """Pinned console descriptions (a security group's description cannot change without replacing it)."""
    p = plan(scenario)
    endpoint = only([e for e in p.of(ENDPOINT) if e.inputs["vpcEndpointType"] == "Interface"][:1])
    group = p.ref(only(endpoint.inputs["securityGroupIds"]), SG)
    rule = only([r for r in p.of(INGRESS) if r.inputs["securityGroupId"] == p.id(group)])
    assert (group.inputs["description"], rule.inputs["description"]) == (
        "HTTPS from inside the VPC to the Session Manager endpoints",
        "HTTPS from the VPC",
    )


# -- security groups ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_security_groups_let_the_internet_reach_only_the_alb_on_its_listener_ports(plan, scenario):
    p = plan(scenario)
    alb_sg, instance_sg = p.alb_group(), p.instance_group()
    ports = sorted(port for port, _ in p.listeners())
    assert ports == ([80, 443] if p.cfg.https_enabled else [80])
    assert p.rules_of(p.id(alb_sg), "ingress") == {(*tcp(port), cidr) for port in ports for cidr in p.cfg.allowed_cidrs}
    app_port = p.target_group().inputs["port"]
    assert p.rules_of(p.id(alb_sg), "egress") == {(*tcp(app_port), "sg:" + p.id(instance_sg))}


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_security_groups_let_only_the_alb_reach_instances_and_instances_out_only_on_443(plan, scenario):
    p = plan(scenario)
    alb_sg, instance_sg = p.alb_group(), p.instance_group()
    app_port = p.target_group().inputs["port"]
    assert p.rules_of(p.id(instance_sg), "ingress") == {(*tcp(app_port), "sg:" + p.id(alb_sg))}
    assert p.rules_of(p.id(instance_sg), "egress") == {(*tcp(443), EVERYWHERE_V4)}


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_security_groups_carry_no_inline_or_legacy_rules_and_nothing_opens_22(plan, scenario):
    """Every rule is a standalone single-port TCP rule on a group of the VPC; the default group has none."""
    p = plan(scenario)
    assert p.of(LEGACY_RULE) == []
    for group in p.of(SG):
        assert not group.inputs.get("ingress") and not group.inputs.get("egress"), group.urn
        assert group.inputs["vpcId"] == p.id(p.vpc)
    default = only(p.of(DEFAULT_SG))
    assert (default.inputs["vpcId"], default.inputs["ingress"], default.inputs["egress"]) == (p.id(p.vpc), [], [])
    rules = p.rules()
    assert rules
    for rule in rules:
        p.ref(rule.group, SG)
        assert rule.protocol == "tcp" and rule.ports[0] == rule.ports[1], rule
        assert not rule.ports[0] <= 22 <= rule.ports[1], rule


# -- listeners --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_listeners_forward_http_without_a_certificate_and_redirect_it_with_one(plan, scenario):
    p = plan(scenario)
    listeners = p.listeners()
    forward = [{"type": "forward", "targetGroupArn": p.target_group().outputs["arn"]}]
    tg = p.target_group().inputs
    assert (tg["protocol"], tg["vpcId"], tg["targetType"]) == ("HTTP", p.id(p.vpc), "instance")
    assert tg["healthCheck"]["path"] == p.cfg.health_check_path
    if not p.cfg.https_enabled:
        assert set(listeners) == {(80, "HTTP")}
        http = listeners[(80, "HTTP")]
        assert http["defaultActions"] == forward
        assert "certificateArn" not in http and "sslPolicy" not in http
        assert p.run.outputs["albUrl"] == "http://" + p.alb.outputs["dnsName"]
        return
    assert set(listeners) == {(80, "HTTP"), (443, "HTTPS")}
    assert listeners[(80, "HTTP")]["defaultActions"] == [
        {"type": "redirect", "redirect": {"protocol": "HTTPS", "port": "443", "statusCode": "HTTP_301"}}
    ]
    https = listeners[(443, "HTTPS")]
    assert https["defaultActions"] == forward
    assert https["certificateArn"] == p.cfg.certificate_arn
    assert p.run.outputs["albUrl"] == "https://" + p.alb.outputs["dnsName"]


@pytest.mark.parametrize("scenario", ["prod", "dev-https-nonat"])
def test_listeners_https_negotiates_only_tls12_or_newer(plan, scenario):
    https = plan(scenario).listeners()[(443, "HTTPS")]
    assert refuses_below_tls12(https["sslPolicy"]), https["sslPolicy"]


@pytest.mark.parametrize(
    "policy",
    [
        "ELBSecurityPolicy-2016-08",
        "ELBSecurityPolicy-TLS-1-1-2017-01",
        "ELBSecurityPolicy-TLS13-1-1-2021-06",
        "ELBSecurityPolicy-TLS13-1-2-2021-06 ",
    ],
)
def test_listeners_tls_check_refuses_policies_that_allow_older_tls(policy):
    """The allow-list the HTTPS test relies on refuses TLS 1.0/1.1 policies, and is exact (no trimming)."""
    assert not refuses_below_tls12(policy)


# -- the web tier's settings: health checks, scaling, alarms, what instances launch from ------------------

WEB_SCENARIOS = ["dev", "prod", "dev-https-nonat"]


@pytest.mark.parametrize("scenario", WEB_SCENARIOS)
def test_target_group_drops_a_target_after_three_failed_checks_and_takes_it_back_after_two(plan, scenario):
    """15 s apart, 5 s to answer 200 on the health path: out after 45 s of failures, back after 30 s, and
    a leaving target drains for 30 s."""
    tg = plan(scenario).target_group().inputs
    assert tg["healthCheck"] == {
        "enabled": True,
        "path": plan(scenario).cfg.health_check_path,
        "protocol": "HTTP",
        "matcher": "200",
        "interval": 15,
        "timeout": 5,
        "healthyThreshold": 2,
        "unhealthyThreshold": 3,
    }
    assert tg["deregistrationDelay"] == 30


ALARMS: dict[str, dict[str, Any]] = {
    "UnHealthyHostCount": {
        "alarmDescription": "At least one target has failed its health check for 3 minutes",
        "namespace": "AWS/ApplicationELB",
        "statistic": "Maximum",
        "period": 60,
        "evaluationPeriods": 3,
        "threshold": 0,
        "comparisonOperator": "GreaterThanThreshold",
        "treatMissingData": "notBreaching",
    },
    "HTTPCode_Target_5XX_Count": {
        "alarmDescription": "Targets returned 10 or more 5xx responses in 5 minutes",
        "namespace": "AWS/ApplicationELB",
        "statistic": "Sum",
        "period": 300,
        "evaluationPeriods": 1,
        "threshold": 10,
        "comparisonOperator": "GreaterThanOrEqualToThreshold",
        "treatMissingData": "notBreaching",
    },
    "HealthyHostCount": {  # threshold: the group's minSize
        "namespace": "AWS/ApplicationELB",
        "statistic": "Minimum",
        "period": 60,
        "evaluationPeriods": 3,
        "comparisonOperator": "LessThanThreshold",
        "treatMissingData": "breaching",  # no data: no healthy target reports at all
    },
    "CPUUtilization": {
        "namespace": "AWS/EC2",
        "statistic": "Average",
        "period": 300,
        "evaluationPeriods": 3,
        "threshold": 80,
        "comparisonOperator": "GreaterThanThreshold",
        "treatMissingData": "notBreaching",
    },
}


@pytest.mark.parametrize("scenario", WEB_SCENARIOS)
def test_alarms_fire_on_an_unhealthy_target_for_three_minutes_and_on_ten_5xx_in_five(plan, scenario):
    """Each alarm watches the stack's own load balancer, target group or group, and says what it means; fewer
    healthy targets than minSize, and a group above 80 % CPU for 15 minutes, alarm too."""
    p = plan(scenario)
    alarms = {a.inputs["metricName"]: a.inputs for a in p.of("aws:cloudwatch/metricAlarm:MetricAlarm")}
    told = ("metricName", "dimensions", "alarmActions", "okActions", "alarmDescription")  # actions: test_guarantees
    assert {m: {k: v for k, v in a.items() if k not in told} for m, a in alarms.items()} == {
        m: {k: v for k, v in a.items() if k != "alarmDescription"}
        | ({"threshold": p.cfg.min_size} if m == "HealthyHostCount" else {})
        for m, a in ALARMS.items()
    }
    for metric, expected in ALARMS.items():
        if "alarmDescription" in expected:
            assert alarms[metric]["alarmDescription"] == expected["alarmDescription"]
    lb, tg = p.alb.outputs["arnSuffix"], p.target_group().outputs["arnSuffix"]
    assert alarms["UnHealthyHostCount"]["dimensions"] == {"LoadBalancer": lb, "TargetGroup": tg}
    assert alarms["HealthyHostCount"]["dimensions"] == {"LoadBalancer": lb, "TargetGroup": tg}
    assert alarms["HTTPCode_Target_5XX_Count"]["dimensions"] == {"LoadBalancer": lb}
    assert alarms["CPUUtilization"]["dimensions"] == {"AutoScalingGroupName": p.group.outputs["name"]}


@pytest.mark.parametrize("scenario", WEB_SCENARIOS)
def test_the_group_rolls_new_templates_without_losing_capacity_and_scales_on_cpu(plan, scenario):
    """Instance refresh launches replacements before terminating (100-200 %) and rolls back on failure; new
    instances get 120 s before health checks and metrics count; target tracking holds the configured CPU."""
    p = plan(scenario)
    group = p.group.inputs
    assert group["instanceRefresh"] == {
        "strategy": "Rolling",
        "preferences": {
            "minHealthyPercentage": 100,
            "maxHealthyPercentage": 200,
            "instanceWarmup": "120",
            "skipMatching": True,
            "autoRollback": True,
        },
    }
    assert (group["healthCheckGracePeriod"], group["defaultInstanceWarmup"]) == (120, 120)
    assert group["desiredCapacity"] == p.cfg.desired_capacity
    assert sorted(group["enabledMetrics"]) == ["GroupDesiredCapacity", "GroupInServiceInstances", "GroupTotalInstances"]
    policy = only(p.of("aws:autoscaling/policy:Policy")).inputs
    assert policy["autoscalingGroupName"] == p.group.outputs["name"]
    assert policy["estimatedInstanceWarmup"] == 120
    assert policy["targetTrackingConfiguration"] == {
        "predefinedMetricSpecification": {"predefinedMetricType": "ASGAverageCPUUtilization"},
        "targetValue": p.cfg.cpu_target_utilization,
    }


@pytest.mark.parametrize("scenario", WEB_SCENARIOS)
def test_instances_launch_from_the_latest_al2023_of_their_architecture(plan, scenario):
    p = plan(scenario)
    queries = [args for token, args in p.run.invoke_args if token == "aws:ec2/getAmi:getAmi"]
    arch = p.cfg.architecture
    assert queries == [
        {
            "mostRecent": True,
            "owners": ["amazon"],
            "filters": [
                {"name": "name", "values": [f"al2023-ami-2023.*-kernel-*-{arch}"]},
                {"name": "architecture", "values": [arch]},
                {"name": "state", "values": ["available"]},
            ],
        }
    ]
    template = p.ref(p.group.inputs["launchTemplate"]["id"], LT).inputs
    assert template["instanceType"] == p.cfg.instance_type
    assert template["updateDefaultVersion"] is True


@pytest.mark.parametrize("scenario", WEB_SCENARIOS)
def test_the_launch_template_leaves_nothing_behind_and_is_observable(plan, scenario):
    """The root volume (AL2023's /dev/xvda, so no second volume) and the network interface go with the
    instance; instance metadata (IMDSv2 only, one hop) shows tags; detailed monitoring; EBS-optimised."""
    p = plan(scenario)
    template = p.ref(p.group.inputs["launchTemplate"]["id"], LT).inputs
    assert template["blockDeviceMappings"] == [
        {
            "deviceName": "/dev/xvda",
            "ebs": {
                "volumeSize": p.cfg.root_volume_size_gb,
                "volumeType": "gp3",
                "encrypted": "true",
                "deleteOnTermination": "true",
            },
        }
    ]
    assert [ni["deleteOnTermination"] for ni in template["networkInterfaces"]] == ["true"]
    assert template["metadataOptions"] == {
        "httpEndpoint": "enabled",
        "httpTokens": "required",
        "httpPutResponseHopLimit": 1,
        "instanceMetadataTags": "enabled",
    }
    assert (template["monitoring"], template["ebsOptimized"]) == ({"enabled": True}, "true")


@pytest.mark.parametrize("scenario", WEB_SCENARIOS)
def test_whatever_the_group_launches_is_named_and_tagged_alike(plan, scenario):
    """Instances, their volumes and interfaces carry the stack's tags plus a Name; the group propagates the
    same set at launch."""
    p = plan(scenario)
    template = p.ref(p.group.inputs["launchTemplate"]["id"], LT).inputs
    specs = {spec["resourceType"]: spec["tags"] for spec in template["tagSpecifications"]}
    assert sorted(specs) == ["instance", "network-interface", "volume"]
    launched = {t["key"]: t["value"] for t in p.group.inputs["tags"]}
    assert all(t["propagateAtLaunch"] is True for t in p.group.inputs["tags"])
    assert launched["Name"] and {k: v for k, v in launched.items() if k != "Name"} == dict(p.cfg.tags)
    assert all(tags == launched for tags in specs.values())


@pytest.mark.parametrize("scenario", WEB_SCENARIOS)
def test_the_alb_refuses_ambiguous_requests_and_waits_for_its_log_bucket_policy(plan, scenario):
    """Strictest desync mitigation; AWS checks the log bucket's policy when access logs are switched on, so
    the ALB is created after it."""
    p = plan(scenario)
    assert p.alb.inputs["desyncMitigationMode"] == "strictest"
    logs = only([b for b in p.of(BUCKET) if b.outputs["bucket"] == p.alb.inputs["accessLogs"]["bucket"]])
    policy = only([b for b in p.of(BUCKET_POLICY) if b.inputs["bucket"] == p.id(logs)])
    assert policy.urn in p.alb.dependencies


# Descriptions shown in the console; a security group's description cannot change without replacing it.
DESCRIPTIONS = {
    "alb group": "Load balancer",
    "instance group": "Web instances",
    "launch template": "Web tier instances",
    "alb to instances": "To the web instances only",
    "instances from alb": "App port from the load balancer only",
    "instances out": "HTTPS to AWS APIs and Session Manager",
}


@pytest.mark.parametrize("scenario", WEB_SCENARIOS)
def test_web_tier_descriptions_are_the_pinned_ones(plan, scenario):
    p = plan(scenario)
    alb_sg, instance_sg = p.alb_group(), p.instance_group()

    def rule(kind: str, group: RecordedResource) -> str:
        return only([r for r in p.of(kind) if r.inputs["securityGroupId"] == p.id(group)]).inputs["description"]

    shown = {
        "alb group": alb_sg.inputs["description"],
        "instance group": instance_sg.inputs["description"],
        "launch template": p.ref(p.group.inputs["launchTemplate"]["id"], LT).inputs["description"],
        "alb to instances": rule(EGRESS, alb_sg),
        "instances from alb": rule(INGRESS, instance_sg),
        "instances out": rule(EGRESS, instance_sg),
    }
    assert shown == DESCRIPTIONS


# -- buckets, keys and roles: retention, regions, order of creation -----------------------------------------

BUCKET_SETTINGS = (
    "aws:s3/bucketVersioning:BucketVersioning",
    SSE,
    "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
    "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
    BUCKET_POLICY,
    "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration",
)


def settings_of(p: Plan, bucket: RecordedResource) -> dict[str, RecordedResource]:
    """The bucket's setting resources by type, each found by the bucket ID it names (exactly one of each)."""
    return {t: only([s for s in p.of(t) if s.inputs["bucket"] == p.id(bucket)], t) for t in BUCKET_SETTINGS}


def log_bucket_of(p: Plan) -> RecordedResource:
    return only([b for b in p.of(BUCKET) if b.outputs["bucket"] == p.alb.inputs["accessLogs"]["bucket"]])


@pytest.mark.parametrize("scenario", ["dev", "prod", "local"])
def test_buckets_survive_stack_deletion_and_keep_their_settings_in_their_own_region(plan, scenario):
    """No force_destroy (deleting the stack never empties a bucket); a replica bucket's settings are declared
    in the replica region, where the bucket is."""
    p = plan(scenario)
    for bucket in p.of(BUCKET):
        assert bucket.inputs["forceDestroy"] is False, bucket.urn
        for setting in settings_of(p, bucket).values():
            assert setting.inputs.get("region") == bucket.inputs.get("region"), setting.urn


@pytest.mark.parametrize("scenario", ["dev", "prod", "local"])
def test_buckets_expire_old_versions_and_aborted_uploads_and_logs_after_their_retention(plan, scenario):
    """Noncurrent versions after noncurrentVersionDays, stale multipart uploads after 7 days, and (log bucket
    only) access logs after accessLogRetentionDays; the lifecycle waits for versioning, the policy for the
    public-access block and the ownership controls (S3 rejects a policy while those are being written)."""
    p = plan(scenario)
    # Log buckets keep their logs for their retention: the ALB's and the access-log buckets (the targets of S3
    # server access logging) accessLogRetentionDays, the trail's trailRetentionDays.
    kept = {log_bucket_of(p).urn: p.cfg.access_log_retention_days}
    for logging in p.of("aws:s3/bucketLogging:BucketLogging"):
        kept |= dict.fromkeys(logging.property_dependencies["targetBucket"], p.cfg.access_log_retention_days)
    for trail in p.of("aws:cloudtrail/trail:Trail"):
        kept |= dict.fromkeys(trail.property_dependencies["s3BucketName"], p.cfg.trail_retention_days)
    for bucket in p.of(BUCKET):
        settings = settings_of(p, bucket)
        rules = [
            {
                "id": "expire-noncurrent-versions",
                "status": "Enabled",
                "filter": {},
                "noncurrentVersionExpiration": {"noncurrentDays": p.cfg.noncurrent_version_days},
                "abortIncompleteMultipartUpload": {"daysAfterInitiation": 7},
            }
        ]
        if bucket.urn in kept:
            rules.append(
                {
                    "id": "expire-current-objects",
                    "status": "Enabled",
                    "filter": {},
                    "expiration": {"days": kept[bucket.urn]},
                }
            )
        lifecycle = settings["aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration"]
        assert lifecycle.inputs["rules"] == rules, bucket.urn
        assert settings["aws:s3/bucketVersioning:BucketVersioning"].urn in lifecycle.dependencies
        policy_waits_for = set(settings[BUCKET_POLICY].dependencies)
        assert settings["aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock"].urn in policy_waits_for
        assert settings["aws:s3/bucketOwnershipControls:BucketOwnershipControls"].urn in policy_waits_for


@pytest.mark.parametrize("scenario", ["dev", "prod"])
def test_the_log_bucket_uses_sse_s3_without_a_bucket_key(plan, scenario):
    """SSE-S3 has no KMS key, so no S3 Bucket Key either (the data buckets' SSE-KMS rules enable one)."""
    p = plan(scenario)
    sse = settings_of(p, log_bucket_of(p))[SSE]
    sse_s3 = {"applyServerSideEncryptionByDefault": {"sseAlgorithm": "AES256"}, "bucketKeyEnabled": False}
    assert sse.inputs["rules"] == [sse_s3]


@pytest.mark.parametrize("scenario", ["dev", "prod", "local"])
def test_replication_copies_everything_at_standard_class_and_keys_wait_30_days_before_deletion(plan, scenario):
    p = plan(scenario)
    rule = only(only(p.of(REPLICATION)).inputs["rules"])
    assert (rule["id"], rule["priority"], rule["destination"]["storageClass"]) == (
        "replicate-all-to-replica-region",
        1,
        "STANDARD",
    )
    # The data keys: the one the primary bucket's encryption names and the one replicas are encrypted with.
    named = {rule["destination"]["encryptionConfiguration"]["replicaKmsKeyId"]}
    named |= {
        r["applyServerSideEncryptionByDefault"].get("kmsMasterKeyId") for sse in p.of(SSE) for r in sse.inputs["rules"]
    }
    data_keys = [k for k in p.of(KEY) if k.outputs["arn"] in named]
    assert len(data_keys) >= 2  # and the trail bucket's key where the trail is on
    keys = p.of(KEY)  # every key of the plan waits 30 days, the data keys among them
    for key in keys:
        assert key.inputs["deletionWindowInDays"] == 30, key.urn
    assert {"Encrypts the primary data bucket", "Encrypts the replica data bucket"} <= {
        k.inputs["description"] for k in data_keys
    }


@pytest.mark.parametrize("scenario", ["dev", "prod"])
def test_instance_sessions_last_an_hour_and_roles_say_what_they_serve(plan, scenario):
    p = plan(scenario)
    template = p.ref(p.group.inputs["launchTemplate"]["id"], LT)
    instance_role = p.ref(p.ref(template.inputs["iamInstanceProfile"]["arn"], PROFILE).inputs["role"], ROLE)
    replication_role = p.ref(only(p.of(REPLICATION)).inputs["role"], ROLE)
    assert instance_role.inputs["maxSessionDuration"] == 3600
    assert instance_role.inputs["description"] == "Web tier instances: one prefix of the data bucket, Session Manager"
    assert replication_role.inputs["description"] == "S3 cross-region replication of the data bucket"


# -- stage 2 of config: what the account and region allow ---------------------------------------------------


@pytest.mark.parametrize("scenario", ["dev", "prod", "dev-perAz"])
def test_subnets_use_the_regions_standard_zones_in_order(plan, scenario):
    """Only zones that need no opt-in (no Local or Wavelength Zones), the first azCount of them by name."""
    p = plan(scenario)
    queries = [args for token, args in p.run.invoke_args if token == "aws:index/getAvailabilityZones:getAvailabilityZones"]
    assert queries == [{"state": "available", "filters": [{"name": "opt-in-status", "values": ["opt-in-not-required"]}]}]
    zones = sorted(s.inputs["availabilityZone"] for s in p.alb_subnets())
    assert zones == [f"{p.cfg.primary_region}{letter}" for letter in "abc"][: p.cfg.az_count]


OTHER_ACCOUNT_CERT = "arn:aws:acm:eu-west-1:111111111111:certificate/00000000-0000-4000-8000-000000000000"
LATER_ACCOUNT_CERT = OTHER_ACCOUNT_CERT.replace("111111111111", "999999999999")  # sorts after the deploying account


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({f"{P}:azCount": "3"}, None),  # all three of eu-west-1's zones
        (
            {f"{P}:azCount": "4"},
            f"{P}:azCount: got 4, expected at most 3 (available zones in eu-west-1: eu-west-1a, eu-west-1b, eu-west-1c)",
        ),
        ({f"{P}:certificateArn": CERT_ARN}, None),  # the deploying account's certificate
        (
            {f"{P}:certificateArn": OTHER_ACCOUNT_CERT},
            f"{P}:certificateArn: got {OTHER_ACCOUNT_CERT}, expected a certificate in the deploying account "
            f"{ACCOUNT_ID} (replace the template's example ARN with your own certificate)",
        ),
        (
            {f"{P}:certificateArn": LATER_ACCOUNT_CERT},
            f"{P}:certificateArn: got {LATER_ACCOUNT_CERT}, expected a certificate in the deploying account "
            f"{ACCOUNT_ID} (replace the template's example ARN with your own certificate)",
        ),
    ],
    ids=["az-count-at-zones", "az-count-over-zones", "cert-own-account", "cert-other-account", "cert-later-account"],
)
def test_account_and_region_checks_hold_at_their_edges(changes, problem):
    if problem is None:
        run_stack("dev", changes)
        return
    # a RunError: the run imports its own copy of components.config, so its ConfigError is another class
    with pytest.raises(pulumi.RunError) as caught:
        run_stack("dev", changes)
    assert caught.value.problems == [problem]  # type: ignore[attr-defined]


# -- what each component shows in the stack's state --------------------------------------------------------

# Each component's registered outputs (``pulumi stack export`` shows them on the component): the stack
# outputs it owns, by the same name, plus the subnet lists and a hardened bucket's own name and ARN.
COMPONENT_OUTPUTS: dict[str, set[str]] = {
    "starter:network:Network": {"vpcId", "publicSubnetIds", "privateSubnetIds"},
    "starter:web:WebTier": {
        "albDnsName",
        "albUrl",
        "autoScalingGroupName",
        "launchTemplateId",
        "targetGroupArn",
        "loadBalancerArn",
        "logBucketName",
    },
    "starter:security:SecurityRoles": {"instanceRoleName", "instanceProfileName"},
    "starter:storage:ReplicatedStorage": {
        "primaryBucketName",
        "replicaBucketName",
        "primaryKmsKeyArn",
        "replicaKmsKeyArn",
        "replicationRoleName",
    },
    "starter:storage:SecureBucket": {"name", "arn"},
}


@pytest.mark.parametrize("scenario", ["dev", "prod", "local", "dev-https-nonat"])
def test_each_component_registers_the_values_it_owns(plan, scenario):
    p = plan(scenario)
    components = [r for r in p.run.resources if r.type in COMPONENT_OUTPUTS]
    assert sorted({r.type for r in components}) == sorted(COMPONENT_OUTPUTS)
    for component in components:
        shown = component.registered_outputs
        assert set(shown) == COMPONENT_OUTPUTS[component.type], component.urn
        if component.type == "starter:storage:SecureBucket":
            bucket = only([b for b in p.of(BUCKET) if b.parent == component.urn], f"bucket of {component.urn}")
            expected = {"name": bucket.outputs["bucket"], "arn": bucket.outputs["arn"]}
        elif component.type == "starter:network:Network":
            expected = {
                "vpcId": p.id(p.vpc),
                "publicSubnetIds": p.alb.inputs["subnets"],
                "privateSubnetIds": p.group.inputs["vpcZoneIdentifiers"],
            }
        else:
            expected = {key: p.run.outputs[key] for key in COMPONENT_OUTPUTS[component.type]}
        assert shown == expected, component.urn


# -- policy documents: conditions present and exact -------------------------------------------------------


def document(r: RecordedResource, prop: str) -> dict[str, Any]:
    value = r.inputs[prop]
    doc = json.loads(value) if isinstance(value, str) else value
    assert doc["Version"] == "2012-10-17", r.urn
    return doc


def statements(doc: dict[str, Any]) -> list[str]:
    """Statements without their Sid, canonical, sorted: compared as a whole, so nothing extra slips in."""
    items = doc["Statement"] if isinstance(doc["Statement"], list) else [doc["Statement"]]
    return sorted(json.dumps({k: v for k, v in s.items() if k != "Sid"}, sort_keys=True) for s in items)


def tls_only(bucket_arn: str) -> list[dict[str, Any]]:
    resources = [bucket_arn, bucket_arn + "/*"]
    return [
        {
            "Effect": "Deny",
            "Principal": "*",
            "Action": "s3:*",
            "Resource": resources,
            "Condition": {"Bool": {"aws:SecureTransport": "false"}},
        },
        {
            "Effect": "Deny",
            "Principal": "*",
            "Action": "s3:*",
            "Resource": resources,
            "Condition": {"NumericLessThan": {"s3:TlsVersion": "1.2"}},
        },
    ]


def expected_documents(p: Plan) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """Every policy document the stack must declare, keyed by (resource URN, property), built from the plan's
    links and the config: the data buckets by the replication rule, the log bucket by the ALB's access logs,
    the instance role through launch template → instance profile → role, the replication role by the rule."""
    account, region, replica_region = ACCOUNT_ID, p.cfg.primary_region, p.cfg.replica_region
    replication = only(p.of(REPLICATION), "replication configuration")
    primary = p.ref(replication.inputs["bucket"], BUCKET)
    rule = only(replication.inputs["rules"])
    replica = p.ref(rule["destination"]["bucket"], BUCKET)
    replica_key = p.ref(rule["destination"]["encryptionConfiguration"]["replicaKmsKeyId"], KEY)
    primary_sse = only([s for s in p.of(SSE) if s.inputs["bucket"] == p.id(primary)])
    primary_key = p.ref(only(primary_sse.inputs["rules"])["applyServerSideEncryptionByDefault"]["kmsMasterKeyId"], KEY)
    logs = only([b for b in p.of(BUCKET) if b.outputs["bucket"] == p.alb.inputs["accessLogs"]["bucket"]])
    prefix = p.alb.inputs["accessLogs"]["prefix"]

    template = p.ref(p.group.inputs["launchTemplate"]["id"], LT)
    profile = p.ref(template.inputs["iamInstanceProfile"]["arn"], PROFILE)
    instance_role = p.ref(profile.inputs["role"], ROLE)
    replication_role = p.ref(replication.inputs["role"], ROLE)

    def arn(r: RecordedResource) -> str:
        return r.outputs["arn"]

    def bucket_policy(bucket: RecordedResource) -> tuple[str, str]:
        return only([b for b in p.of(BUCKET_POLICY) if b.inputs["bucket"] == p.id(bucket)]).urn, "policy"

    def inline_policy(role: RecordedResource) -> tuple[str, str]:
        return only([r for r in p.of(ROLE_POLICY) if r.inputs["role"] == p.id(role)]).urn, "policy"

    data_prefix = p.cfg.app_data_prefix
    log_path = f"{arn(logs)}/{prefix}/AWSLogs/{account}/*"
    elb_account = ELB_ACCOUNTS[region]  # what the get_service_account invoke answered for the region
    return {
        bucket_policy(primary): tls_only(arn(primary)),
        bucket_policy(replica): tls_only(arn(replica)),
        bucket_policy(logs): [
            *tls_only(arn(logs)),
            {
                "Effect": "Allow",
                "Principal": {"AWS": f"arn:aws:iam::{elb_account}:root"},
                "Action": "s3:PutObject",
                "Resource": log_path,
            },
            {
                "Effect": "Allow",
                "Principal": {"Service": "logdelivery.elasticloadbalancing.amazonaws.com"},
                "Action": "s3:PutObject",
                "Resource": log_path,
            },
        ],
        (instance_role.urn, "assumeRolePolicy"): [
            {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}
        ],
        inline_policy(instance_role): [
            {
                "Effect": "Allow",
                "Action": "s3:ListBucket",
                "Resource": arn(primary),
                "Condition": {"StringLike": {"s3:prefix": [data_prefix, data_prefix + "*"]}},
            },
            {
                "Effect": "Allow",
                "Action": ["s3:GetObject", "s3:GetObjectVersion", "s3:PutObject", "s3:DeleteObject"],
                "Resource": f"{arn(primary)}/{data_prefix}*",
            },
            {
                "Effect": "Allow",
                "Action": ["kms:Decrypt", "kms:GenerateDataKey"],
                "Resource": arn(primary_key),
                "Condition": {"StringEquals": {"kms:ViaService": f"s3.{region}.amazonaws.com"}},
            },
        ],
        (replication_role.urn, "assumeRolePolicy"): [
            {
                "Effect": "Allow",
                "Principal": {"Service": "s3.amazonaws.com"},
                "Action": "sts:AssumeRole",
                "Condition": {"StringEquals": {"aws:SourceAccount": account}},
            }
        ],
        inline_policy(replication_role): [
            {"Effect": "Allow", "Action": ["s3:GetReplicationConfiguration", "s3:ListBucket"], "Resource": arn(primary)},
            {
                "Effect": "Allow",
                "Action": ["s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"],
                "Resource": arn(primary) + "/*",
            },
            {
                "Effect": "Allow",
                "Action": ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"],
                "Resource": arn(replica) + "/*",
            },
            {
                "Effect": "Allow",
                "Action": "kms:Decrypt",
                "Resource": arn(primary_key),
                "Condition": {
                    "StringEquals": {"kms:ViaService": f"s3.{region}.amazonaws.com"},
                    "StringLike": {"kms:EncryptionContext:aws:s3:arn": [arn(primary), arn(primary) + "/*"]},
                },
            },
            {
                "Effect": "Allow",
                "Action": ["kms:Encrypt", "kms:GenerateDataKey"],
                "Resource": arn(replica_key),
                "Condition": {
                    "StringEquals": {"kms:ViaService": f"s3.{replica_region}.amazonaws.com"},
                    "StringLike": {"kms:EncryptionContext:aws:s3:arn": [arn(replica), arn(replica) + "/*"]},
                },
            },
        ],
        **key_documents(p, {primary_key.urn: f"s3.{region}", replica_key.urn: f"s3.{replica_region}"}),
        **operations_documents(p, {primary.urn: primary, replica.urn: replica}, bucket_policy, inline_policy),
    }


KEY_ADMIN = [
    "kms:Create*",
    "kms:Describe*",
    "kms:Enable*",
    "kms:List*",
    "kms:Put*",
    "kms:Update*",
    "kms:Revoke*",
    "kms:Disable*",
    "kms:Get*",
    "kms:Delete*",
    "kms:TagResource",
    "kms:UntagResource",
    "kms:ScheduleKeyDeletion",
    "kms:CancelKeyDeletion",
    "kms:RotateKeyOnDemand",
]
KEY_USE = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"]
ROOT = f"arn:aws:iam::{ACCOUNT_ID}:root"


def _admin() -> dict[str, Any]:
    return {"Effect": "Allow", "Principal": {"AWS": ROOT}, "Action": KEY_ADMIN, "Resource": "*"}


def _through(service_host: str) -> dict[str, Any]:
    return {
        "Effect": "Allow",
        "Principal": {"AWS": ROOT},
        "Action": KEY_USE,
        "Resource": "*",
        "Condition": {"StringEquals": {"kms:ViaService": service_host, "kms:CallerAccount": ACCOUNT_ID}},
    }


def key_documents(p: Plan, through: dict[str, str]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """Each key's policy: the root administers; the data keys are used only through S3 in their region; the topic,
    trail and log-group keys (flow logs, WAF, CloudFront) by the service that needs them, for this account, trail or
    log group only."""
    found: dict[tuple[str, str], list[dict[str, Any]]] = {}
    topics = p.of("aws:sns/topic:Topic")
    trails = p.of("aws:cloudtrail/trail:Trail")
    groups = p.of("aws:cloudwatch/logGroup:LogGroup")
    for key in p.of(KEY):
        use: list[dict[str, Any]]
        if key.urn in through:
            use = [_through(f"{through[key.urn]}.amazonaws.com")]
        elif any(key.outputs["arn"] == t.inputs["kmsMasterKeyId"] for t in topics):
            use = [
                {
                    "Effect": "Allow",
                    "Principal": {"Service": ["cloudwatch.amazonaws.com", "budgets.amazonaws.com"]},
                    "Action": ["kms:Decrypt", "kms:GenerateDataKey*"],
                    "Resource": "*",
                    "Condition": {"StringEquals": {"aws:SourceAccount": ACCOUNT_ID}},
                },
                _through(f"sns.{p.cfg.primary_region}.amazonaws.com"),
            ]
        elif trail := next((t for t in trails if t.inputs["kmsKeyId"] == key.outputs["arn"]), None):
            context = {"kms:EncryptionContext:aws:cloudtrail:arn": f"arn:aws:cloudtrail:*:{ACCOUNT_ID}:trail/*"}
            use = [
                {
                    "Effect": "Allow",
                    "Principal": {"Service": "cloudtrail.amazonaws.com"},
                    "Action": ["kms:GenerateDataKey*", "kms:DescribeKey"],
                    "Resource": "*",
                    "Condition": {"StringEquals": {"aws:SourceArn": trail.outputs["arn"]}, "StringLike": context},
                },
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": ROOT},
                    "Action": ["kms:Decrypt", "kms:ReEncryptFrom"],
                    "Resource": "*",
                    "Condition": {"StringEquals": {"kms:CallerAccount": ACCOUNT_ID}, "StringLike": context},
                },
            ]
        else:
            group = only([g for g in groups if g.inputs["kmsKeyId"] == key.outputs["arn"]], f"user of {key.urn}")
            use = [
                {
                    "Effect": "Allow",
                    "Principal": {"Service": f"logs.{group.outputs['region']}.amazonaws.com"},
                    "Action": ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
                    "Resource": "*",
                    "Condition": {"ArnEquals": {"kms:EncryptionContext:aws:logs:arn": group.outputs["arn"]}},
                }
            ]
        found[(key.urn, "policy")] = [_admin(), *use]
    return found


def operations_documents(p: Plan, data: dict[str, Any], bucket_policy: Any, inline_policy: Any) -> dict[Any, Any]:
    """The access-log buckets (S3 log delivery for their one data bucket), the trail bucket (CloudTrail for this
    trail and account), the alarm topic (CloudWatch and Budgets for this account) and the flow-log role."""
    found: dict[Any, Any] = {}
    buckets = {b.urn: b for b in p.of(BUCKET)}
    for logging in p.of("aws:s3/bucketLogging:BucketLogging"):
        source = data[only(logging.property_dependencies["bucket"])]
        target = buckets[only(logging.property_dependencies["targetBucket"])]
        found[bucket_policy(target)] = [
            *tls_only(target.outputs["arn"]),
            {
                "Effect": "Allow",
                "Principal": {"Service": "logging.s3.amazonaws.com"},
                "Action": "s3:PutObject",
                "Resource": target.outputs["arn"] + "/*",
                "Condition": {
                    "ArnLike": {"aws:SourceArn": [source.outputs["arn"]]},
                    "StringEquals": {"aws:SourceAccount": ACCOUNT_ID},
                },
            },
        ]
    for trail in p.of("aws:cloudtrail/trail:Trail"):
        bucket = buckets[only(trail.property_dependencies["s3BucketName"])]
        scoped = {"StringEquals": {"aws:SourceArn": trail.outputs["arn"], "aws:SourceAccount": ACCOUNT_ID}}
        found[bucket_policy(bucket)] = [
            *tls_only(bucket.outputs["arn"]),
            {
                "Effect": "Allow",
                "Principal": {"Service": "cloudtrail.amazonaws.com"},
                "Action": "s3:GetBucketAcl",
                "Resource": bucket.outputs["arn"],
                "Condition": scoped,
            },
            {
                "Effect": "Allow",
                "Principal": {"Service": "cloudtrail.amazonaws.com"},
                "Action": "s3:PutObject",
                "Resource": f"{bucket.outputs['arn']}/AWSLogs/{ACCOUNT_ID}/*",
                "Condition": scoped,
            },
        ]
    for policy in p.of("aws:sns/topicPolicy:TopicPolicy"):
        found[(policy.urn, "policy")] = [
            {
                "Effect": "Allow",
                "Principal": {"Service": ["cloudwatch.amazonaws.com", "budgets.amazonaws.com"]},
                "Action": "sns:Publish",
                "Resource": policy.inputs["arn"],
                "Condition": {"StringEquals": {"aws:SourceAccount": ACCOUNT_ID}},
            }
        ]
    for flow in p.of("aws:ec2/flowLog:FlowLog"):
        role = p.ref(flow.inputs["iamRoleArn"], ROLE)
        group = flow.inputs["logDestination"]
        found[(role.urn, "assumeRolePolicy")] = [
            {
                "Effect": "Allow",
                "Principal": {"Service": "vpc-flow-logs.amazonaws.com"},
                "Action": "sts:AssumeRole",
                "Condition": {"StringEquals": {"aws:SourceAccount": ACCOUNT_ID}},
            }
        ]
        found[inline_policy(role)] = [
            {
                "Effect": "Allow",
                "Action": ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
                "Resource": [group, group + ":log-stream:*"],
            }
        ]
    return found


POLICY_PROPERTIES = ("policy", "assumeRolePolicy")


@pytest.mark.parametrize("scenario", ["dev", "prod", "local", "dev-https-nonat"])
def test_every_policy_document_is_exactly_the_least_privilege_one(plan, scenario):
    """Every policy document of the stack, compared whole (conditions included) with the expected one; a
    document the table does not know is a failure too, so a new one gets its conditions pinned here."""
    p = plan(scenario)
    expected = expected_documents(p)
    declared = {(r.urn, prop) for r in p.run.resources if r.custom for prop in POLICY_PROPERTIES if prop in r.inputs}
    assert declared == set(expected), "a policy document is missing or not pinned in expected_documents"
    by_urn = p.run.by_urn()
    for (urn, prop), wanted in expected.items():
        got = statements(document(by_urn[urn], prop))
        assert got == sorted(json.dumps(s, sort_keys=True) for s in wanted), f"{urn} {prop}"


@pytest.mark.parametrize("scenario", ["dev", "prod"])
def test_every_bucket_has_a_tls_only_policy(plan, scenario):
    """Each bucket of the stack (not only the known three) denies plain HTTP and TLS below 1.2."""
    p = plan(scenario)
    for bucket in p.of(BUCKET):
        policy = only([b for b in p.of(BUCKET_POLICY) if b.inputs["bucket"] == p.id(bucket)], "bucket policy")
        got = statements(document(policy, "policy"))
        for denial in tls_only(bucket.outputs["arn"]):
            assert json.dumps(denial, sort_keys=True) in got, f"{bucket.urn}: {denial['Condition']}"


# -- config: every declared range, choice and default at its edges ------------------------------------------

# The declaration pinned: what each key accepts, as a reviewer agreed to it. A widened range or a changed
# default in components/config.py fails here; a new key fails until it gets a row (and so its edge tests).
DECLARED: dict[str, dict[str, Any]] = {
    "replicaRegion": {"kind": "string", "required": True},
    "vpcCidr": {"kind": "string", "default": "10.0.0.0/16"},
    "azCount": {"kind": "integer", "default": 2, "range": (2, 6)},
    "natMode": {"kind": "string", "default": "single", "choices": ("none", "single", "perAz")},
    "instanceType": {"kind": "string", "default": "t4g.small"},
    "architecture": {"kind": "string", "default": "arm64", "choices": ("arm64", "x86_64")},
    "minSize": {"kind": "integer", "default": 1},
    "desiredCapacity": {"kind": "integer", "default": 1},
    "maxSize": {"kind": "integer", "default": 2, "range": (1, 100)},
    "cpuTargetUtilization": {"kind": "integer", "default": 50, "range": (10, 90)},
    "rootVolumeSizeGb": {"kind": "integer", "default": 20, "range": (8, 1024)},
    "healthCheckPath": {"kind": "string", "default": "/health"},
    "certificateArn": {"kind": "string", "default": None},
    "allowedCidrs": {"kind": "list of strings", "default": ("0.0.0.0/0",)},
    "deletionProtection": {"kind": "boolean", "default": False},
    "protectData": {"kind": "boolean", "default": False},
    "noncurrentVersionDays": {"kind": "integer", "default": 30, "range": (1, 3650)},
    "accessLogRetentionDays": {"kind": "integer", "default": 90, "range": (1, 3650)},
    "appDataPrefix": {"kind": "string", "default": "app/"},
    "waf": {"kind": "boolean", "default": False},
    "wafRateLimit": {"kind": "integer", "default": 2000, "range": (10, 2_000_000_000)},
    "wafLogRetentionDays": {"kind": "integer", "default": 90},
    "cdn": {"kind": "boolean", "default": False},
    "cdnOriginSecret": {"kind": "string", "default": None},
    "cdnCertificateArn": {"kind": "string", "default": None},
    "cdnAliases": {"kind": "list of strings", "default": ()},
    "cdnOriginDomain": {"kind": "string", "default": None},
    "alarmEmails": {"kind": "list of strings", "default": ()},
    "auditTrail": {"kind": "boolean", "default": True},
    "trailRetentionDays": {"kind": "integer", "default": 365, "range": (1, 3650)},
    "flowLogs": {"kind": "boolean", "default": True},
    "flowLogRetentionDays": {"kind": "integer", "default": 30},
    "monthlyBudgetUsd": {"kind": "integer", "default": None, "range": (1, 10_000_000)},
    "dataAccessLogs": {"kind": "boolean", "default": True},
    "emulator": {"kind": "boolean", "default": False},
}
SECRET = "0123456789abcdef" * 2  # the shortest origin secret accepted (32 characters)
CDN_CERT_ARN = CERT_ARN.replace("eu-west-1", "us-east-1")

MINIMAL = {
    "aws:region": "eu-west-1",
    f"{P}:replicaRegion": "eu-central-1",
    "aws:defaultTags": json.dumps({"tags": {"Owner": "o", "Environment": "dev", "Project": "p", "CostCenter": "c"}}),
}


def parse(changes: dict[str, str], base: dict[str, str] | None = None, stack: str = "edge") -> StackConfig:
    values = dict(MINIMAL if base is None else base)
    values.update({k if ":" in k else f"{P}:{k}": v for k, v in changes.items()})
    return parse_config(values, P, stack)


def problems_for(key: str, changes: dict[str, str], base: dict[str, str] | None = None) -> list[str]:
    """The problems reported for ``key`` when ``changes`` are applied (empty when the config parses)."""
    try:
        parse(changes, base)
    except ConfigError as error:
        return [x for x in error.problems if x.startswith(f"{P}:{key}:")]
    return []


def test_declared_settings_are_exactly_the_pinned_table():
    declared = {}
    for s in SETTINGS:
        row: dict[str, Any] = {"kind": s.kind}
        if s.required:
            row["required"] = True
        else:
            row["default"] = s.default
        if s.value_range:
            row["range"] = tuple(s.value_range)
        if s.choices:
            row["choices"] = tuple(s.choices)
        declared[s.key] = row
    assert declared == DECLARED


@pytest.mark.parametrize("setting", SETTINGS, ids=[s.key for s in SETTINGS])
def test_each_setting_takes_its_default_when_absent_or_is_required(setting):
    if setting.required:
        values = dict(MINIMAL)
        values.pop(f"{P}:{setting.key}")
        with pytest.raises(ConfigError) as caught:
            parse_config(values, P, "edge")
        assert [x for x in caught.value.problems if x.startswith(f"{P}:{setting.key}: missing")]
        return
    value = getattr(parse({}), setting.field)
    assert (value.value if hasattr(value, "value") else value) == DECLARED[setting.key]["default"]


RANGED = [s for s in SETTINGS if s.value_range]


@pytest.mark.parametrize("setting", RANGED, ids=[s.key for s in RANGED])
def test_each_setting_range_holds_at_its_edges(setting):
    """Just inside passes, just outside fails, at both ends of the pinned range (cross-key rules kept quiet)."""
    low, high = DECLARED[setting.key]["range"]
    # minSize/desiredCapacity follow maxSize; keep them at 1 so only the key under test can fail
    quiet = {"minSize": "1", "desiredCapacity": "1"} if setting.key == "maxSize" else {}
    for inside in (low, low + 1, high - 1, high):
        assert problems_for(setting.key, {setting.key: str(inside), **quiet}) == [], inside
    for outside in (low - 1, high + 1):
        assert problems_for(setting.key, {setting.key: str(outside), **quiet}) == [
            f"{P}:{setting.key}: got {outside}, expected an integer from {low} to {high}"
        ]


CHOICES = [s for s in SETTINGS if s.choices]


@pytest.mark.parametrize("setting", CHOICES, ids=[s.key for s in CHOICES])
def test_each_setting_accepts_exactly_its_choices(setting):
    # architecture must match the instance family: pick a family per choice so only the choice is judged
    family = {"arm64": "t4g.small", "x86_64": "t3.small"}
    for choice in DECLARED[setting.key]["choices"]:
        extra = {"instanceType": family[choice]} if setting.key == "architecture" else {}
        assert problems_for(setting.key, {setting.key: choice, **extra}) == [], choice
        for near in (choice.upper(), choice + " ", choice[:-1]):
            assert problems_for(setting.key, {setting.key: near}), near


KIND_MISTAKES = {
    "integer": ["1.5", "two", "true", ""],
    "boolean": ["yes", "1", "on"],
    "list of strings": ['"0.0.0.0/0"', "[1]", "{}"],
    "string": [" "],
}


@pytest.mark.parametrize("setting", SETTINGS, ids=[s.key for s in SETTINGS])
def test_each_setting_refuses_a_value_of_another_kind(setting):
    for wrong in KIND_MISTAKES[setting.kind]:
        assert problems_for(setting.key, {setting.key: wrong}), (setting.key, wrong)


# Format checks at their edges: (key, value, passes). One row per edge, just inside and just outside.
FORMAT_EDGES = [
    ("vpcCidr", "10.0.0.0/16", True),
    ("vpcCidr", "10.0.0.0/15", False),
    ("vpcCidr", "10.0.0.0/23", True),
    ("vpcCidr", "10.0.0.0/24", False),
    ("vpcCidr", "10.0.0.1/16", False),
    ("vpcCidr", "172.16.0.0/16", True),
    ("vpcCidr", "172.15.0.0/16", False),
    ("vpcCidr", "172.31.0.0/16", True),
    ("vpcCidr", "172.32.0.0/16", False),
    ("vpcCidr", "192.168.0.0/16", True),
    ("vpcCidr", "192.169.0.0/16", False),
    ("vpcCidr", "fd00::/56", False),
    ("replicaRegion", "eu-central-1", True),
    ("replicaRegion", "eu-central", False),
    ("replicaRegion", "eu-west-1", False),  # the primary region itself
    ("instanceType", "t4g.small", True),
    ("instanceType", "t4g", False),
    ("instanceType", "small", False),
    ("healthCheckPath", "/", True),
    ("healthCheckPath", "/" + "a" * 254, True),
    ("healthCheckPath", "/" + "a" * 255, False),
    ("healthCheckPath", "health", False),
    ("healthCheckPath", "/a/../b", False),
    ("healthCheckPath", "/a?b", False),
    ("appDataPrefix", "a/", True),
    ("appDataPrefix", "a/b/", True),
    ("appDataPrefix", "a", False),
    ("appDataPrefix", "/a/", False),
    ("appDataPrefix", "a//", False),
    ("certificateArn", CERT_ARN, True),
    ("certificateArn", CERT_ARN[:-1], False),
    ("certificateArn", CERT_ARN.replace("eu-west-1", "eu-west-2"), False),  # not in aws:region
    ("allowedCidrs", '["203.0.113.0/24"]', True),
    ("allowedCidrs", '["2001:db8::/32"]', True),
    ("allowedCidrs", "[]", False),
    ("allowedCidrs", '["203.0.113.1/24"]', False),
    ("allowedCidrs", '["203.0.113.0/33"]', False),
    ("wafLogRetentionDays", "1", True),
    ("wafLogRetentionDays", "2", False),
    ("wafLogRetentionDays", "3653", True),
    ("wafLogRetentionDays", "3654", False),
    ("wafLogRetentionDays", "0", False),  # CloudWatch's "never expire"
    ("cdnOriginSecret", SECRET, True),
    ("cdnOriginSecret", SECRET[:-1], False),
    ("cdnOriginSecret", SECRET[:-1] + "\n", False),
    ("cdnCertificateArn", CDN_CERT_ARN, True),
    ("cdnCertificateArn", CDN_CERT_ARN[:-1], False),
    ("cdnCertificateArn", CERT_ARN, False),  # CloudFront reads certificates in us-east-1 only
    ("cdnAliases", '["www.example.com"]', True),
    ("cdnAliases", '["a.example.com", "b.example.org"]', True),
    ("cdnAliases", '["WWW.example.com"]', False),
    ("cdnAliases", '["example"]', False),
    ("cdnAliases", '["*.example.com"]', False),
    ("cdnOriginDomain", "origin.example.com", True),
    ("cdnOriginDomain", "origin.example.com.", False),
    ("cdnOriginDomain", "https://origin.example.com", False),
    ("alarmEmails", '["ops@example.com"]', True),
    ("alarmEmails", '["a.b+c@mail.example.co.uk", "x@example.org"]', True),
    ("alarmEmails", '["ops@example"]', False),
    ("alarmEmails", '["Ops <ops@example.com>"]', False),
    ("alarmEmails", '["ops@example.com", "OPS@example.com"]', False),  # the same address twice
    ("flowLogRetentionDays", "1", True),
    ("flowLogRetentionDays", "3653", True),
    ("flowLogRetentionDays", "2", False),  # not a CloudWatch Logs retention period
    ("flowLogRetentionDays", "3654", False),
]
# What a cdn key needs beside it to be judged on its own format (the cross-key rules kept quiet).
_CDN = {"cdn": "true", "cdnOriginSecret": SECRET, "allowedCidrs": None}
FORMAT_CONTEXT: dict[str, dict[str, str]] = {
    "cdnOriginSecret": {"cdn": "true"},
    "cdnCertificateArn": {"cdn": "true", "cdnOriginSecret": SECRET, "cdnAliases": '["www.example.com"]'},
    "cdnAliases": {"cdn": "true", "cdnOriginSecret": SECRET, "cdnCertificateArn": CDN_CERT_ARN},
    "cdnOriginDomain": {"cdn": "true", "cdnOriginSecret": SECRET, "certificateArn": CERT_ARN},
}


@pytest.mark.parametrize(
    ("key", "value", "passes"),
    FORMAT_EDGES,
    ids=[f"{k}-{i}-{'ok' if ok else 'bad'}" for i, (k, _, ok) in enumerate(FORMAT_EDGES)],
)
def test_each_format_check_holds_at_its_edges(key, value, passes):
    assert (problems_for(key, {**FORMAT_CONTEXT.get(key, {}), key: value}) == []) is passes


def test_every_checked_setting_has_format_edges():
    """A new key declared with a check= gets no silent pass: it needs rows in FORMAT_EDGES."""
    checked = {s.key for s in SETTINGS if s.check is not None}
    assert checked <= {k for k, _, _ in FORMAT_EDGES}


# Cross-key rules at their edges: (stack, changes, key judged, passes)
CROSS_EDGES = [
    ("dev", {"minSize": "0", "desiredCapacity": "0"}, "minSize", True),
    ("dev", {"minSize": "-1", "desiredCapacity": "0"}, "minSize", False),
    ("prod", {"minSize": "2", "desiredCapacity": "2"}, "minSize", True),
    ("prod", {"minSize": "1", "desiredCapacity": "2"}, "minSize", False),
    ("dev", {"minSize": "2", "maxSize": "2", "desiredCapacity": "2"}, "minSize", True),
    ("dev", {"minSize": "3", "maxSize": "2", "desiredCapacity": "2"}, "minSize", False),
    ("dev", {"minSize": "1", "maxSize": "3", "desiredCapacity": "1"}, "desiredCapacity", True),
    ("dev", {"minSize": "1", "maxSize": "3", "desiredCapacity": "3"}, "desiredCapacity", True),
    ("dev", {"minSize": "1", "maxSize": "3", "desiredCapacity": "0"}, "desiredCapacity", False),
    ("dev", {"minSize": "1", "maxSize": "3", "desiredCapacity": "4"}, "desiredCapacity", False),
    ("prod", {"allowedCidrs": '["0.0.0.1/32"]', "certificateArn": ""}, "allowedCidrs", True),
    ("prod", {"allowedCidrs": '["0.0.0.0/0"]', "certificateArn": ""}, "allowedCidrs", False),
    ("prod", {"allowedCidrs": '["0.0.0.0/0"]'}, "allowedCidrs", True),  # with its certificate
    ("dev", {"emulator": "true"}, "emulator", True),
    ("dev", {"alarmEmails": "[]"}, "alarmEmails", True),
    ("prod", {"alarmEmails": '["ops@example.com"]'}, "alarmEmails", True),
    ("prod", {"alarmEmails": "[]"}, "alarmEmails", False),  # production alarms must reach someone
    ("dev", {"monthlyBudgetUsd": ""}, "monthlyBudgetUsd", True),
    ("prod", {"monthlyBudgetUsd": "1"}, "monthlyBudgetUsd", True),
    ("prod", {"monthlyBudgetUsd": ""}, "monthlyBudgetUsd", False),  # production spend needs a budget
    ("prod", {"emulator": "true"}, "emulator", False),
    # cdn: its secret is required with it, every cdn* key refused without it, allowedCidrs refused with it
    ("dev", {"cdn": "true", "cdnOriginSecret": SECRET}, "cdnOriginSecret", True),
    ("dev", {"cdn": "true"}, "cdnOriginSecret", False),
    ("dev", {"cdnOriginSecret": SECRET}, "cdnOriginSecret", False),
    ("dev", {"cdnOriginDomain": "origin.example.com"}, "cdnOriginDomain", False),
    ("dev", {**_CDN}, "allowedCidrs", True),
    ("dev", {"cdn": "true", "cdnOriginSecret": SECRET}, "allowedCidrs", False),  # dev's file sets allowedCidrs
    ("dev", {**_CDN, "cdnCertificateArn": CDN_CERT_ARN}, "cdnAliases", False),
    ("dev", {**_CDN, "cdnAliases": '["www.example.com"]'}, "cdnAliases", False),
    ("dev", {**_CDN, "cdnOriginDomain": "origin.example.com"}, "cdnOriginDomain", False),  # no certificateArn
    ("dev", {**_CDN, "certificateArn": CERT_ARN}, "cdnOriginDomain", False),
    ("dev", {**_CDN, "certificateArn": CERT_ARN, "cdnOriginDomain": "o.example.com"}, "cdnOriginDomain", True),
    # production: TLS 1.2+ to viewers needs a certificate of the team's; the origin leg is HTTPS
    ("dev", {**_CDN}, "cdnCertificateArn", True),
    ("prod", {**_CDN, "cdnOriginDomain": "o.example.com"}, "cdnCertificateArn", False),
    (
        "prod",
        {**_CDN, "cdnCertificateArn": CDN_CERT_ARN, "cdnAliases": '["www.example.com"]', "cdnOriginDomain": "o.example.com"},
        "cdnCertificateArn",
        True,
    ),
    ("prod", {**_CDN, "certificateArn": ""}, "certificateArn", False),
    (
        "prod",
        {
            "aws:defaultTags": json.dumps(
                {"tags": {"Owner": "o", "Environment": "production", "Project": "p", "CostCenter": "c"}}
            ),
            "minSize": "1",
            "desiredCapacity": "2",
        },
        "minSize",
        False,
    ),
]


@pytest.mark.parametrize(
    ("stack", "changes", "key", "passes"),
    CROSS_EDGES,
    ids=[f"{s}-{k}-{'ok' if ok else 'bad'}-{i}" for i, (s, _, k, ok) in enumerate(CROSS_EDGES)],
)
def test_each_cross_key_rule_holds_at_its_edges(stack, changes, key, passes):
    base = stack_config(stack)
    for unset in [k for k, v in changes.items() if v in ("", None)]:  # "": remove the stack file's key
        base.pop(unset if ":" in unset else f"{P}:{unset}", None)
    changes = {k: v for k, v in changes.items() if v not in ("", None)}
    assert (problems_for(key, changes, base) == []) is passes
