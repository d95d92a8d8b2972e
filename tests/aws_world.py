"""A compliant deployment of the template, built with boto3 against an emulator: what `pulumi up` would leave
in the account (both regions, keys, buckets with every setting, roles, launch template, group, ALB, target
group, listeners). Returns the stack outputs the template exports, under the same names.

Also used by the stand-in `pulumi` of the local-stack tests, as what its `up` creates.
"""

from __future__ import annotations

import json
from typing import Any

import boto3

PRIMARY, REPLICA = "eu-west-1", "eu-central-1"
ACCOUNT = "123456789012"  # moto's account
TLS_DENY = {"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
            "Condition": {"Bool": {"aws:SecureTransport": "false"}}}


def clients(endpoint: str, region: str) -> dict[str, Any]:
    session = boto3.session.Session(aws_access_key_id="testing", aws_secret_access_key="testing", region_name=region)
    config = boto3.session.Config(s3={"addressing_style": "path"})
    return {name: session.client(name, endpoint_url=endpoint, config=config)
            for name in ("s3", "kms", "iam", "ec2", "elbv2", "autoscaling", "acm")}


def _bucket(s3: Any, name: str, region: str, sse: dict[str, Any], extra_statements: list[dict] = ()) -> None:
    s3.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": region})
    s3.put_bucket_ownership_controls(Bucket=name, OwnershipControls={"Rules": [{"ObjectOwnership": "BucketOwnerEnforced"}]})
    s3.put_public_access_block(Bucket=name, PublicAccessBlockConfiguration={
        "BlockPublicAcls": True, "IgnorePublicAcls": True, "BlockPublicPolicy": True, "RestrictPublicBuckets": True})
    s3.put_bucket_versioning(Bucket=name, VersioningConfiguration={"Status": "Enabled"})
    s3.put_bucket_encryption(Bucket=name, ServerSideEncryptionConfiguration={"Rules": [
        {"ApplyServerSideEncryptionByDefault": sse, "BucketKeyEnabled": sse["SSEAlgorithm"] == "aws:kms"}]})
    statements = [{**TLS_DENY, "Resource": [f"arn:aws:s3:::{name}", f"arn:aws:s3:::{name}/*"]}, *extra_statements]
    s3.put_bucket_policy(Bucket=name, Policy=json.dumps({"Version": "2012-10-17", "Statement": statements}))


