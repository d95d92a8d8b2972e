"""The template's security and resilience guarantees, asserted on what the real program registers."""

from __future__ import annotations

import base64
import ipaddress
import json
import re

import pulumi
import pytest
from conftest import PROJECT, as_list, linked, policy_json, run_stack, settings_of, stack_config
from starter_shared.outputs import STACK_OUTPUTS

from components.blocks.secure_bucket import SecureBucketArgs
from components.blocks.security_group import cidr_peer
from components.config import REQUIRED_TAGS
from components.emulator import moto_replication, moto_rule
from components.storage import replication_rule
from components.web_tier import TLS_POLICY, user_data

BUCKET = "aws:s3/bucket:Bucket"
KEY = "aws:kms/key:Key"
LB = "aws:lb/loadBalancer:LoadBalancer"
LT = "aws:ec2/launchTemplate:LaunchTemplate"
SG = "aws:ec2/securityGroup:SecurityGroup"
INGRESS = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule"
EGRESS = "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule"
ROLE = "aws:iam/role:Role"
ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy"
LISTENER = "aws:lb/listener:Listener"
REPLICATION = "aws:s3/bucketReplicationConfig:BucketReplicationConfig"

STACKS = ["dev", "prod", "dev-https-nonat"]
LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup"
EXPECTED_OUTPUTS = set(STACK_OUTPUTS)  # the program exports every documented name (null for a part switched off)


def only(items: list):
    assert len(items) == 1, f"expected exactly one, got {[getattr(i, 'urn', i) for i in items]}"
    return items[0]


def log_bucket(run):
    return only(linked(run, only(run.of_type(LB)), "accessLogs", BUCKET))


def security_group(run, name_suffix: str):
    return only([g for g in run.of_type(SG) if g.name.endswith(name_suffix)])


# -- compute ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", STACKS)
def test_instances_get_no_public_ip_and_require_imdsv2_and_encrypted_gp3(runs, scenario):
    run = runs(scenario)
    template = only(run.of_type(LT)).inputs
    assert [ni["associatePublicIpAddress"] for ni in template["networkInterfaces"]] == ["false"]
    assert template["metadataOptions"]["httpTokens"] == "required"
    assert template["metadataOptions"]["httpPutResponseHopLimit"] == 1
    volumes = [m["ebs"] for m in template["blockDeviceMappings"]]
    assert volumes and all(v["encrypted"] == "true" and v["volumeType"] == "gp3" for v in volumes)
    assert "keyName" not in template, "no SSH key pairs: Session Manager only"
    assert not run.of_type("aws:ec2/instance:Instance")
    assert all(s.inputs.get("mapPublicIpOnLaunch") is False for s in run.of_type("aws:ec2/subnet:Subnet"))


@pytest.mark.parametrize("scenario", STACKS)
def test_group_uses_latest_template_in_private_subnets_with_elb_checks_and_refresh(runs, scenario):
    run = runs(scenario)
    group = only(run.of_type("aws:autoscaling/group:Group"))
    template = only(run.of_type(LT))
    private = {s.urn for s in run.of_type("aws:ec2/subnet:Subnet") if s.inputs["tags"]["Tier"] == "private"}
    assert set(group.property_dependencies["vpcZoneIdentifiers"]) == private
    assert group.inputs["launchTemplate"] == {"id": template.outputs["id"], "version": "1"}
    assert group.inputs["healthCheckType"] == "ELB" and group.inputs["healthCheckGracePeriod"] > 0
    assert group.inputs["instanceRefresh"]["strategy"] == "Rolling"
    assert group.inputs["targetGroupArns"] == [only(run.of_type("aws:lb/targetGroup:TargetGroup")).outputs["arn"]]
    assert "desiredCapacity" in group.ignore_changes
    cfg = stack_config(scenario.split("-")[0])
    assert (group.inputs["minSize"], group.inputs["maxSize"]) == (
        int(cfg[f"{PROJECT}:minSize"]),
        int(cfg[f"{PROJECT}:maxSize"]),
    )
    policy = only(run.of_type("aws:autoscaling/policy:Policy")).inputs
    assert policy["policyType"] == "TargetTrackingScaling"


@pytest.mark.parametrize("health_path", ["/health", "/status/ready", "/"])
def test_user_data_serves_page_and_health_without_downloading(health_path):
    script = user_data(health_path)
    for forbidden in ("yum ", "dnf ", "pip ", "apt", "wget", "amazon-linux-extras"):
        assert forbidden not in script
    urls = re.findall(r"\w+://[^\s\"']+", script)
    assert urls == ["http://169.254.169.254/latest"], "only the instance metadata service is contacted"
    assert all('"$imds/' in line for line in script.splitlines() if "curl " in line)
    served = health_path + ("index.html" if health_path.endswith("/") else "")
    assert f'$root{served}"' in script and "python3 -m http.server 80" in script


@pytest.mark.parametrize(("health_path", "file"), [("/health", "/health"), ("/", "/index.html"), ("/a/", "/a/index.html")])
def test_user_data_writes_the_health_answer_to_the_file_the_path_serves(health_path, file):
    """A path ending in / is served from its index.html, so that is the file the boot script writes."""
    assert f'[ -e "$root{file}" ] || echo ok > "$root{file}"' in user_data(health_path).splitlines()


