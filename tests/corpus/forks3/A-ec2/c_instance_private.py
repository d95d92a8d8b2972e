"""Private instance with IMDSv2, encrypted root volume, no public IP.
expect: clean
"""
import pulumi_aws as aws
from forks3_kit import private_sg

sg = private_sg("worker-sg", 8080)
aws.ec2.Instance("worker-box", ami="ami-0abcdef1234567890", instance_type="t3.small",
    subnet_id="subnet-0aa11bb22cc33dd44", associate_public_ip_address=False, vpc_security_group_ids=[sg.id],
    metadata_options={"http_tokens": "required", "http_put_response_hop_limit": 1, "http_endpoint": "enabled"},
    root_block_device={"encrypted": True, "volume_size": 30, "volume_type": "gp3"}, monitoring=True,
    iam_instance_profile="worker-profile")
