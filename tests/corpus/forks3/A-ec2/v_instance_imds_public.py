"""A stand-alone EC2 instance with a public IP and an unencrypted root volume.
expect: any @ tools-box
category: rest
"""
import pulumi_aws as aws

aws.ec2.Instance("tools-box", ami="ami-0abcdef1234567890", instance_type="t3.small",
    subnet_id="subnet-0123abcd4567ef890", associate_public_ip_address=True,
    metadata_options={"http_tokens": "required"},
    root_block_device={"encrypted": False, "volume_size": 30})