def test_launch_template_carries_the_boot_script(runs):
    template = only(runs("dev").of_type(LT)).inputs
    assert base64.b64decode(template["userData"]).decode() == user_data("/health")


# -- network exposure ----------------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", STACKS)
def test_only_80_443_reach_the_alb_from_allowed_cidrs_and_only_the_alb_reaches_instances(runs, scenario):
    run = runs(scenario)
    alb_sg, instance_sg = security_group(run, "-alb"), security_group(run, "-instances")
    cfg = stack_config(scenario.split("-")[0])
    allowed = set(json.loads(cfg[f"{PROJECT}:allowedCidrs"]))
    https = f"{PROJECT}:certificateArn" in cfg or scenario == "dev-https-nonat"
    if scenario == "dev-https-nonat":
        allowed = {"0.0.0.0/0", "::/0"}

    def rules(kind, group):
        return [r for r in run.of_type(kind) if group.urn in r.property_dependencies.get("securityGroupId", [])]

    alb_in = rules(INGRESS, alb_sg)
    assert {(r.inputs["fromPort"], r.inputs["toPort"]) for r in alb_in} == ({(80, 80), (443, 443)} if https else {(80, 80)})
    assert {r.inputs.get("cidrIpv4") or r.inputs.get("cidrIpv6") for r in alb_in} == allowed
    # each range in its own family's argument (AWS rejects an IPv6 range given as cidrIpv4)
    family = {4: "cidrIpv4", 6: "cidrIpv6"}
    assert {(k, r.inputs[k]) for r in alb_in for k in family.values() if k in r.inputs} == {
        (family[ipaddress.ip_network(c).version], c) for c in allowed
    }
    alb_out = only(rules(EGRESS, alb_sg))
    assert alb_out.property_dependencies["referencedSecurityGroupId"] == [instance_sg.urn]
    assert "cidrIpv4" not in alb_out.inputs

    instance_in = only(rules(INGRESS, instance_sg))
    assert instance_in.property_dependencies["referencedSecurityGroupId"] == [alb_sg.urn]
    assert "cidrIpv4" not in instance_in.inputs and "cidrIpv6" not in instance_in.inputs
    # nothing but declared groups: the VPC default group is adopted with no rules
    default_sg = only(run.of_type("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup")).inputs
    assert default_sg["ingress"] == [] and default_sg["egress"] == []


@pytest.mark.parametrize("scenario", STACKS)
def test_no_port_22_anywhere(runs, scenario):
    run = runs(scenario)
    ranges = [(r.inputs.get("fromPort"), r.inputs.get("toPort"), r.inputs.get("ipProtocol")) for r in run.of_type(INGRESS)]
    for group in run.of_type(SG, "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup"):
        ranges += [(i.get("fromPort"), i.get("toPort"), i.get("protocol")) for i in group.inputs.get("ingress", [])]
    ranges += [
        (r.inputs.get("fromPort"), r.inputs.get("toPort"), r.inputs.get("protocol"))
        for r in run.of_type("aws:ec2/securityGroupRule:SecurityGroupRule")
        if r.inputs.get("type") == "ingress"
    ]
    assert ranges
    for low, high, protocol in ranges:
        assert protocol != "-1" and not (low <= 22 <= high), (low, high, protocol)


@pytest.mark.parametrize(("scenario", "nats", "ssm_endpoints"), [("dev", 1, 0), ("prod", 3, 0), ("dev-https-nonat", 0, 3)])
def test_nat_mode_and_private_access_to_aws(runs, scenario, nats, ssm_endpoints):
    run = runs(scenario)
    assert len(run.of_type("aws:ec2/natGateway:NatGateway")) == nats
    endpoints = run.of_type("aws:ec2/vpcEndpoint:VpcEndpoint")
    gateway = only([e for e in endpoints if e.inputs["vpcEndpointType"] == "Gateway"])
    assert gateway.inputs["serviceName"] == "com.amazonaws.eu-west-1.s3"
    private_tables = [t for t in run.of_type("aws:ec2/routeTable:RouteTable") if "-private-" in t.name]
    assert set(gateway.property_dependencies["routeTableIds"]) == {t.urn for t in private_tables}
    assert len([e for e in endpoints if e.inputs["vpcEndpointType"] == "Interface"]) == ssm_endpoints
    for table in private_tables:
        assert len(table.inputs["routes"]) == (1 if nats else 0)


def test_subnets_span_the_configured_azs_without_overlap(runs):
    import ipaddress

    run = runs("prod")
    subnets = run.of_type("aws:ec2/subnet:Subnet")
    networks = [ipaddress.ip_network(s.inputs["cidrBlock"]) for s in subnets]
    vpc = ipaddress.ip_network(only(run.of_type("aws:ec2/vpc:Vpc")).inputs["cidrBlock"])
    assert len(subnets) == 6 and len({s.inputs["availabilityZone"] for s in subnets}) == 3
    assert all(n.subnet_of(vpc) for n in networks)
    assert not any(a.overlaps(b) for i, a in enumerate(networks) for b in networks[i + 1 :])


