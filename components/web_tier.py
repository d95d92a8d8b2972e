"""Internet-facing ALB in front of an auto-scaling group of IMDSv2-only instances in private subnets."""

from __future__ import annotations

import base64
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pulumi
import pulumi_aws as aws
from starter_shared.elb_tls import RECOMMENDED_POLICY
from starter_shared.facts import TEMPLATE_HOP_LIMIT

from components import policy_documents as docs
from components.blocks.origin_guard import OriginGuard
from components.blocks.secure_bucket import SecureBucket, SecureBucketArgs
from components.blocks.security_group import allow_tcp, cidr_peer

APP_PORT = 80
TLS_POLICY = RECOMMENDED_POLICY  # TLS 1.3 and 1.2 only
ACCESS_LOG_PREFIX = "alb"
ORIGIN_GUARD_REFUSAL: aws.lb.ListenerDefaultActionArgsDict = {
    "type": "fixed-response",
    "fixed_response": {"content_type": "text/plain", "status_code": "403", "message_body": "Forbidden"},
}


@dataclass(frozen=True)
class Placement:
    """Where the tier runs: the ALB in the public subnets, the instances in the private ones."""

    vpc_id: pulumi.Input[str]
    public_subnet_ids: Sequence[pulumi.Input[str]]
    private_subnet_ids: Sequence[pulumi.Input[str]]


@dataclass(frozen=True)
class InstanceArgs:
    """What each instance is and serves."""

    instance_type: str
    architecture: str
    root_volume_size_gb: int
    health_check_path: str
    """Served by the boot script and requested by the target group's health check."""
    instance_profile_arn: pulumi.Input[str]
    tags: Mapping[str, str]
    """Tags for launched instances and volumes: provider default tags do not reach what the ASG launches."""


@dataclass(frozen=True)
class ScalingArgs:
    """Auto-scaling group bounds and its target-tracking policy."""

    min_size: int
    desired_capacity: int
    max_size: int
    cpu_target_utilization: int


@dataclass(frozen=True)
class EdgeArgs:
    """The load balancer's face to clients: who may connect, HTTPS, deletion protection."""

    allowed_cidrs: Sequence[str]
    certificate_arn: str | None = None
    """With a certificate: HTTPS on 443 (TLS 1.2+) and 80 redirecting; without: plain HTTP on 80."""
    deletion_protection: bool = False
    origin_guard: OriginGuard | None = None
    """With a guard, ``allowed_cidrs`` is unused: only CloudFront reaches the load balancer."""


@dataclass(frozen=True)
class AccessLogArgs:
    """The SSE-S3 bucket the load balancer delivers its access logs to."""

    account_id: pulumi.Input[str]
    retention_days: int
    noncurrent_version_days: int
    protect: bool = False


@dataclass(frozen=True)
class WebTierArgs:
    """Inputs of the web tier, grouped by concern."""

    placement: Placement
    instances: InstanceArgs
    scaling: ScalingArgs
    edge: EdgeArgs
    access_logs: AccessLogArgs


def user_data(health_check_path: str) -> str:
    """Boot script: serve a page and the health endpoint with the AMI's own Python, no package downloads."""
    health_file = health_check_path + ("index.html" if health_check_path.endswith("/") else "")
    return textwrap.dedent(f"""\
        #!/bin/bash
        set -euo pipefail
        root=/srv/www
        mkdir -p "$root" "$(dirname "$root{health_file}")"
        imds=http://169.254.169.254/latest
        token=$(curl -sf -X PUT "$imds/api/token" -H 'X-aws-ec2-metadata-token-ttl-seconds: 60') || token=
        instance=$(curl -sf -H "X-aws-ec2-metadata-token: $token" "$imds/meta-data/instance-id") || instance=unknown
        printf '<!doctype html><title>aws-starter</title><h1>It works</h1><p>Served by %s</p>\\n' "$instance" \\
          > "$root/index.html"
        [ -e "$root{health_file}" ] || echo ok > "$root{health_file}"
        cat > /etc/systemd/system/web.service <<'UNIT'
        [Unit]
        Description=Static web page and health endpoint
        After=network-online.target
        [Service]
        ExecStart=/usr/bin/python3 -m http.server {APP_PORT} --directory /srv/www
        DynamicUser=yes
        AmbientCapabilities=CAP_NET_BIND_SERVICE
        Restart=always
        [Install]
        WantedBy=multi-user.target
        UNIT
        systemctl daemon-reload
        systemctl enable --now web.service
        """)


