"""The template deployed into an emulator with boto3: what `pulumi up` of the `local` stack would leave in the
account. Returns the stack outputs the template exports, under the same names.

The security-relevant part is derived from the template's own offline plan (the `local` stack run under the
mock runtime by ``tools.offline_preview``): every KMS key, bucket and S3 setting (versioning, encryption,
public-access block, ownership, bucket policy, lifecycle, replication), every role with its trust, inline
policies and attachments, the instance profile, and the launch template's data are created from the inputs
the program registered, found by resource type and property links. So the audit is tested against the
template's documents, not a copy. A resource type of those services that this module cannot translate fails
the build: add its translation rather than skip it.

The network, load balancer, target group, listeners and group are built by hand (moto computes their ids);
``test_audit.py`` checks their shape against the plan.

Also used by the stand-in `pulumi` of the local-stack tests, as what its `up` creates.
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

import boto3
import botocore.loaders

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # the stand-in `pulumi` imports this module from a bare interpreter
    sys.path.insert(0, str(REPO))

from starter_shared import outputs as out  # noqa: E402
from starter_shared.facts import PUBLIC_ACCESS_BLOCK_FLAGS, snake_to_camel, snake_to_pascal  # noqa: E402

from tools.offline_preview.engine import ProgramRun, RecordedResource, run_program  # noqa: E402
from tools.offline_preview.stack_files import read_project, read_stack_config  # noqa: E402

STACK = "local"
NAMED_BY_INPUT = (
    "aws:cloudwatch/logGroup:LogGroup",
    "aws:cloudtrail/trail:Trail",
    "aws:kms/alias:Alias",
    "aws:sns/topic:Topic",
    "aws:budgets/budget:Budget",
)
ACCOUNT = "123456789012"  # moto's account, and the mock runtime's
# boto3 spells a few of the provider's camelCase names differently from a plain capitalisation.
BOTO_NAMES = {
    "id": "ID",
    "sseAlgorithm": "SSEAlgorithm",
    "kmsMasterKeyId": "KMSMasterKeyID",
    "replicaKmsKeyId": "ReplicaKmsKeyID",
}
PLANNED_SERVICES = (
    "aws:s3/",
    "aws:iam/",
    "aws:kms/",
    "aws:sns/",
    "aws:cloudwatch/",
    "aws:cloudtrail/",
    "aws:budgets/",
    "aws:ec2/flowLog:",
)
"""The resource types the world derives from the plan (every one of them must be translated below)."""


@cache
def template_plan() -> ProgramRun:
    """The `local` stack's offline plan (computed values known, as after `pulumi up`)."""
    project, defaults = read_project(REPO)
    config, _ = read_stack_config(REPO / f"Pulumi.{STACK}.yaml", project, defaults)
    return run_program(REPO, project, STACK, config)


def regions(plan: ProgramRun) -> tuple[str, str]:
    return plan.outputs[out.PRIMARY_REGION], plan.outputs[out.REPLICA_REGION]


MODELS = botocore.loaders.create_loader()


def fresh_session(**kwargs: Any) -> boto3.session.Session:
    """A new boto3 session whose clients read botocore's service models through one loader per process: each model
    (EC2's is megabytes of JSON) is parsed once, not once per session. Sessions stay separate (events, credentials)."""
    fresh = boto3.session.Session(**kwargs)
    fresh._session.register_component("data_loader", MODELS)
    return fresh


SERVICES = ("s3", "kms", "iam", "ec2", "elbv2", "autoscaling", "acm", "sns", "cloudwatch", "logs", "cloudtrail", "budgets")


def clients(endpoint: str, region: str) -> dict[str, Any]:
    session = fresh_session(aws_access_key_id="testing", aws_secret_access_key="testing", region_name=region)
    config = boto3.session.Config(s3={"addressing_style": "path"})
    return {name: session.client(name, endpoint_url=endpoint, config=config) for name in SERVICES}


def boto(value: Any) -> Any:
    """Provider inputs (camelCase, nested) in boto3's spelling (PascalCase); "true"/"false" become booleans."""
    if isinstance(value, dict):
        return {BOTO_NAMES.get(k, k[:1].upper() + k[1:]): boto(v) for k, v in value.items()}
    if isinstance(value, list):
        return [boto(v) for v in value]
    return {"true": True, "false": False}.get(value, value) if isinstance(value, str) else value