# -- load balancer -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("scenario", "deletion_protection"), [("dev", False), ("prod", True)])
def test_alb_drops_invalid_headers_logs_access_and_deletion_protection_follows_config(runs, scenario, deletion_protection):
    run = runs(scenario)
    lb = only(run.of_type(LB)).inputs
    assert lb["dropInvalidHeaderFields"] is True and lb["internal"] is False
    assert lb["enableDeletionProtection"] is deletion_protection
    assert lb["accessLogs"]["enabled"] is True
    assert lb["accessLogs"]["bucket"] == log_bucket(run).outputs["bucket"]


def test_plain_http_forward_without_certificate(runs):
    listener = only(runs("dev").of_type(LISTENER)).inputs
    assert (listener["port"], listener["protocol"]) == (80, "HTTP")
    assert [a["type"] for a in listener["defaultActions"]] == ["forward"]
    assert runs("dev").outputs["albUrl"].startswith("http://")


def test_https_with_tls12_policy_and_http_redirect_with_certificate(runs):
    run = runs("dev-https-nonat")
    listeners = {(r.inputs["port"], r.inputs["protocol"]): r.inputs for r in run.of_type(LISTENER)}
    assert set(listeners) == {(443, "HTTPS"), (80, "HTTP")}
    https = listeners[(443, "HTTPS")]
    assert https["sslPolicy"] == TLS_POLICY and "TLS13-1-2" in TLS_POLICY
    assert https["certificateArn"].startswith("arn:aws:acm:eu-west-1:")
    redirect = only(listeners[(80, "HTTP")]["defaultActions"])
    assert redirect["type"] == "redirect"
    assert redirect["redirect"] == {"protocol": "HTTPS", "port": "443", "statusCode": "HTTP_301"}
    assert run.outputs["albUrl"].startswith("https://")


@pytest.mark.parametrize("scenario", ["dev", "prod"])
def test_every_alarm_tells_the_encrypted_alarm_topic_and_the_web_alarms_exist(runs, scenario):
    """Whatever alarms the program declares act on the one alarm topic (alarm and OK actions), the topic is
    encrypted with a key of the stack, and the four web-tier alarms exist."""
    run = runs(scenario)
    topic = only(run.of_type("aws:sns/topic:Topic"))
    assert topic.inputs["kmsMasterKeyId"] in {k.outputs["arn"] for k in run.of_type(KEY)}
    alarms = run.of_type("aws:cloudwatch/metricAlarm:MetricAlarm")
    for alarm in alarms:
        assert alarm.inputs["alarmActions"] == alarm.inputs["okActions"] == [topic.outputs["arn"]], alarm.name
    by_metric = {a.inputs["metricName"]: a.inputs for a in alarms}
    assert {"UnHealthyHostCount", "HTTPCode_Target_5XX_Count", "HealthyHostCount", "CPUUtilization"} <= set(by_metric)
    assert set(by_metric["UnHealthyHostCount"]["dimensions"]) == {"LoadBalancer", "TargetGroup"}
    emails = json.loads(run.config.get(f"{PROJECT}:alarmEmails", "[]"))
    subscriptions = run.of_type("aws:sns/topicSubscription:TopicSubscription")
    assert sorted(x.inputs["endpoint"] for x in subscriptions) == sorted(emails)
    assert all(x.inputs["protocol"] == "email" and x.inputs["topic"] == topic.outputs["arn"] for x in subscriptions)


# -- storage -------------------------------------------------------------------------------------------


def bucket_settings(run, bucket):
    def one(token):
        return only(settings_of(run, bucket, "aws:s3/" + token)).inputs

    return {
        "versioning": one("bucketVersioning:BucketVersioning")["versioningConfiguration"]["status"],
        "encryption": one("bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration")["rules"],
        "pab": one("bucketPublicAccessBlock:BucketPublicAccessBlock"),
        "ownership": one("bucketOwnershipControls:BucketOwnershipControls")["rule"]["objectOwnership"],
        "policy": json.loads(one("bucketPolicy:BucketPolicy")["policy"]),
        "lifecycle": one("bucketLifecycleConfiguration:BucketLifecycleConfiguration")["rules"],
    }


