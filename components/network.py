"""VPC with public and private subnets across AZs, NAT per mode, and private access to AWS services."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from dataclasses import dataclass

import pulumi
import pulumi_aws as aws

from components.config import PRIVATE_SLOT_OFFSET, SUBNET_NEWBITS, NatMode

# With no NAT, Session Manager still reaches the instances through these interface endpoints.
SSM_ENDPOINT_SERVICES = ("ssm", "ssmmessages", "ec2messages")


def allow_tcp(
    name: str,
    direction: str,
    security_group_id: pulumi.Input[str],
    port: int,
    description: str,
    opts: pulumi.ResourceOptions,
    **peer: pulumi.Input[str],
) -> pulumi.CustomResource:
    """One single-port TCP rule (``direction`` "ingress" or "egress"); ``peer`` is ``cidr_ipv4=``, ``cidr_ipv6=``
    or ``referenced_security_group_id=``. Standalone rule resources, never inline rules, so each is reviewable."""
    rule = aws.vpc.SecurityGroupIngressRule if direction == "ingress" else aws.vpc.SecurityGroupEgressRule
    return rule(
        name,
        security_group_id=security_group_id,
        description=description,
        ip_protocol="tcp",
        from_port=port,
        to_port=port,
        **peer,
        opts=opts,
    )


def subnet_cidrs(vpc_cidr: str, az_count: int) -> tuple[list[str], list[str]]:
    """Public and private subnet CIDRs: 16 equal slots, public from slot 0, private from slot 8."""
    slots = list(ipaddress.ip_network(vpc_cidr).subnets(new_prefix=ipaddress.ip_network(vpc_cidr).prefixlen
                                                          + SUBNET_NEWBITS))
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
        child = pulumi.ResourceOptions(parent=self)

        self.vpc = aws.ec2.Vpc(
            f"{name}-vpc",
            cidr_block=args.cidr_block,
            enable_dns_support=True,
            enable_dns_hostnames=True,
            tags={"Name": name},
            opts=child,
        )
        # Adopt the default security group and leave it without rules, so nothing can use it by accident.
        aws.ec2.DefaultSecurityGroup(f"{name}-default-sg", vpc_id=self.vpc.id, ingress=[], egress=[], opts=child)

        igw = aws.ec2.InternetGateway(f"{name}-igw", vpc_id=self.vpc.id, tags={"Name": name}, opts=child)
        public_routes = aws.ec2.RouteTable(
            f"{name}-public",
            vpc_id=self.vpc.id,
            routes=[{"cidr_block": "0.0.0.0/0", "gateway_id": igw.id}],
            tags={"Name": f"{name}-public"},
            opts=child,
        )

        public_cidrs, private_cidrs = subnet_cidrs(args.cidr_block, len(args.availability_zones))
        self.public_subnet_ids, self.private_subnet_ids = [], []
        nat_ids: list[pulumi.Output[str]] = []
        private_route_tables: list[aws.ec2.RouteTable] = []
        for index, zone in enumerate(args.availability_zones):
            public = aws.ec2.Subnet(
                f"{name}-public-{index}",
                vpc_id=self.vpc.id,
                cidr_block=public_cidrs[index],
                availability_zone=zone,
                map_public_ip_on_launch=False,
                tags={"Name": f"{name}-public-{zone}", "Tier": "public"},
                opts=child,
            )
            aws.ec2.RouteTableAssociation(
                f"{name}-public-{index}", subnet_id=public.id, route_table_id=public_routes.id, opts=child
            )
            self.public_subnet_ids.append(public.id)

            if args.nat_mode is NatMode.PER_AZ or (args.nat_mode is NatMode.SINGLE and index == 0):
                eip = aws.ec2.Eip(f"{name}-nat-{index}", domain="vpc", tags={"Name": f"{name}-nat-{zone}"}, opts=child)
                nat = aws.ec2.NatGateway(
                    f"{name}-nat-{index}",
                    allocation_id=eip.id,
                    subnet_id=public.id,
                    tags={"Name": f"{name}-nat-{zone}"},
                    opts=pulumi.ResourceOptions(parent=self, depends_on=[igw]),
                )
                nat_ids.append(nat.id)

            private = aws.ec2.Subnet(
                f"{name}-private-{index}",
                vpc_id=self.vpc.id,
                cidr_block=private_cidrs[index],
                availability_zone=zone,
                map_public_ip_on_launch=False,
                tags={"Name": f"{name}-private-{zone}", "Tier": "private"},
                opts=child,
            )
            self.private_subnet_ids.append(private.id)

        for index, zone in enumerate(args.availability_zones):
            routes = []
            if nat_ids:
                routes.append({"cidr_block": "0.0.0.0/0", "nat_gateway_id": nat_ids[min(index, len(nat_ids) - 1)]})
            table = aws.ec2.RouteTable(
                f"{name}-private-{index}",
                vpc_id=self.vpc.id,
                routes=routes,
                tags={"Name": f"{name}-private-{zone}"},
                opts=child,
            )
            aws.ec2.RouteTableAssociation(
                f"{name}-private-{index}",
                subnet_id=self.private_subnet_ids[index],
                route_table_id=table.id,
                opts=child,
            )
            private_route_tables.append(table)

        aws.ec2.VpcEndpoint(
            f"{name}-s3",
            vpc_id=self.vpc.id,
            service_name=f"com.amazonaws.{args.region}.s3",
            vpc_endpoint_type="Gateway",
            route_table_ids=[table.id for table in private_route_tables],
            tags={"Name": f"{name}-s3"},
            opts=child,
        )
        if args.nat_mode is NatMode.NONE:
            self._ssm_endpoints(name, args)

        self.register_outputs({
            "vpcId": self.vpc.id,
            "publicSubnetIds": self.public_subnet_ids,
            "privateSubnetIds": self.private_subnet_ids,
        })

    def _ssm_endpoints(self, name: str, args: NetworkArgs) -> None:
        child = pulumi.ResourceOptions(parent=self)
        endpoint_sg = aws.ec2.SecurityGroup(
            f"{name}-endpoints",
            description="HTTPS from inside the VPC to the Session Manager endpoints",
            vpc_id=self.vpc.id,
            tags={"Name": f"{name}-endpoints"},
            opts=child,
        )
        allow_tcp(f"{name}-endpoints-https", "ingress", endpoint_sg.id, 443, "HTTPS from the VPC", child,
                  cidr_ipv4=args.cidr_block)
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
