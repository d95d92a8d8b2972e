"""Who hears about the web tier: a KMS-encrypted alarm topic with email subscriptions, the tier's alarms (alarm
and OK actions on the topic) and a CloudWatch dashboard of requests, latency, 5xx, healthy hosts and CPU."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pulumi
import pulumi_aws as aws
from starter_shared.facts import urn

from components import policy_documents as docs
from components.blocks.kms_key import KeyArgs, key_alias, secure_key

# The services that publish to the topic: CloudWatch alarms, and AWS Budgets (components.cost).
PUBLISHERS = ("cloudwatch.amazonaws.com", "budgets.amazonaws.com")
# The two alarms WebTier declared before they moved here keep their URNs through an alias to that old parent.
_PREVIOUS_PARENT = "starter:web:WebTier"
CPU_ALARM_PERCENT = 80


@dataclass(frozen=True)
class MonitoringArgs:
    """What the monitoring watches (the web tier's load balancer, target group and group) and whom it tells."""

    tier_name: str
    """The web tier's logical name: alarm names start with it (the alarms' URNs from before they moved here)."""
    load_balancer_arn_suffix: pulumi.Input[str]
    target_group_arn_suffix: pulumi.Input[str]
    auto_scaling_group_name: pulumi.Input[str]
    min_healthy_hosts: int
    """Fewer healthy targets than this (the group's minimum size) raises the healthy-hosts alarm."""
    alarm_emails: Sequence[str]
    account_id: pulumi.Input[str]
    region: str
    protect: bool = False


class Monitoring(pulumi.ComponentResource):
    """The alarm topic (KMS key with an explicit policy, publishers limited to CloudWatch and Budgets of this
    account), one email subscription per address, four alarms acting on the topic and the tier's dashboard."""

    topic: aws.sns.Topic
    topic_key: aws.kms.Key
    alarms: list[aws.cloudwatch.MetricAlarm]
    dashboard: aws.cloudwatch.Dashboard

    def __init__(self, name: str, args: MonitoringArgs, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__("starter:monitoring:Monitoring", name, None, opts)
        self.topic_key = self._topic_key(name, args)
        self.topic = aws.sns.Topic(
            f"{name}-alarms", kms_master_key_id=self.topic_key.arn, opts=pulumi.ResourceOptions(parent=self)
        )
        aws.sns.TopicPolicy(
            f"{name}-alarms",
            arn=self.topic.arn,
            policy=pulumi.Output.json_dumps(docs.topic_publishers(self.topic.arn, args.account_id, PUBLISHERS)),
            opts=pulumi.ResourceOptions(parent=self),
        )
        for email in args.alarm_emails:
            # Named by a digest of the address: reordering the list replaces no subscription.
            digest = hashlib.sha256(email.lower().encode()).hexdigest()[:8]
            aws.sns.TopicSubscription(
                f"{name}-email-{digest}",
                topic=self.topic.arn,
                protocol="email",
                endpoint=email,
                opts=pulumi.ResourceOptions(parent=self),
            )
        self.alarms = self._alarms(args)
        self.dashboard = self._dashboard(name, args)
        self.register_outputs({"alarmTopicArn": self.topic.arn, "dashboardName": self.dashboard.dashboard_name})

    def _topic_key(self, name: str, args: MonitoringArgs) -> aws.kms.Key:
        """Only CloudWatch and Budgets, acting for this account, may encrypt messages to the topic."""
        publish = docs.key_use_by_service(
            "PublishersEncryptForThisAccount",
            PUBLISHERS,
            ["kms:Decrypt", "kms:GenerateDataKey*"],
            {"StringEquals": {"aws:SourceAccount": args.account_id}},
        )
        return secure_key(
            f"{name}-alarms-key",
            KeyArgs(
                description="Encrypts the alarm topic",
                account_id=args.account_id,
                region=args.region,
                use=lambda partition: [
                    publish,
                    docs.key_use_through_service(partition, args.account_id, f"sns.{args.region}.amazonaws.com"),
                ],
                alias=key_alias(f"{name}-alarms"),
                protect=args.protect,
            ),
            parent=self,
        ).key

    def _alarm(self, name: str, moved_from: str | None, **props: Any) -> aws.cloudwatch.MetricAlarm:
        """An alarm acting on the topic; ``moved_from`` names the WebTier that declared it before."""
        aliases = (
            [pulumi.Alias(parent=urn(pulumi.get_stack(), pulumi.get_project(), _PREVIOUS_PARENT, moved_from))]
            if moved_from
            else None
        )
        return aws.cloudwatch.MetricAlarm(
            name,
            alarm_actions=[self.topic.arn],
            ok_actions=[self.topic.arn],
            **props,
            opts=pulumi.ResourceOptions(parent=self, aliases=aliases),
        )

    def _alarms(self, args: MonitoringArgs) -> list[aws.cloudwatch.MetricAlarm]:
        lb, tg, tier = args.load_balancer_arn_suffix, args.target_group_arn_suffix, args.tier_name
        return [
            self._alarm(
                f"{tier}-unhealthy-hosts",
                tier,
                alarm_description="At least one target has failed its health check for 3 minutes",
                namespace="AWS/ApplicationELB",
                metric_name="UnHealthyHostCount",
                dimensions={"LoadBalancer": lb, "TargetGroup": tg},
                statistic="Maximum",
                period=60,
                evaluation_periods=3,
                threshold=0,
                comparison_operator="GreaterThanThreshold",
                treat_missing_data="notBreaching",
            ),
            self._alarm(
                f"{tier}-target-5xx",
                tier,
                alarm_description="Targets returned 10 or more 5xx responses in 5 minutes",
                namespace="AWS/ApplicationELB",
                metric_name="HTTPCode_Target_5XX_Count",
                dimensions={"LoadBalancer": lb},
                statistic="Sum",
                period=300,
                evaluation_periods=1,
                threshold=10,
                comparison_operator="GreaterThanOrEqualToThreshold",
                treat_missing_data="notBreaching",
            ),
            self._alarm(
                f"{tier}-healthy-hosts",
                None,
                alarm_description=f"Fewer than {args.min_healthy_hosts} healthy targets for 3 minutes",
                namespace="AWS/ApplicationELB",
                metric_name="HealthyHostCount",
                dimensions={"LoadBalancer": lb, "TargetGroup": tg},
                statistic="Minimum",
                period=60,
                evaluation_periods=3,
                threshold=args.min_healthy_hosts,
                comparison_operator="LessThanThreshold",
                # No data points means no healthy target reports at all.
                treat_missing_data="breaching",
            ),
            self._alarm(
                f"{tier}-cpu-high",
                None,
                alarm_description=f"Average CPU of the group above {CPU_ALARM_PERCENT}% for 15 minutes "
                "(scaling is not keeping up, or maxSize is reached)",
                namespace="AWS/EC2",
                metric_name="CPUUtilization",
                dimensions={"AutoScalingGroupName": args.auto_scaling_group_name},
                statistic="Average",
                period=300,
                evaluation_periods=3,
                threshold=CPU_ALARM_PERCENT,
                comparison_operator="GreaterThanThreshold",
                treat_missing_data="notBreaching",
            ),
        ]

    def _dashboard(self, name: str, args: MonitoringArgs) -> aws.cloudwatch.Dashboard:
        lb, tg = args.load_balancer_arn_suffix, args.target_group_arn_suffix

        def widget(title: str, metrics: list[list[Any]], stat: str, x: int, y: int) -> dict[str, Any]:
            return {
                "type": "metric",
                "x": x,
                "y": y,
                "width": 12,
                "height": 6,
                "properties": {"title": title, "metrics": metrics, "stat": stat, "period": 60, "region": args.region},
            }

        elb = "AWS/ApplicationELB"
        body = {
            "widgets": [
                widget("Requests", [[elb, "RequestCount", "LoadBalancer", lb]], "Sum", 0, 0),
                widget(
                    "Target response time (p50, p99)",
                    [
                        [elb, "TargetResponseTime", "LoadBalancer", lb, {"stat": "p50"}],
                        [elb, "TargetResponseTime", "LoadBalancer", lb, {"stat": "p99"}],
                    ],
                    "p99",
                    12,
                    0,
                ),
                widget(
                    "5xx responses",
                    [
                        [elb, "HTTPCode_Target_5XX_Count", "LoadBalancer", lb],
                        [elb, "HTTPCode_ELB_5XX_Count", "LoadBalancer", lb],
                    ],
                    "Sum",
                    0,
                    6,
                ),
                widget(
                    "Healthy and unhealthy hosts",
                    [
                        [elb, "HealthyHostCount", "LoadBalancer", lb, "TargetGroup", tg],
                        [elb, "UnHealthyHostCount", "LoadBalancer", lb, "TargetGroup", tg],
                    ],
                    "Minimum",
                    12,
                    6,
                ),
                widget(
                    "Group CPU",
                    [["AWS/EC2", "CPUUtilization", "AutoScalingGroupName", args.auto_scaling_group_name]],
                    "Average",
                    0,
                    12,
                ),
            ]
        }
        return aws.cloudwatch.Dashboard(
            f"{name}-web",
            dashboard_name=f"{pulumi.get_project()}-{pulumi.get_stack()}-web",
            dashboard_body=pulumi.Output.json_dumps(body),
            opts=pulumi.ResourceOptions(parent=self),
        )