@pytest.mark.parametrize("scenario", ["dev", "prod"])
def test_every_bucket_is_versioned_blocked_owner_enforced_tls_only_and_encrypted(runs, scenario):
    run = runs(scenario)
    # Log destinations (the ALB's, and the targets of S3 server access logging) are SSE-S3: AWS delivers there only.
    destinations = {log_bucket(run).urn} | {
        u for x in run.of_type("aws:s3/bucketLogging:BucketLogging") for u in x.property_dependencies["targetBucket"]
    }
    keys = {k.urn: k for k in run.of_type(KEY)}
    buckets = run.of_type(BUCKET)
    assert buckets
    for bucket in buckets:
        s = bucket_settings(run, bucket)
        assert s["versioning"] == "Enabled"
        assert all(
            s["pab"][flag] is True
            for flag in ("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets")
        )
        assert s["ownership"] == "BucketOwnerEnforced"
        deny = [
            st
            for st in s["policy"]["Statement"]
            if st["Effect"] == "Deny" and st.get("Condition", {}).get("Bool", {}).get("aws:SecureTransport") == "false"
        ]
        assert deny and deny[0]["Principal"] == "*" and deny[0]["Action"] == "s3:*"
        assert set(deny[0]["Resource"]) == {bucket.outputs["arn"], bucket.outputs["arn"] + "/*"}
        days = {r["id"]: r for r in s["lifecycle"]}["expire-noncurrent-versions"]["noncurrentVersionExpiration"]
        assert days["noncurrentDays"] == int(stack_config(scenario)[f"{PROJECT}:noncurrentVersionDays"])
        default = only(s["encryption"])["applyServerSideEncryptionByDefault"]
        if bucket.urn in destinations:
            assert default == {"sseAlgorithm": "AES256"}, "access logs are only delivered to SSE-S3 buckets"
            continue
        assert default["sseAlgorithm"] == "aws:kms" and only(s["encryption"])["bucketKeyEnabled"] is True
        encryption = only(
            settings_of(
                run, bucket, "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration"
            )
        )
        key = only([keys[u] for u in encryption.property_dependencies["rules"] if u in keys])
        assert default["kmsMasterKeyId"] == key.outputs["arn"]
        assert key.outputs["region"] == bucket.outputs["region"], "each bucket uses its own region's key"


def test_log_bucket_lets_only_regional_elb_delivery_write_under_its_prefix(runs):
    run = runs("dev")
    logs = log_bucket(run)
    statements = bucket_settings(run, logs)["policy"]["Statement"]
    allows = [s for s in statements if s["Effect"] == "Allow"]
    assert {json.dumps(s["Principal"], sort_keys=True) for s in allows} == {
        json.dumps({"AWS": "arn:aws:iam::156460612806:root"}),  # eu-west-1's ELB account
        json.dumps({"Service": "logdelivery.elasticloadbalancing.amazonaws.com"}),
    }
    expected = f"{logs.outputs['arn']}/alb/AWSLogs/123456789012/*"
    assert all(s["Action"] == "s3:PutObject" and s["Resource"] == expected for s in allows)


@pytest.mark.parametrize("scenario", ["dev", "prod"])
def test_replication_targets_replica_bucket_in_replica_region_with_replica_key(runs, scenario):
    run = runs(scenario)
    replica_region = stack_config(scenario)[f"{PROJECT}:replicaRegion"]
    buckets = {b.name: b for b in run.of_type(BUCKET)}
    keys = {k.name: k for k in run.of_type(KEY)}
    primary, replica = buckets["data-primary"], buckets["data-replica"]
    assert replica.inputs["region"] == replica_region and "region" not in primary.inputs
    assert keys["data-replica-key"].inputs["region"] == replica_region
    config = only(run.of_type(REPLICATION))
    assert config.inputs["bucket"] == primary.outputs["id"]
    rule = only(config.inputs["rules"])
    assert rule["status"] == "Enabled" and rule["filter"] == {"prefix": ""}
    assert rule["deleteMarkerReplication"] == {"status": "Enabled"}
    assert rule["sourceSelectionCriteria"] == {"sseKmsEncryptedObjects": {"status": "Enabled"}}
    assert rule["destination"]["bucket"] == replica.outputs["arn"]
    assert rule["destination"]["encryptionConfiguration"]["replicaKmsKeyId"] == keys["data-replica-key"].outputs["arn"]
    role = only([r for r in run.of_type(ROLE) if r.name == "roles-replication"])
    assert config.inputs["role"] == role.outputs["arn"]
    # configured only after the role may replicate and both buckets are versioned
    assert {(r.type, r.name) for r in linked(run, config, "role", ROLE, ROLE_POLICY)} == {
        (ROLE, "roles-replication"),
        (ROLE_POLICY, "roles-replication"),
    }
    versioning = {
        v.urn
        for v in run.of_type("aws:s3/bucketVersioning:BucketVersioning")
        if v.name in ("data-primary-versioning", "data-replica-versioning")
    }
    assert versioning <= set(config.dependencies)


@pytest.mark.parametrize("scenario", ["dev", "prod"])
def test_kms_keys_rotate(runs, scenario):
    run = runs(scenario)
    keys = run.of_type(KEY)  # the data keys, the operations' keys, and one per edge log group where waf or cdn is on
    assert keys and all(k.inputs["enableKeyRotation"] is True for k in keys)


@pytest.mark.parametrize("scenario", ["dev", "prod"])
def test_every_key_has_an_explicit_policy_and_an_alias(runs, scenario):
    """No key runs on the default policy (root kms:*, which lets any IAM grant of the account use the key): the
    account root administers, and each use grant carries a condition (a service, a context, the account)."""
    run = runs(scenario)
    aliases = run.of_type("aws:kms/alias:Alias")
    for key in run.of_type(KEY):
        document = json.loads(key.inputs["policy"])
        for st in document["Statement"]:
            actions = as_list(st["Action"])
            assert "kms:*" not in actions and "*" not in actions, key.name
            uses = [
                a for a in actions if a.startswith(("kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey", "kms:ReEncrypt"))
            ]
            assert not uses or st.get("Condition"), f"{key.name}: {st['Sid']} grants use without a condition"
        admin = only([st for st in document["Statement"] if st["Sid"] == "AccountAdministersKey"])
        assert admin["Principal"] == {"AWS": "arn:aws:iam::123456789012:root"} and "kms:Decrypt" not in admin["Action"]
        mine = [a for a in aliases if key.urn in a.property_dependencies["targetKeyId"]]
        assert len(mine) == 1 and mine[0].inputs["name"].startswith(f"alias/{PROJECT}-{scenario}-"), key.name
    assert len({a.inputs["name"] for a in aliases}) == len(aliases)