def build(endpoint: str, https: bool = False, suffix: str = "") -> dict[str, str]:
    """Create the deployment; ``https`` adds a 443 listener and makes port 80 redirect (a certificate);
    ``suffix`` makes every name distinct, for a second deployment in the same emulator."""
    here, there = clients(endpoint, PRIMARY), clients(endpoint, REPLICA)

    keys = {}
    for label, c in (("primary", here), ("replica", there)):
        key = c["kms"].create_key(Description=f"Encrypts the {label} data bucket")["KeyMetadata"]["Arn"]
        c["kms"].enable_key_rotation(KeyId=key)
        keys[label] = key

    primary, replica, logs = f"data-primary-ab011bd{suffix}", f"data-replica-b3c4add{suffix}", f"web-logs-b847c02{suffix}"
    _bucket(here["s3"], primary, PRIMARY, {"SSEAlgorithm": "aws:kms", "KMSMasterKeyID": keys["primary"]})
    _bucket(there["s3"], replica, REPLICA, {"SSEAlgorithm": "aws:kms", "KMSMasterKeyID": keys["replica"]})
    _bucket(here["s3"], logs, PRIMARY, {"SSEAlgorithm": "AES256"}, [{
        "Sid": "ElbLogDelivery", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::156460612806:root"},
        "Action": "s3:PutObject", "Resource": f"arn:aws:s3:::{logs}/alb/AWSLogs/{ACCOUNT}/*"}])

    iam = here["iam"]
    trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"},
                                                      "Action": "sts:AssumeRole"}]}
    instance_role = f"roles-instance-a550044{suffix}"
    iam.create_role(RoleName=instance_role, AssumeRolePolicyDocument=json.dumps(trust))
    iam.put_role_policy(RoleName=instance_role, PolicyName="roles-instance-data", PolicyDocument=json.dumps({
        "Version": "2012-10-17", "Statement": [
            {"Sid": "ReadWriteOwnPrefix", "Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"],
             "Resource": f"arn:aws:s3:::{primary}/app/*"},
            {"Sid": "UseDataKeyThroughS3", "Effect": "Allow", "Action": ["kms:Decrypt", "kms:GenerateDataKey"],
             "Resource": keys["primary"]}]}))
    iam.attach_role_policy(RoleName=instance_role, PolicyArn="arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore")
    profile = iam.create_instance_profile(InstanceProfileName=instance_role)["InstanceProfile"]["Arn"]
    iam.add_role_to_instance_profile(InstanceProfileName=instance_role, RoleName=instance_role)
    replication_role = f"roles-replication-39b18fe{suffix}"
    s3_trust = {**trust, "Statement": [{**trust["Statement"][0], "Principal": {"Service": "s3.amazonaws.com"}}]}
    role_arn = iam.create_role(RoleName=replication_role, AssumeRolePolicyDocument=json.dumps(s3_trust))["Role"]["Arn"]

    here["s3"].put_bucket_replication(Bucket=primary, ReplicationConfiguration={"Role": role_arn, "Rules": [{
        "ID": "replicate-all-to-replica-region", "Status": "Enabled", "Priority": 1, "Filter": {"Prefix": ""},
        "DeleteMarkerReplication": {"Status": "Enabled"},
        "SourceSelectionCriteria": {"SseKmsEncryptedObjects": {"Status": "Enabled"}},
        "Destination": {"Bucket": f"arn:aws:s3:::{replica}", "StorageClass": "STANDARD",
                        "EncryptionConfiguration": {"ReplicaKmsKeyID": keys["replica"]}}}]})

    ec2 = here["ec2"]
    vpc = ec2.create_vpc(CidrBlock="10.20.0.0/16")["Vpc"]["VpcId"]
    subnets = [ec2.create_subnet(VpcId=vpc, CidrBlock=f"10.20.{i * 16}.0/20", AvailabilityZone=f"{PRIMARY}{z}")
               ["Subnet"]["SubnetId"] for i, z in enumerate("ab")]
    alb_sg = ec2.create_security_group(GroupName=f"web-alb{suffix}", Description="ALB", VpcId=vpc)["GroupId"]
    instance_sg = ec2.create_security_group(GroupName=f"web-instances{suffix}", Description="EC2", VpcId=vpc)["GroupId"]
    image = ec2.describe_images(Owners=["amazon"], Filters=[
        {"Name": "name", "Values": ["al2023-ami-2023.*-arm64"]}])["Images"][0]["ImageId"]
    template = ec2.create_launch_template(LaunchTemplateName=f"web-lt-0c2a7c1{suffix}", LaunchTemplateData={
        "ImageId": image, "InstanceType": "t4g.small", "IamInstanceProfile": {"Arn": profile},
        "MetadataOptions": {"HttpTokens": "required", "HttpPutResponseHopLimit": 1, "HttpEndpoint": "enabled"},
        "BlockDeviceMappings": [{"DeviceName": "/dev/xvda",
                                 "Ebs": {"Encrypted": True, "VolumeSize": 20, "VolumeType": "gp3"}}],
        "NetworkInterfaces": [{"DeviceIndex": 0, "AssociatePublicIpAddress": False, "Groups": [instance_sg]}],
    })["LaunchTemplate"]["LaunchTemplateId"]

    elb = here["elbv2"]
    lb = elb.create_load_balancer(Name=f"web-alb-45a7b12{suffix}", Subnets=subnets, SecurityGroups=[alb_sg],
                                  Scheme="internet-facing", Type="application")["LoadBalancers"][0]
    tg = elb.create_target_group(Name=f"web-tg-5a8de2c{suffix}", Protocol="HTTP", Port=80, VpcId=vpc, TargetType="instance",
                                 HealthCheckPath="/health")["TargetGroups"][0]["TargetGroupArn"]
    forward = [{"Type": "forward", "TargetGroupArn": tg}]
    if https:
        certificate = here["acm"].request_certificate(DomainName="www.example.com")["CertificateArn"]
        elb.create_listener(LoadBalancerArn=lb["LoadBalancerArn"], Protocol="HTTPS", Port=443,
                            SslPolicy="ELBSecurityPolicy-TLS13-1-2-2021-06", Certificates=[{"CertificateArn": certificate}],
                            DefaultActions=forward)
        elb.create_listener(LoadBalancerArn=lb["LoadBalancerArn"], Protocol="HTTP", Port=80, DefaultActions=[{
            "Type": "redirect", "RedirectConfig": {"Protocol": "HTTPS", "Port": "443", "StatusCode": "HTTP_301"}}])
    else:
        elb.create_listener(LoadBalancerArn=lb["LoadBalancerArn"], Protocol="HTTP", Port=80, DefaultActions=forward)

    group = f"web-asg-4cc0c2b{suffix}"
    here["autoscaling"].create_auto_scaling_group(
        AutoScalingGroupName=group, LaunchTemplate={"LaunchTemplateId": template, "Version": "$Default"},
        MinSize=1, MaxSize=2, DesiredCapacity=1, VPCZoneIdentifier=",".join(subnets), TargetGroupARNs=[tg])

    return {
        "albDnsName": lb["DNSName"], "albUrl": f"{'https' if https else 'http'}://{lb['DNSName']}",
        "vpcId": vpc, "autoScalingGroupName": group, "launchTemplateId": template, "targetGroupArn": tg,
        "loadBalancerArn": lb["LoadBalancerArn"], "instanceRoleName": instance_role,
        "instanceProfileName": instance_role, "replicationRoleName": replication_role,
        "primaryBucketName": primary, "replicaBucketName": replica, "logBucketName": logs,
        "primaryKmsKeyArn": keys["primary"], "replicaKmsKeyArn": keys["replica"],
        "primaryRegion": PRIMARY, "replicaRegion": REPLICA,
    }