class _World:
    """Creates the plan's resources in the emulator; ``rename`` maps the plan's names and ARNs to the world's."""

    def __init__(self, plan: ProgramRun, endpoint: str, suffix: str) -> None:
        self.plan, self.suffix = plan, suffix
        self.primary, self.replica = regions(plan)
        self.at = {r: clients(endpoint, r) for r in (self.primary, self.replica)}
        self.by_urn = plan.by_urn()
        self.handled: set[str] = set()
        named = (
            out.PRIMARY_BUCKET_NAME,
            out.REPLICA_BUCKET_NAME,
            out.LOG_BUCKET_NAME,
            out.INSTANCE_ROLE_NAME,
            out.REPLICATION_ROLE_NAME,
            out.INSTANCE_PROFILE_NAME,
            out.PRIMARY_ACCESS_LOG_BUCKET_NAME,
            out.REPLICA_ACCESS_LOG_BUCKET_NAME,
            out.TRAIL_BUCKET_NAME,
        )
        # Names the program pins (and alarms the mock autonames) are unique per account and region too.
        pinned = [
            *(plan.outputs[n] for n in named if plan.outputs.get(n)),
            *(r.outputs["name"] for r in plan.of_type("aws:iam/role:Role", "aws:cloudwatch/metricAlarm:MetricAlarm")),
            *(r.outputs["name"] for r in plan.of_type(*NAMED_BY_INPUT)),
            *(r.inputs["dashboardName"] for r in plan.of_type("aws:cloudwatch/dashboard:Dashboard")),
        ]
        self.rename = {name: name + suffix for name in pinned} if suffix else {}

    def sub(self, value: Any) -> Any:
        """``value`` with the plan's names and ARNs replaced by the world's (in JSON text too)."""
        text = json.dumps(value)
        if not self.rename:
            return json.loads(text)
        # One pass, longest name first: a replacement is never replaced again (N -> N-tls, not N-tls-tls).
        pattern = "|".join(re.escape(old) for old in sorted(self.rename, key=len, reverse=True))
        return json.loads(re.sub(pattern, lambda m: self.rename[m.group(0)], text))

    def region(self, resource: RecordedResource) -> str:
        return resource.inputs.get("region") or self.primary

    def linked(self, resource: RecordedResource, prop: str, token: str) -> RecordedResource:
        found = [self.by_urn[u] for u in resource.property_dependencies.get(prop, []) if self.by_urn[u].type == token]
        if len(found) != 1:
            raise LookupError(f"{resource.urn}: expected one {token} behind {prop}, found {len(found)}")
        return found[0]

    def of(self, token: str) -> list[RecordedResource]:
        return self.plan.of_type(token)

    def each(self, token: str) -> list[RecordedResource]:
        """The plan's resources of ``token``, which the caller translates."""
        self.handled.add(token)
        return self.of(token)

    def check_translated(self) -> None:
        untranslated = {r.type for r in self.plan.resources if r.type.startswith(PLANNED_SERVICES)} - self.handled
        if untranslated:
            raise NotImplementedError(f"tests/aws_world.py does not translate {sorted(untranslated)} from the plan")

    def build(self) -> None:
        each = self.each

        for key in each("aws:kms/key:Key"):
            kms = self.at[self.region(key)]["kms"]
            metadata = kms.create_key(Description=key.inputs.get("description", ""))["KeyMetadata"]
            arn = metadata["Arn"]
            if key.inputs.get("enableKeyRotation"):
                kms.enable_key_rotation(KeyId=arn)
            self.rename[key.outputs["arn"]] = arn
            self.rename[key.outputs["keyId"]] = metadata["KeyId"]
        for key in self.of("aws:kms/key:Key"):  # once every ARN is known: a policy may name another key or trail
            if "policy" in key.inputs:
                self.at[self.region(key)]["kms"].put_key_policy(
                    KeyId=self.sub(key.outputs["arn"]),
                    PolicyName="default",
                    Policy=json.dumps(self.sub(json.loads(key.inputs["policy"]))),
                )
        for alias in each("aws:kms/alias:Alias"):
            self.at[self.region(alias)]["kms"].create_alias(
                AliasName=self.sub(alias.inputs["name"]), TargetKeyId=self.sub(alias.inputs["targetKeyId"])
            )
        for bucket in each("aws:s3/bucket:Bucket"):
            region = self.region(bucket)
            self.at[region]["s3"].create_bucket(
                Bucket=self._bucket_name(bucket), CreateBucketConfiguration={"LocationConstraint": region}
            )
        iam = self.at[self.primary]["iam"]
        for role in each("aws:iam/role:Role"):
            iam.create_role(
                RoleName=self.sub(self._role_name(role)),
                Description=role.inputs.get("description", ""),
                AssumeRolePolicyDocument=self.sub(role.inputs["assumeRolePolicy"]),
            )
        for policy in each("aws:iam/rolePolicy:RolePolicy"):
            iam.put_role_policy(
                RoleName=self.sub(policy.inputs["role"]),
                PolicyName=policy.inputs.get("name", policy.name),
                PolicyDocument=self.sub(policy.inputs["policy"]),
            )
        for attachment in each("aws:iam/rolePolicyAttachment:RolePolicyAttachment"):
            iam.attach_role_policy(RoleName=self.sub(attachment.inputs["role"]), PolicyArn=attachment.inputs["policyArn"])
        for profile in each("aws:iam/instanceProfile:InstanceProfile"):
            name = self.sub(self.plan.outputs[out.INSTANCE_PROFILE_NAME])
            iam.create_instance_profile(InstanceProfileName=name)
            iam.add_role_to_instance_profile(InstanceProfileName=name, RoleName=self.sub(profile.inputs["role"]))
        for token, apply in self._s3_settings().items():
            for setting in each(token):
                s3 = self.at[self.region(setting)]["s3"]
                apply(s3, self.sub(setting.inputs["bucket"]), self.sub(setting.inputs))

    def operations(self, vpc: str, load_balancer_arn: str, target_group_arn: str, group: str) -> dict[str, str | None]:
        """The alarm topic, alarms, dashboard, flow logs, budget and trail of the plan, on the world's network and
        load balancer; returns the outputs only the world knows (the flow log's id)."""
        here = self.at[self.primary]
        (planned_lb,) = self.of("aws:lb/loadBalancer:LoadBalancer")
        (planned_tg,) = self.of("aws:lb/targetGroup:TargetGroup")
        self.rename[planned_lb.outputs["arnSuffix"]] = load_balancer_arn.split(":loadbalancer/", 1)[1]
        self.rename[planned_tg.outputs["arnSuffix"]] = target_group_arn.rsplit(":", 1)[1]
        self.rename[self.plan.outputs[out.VPC_ID]] = vpc
        self.rename[self.plan.outputs[out.AUTO_SCALING_GROUP_NAME]] = group
        for topic in self.each("aws:sns/topic:Topic"):
            attributes = (
                {"KmsMasterKeyId": self.sub(topic.inputs["kmsMasterKeyId"])} if "kmsMasterKeyId" in topic.inputs else {}
            )
            arn = here["sns"].create_topic(
                Name=self.sub(topic.inputs.get("name", topic.outputs["name"])), Attributes=attributes
            )["TopicArn"]
            self.rename[topic.outputs["arn"]] = arn
        for policy in self.each("aws:sns/topicPolicy:TopicPolicy"):
            here["sns"].set_topic_attributes(
                TopicArn=self.sub(policy.inputs["arn"]),
                AttributeName="Policy",
                AttributeValue=json.dumps(self.sub(json.loads(policy.inputs["policy"]))),
            )
        for subscription in self.each("aws:sns/topicSubscription:TopicSubscription"):
            here["sns"].subscribe(
                TopicArn=self.sub(subscription.inputs["topic"]),
                Protocol=subscription.inputs["protocol"],
                Endpoint=subscription.inputs["endpoint"],
            )
        for alarm in self.each("aws:cloudwatch/metricAlarm:MetricAlarm"):
            i = self.sub(alarm.inputs)
            here["cloudwatch"].put_metric_alarm(
                AlarmName=self.sub(alarm.outputs["name"]),
                AlarmDescription=i.get("alarmDescription", ""),
                Namespace=i["namespace"],
                MetricName=i["metricName"],
                Dimensions=[{"Name": k, "Value": v} for k, v in i["dimensions"].items()],
                Statistic=i["statistic"],
                Period=int(i["period"]),
                EvaluationPeriods=int(i["evaluationPeriods"]),
                Threshold=float(i["threshold"]),
                ComparisonOperator=i["comparisonOperator"],
                TreatMissingData=i.get("treatMissingData", "missing"),
                AlarmActions=i.get("alarmActions", []),
                OKActions=i.get("okActions", []),
            )
        for dashboard in self.each("aws:cloudwatch/dashboard:Dashboard"):
            here["cloudwatch"].put_dashboard(
                DashboardName=self.sub(dashboard.inputs["dashboardName"]),
                DashboardBody=json.dumps(self.sub(json.loads(dashboard.inputs["dashboardBody"]))),
            )
        for group in self.each("aws:cloudwatch/logGroup:LogGroup"):
            name = self.sub(group.inputs["name"])
            here["logs"].create_log_group(logGroupName=name, kmsKeyId=self.sub(group.inputs["kmsKeyId"]))
            here["logs"].put_retention_policy(logGroupName=name, retentionInDays=int(group.inputs["retentionInDays"]))
            self.rename[group.outputs["arn"]] = f"arn:aws:logs:{self.primary}:{ACCOUNT}:log-group:{name}"
        flow_log_id = None
        for flow in self.each("aws:ec2/flowLog:FlowLog"):
            i = self.sub(flow.inputs)
            flow_log_id = here["ec2"].create_flow_logs(
                ResourceIds=[i["vpcId"]],
                ResourceType="VPC",
                TrafficType=i["trafficType"],
                LogDestinationType=i["logDestinationType"],
                LogGroupName=i["logDestination"].split(":log-group:", 1)[1],
                DeliverLogsPermissionArn=i["iamRoleArn"],
            )["FlowLogIds"][0]
        for budget in self.each("aws:budgets/budget:Budget"):
            i = self.sub(budget.inputs)
            here["budgets"].create_budget(
                AccountId=i["accountId"],
                Budget={
                    "BudgetName": i["name"],
                    "BudgetLimit": {"Amount": i["limitAmount"], "Unit": i["limitUnit"]},
                    "TimeUnit": i["timeUnit"],
                    "BudgetType": i["budgetType"],
                    "CostFilters": {f["name"]: f["values"] for f in i.get("costFilters", [])},
                },
                NotificationsWithSubscribers=[
                    {
                        "Notification": {
                            "NotificationType": n["notificationType"],
                            "ComparisonOperator": n["comparisonOperator"],
                            "Threshold": float(n["threshold"]),
                            "ThresholdType": n["thresholdType"],
                        },
                        "Subscribers": [{"SubscriptionType": "SNS", "Address": a} for a in n["subscriberSnsTopicArns"]],
                    }
                    for n in i["notifications"]
                ],
            )
        for trail in self.each("aws:cloudtrail/trail:Trail"):
            i = self.sub(trail.inputs)
            here["cloudtrail"].create_trail(
                Name=i["name"],
                S3BucketName=i["s3BucketName"],
                IsMultiRegionTrail=bool(i["isMultiRegionTrail"]),
                IncludeGlobalServiceEvents=bool(i.get("includeGlobalServiceEvents", True)),
                EnableLogFileValidation=bool(i["enableLogFileValidation"]),
                KmsKeyId=i["kmsKeyId"],
            )
            if i.get("enableLogging", True):
                here["cloudtrail"].start_logging(Name=i["name"])
        self.check_translated()
        return {out.FLOW_LOG_ID: flow_log_id}

    def _bucket_name(self, bucket: RecordedResource) -> str:
        for setting in self.plan.resources:
            named = isinstance(setting.inputs.get("bucket"), str)
            if named and bucket.urn in setting.property_dependencies.get("bucket", []):
                return self.sub(setting.inputs["bucket"])
        raise LookupError(f"{bucket.urn}: no setting names this bucket")

    def _role_name(self, role: RecordedResource) -> str:
        for other in self.plan.resources:
            if role.urn in other.property_dependencies.get("role", []) and other.inputs.get("role", "").find(":") < 0:
                return other.inputs["role"]
        raise LookupError(f"{role.urn}: nothing names this role")

    @staticmethod
    def _s3_settings() -> dict[str, Any]:
        def replication(s3: Any, bucket: str, inputs: dict[str, Any]) -> None:
            rules = [
                {"Filter": {"Prefix": ""}, "DeleteMarkerReplication": {"Status": "Disabled"}, **boto(r)}
                for r in inputs["rules"]
            ]
            s3.put_bucket_replication(Bucket=bucket, ReplicationConfiguration={"Role": inputs["role"], "Rules": rules})

        def logging(s3: Any, bucket: str, inputs: dict[str, Any]) -> None:
            """moto 5.2.5 answers 500 to PutBucketLogging when the target's policy has a statement with Principal
            "*" (it reads Principal as a map): the TLS-only denials are lifted for the call and put back."""
            target = inputs["targetBucket"]
            policy = s3.get_bucket_policy(Bucket=target)["Policy"]
            document = json.loads(policy)
            mapped = [x for x in document["Statement"] if isinstance(x.get("Principal"), dict)]
            s3.put_bucket_policy(Bucket=target, Policy=json.dumps({**document, "Statement": mapped}))
            try:
                s3.put_bucket_logging(
                    Bucket=bucket,
                    BucketLoggingStatus={"LoggingEnabled": {"TargetBucket": target, "TargetPrefix": inputs["targetPrefix"]}},
                )
            finally:
                s3.put_bucket_policy(Bucket=target, Policy=policy)

        def lifecycle(s3: Any, bucket: str, inputs: dict[str, Any]) -> None:
            rules = [{**boto(r), "Filter": boto(r.get("filter")) or {"Prefix": ""}} for r in inputs["rules"]]
            s3.put_bucket_lifecycle_configuration(Bucket=bucket, LifecycleConfiguration={"Rules": rules})

        return {
            "aws:s3/bucketOwnershipControls:BucketOwnershipControls": lambda s3, b, i: s3.put_bucket_ownership_controls(
                Bucket=b, OwnershipControls={"Rules": [boto(i["rule"])]}
            ),
            "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock": lambda s3, b, i: s3.put_public_access_block(
                Bucket=b,
                PublicAccessBlockConfiguration={snake_to_pascal(f): i[snake_to_camel(f)] for f in PUBLIC_ACCESS_BLOCK_FLAGS},
            ),
            "aws:s3/bucketVersioning:BucketVersioning": lambda s3, b, i: s3.put_bucket_versioning(
                Bucket=b, VersioningConfiguration=boto(i["versioningConfiguration"])
            ),
            "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration": lambda s3, b, i: (
                s3.put_bucket_encryption(Bucket=b, ServerSideEncryptionConfiguration={"Rules": boto(i["rules"])})
            ),
            "aws:s3/bucketPolicy:BucketPolicy": lambda s3, b, i: s3.put_bucket_policy(Bucket=b, Policy=i["policy"]),
            "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration": lifecycle,
            "aws:s3/bucketReplicationConfig:BucketReplicationConfig": replication,
            # last: S3 checks that the target's policy lets log delivery write
            "aws:s3/bucketLogging:BucketLogging": logging,
        }