@pytest.mark.parametrize(("scenario", "protected"), [("dev", False), ("prod", True)])
def test_data_resources_protected_only_where_config_says(runs, scenario, protected):
    run = runs(scenario)
    # Buckets and keys; every log group (the flow logs', and the WAF's and CloudFront's where waf or cdn is on).
    kept = (BUCKET, KEY, LOG_GROUP)
    data = run.of_type(*kept)
    assert data
    assert {(r.name, r.protect, r.retain_on_delete) for r in data} == {(r.name, protected, protected) for r in data}
    assert all(not r.protect for r in run.resources if r.type not in kept)


# -- IAM -----------------------------------------------------------------------------------------------

READ_PREFIXES = ("Get", "List", "Describe")


@pytest.mark.parametrize("scenario", ["dev", "prod"])
def test_role_policies_have_no_wildcard_actions_and_scope_writes_to_known_arns(runs, scenario):
    run = runs(scenario)
    known = set()
    for r in run.of_type(BUCKET):
        known |= {r.outputs["arn"], r.outputs["arn"] + "/*"}
    known |= {k.outputs["arn"] for k in run.of_type(KEY)}
    for group in run.of_type("aws:cloudwatch/logGroup:LogGroup"):
        known |= {group.outputs["arn"], group.outputs["arn"] + ":log-stream:*"}
    prefix = stack_config(scenario).get(f"{PROJECT}:appDataPrefix", "app/")
    policies = run.of_type(ROLE_POLICY)
    assert policies
    for policy in policies:
        for st in as_list(policy_json(policy)["Statement"]):
            assert st["Effect"] == "Allow" and "NotAction" not in st and "NotResource" not in st
            for action in as_list(st["Action"]):
                verb = action.partition(":")[2]
                assert "*" not in action, action
                resources = as_list(st["Resource"])
                assert "*" not in resources
                if not verb.startswith(READ_PREFIXES):
                    for resource in resources:
                        scoped = resource in known or any(resource == f"{k.removesuffix('/*')}/{prefix}*" for k in known)
                        assert scoped, f"{policy.name}: {action} on {resource}"


@pytest.mark.parametrize(
    ("role", "service"), [("roles-instance", "ec2.amazonaws.com"), ("roles-replication", "s3.amazonaws.com")]
)
def test_trust_policies_name_only_their_service(runs, role, service):
    run = runs("dev")
    trust = policy_json(only([r for r in run.of_type(ROLE) if r.name == role]), "assumeRolePolicy")
    statement = only(as_list(trust["Statement"]))
    assert statement["Principal"] == {"Service": service}
    assert statement["Action"] == "sts:AssumeRole" and statement["Effect"] == "Allow"


def test_instance_role_reaches_only_its_prefix_and_session_manager(runs):
    run = runs("dev")
    instance = only([p for p in run.of_type(ROLE_POLICY) if p.name == "roles-instance-data"])
    statements = {s["Sid"]: s for s in policy_json(instance)["Statement"]}
    bucket = only([b for b in run.of_type(BUCKET) if b.name == "data-primary"]).outputs["arn"]
    assert statements["ReadWriteOwnPrefix"]["Resource"] == f"{bucket}/app/*"
    assert statements["ListOwnPrefix"]["Condition"] == {"StringLike": {"s3:prefix": ["app/", "app/*"]}}
    attachment = only(run.of_type("aws:iam/rolePolicyAttachment:RolePolicyAttachment")).inputs
    assert attachment["policyArn"] == "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
    profile = only(run.of_type("aws:iam/instanceProfile:InstanceProfile"))
    template = only(run.of_type(LT))
    assert template.inputs["iamInstanceProfile"] == {"arn": profile.outputs["arn"]}


# -- tags, structure, outputs ----------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", ["dev", "prod"])
def test_required_tags_come_from_default_tags_and_reach_launched_instances(runs, scenario):
    run = runs(scenario)
    tags = json.loads(run.config["aws:defaultTags"])["tags"]
    assert set(REQUIRED_TAGS) <= set(tags) and all(tags[t] for t in REQUIRED_TAGS)
    for r in run.resources:  # no resource overrides a required tag with another value
        for name in REQUIRED_TAGS:
            declared = r.inputs.get("tags")
            if isinstance(declared, dict):
                assert declared.get(name, tags[name]) == tags[name], r.urn
    group = only(run.of_type("aws:autoscaling/group:Group")).inputs
    propagated = {t["key"]: t["value"] for t in group["tags"] if t["propagateAtLaunch"]}
    assert {k: propagated[k] for k in REQUIRED_TAGS} == {k: tags[k] for k in REQUIRED_TAGS}
    for spec in only(run.of_type(LT)).inputs["tagSpecifications"]:
        assert {k: spec["tags"][k] for k in REQUIRED_TAGS} == {k: tags[k] for k in REQUIRED_TAGS}


