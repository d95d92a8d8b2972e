"""VPC with public and private subnets across AZs, NAT per mode, and private access to AWS services.

The network owns its layout: the subnet slots, the AZ limit and the NAT modes are declared here, and the
config module validates user input against them.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import pulumi
import pulumi_aws as aws

from components.blocks.security_group import allow_tcp

# Subnet layout: the VPC is cut into 16 equal slots (4 extra prefix bits), public subnets take slots 0..5 and
# private subnets slots 8..13, so adding an AZ later never renumbers existing subnets. ALBs need /27 or larger.
SUBNET_NEWBITS = 4
PRIVATE_SLOT_OFFSET = 8
MAX_AZS = 6
MIN_SUBNET_PREFIX = 27
MAX_VPC_PREFIX = MIN_SUBNET_PREFIX - SUBNET_NEWBITS
"""The smallest VPC (largest prefix) whose 16 slots are still /27 or larger."""

# With no NAT, Session Manager still reaches the instances through these interface endpoints.
SSM_ENDPOINT_SERVICES = ("ssm", "ssmmessages", "ec2messages")


class NatMode(StrEnum):
    """How private subnets reach the internet."""

    NONE = "none"
    SINGLE = "single"
    PER_AZ = "perAz"


def subnet_cidrs(vpc_cidr: str, az_count: int) -> tuple[list[str], list[str]]:
    """Public and private subnet CIDRs: 16 equal slots, public from slot 0, private from slot 8."""
    vpc = ipaddress.ip_network(vpc_cidr)
    slots = list(vpc.subnets(new_prefix=vpc.prefixlen + SUBNET_NEWBITS))
    public = [str(slots[i]) for i in range(az_count)]
    private = [str(slots[PRIVATE_SLOT_OFFSET + i]) for i in range(az_count)]
    return public, private


@dataclass(frozen=True)
class NetworkArgs:
    """Inputs of the network."""

    cidr_block: str
    availability_zones: Sequence[str]
    nat_mode: NatMode
    region: str


class Network(pulumi.ComponentResource):
    """VPC, internet gateway, a public and a private subnet per AZ with their route tables, NAT gateways per
    ``nat_mode``, a locked-down default security group and an S3 gateway endpoint on the private routes."""

    vpc: aws.ec2.Vpc
    public_subnet_ids: list[pulumi.Output[str]]
    private_subnet_ids: list[pulumi.Output[str]]

    def __init__(self, name: str, args: NetworkArgs, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__("starter:network:Network", name, None, opts)
        self.vpc = self._vpc(name, args)
        igw, public_routes = self._public_routing(name)
        nat_ids = self._subnets(name, args, igw, public_routes)
        private_tables = self._private_routing(name, args, nat_ids)
        self._s3_endpoint(name, args, private_tables)
        if args.nat_mode is NatMode.NONE:
            self._ssm_endpoints(name, args)
        self.register_outputs(
            {
                "vpcId": self.vpc.id,
                "publicSubnetIds": self.public_subnet_ids,
                "privateSubnetIds": self.private_subnet_ids,
            }
        )

    def _child(self, **options: Any) -> pulumi.ResourceOptions:
        return pulumi.ResourceOptions(parent=self, **options)

    def _vpc(self, name: str, args: NetworkArgs) -> aws.ec2.Vpc:
        vpc = aws.ec2.Vpc(
            f"{name}-vpc",
            cidr_block=args.cidr_block,
            enable_dns_support=True,
            enable_dns_hostnames=True,
            tags={"Name": name},
            opts=self._child(),
        )
        # Adopt the default security group and leave it without rules, so nothing can use it by accident.
        aws.ec2.DefaultSecurityGroup(f"{name}-default-sg", vpc_id=vpc.id, ingress=[], egress=[], opts=self._child())
        return vpc

    def _public_routing(self, name: str) -> tuple[aws.ec2.InternetGateway, aws.ec2.RouteTable]:
        igw = aws.ec2.InternetGateway(f"{name}-igw", vpc_id=self.vpc.id, tags={"Name": name}, opts=self._child())
        public_routes = aws.ec2.RouteTable(
            f"{name}-public",
            vpc_id=self.vpc.id,
            routes=[{"cidr_block": "0.0.0.0/0", "gateway_id": igw.id}],
            tags={"Name": f"{name}-public"},
            opts=self._child(),
        )
        return igw, public_routes

    def _subnets(
        self, name: str, args: NetworkArgs, igw: aws.ec2.InternetGateway, public_routes: aws.ec2.RouteTable
    ) -> list[pulumi.Output[str]]:
        """A public and a private subnet per AZ, and the NAT gateways ``nat_mode`` asks for; returns their IDs."""
        public_cidrs, private_cidrs = subnet_cidrs(args.cidr_block, len(args.availability_zones))
        self.public_subnet_ids, self.private_subnet_ids = [], []
        nat_ids: list[pulumi.Output[str]] = []
        for index, zone in enumerate(args.availability_zones):
            public = self._subnet(f"{name}-public-{index}", public_cidrs[index], zone, f"{name}-public-{zone}", "public")
            aws.ec2.RouteTableAssociation(
                f"{name}-public-{index}", subnet_id=public.id, route_table_id=public_routes.id, opts=self._child()
            )
            self.public_subnet_ids.append(public.id)
            if args.nat_mode is NatMode.PER_AZ or (args.nat_mode is NatMode.SINGLE and index == 0):
                nat_ids.append(self._nat_gateway(name, index, zone, public, igw))
            private = self._subnet(
                f"{name}-private-{index}", private_cidrs[index], zone, f"{name}-private-{zone}", "private"
            )
            self.private_subnet_ids.append(private.id)
        return nat_ids

    def _subnet(self, resource_name: str, cidr: str, zone: str, display_name: str, tier: str) -> aws.ec2.Subnet:
        return aws.ec2.Subnet(
            resource_name,
            vpc_id=self.vpc.id,
            cidr_block=cidr,
            availability_zone=zone,
            map_public_ip_on_launch=False,
            tags={"Name": display_name, "Tier": tier},
            opts=self._child(),
        )

    def _nat_gateway(
        self, name: str, index: int, zone: str, public: aws.ec2.Subnet, igw: aws.ec2.InternetGateway
    ) -> pulumi.Output[str]:
        eip = aws.ec2.Eip(f"{name}-nat-{index}", domain="vpc", tags={"Name": f"{name}-nat-{zone}"}, opts=self._child())
        nat = aws.ec2.NatGateway(
            f"{name}-nat-{index}",
            allocation_id=eip.id,
            subnet_id=public.id,
            tags={"Name": f"{name}-nat-{zone}"},
            opts=self._child(depends_on=[igw]),
        )
        return nat.id

    def _private_routing(self, name: str, args: NetworkArgs, nat_ids: list[pulumi.Output[str]]) -> list[aws.ec2.RouteTable]:
        """One route table per private subnet: default route through its AZ's NAT (or the single one), if any."""
        tables: list[aws.ec2.RouteTable] = []
        for index, zone in enumerate(args.availability_zones):
            routes: list[aws.ec2.RouteTableRouteArgsDict] = []
            if nat_ids:
                routes.append({"cidr_block": "0.0.0.0/0", "nat_gateway_id": nat_ids[min(index, len(nat_ids) - 1)]})
            table = aws.ec2.RouteTable(
                f"{name}-private-{index}",
                vpc_id=self.vpc.id,
                routes=routes,
                tags={"Name": f"{name}-private-{zone}"},
                opts=self._child(),
            )
            aws.ec2.RouteTableAssociation(
                f"{name}-private-{index}",
                subnet_id=self.private_subnet_ids[index],
                route_table_id=table.id,
                opts=self._child(),
            )
            tables.append(table)
        return tables

    def _s3_endpoint(self, name: str, args: NetworkArgs, private_tables: list[aws.ec2.RouteTable]) -> None:
        aws.ec2.VpcEndpoint(
            f"{name}-s3",
            vpc_id=self.vpc.id,
            service_name=f"com.amazonaws.{args.region}.s3",
            vpc_endpoint_type="Gateway",
            route_table_ids=[table.id for table in private_tables],
            tags={"Name": f"{name}-s3"},
            opts=self._child(),
        )

    def _ssm_endpoints(self, name: str, args: NetworkArgs) -> None:
        """Session Manager without NAT: interface endpoints behind a group that admits HTTPS from the VPC."""
        child = self._child()
        endpoint_sg = aws.ec2.SecurityGroup(
            f"{name}-endpoints",
            description="HTTPS from inside the VPC to the Session Manager endpoints",
            vpc_id=self.vpc.id,
            tags={"Name": f"{name}-endpoints"},
            opts=child,
        )
        allow_tcp(
            f"{name}-endpoints-https", "ingress", endpoint_sg.id, 443, "HTTPS from the VPC", child, cidr_ipv4=args.cidr_block
        )
        for service in SSM_ENDPOINT_SERVICES:
            aws.ec2.VpcEndpoint(
                f"{name}-{service}",
                vpc_id=self.vpc.id,
                service_name=f"com.amazonaws.{args.region}.{service}",
                vpc_endpoint_type="Interface",
                private_dns_enabled=True,
                subnet_ids=self.private_subnet_ids,
                security_group_ids=[endpoint_sg.id],
                tags={"Name": f"{name}-{service}"},
                opts=child,
            )
