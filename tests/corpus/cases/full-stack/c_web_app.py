"""A realistic small web stack written like a user would: VPC, private subnets, ALB with HTTPS + redirect,
an ASG on a hardened launch template, an instance role, and a hardened data bucket. Every mandatory rule quiet.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws
from corpus_kit import AMI, CERT_ARN, TLS_POLICY, hardened_bucket

TAGS = {"Owner": "platform-team", "Environment": "test", "Project": "corpus", "CostCenter": "cc-1234"}
azs = aws.get_availability_zones(state="available").names[:2]

vpc = aws.ec2.Vpc("app", cidr_block="10.20.0.0/16", enable_dns_hostnames=True)
private = [
    aws.ec2.Subnet(f"app-private-{i}", vpc_id=vpc.id, cidr_block=f"10.20.{i}.0/24", availability_zone=az)
    for i, az in enumerate(azs)
]

lb_sg = aws.ec2.SecurityGroup(
    "app-lb",
    vpc_id=vpc.id,
    description="lb",
    ingress=[
        {"protocol": "tcp", "from_port": 443, "to_port": 443, "cidr_blocks": ["0.0.0.0/0"]},
        {"protocol": "tcp", "from_port": 80, "to_port": 80, "cidr_blocks": ["0.0.0.0/0"]},
    ],
)
app_sg = aws.ec2.SecurityGroup("app-hosts", vpc_id=vpc.id, description="hosts")
aws.vpc.SecurityGroupIngressRule(
    "hosts-from-lb",
    security_group_id=app_sg.id,
    referenced_security_group_id=lb_sg.id,
    from_port=8080,
    to_port=8080,
    ip_protocol="tcp",
)

data = hardened_bucket("app-data")
role = aws.iam.Role(
    "app-host",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}],
        }
    ),
)
aws.iam.RolePolicyAttachment(
    "app-host-ssm", role=role.name, policy_arn="arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
)
aws.iam.RolePolicy(
    "app-host-data",
    role=role.id,
    policy=pulumi.Output.json_dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": ["s3:GetObject", "s3:PutObject"],
                    "Resource": pulumi.Output.concat(data.arn, "/*"),
                }
            ],
        }
    ),
)
profile = aws.iam.InstanceProfile("app-host", role=role.name)

lt = aws.ec2.LaunchTemplate(
    "app",
    image_id=AMI,
    instance_type="t3.micro",
    iam_instance_profile={"arn": profile.arn},
    vpc_security_group_ids=[app_sg.id],
    metadata_options={"http_tokens": "required", "http_put_response_hop_limit": 1, "http_endpoint": "enabled"},
    block_device_mappings=[{"device_name": "/dev/xvda", "ebs": {"encrypted": "true", "volume_size": 20}}],
)

lb = aws.lb.LoadBalancer(
    "app", internal=False, subnets=[s.id for s in private], security_groups=[lb_sg.id], drop_invalid_header_fields=True
)
tg = aws.lb.TargetGroup("app", port=8080, protocol="HTTP", vpc_id=vpc.id, health_check={"path": "/health"})
aws.lb.Listener(
    "app-https",
    load_balancer_arn=lb.arn,
    port=443,
    protocol="HTTPS",
    certificate_arn=CERT_ARN,
    ssl_policy=TLS_POLICY,
    default_actions=[{"type": "forward", "target_group_arn": tg.arn}],
)
aws.lb.Listener(
    "app-http",
    load_balancer_arn=lb.arn,
    port=80,
    protocol="HTTP",
    default_actions=[{"type": "redirect", "redirect": {"protocol": "HTTPS", "port": "443", "status_code": "HTTP_301"}}],
)
aws.autoscaling.Group(
    "app",
    min_size=1,
    max_size=3,
    vpc_zone_identifiers=[s.id for s in private],
    target_group_arns=[tg.arn],
    launch_template={"id": lt.id, "version": lt.latest_version.apply(str)},
    tags=[{"key": k, "value": v, "propagate_at_launch": True} for k, v in TAGS.items()],
)
pulumi.export("url", lb.dns_name)