@pytest.mark.parametrize("scenario", STACKS)
def test_every_resource_sits_in_a_component_and_outputs_are_exact(runs, scenario):
    run = runs(scenario)
    by_urn = run.by_urn()
    stack = only([r for r in run.resources if r.type == "pulumi:pulumi:Stack"])
    components = {r.urn for r in run.resources if not r.custom}
    for r in run.resources:
        if r is stack:
            continue
        if r.custom:
            assert r.parent in components and r.parent != stack.urn, f"{r.urn} is not inside a component"
        else:
            assert r.type.startswith("starter:") and r.parent in by_urn
    assert set(run.outputs) == EXPECTED_OUTPUTS
    assert run.outputs["replicaRegion"] != run.outputs["primaryRegion"]


def test_preview_mode_leaves_computed_values_unknown_but_guarantees_visible(runs):
    run = runs("dev-preview")
    assert run.outputs["albDnsName"] == "[unknown]" and run.outputs["primaryRegion"] == "eu-west-1"
    # The provider's Check autonames during a preview too: the bucket's physical name is already known.
    assert run.outputs["primaryBucketName"].startswith("data-primary-")
    template = only(run.of_type(LT)).inputs
    assert template["metadataOptions"]["httpTokens"] == "required"
    assert template["iamInstanceProfile"] == {"arn": "[unknown]"}
    assert len(run.resources) == len(runs("dev").resources)


def test_stacks_run_in_isolation(runs):
    dev, prod = runs("dev"), runs("prod")
    assert dev.stack == "dev" and prod.stack == "prod"
    assert all(r.urn.startswith("urn:pulumi:dev::") for r in dev.resources)
    assert all(r.urn.startswith("urn:pulumi:prod::") for r in prod.resources)
    assert len(prod.of_type("aws:ec2/subnet:Subnet")) == 6 and len(dev.of_type("aws:ec2/subnet:Subnet")) == 4


# -- building blocks and the emulator switch -------------------------------------------------------------


@pytest.mark.parametrize(
    ("encryption", "valid"),
    [
        ({}, False),  # neither: no silent SSE-S3 default
        ({"kms_key_arn": "arn:aws:kms:eu-west-1:123456789012:key/k", "log_delivery": True}, False),  # both
        ({"kms_key_arn": "arn:aws:kms:eu-west-1:123456789012:key/k"}, True),
        ({"log_delivery": True}, True),
    ],
)
def test_secure_bucket_encryption_is_chosen_explicitly(encryption, valid):
    if valid:
        SecureBucketArgs(noncurrent_version_days=30, **encryption)
        return
    # The whole message, as the forker who passed the wrong arguments reads it.
    message = (
        "SecureBucketArgs: give exactly one of kms_key_arn (SSE-KMS) and log_delivery=True (SSE-S3, for access-log buckets)"
    )
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        SecureBucketArgs(noncurrent_version_days=30, **encryption)


@pytest.mark.parametrize(
    ("cidr", "peer"),
    [
        ("203.0.113.0/24", {"cidr_ipv4": "203.0.113.0/24"}),
        ("0.0.0.0/0", {"cidr_ipv4": "0.0.0.0/0"}),
        ("2001:db8::/32", {"cidr_ipv6": "2001:db8::/32"}),
        ("::/0", {"cidr_ipv6": "::/0"}),
    ],
)
def test_a_cidr_peer_names_its_address_family(cidr, peer):
    assert cidr_peer(cidr) == peer


def test_only_the_emulator_stack_drops_what_moto_cannot_round_trip(runs):
    rule = only(only(runs("local").of_type(REPLICATION)).inputs["rules"])
    assert not {"filter", "deleteMarkerReplication"} & set(rule)
    assert rule["status"] == "Enabled" and rule["destination"]["encryptionConfiguration"]["replicaKmsKeyId"]
    assert rule["sourceSelectionCriteria"] == {"sseKmsEncryptedObjects": {"status": "Enabled"}}  # the emulator answers it
    full = replication_rule("replica-arn", "replica-key")
    assert moto_rule(full) == {k: v for k, v in full.items() if k not in ("filter", "delete_marker_replication")}


@pytest.mark.parametrize(
    "dropped",
    [
        ("filter", "delete_marker_replication"),  # the SDK's snake_case dict inputs
        ("filter", "deleteMarkerReplication"),  # the same fields in camelCase
    ],
    ids=["snake_case", "camelCase"],
)
def test_moto_rule_drops_each_field_moto_loses_in_either_spelling(dropped):
    kept = {"id": "r", "status": "Enabled", "priority": 1, "destination": {"bucket": "b"}}
    for field in dropped:
        assert moto_rule({**kept, field: {"status": "Enabled"}}) == kept, field
    for field in ("source_selection_criteria", "sourceSelectionCriteria"):  # tools/local_stack/emulator.py answers it
        assert moto_rule({**kept, field: {"status": "Enabled"}}) == {**kept, field: {"status": "Enabled"}}, field
    not_a_dict = ["a rule given as an args object is passed through"]
    assert moto_rule(not_a_dict) is not_a_dict