def build(endpoint: str, https: bool = False, suffix: str = "", plan: ProgramRun | None = None) -> dict[str, str | None]:
    """Create the deployment; ``https`` adds a 443 listener and makes port 80 redirect (a certificate);
    ``suffix`` makes every name distinct, for a second deployment in the same emulator; ``plan`` is the
    `local` stack's offline plan (run here when not given)."""
    plan = plan or template_plan()
    world = _World(plan, endpoint, suffix)
    world.build()
    primary_region, _ = regions(plan)
    here = world.at[primary_region]

    ec2 = here["ec2"]
    vpc = ec2.create_vpc(CidrBlock="10.20.0.0/16")["Vpc"]["VpcId"]
    subnets = [
        ec2.create_subnet(VpcId=vpc, CidrBlock=f"10.20.{i * 16}.0/20", AvailabilityZone=f"{primary_region}{z}")["Subnet"][
            "SubnetId"
        ]
        for i, z in enumerate("ab")
    ]
    alb_sg = ec2.create_security_group(GroupName=f"web-alb{suffix}", Description="ALB", VpcId=vpc)["GroupId"]
    instance_sg = ec2.create_security_group(GroupName=f"web-instances{suffix}", Description="EC2", VpcId=vpc)["GroupId"]
    image = ec2.describe_images(Owners=["amazon"], Filters=[{"Name": "name", "Values": ["al2023-ami-2023.*-arm64"]}])[
        "Images"
    ][0]["ImageId"]
    (planned_template,) = plan.of_type("aws:ec2/launchTemplate:LaunchTemplate")
    data = boto(
        {
            k: planned_template.inputs[k]
            for k in ("metadataOptions", "blockDeviceMappings", "networkInterfaces")
            if k in planned_template.inputs
        }
    )
    profile = here["iam"].get_instance_profile(InstanceProfileName=world.sub(plan.outputs[out.INSTANCE_PROFILE_NAME]))
    data["NetworkInterfaces"] = [
        {**{k: v for k, v in i.items() if k != "SecurityGroups"}, "DeviceIndex": 0, "Groups": [instance_sg]}
        for i in data.get("NetworkInterfaces", [])
    ]
    template = ec2.create_launch_template(
        LaunchTemplateName=f"web-lt{suffix}",
        LaunchTemplateData={
            **data,
            "ImageId": image,
            "InstanceType": planned_template.inputs.get("instanceType", "t4g.small"),
            "IamInstanceProfile": {"Arn": profile["InstanceProfile"]["Arn"]},
        },
    )["LaunchTemplate"]["LaunchTemplateId"]

    elb = here["elbv2"]
    lb = elb.create_load_balancer(
        Name=f"web-alb-45a7b12{suffix}",
        Subnets=subnets,
        SecurityGroups=[alb_sg],
        Scheme="internet-facing",
        Type="application",
    )["LoadBalancers"][0]
    (planned_tg,) = plan.of_type("aws:lb/targetGroup:TargetGroup")
    tg = elb.create_target_group(
        Name=f"web-tg-5a8de2c{suffix}",
        Protocol="HTTP",
        Port=80,
        VpcId=vpc,
        TargetType="instance",
        HealthCheckPath=planned_tg.inputs["healthCheck"]["path"],
    )["TargetGroups"][0]["TargetGroupArn"]
    forward = [{"Type": "forward", "TargetGroupArn": tg}]
    if https:
        certificate = here["acm"].request_certificate(DomainName="www.example.com")["CertificateArn"]
        elb.create_listener(
            LoadBalancerArn=lb["LoadBalancerArn"],
            Protocol="HTTPS",
            Port=443,
            SslPolicy="ELBSecurityPolicy-TLS13-1-2-2021-06",
            Certificates=[{"CertificateArn": certificate}],
            DefaultActions=forward,
        )
        elb.create_listener(
            LoadBalancerArn=lb["LoadBalancerArn"],
            Protocol="HTTP",
            Port=80,
            DefaultActions=[
                {"Type": "redirect", "RedirectConfig": {"Protocol": "HTTPS", "Port": "443", "StatusCode": "HTTP_301"}}
            ],
        )
    else:
        elb.create_listener(LoadBalancerArn=lb["LoadBalancerArn"], Protocol="HTTP", Port=80, DefaultActions=forward)

    (planned_group,) = plan.of_type("aws:autoscaling/group:Group")
    group = f"{plan.outputs[out.AUTO_SCALING_GROUP_NAME]}{suffix}"
    here["autoscaling"].create_auto_scaling_group(
        AutoScalingGroupName=group,
        LaunchTemplate={"LaunchTemplateId": template, "Version": "$Default"},
        MinSize=planned_group.inputs["minSize"],
        MaxSize=planned_group.inputs["maxSize"],
        DesiredCapacity=planned_group.inputs["desiredCapacity"],
        VPCZoneIdentifier=",".join(subnets),
        TargetGroupARNs=[tg],
    )

    operations = world.operations(vpc, lb["LoadBalancerArn"], tg, group)
    named = {
        n: world.sub(plan.outputs[n]) if plan.outputs.get(n) is not None else None
        for n in (
            out.ALARM_TOPIC_ARN,
            out.DASHBOARD_NAME,
            out.PRIMARY_ACCESS_LOG_BUCKET_NAME,
            out.REPLICA_ACCESS_LOG_BUCKET_NAME,
            out.BUDGET_NAME,
            out.TRAIL_ARN,
            out.TRAIL_BUCKET_NAME,
            out.TRAIL_KMS_KEY_ARN,
            out.INSTANCE_ROLE_NAME,
            out.INSTANCE_PROFILE_NAME,
            out.REPLICATION_ROLE_NAME,
            out.PRIMARY_BUCKET_NAME,
            out.REPLICA_BUCKET_NAME,
            out.LOG_BUCKET_NAME,
            out.PRIMARY_KMS_KEY_ARN,
            out.REPLICA_KMS_KEY_ARN,
            out.PRIMARY_REGION,
            out.REPLICA_REGION,
        )
    }
    outputs = {
        out.ALB_DNS_NAME: lb["DNSName"],
        out.ALB_URL: f"{'https' if https else 'http'}://{lb['DNSName']}",
        out.VPC_ID: vpc,
        out.AUTO_SCALING_GROUP_NAME: group,
        out.LAUNCH_TEMPLATE_ID: template,
        out.TARGET_GROUP_ARN: tg,
        out.LOAD_BALANCER_ARN: lb["LoadBalancerArn"],
        **named,
        **operations,
    }
    outputs.update({name: None for name in out.EDGE_OUTPUTS})  # the local stack runs no WAF and no CDN
    return {name: outputs[name] for name in out.STACK_OUTPUTS}