class WebTier(pulumi.ComponentResource):
    """ALB (own security group, dropped invalid headers, access logs to an SSE-S3 log bucket), target group,
    listeners, launch template, auto-scaling group with target tracking. Its alarms and dashboard live in
    ``components.monitoring`` (built from ``load_balancer``, ``target_group`` and ``group``)."""

    load_balancer: aws.lb.LoadBalancer
    target_group: aws.lb.TargetGroup
    launch_template: aws.ec2.LaunchTemplate
    group: aws.autoscaling.Group
    log_bucket: SecureBucket
    url: pulumi.Output[str]

    def __init__(self, name: str, args: WebTierArgs, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__("starter:web:WebTier", name, None, opts)
        self.log_bucket = self._access_log_bucket(name, args.access_logs)
        alb_sg, instance_sg = self._security_groups(name, args.placement, args.edge)
        self.load_balancer = self._load_balancer(name, args.placement, args.edge, alb_sg)
        self.target_group = self._target_group(name, args.placement, args.instances)
        self._listeners(name, args.edge)
        self.launch_template = self._launch_template(name, args.instances, instance_sg)
        self.group = self._auto_scaling_group(name, args.placement, args.instances, args.scaling)

        scheme = "https" if args.edge.certificate_arn else "http"
        self.url = pulumi.Output.concat(scheme, "://", self.load_balancer.dns_name)
        self.register_outputs(
            {
                "albDnsName": self.load_balancer.dns_name,
                "albUrl": self.url,
                "autoScalingGroupName": self.group.name,
                "launchTemplateId": self.launch_template.id,
                "targetGroupArn": self.target_group.arn,
                "loadBalancerArn": self.load_balancer.arn,
                "logBucketName": self.log_bucket.name,
            }
        )

    def _child(self, **options: Any) -> pulumi.ResourceOptions:
        return pulumi.ResourceOptions(parent=self, **options)

    def _access_log_bucket(self, name: str, logs: AccessLogArgs) -> SecureBucket:
        """SSE-S3 (AWS delivers ALB access logs only there); only the regional ELB delivery may write, under
        the access-log prefix."""
        elb_account = aws.elb.get_service_account(opts=pulumi.InvokeOptions(parent=self))
        return SecureBucket(
            f"{name}-logs",
            SecureBucketArgs(
                noncurrent_version_days=logs.noncurrent_version_days,
                log_delivery=True,
                current_version_days=logs.retention_days,
                extra_statements=lambda arn: docs.elb_log_delivery(arn, ACCESS_LOG_PREFIX, logs.account_id, elb_account.arn),
                protect=logs.protect,
            ),
            opts=self._child(),
        )

    def _security_groups(
        self, name: str, placement: Placement, edge: EdgeArgs
    ) -> tuple[aws.ec2.SecurityGroup, aws.ec2.SecurityGroup]:
        """ALB: 80 (and 443 with a certificate) from the allowed CIDRs, egress only to the instances.
        Instances: the app port from the ALB only, HTTPS out (Session Manager, AWS APIs). No port 22 anywhere."""
        child = self._child()
        alb_sg = aws.ec2.SecurityGroup(
            f"{name}-alb",
            description="Load balancer",
            vpc_id=placement.vpc_id,
            tags={"Name": f"{name}-alb"},
            opts=child,
        )
        instance_sg = aws.ec2.SecurityGroup(
            f"{name}-instances",
            description="Web instances",
            vpc_id=placement.vpc_id,
            tags={"Name": f"{name}-instances"},
            opts=child,
        )
        ports = [80, 443] if edge.certificate_arn else [80]
        if edge.origin_guard is not None:
            self._origin_guard_ingress(name, alb_sg, edge, edge.origin_guard)
            ports = []
        for port in ports:
            for index, cidr in enumerate(edge.allowed_cidrs):
                allow_tcp(
                    f"{name}-alb-in-{port}-{index}",
                    "ingress",
                    alb_sg.id,
                    port,
                    f"Port {port} from allowed CIDR {cidr}",
                    child,
                    **cidr_peer(cidr),
                )
        allow_tcp(
            f"{name}-alb-out-instances",
            "egress",
            alb_sg.id,
            APP_PORT,
            "To the web instances only",
            child,
            referenced_security_group_id=instance_sg.id,
        )
        allow_tcp(
            f"{name}-instances-in-alb",
            "ingress",
            instance_sg.id,
            APP_PORT,
            "App port from the load balancer only",
            child,
            referenced_security_group_id=alb_sg.id,
        )
        allow_tcp(
            f"{name}-instances-out-https",
            "egress",
            instance_sg.id,
            443,
            "HTTPS to AWS APIs and Session Manager",
            child,
            cidr_ipv4="0.0.0.0/0",
        )
        return alb_sg, instance_sg

    def _load_balancer(
        self, name: str, placement: Placement, edge: EdgeArgs, alb_sg: aws.ec2.SecurityGroup
    ) -> aws.lb.LoadBalancer:
        return aws.lb.LoadBalancer(
            f"{name}-alb",
            load_balancer_type="application",
            internal=False,
            security_groups=[alb_sg.id],
            subnets=list(placement.public_subnet_ids),
            drop_invalid_header_fields=True,
            desync_mitigation_mode="strictest",
            enable_deletion_protection=edge.deletion_protection,
            access_logs={"bucket": self.log_bucket.name, "prefix": ACCESS_LOG_PREFIX, "enabled": True},
            # AWS checks that it may write to the bucket when access logs are switched on.
            opts=self._child(depends_on=[self.log_bucket.policy]),
        )

    def _target_group(self, name: str, placement: Placement, instances: InstanceArgs) -> aws.lb.TargetGroup:
        return aws.lb.TargetGroup(
            f"{name}-tg",
            vpc_id=placement.vpc_id,
            target_type="instance",
            port=APP_PORT,
            protocol="HTTP",
            deregistration_delay=30,
            health_check={
                "enabled": True,
                "path": instances.health_check_path,
                "protocol": "HTTP",
                "matcher": "200",
                "interval": 15,
                "timeout": 5,
                "healthy_threshold": 2,
                "unhealthy_threshold": 3,
            },
            opts=self._child(),
        )

    def _listeners(self, name: str, edge: EdgeArgs) -> None:
        """Plain HTTP forward without a certificate; with one, HTTPS forward and an HTTP redirect to it."""
        child = self._child()
        forward: list[aws.lb.ListenerDefaultActionArgsDict] = [
            {"type": "forward", "target_group_arn": self.target_group.arn}
        ]
        if edge.origin_guard is not None:
            forward = [ORIGIN_GUARD_REFUSAL]
        if edge.certificate_arn is None:
            serving = aws.lb.Listener(
                f"{name}-http",
                load_balancer_arn=self.load_balancer.arn,
                port=80,
                protocol="HTTP",
                default_actions=forward,
                opts=child,
            )
            self._origin_guard_rule(name, serving, edge.origin_guard)
            return
        serving = aws.lb.Listener(
            f"{name}-https",
            load_balancer_arn=self.load_balancer.arn,
            port=443,
            protocol="HTTPS",
            ssl_policy=TLS_POLICY,
            certificate_arn=edge.certificate_arn,
            default_actions=forward,
            opts=child,
        )
        self._origin_guard_rule(name, serving, edge.origin_guard)
        aws.lb.Listener(
            f"{name}-http-redirect",
            load_balancer_arn=self.load_balancer.arn,
            port=80,
            protocol="HTTP",
            default_actions=[
                {
                    "type": "redirect",
                    "redirect": {"protocol": "HTTPS", "port": "443", "status_code": "HTTP_301"},
                }
            ],
            opts=child,
        )

    # -- behind CloudFront (cdn: true): the only two places the distribution changes the web tier ------------
    def _origin_guard_ingress(self, name: str, alb_sg: aws.ec2.SecurityGroup, edge: EdgeArgs, guard: OriginGuard) -> None:
        """The serving port from CloudFront's origin-facing addresses only. One port: the prefix list counts as
        ~55 rules against the group's quota of 60, so a second port would not fit."""
        port = 443 if edge.certificate_arn else 80
        allow_tcp(
            f"{name}-alb-in-{port}-cloudfront",
            "ingress",
            alb_sg.id,
            port,
            f"Port {port} from CloudFront origin-facing addresses only",
            self._child(),
            prefix_list_id=guard.prefix_list_id,
        )

    def _origin_guard_rule(self, name: str, listener: aws.lb.Listener, guard: OriginGuard | None) -> None:
        """Forward only requests carrying CloudFront's secret header; the listener refuses the rest with 403
        (the prefix list admits every distribution, other accounts' too: the header proves it is ours)."""
        if guard is None:
            return
        aws.lb.ListenerRule(
            f"{name}-from-cloudfront",
            listener_arn=listener.arn,
            priority=1,
            conditions=[{"http_header": {"http_header_name": guard.header_name, "values": [guard.secret]}}],
            actions=[{"type": "forward", "target_group_arn": self.target_group.arn}],
            opts=self._child(),
        )

    def _launch_template(
        self, name: str, instances: InstanceArgs, instance_sg: aws.ec2.SecurityGroup
    ) -> aws.ec2.LaunchTemplate:
        """Latest AL2023 for the architecture; IMDSv2 only with hop limit 1, encrypted gp3, no public IP."""
        ami = aws.ec2.get_ami(
            most_recent=True,
            owners=["amazon"],
            filters=[
                {"name": "name", "values": [f"al2023-ami-2023.*-kernel-*-{instances.architecture}"]},
                {"name": "architecture", "values": [instances.architecture]},
                {"name": "state", "values": ["available"]},
            ],
            opts=pulumi.InvokeOptions(parent=self),
        )
        return aws.ec2.LaunchTemplate(
            f"{name}-lt",
            description="Web tier instances",
            image_id=ami.id,
            instance_type=instances.instance_type,
            iam_instance_profile={"arn": instances.instance_profile_arn},
            metadata_options={
                "http_endpoint": "enabled",
                "http_tokens": "required",
                "http_put_response_hop_limit": TEMPLATE_HOP_LIMIT,
                "instance_metadata_tags": "enabled",
            },
            block_device_mappings=[
                {
                    "device_name": "/dev/xvda",
                    "ebs": {
                        "volume_size": instances.root_volume_size_gb,
                        "volume_type": "gp3",
                        "encrypted": "true",
                        "delete_on_termination": "true",
                    },
                }
            ],
            network_interfaces=[
                {
                    "associate_public_ip_address": "false",
                    "delete_on_termination": "true",
                    "security_groups": [instance_sg.id],
                }
            ],
            monitoring={"enabled": True},
            ebs_optimized="true",
            user_data=base64.b64encode(user_data(instances.health_check_path).encode()).decode(),
            tag_specifications=[
                {"resource_type": kind, "tags": _launched_tags(name, instances)}
                for kind in ("instance", "volume", "network-interface")
            ],
            update_default_version=True,
            opts=self._child(),
        )

    def _auto_scaling_group(
        self, name: str, placement: Placement, instances: InstanceArgs, scaling: ScalingArgs
    ) -> aws.autoscaling.Group:
        """The group in the private subnets, rolled by instance refresh, scaled by target tracking on CPU."""
        refresh: aws.autoscaling.GroupInstanceRefreshArgsDict = {
            # A new template version rolls the fleet, launching replacements before terminating (100-200%).
            "strategy": "Rolling",
            "preferences": {
                "min_healthy_percentage": 100,
                "max_healthy_percentage": 200,
                "instance_warmup": "120",
                "skip_matching": True,
                "auto_rollback": True,
            },
        }
        tags: list[aws.autoscaling.GroupTagArgsDict] = [
            {"key": k, "value": v, "propagate_at_launch": True} for k, v in sorted(_launched_tags(name, instances).items())
        ]
        group = aws.autoscaling.Group(
            f"{name}-asg",
            vpc_zone_identifiers=list(placement.private_subnet_ids),
            min_size=scaling.min_size,
            max_size=scaling.max_size,
            desired_capacity=scaling.desired_capacity,
            launch_template={"id": self.launch_template.id, "version": self.launch_template.latest_version.apply(str)},
            target_group_arns=[self.target_group.arn],
            health_check_type="ELB",
            health_check_grace_period=120,
            default_instance_warmup=120,
            instance_refresh=refresh,
            enabled_metrics=[
                aws.autoscaling.Metric.GROUP_DESIRED_CAPACITY,
                aws.autoscaling.Metric.GROUP_IN_SERVICE_INSTANCES,
                aws.autoscaling.Metric.GROUP_TOTAL_INSTANCES,
            ],
            tags=tags,
            # The scaling policy owns the desired capacity once the group exists.
            opts=self._child(ignore_changes=["desiredCapacity"]),
        )
        aws.autoscaling.Policy(
            f"{name}-cpu",
            autoscaling_group_name=group.name,
            policy_type="TargetTrackingScaling",
            estimated_instance_warmup=120,
            target_tracking_configuration={
                "predefined_metric_specification": {"predefined_metric_type": "ASGAverageCPUUtilization"},
                "target_value": float(scaling.cpu_target_utilization),
            },
            opts=self._child(),
        )
        return group


def _launched_tags(name: str, instances: InstanceArgs) -> dict[str, str]:
    return {**instances.tags, "Name": name}