@pytest.mark.parametrize(
    ("type_", "rules", "changed"),
    [
        (REPLICATION, [{"id": "r", "filter": {}}, "an args object"], [{"id": "r"}, "an args object"]),
        (REPLICATION, "not a list", None),
        # other resources with a rules list, sorting before and after the replication token, are left alone
        ("aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration", [{"id": "r", "filter": {}}], None),
        ("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", [{"filter": {}}], None),
    ],
)
def test_the_moto_transformation_rewrites_only_replication_rules(type_, rules, changed):
    opts = pulumi.ResourceOptions()
    result = moto_replication(pulumi.ResourceTransformationArgs(None, type_, "x", {"rules": rules, "role": "r"}, opts))  # type: ignore[arg-type]
    if changed is None:
        assert result is None
        return
    assert result is not None and result.opts is opts
    assert result.props == {"rules": changed, "role": "r"}


def test_the_moved_replication_role_aliases_its_old_urns(monkeypatch):
    """Upgrade path: the role and its policy moved from SecurityRoles to ReplicatedStorage; each carries an
    alias that resolves to its URN before the move, so a deployed stack adopts it instead of replacing it."""
    from starter_shared.facts import qualified_type, urn

    from tools.offline_preview import engine

    aliased: dict[tuple[str, str], list[str]] = {}

    class AliasRecorder(engine.RecordingMonitor):
        def RegisterResource(self, request):
            aliased[(request.type, request.name)] = [
                urn(
                    a.spec.stack or "dev",
                    a.spec.project or PROJECT,
                    qualified_type(a.spec.parentUrn, request.type),
                    a.spec.name or request.name,
                )
                for a in request.aliases
                if a.HasField("spec")
            ]
            return super().RegisterResource(request)

    monkeypatch.setattr(engine, "RecordingMonitor", AliasRecorder)
    run = run_stack("dev")
    for token in (ROLE, ROLE_POLICY):
        moved = only([r for r in run.of_type(token) if r.name == "roles-replication"])
        assert moved.parent == only([r for r in run.resources if r.type == "starter:storage:ReplicatedStorage"]).urn
        old = f"urn:pulumi:dev::{PROJECT}::starter:security:SecurityRoles${token}::roles-replication"
        assert aliased[(token, "roles-replication")] == [old]


PROFILE = "aws:iam/instanceProfile:InstanceProfile"
# (logical name, type, TemplateIamNames field): the template's named IAM resources.
IAM_NAMED = [
    ("roles-instance", ROLE, "instance_role"),
    ("roles-instance", PROFILE, "instance_profile"),
    ("roles-replication", ROLE, "replication_role"),
]


@pytest.mark.parametrize("scenario", ["dev", "prod", "local"])
@pytest.mark.parametrize(("logical", "token", "field"), IAM_NAMED, ids=[f"{n[2]}" for n in IAM_NAMED])
def test_iam_names_are_pinned_to_project_and_stack(runs, scenario, logical, token, field):
    """The bootstrap's deploy role <env> writes IAM only on the exact ARNs of stack <env>'s roles and profile:
    the template names them <project>-<stack>-... (the project's name from Pulumi.yaml, never spelled in code)."""
    from starter_shared.iam_names import template_iam_names

    resource = only([r for r in runs(scenario).of_type(token) if r.name == logical])
    assert resource.inputs["name"] == getattr(template_iam_names(PROJECT, scenario), field)
    assert resource.inputs["name"].startswith(f"{PROJECT}-{scenario}-")


def test_named_iam_resources_are_deleted_before_replacement(monkeypatch, runs):
    """A replacement of a named role or instance profile would otherwise create it next to itself (same name)."""
    from tools.offline_preview import engine

    replaced_first: dict[tuple[str, str], bool] = {}

    class Recorder(engine.RecordingMonitor):
        def RegisterResource(self, request):
            replaced_first[(request.type, request.name)] = request.deleteBeforeReplace
            return super().RegisterResource(request)

    monkeypatch.setattr(engine, "RecordingMonitor", Recorder)
    run_stack("dev")
    named = {(r.type, r.name) for r in runs("dev").of_type(ROLE, PROFILE) if "name" in r.inputs}
    assert {(t, n) for n, t, _ in IAM_NAMED} <= named
    assert {(t, n) for (t, n), first in replaced_first.items() if first} == named


@pytest.mark.parametrize(
    ("output", "logical", "token"),
    [
        ("instanceRoleName", "roles-instance", ROLE),
        ("instanceProfileName", "roles-instance", PROFILE),
        ("replicationRoleName", "roles-replication", ROLE),
    ],
)
def test_outputs_keep_their_names_and_carry_the_pinned_names(runs, output, logical, token):
    run = runs("dev")
    assert run.outputs[output] == only([r for r in run.of_type(token) if r.name == logical]).inputs["name"]


def _component_dataclasses() -> list[type]:
    import dataclasses
    import importlib
    import pkgutil

    import components

    found = []
    for info in pkgutil.walk_packages(components.__path__, "components."):
        module = importlib.import_module(info.name)
        classes = [c for c in vars(module).values() if isinstance(c, type) and c.__module__ == info.name]
        found += [c for c in classes if dataclasses.is_dataclass(c)]
    return sorted(found, key=lambda c: c.__qualname__)


@pytest.mark.parametrize("cls", _component_dataclasses(), ids=lambda c: c.__qualname__)
def test_component_args_and_config_are_frozen_values(cls):
    """Args objects and the parsed config are values: a component cannot change what its caller passed on."""
    assert cls.__dataclass_params__.frozen, f"{cls.__qualname__} is not frozen"


def test_optional_args_default_to_the_plain_choice_a_caller_must_opt_out_of():
    """What a forker gets when leaving an optional argument out: no certificate (plain HTTP), no deletion
    protection, no protect/retainOnDelete, no extra bucket statements, the provider's region, objects kept."""
    from components.storage import ReplicatedStorageArgs
    from components.web_tier import AccessLogArgs, EdgeArgs

    edge = EdgeArgs(allowed_cidrs=["203.0.113.0/24"])
    assert (edge.certificate_arn, edge.deletion_protection) == (None, False)
    assert AccessLogArgs(account_id="1", retention_days=1, noncurrent_version_days=1).protect is False
    storage = ReplicatedStorageArgs(
        account_id="1", primary_region="a", replica_region="b", noncurrent_version_days=1, replication_role_name="r"
    )
    assert storage.protect is False
    bucket = SecureBucketArgs(noncurrent_version_days=1, kms_key_arn="arn")
    assert (bucket.log_delivery, bucket.region, bucket.current_version_days, bucket.extra_statements, bucket.protect) == (
        False,
        None,
        None,
        None,
        False,
    )


# -- operations (issue 22) -------------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", ["dev", "prod"])
def test_every_vpc_has_a_flow_log_of_all_traffic_into_an_encrypted_expiring_log_group(runs, scenario):
    """Whatever VPCs the program declares: each has a flow log of ALL traffic into a KMS-encrypted log group that
    expires after flowLogRetentionDays, delivered by a role whose policy names that log group only."""
    run = runs(scenario)
    config = stack_config(scenario)
    days = int(config.get(f"{PROJECT}:flowLogRetentionDays", 30))
    groups = {g.urn: g for g in run.of_type("aws:cloudwatch/logGroup:LogGroup")}
    keys = {k.outputs["arn"] for k in run.of_type(KEY)}
    vpcs = run.of_type("aws:ec2/vpc:Vpc")
    flows = run.of_type("aws:ec2/flowLog:FlowLog")
    assert vpcs and {f.inputs["vpcId"] for f in flows} == {v.outputs["id"] for v in vpcs}
    for flow in flows:
        assert flow.inputs["trafficType"] == "ALL" and flow.inputs["logDestinationType"] == "cloud-watch-logs"
        group = groups[only(flow.property_dependencies["logDestination"])]
        assert group.inputs["kmsKeyId"] in keys and group.inputs["retentionInDays"] == days
        role = only([r for r in run.of_type(ROLE) if r.outputs["arn"] == flow.inputs["iamRoleArn"]])
        policy = only([p for p in run.of_type(ROLE_POLICY) if p.inputs["role"] == role.outputs["name"]])
        resources = {r for st in policy_json(policy)["Statement"] for r in as_list(st["Resource"])}
        assert resources == {group.outputs["arn"], group.outputs["arn"] + ":log-stream:*"}


@pytest.mark.parametrize("scenario", ["dev", "prod"])
def test_the_trail_covers_every_region_validates_and_encrypts_and_its_bucket_admits_only_it(runs, scenario):
    run = runs(scenario)
    trail = only(run.of_type("aws:cloudtrail/trail:Trail"))
    assert trail.inputs["isMultiRegionTrail"] is True and trail.inputs["enableLogFileValidation"] is True
    assert trail.inputs["kmsKeyId"] in {k.outputs["arn"] for k in run.of_type(KEY)}
    bucket = only([b for b in run.of_type(BUCKET) if b.urn in trail.property_dependencies["s3BucketName"]])
    policy = json.loads(only(settings_of(run, bucket, "aws:s3/bucketPolicy:BucketPolicy")).inputs["policy"])
    allows = [st for st in policy["Statement"] if st["Effect"] == "Allow"]
    assert allows and all(
        st["Condition"]["StringEquals"] == {"aws:SourceArn": trail.outputs["arn"], "aws:SourceAccount": "123456789012"}
        for st in allows
    )


@pytest.mark.parametrize("scenario", ["dev", "prod"])
def test_the_budget_counts_the_project_tag_and_tells_the_alarm_topic_actual_and_forecast(runs, scenario):
    run = runs(scenario)
    budget = only(run.of_type("aws:budgets/budget:Budget")).inputs
    project = json.loads(run.config["aws:defaultTags"])["tags"]["Project"]
    assert budget["limitAmount"] == stack_config(scenario)[f"{PROJECT}:monthlyBudgetUsd"]
    assert budget["costFilters"] == [{"name": "TagKeyValue", "values": [f"user:Project${project}"]}]
    topic = only(run.of_type("aws:sns/topic:Topic")).outputs["arn"]
    told = {n["notificationType"] for n in budget["notifications"] if n["subscriberSnsTopicArns"] == [topic]}
    assert told == {"ACTUAL", "FORECASTED"}
