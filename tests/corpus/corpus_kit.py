"""Small helpers the corpus programs share, written as a user's own module would be.

``hardened_bucket`` builds a bucket the way the pack's README asks for (versioning, SSE-KMS with a rotating
key, all four public-access-block flags, BucketOwnerEnforced, a TLS-only bucket policy), using the current
split S3 resources, so a case can add exactly one deviation next to it.
"""

import json

import pulumi
import pulumi_aws as aws

CERT_ARN = "arn:aws:acm:eu-west-1:123456789012:certificate/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"
ACCOUNT = "123456789012"
AMI = "ami-0abcdef1234567890"
SUBNET = "subnet-0aaa1111bbbb2222c"
VPC = "vpc-0aaa1111bbbb2222c"
SG = "sg-0aaa1111bbbb2222c"
TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06"


def rotating_key(name: str) -> aws.kms.Key:
    return aws.kms.Key(name, description=f"{name} key", enable_key_rotation=True, deletion_window_in_days=30)


def tls_only_statement(bucket_name: str) -> dict:
    return {
        "Sid": "DenyInsecureTransport",
        "Effect": "Deny",
        "Principal": "*",
        "Action": "s3:*",
        "Resource": [f"arn:aws:s3:::{bucket_name}", f"arn:aws:s3:::{bucket_name}/*"],
        "Condition": {"Bool": {"aws:SecureTransport": "false"}},
    }


def tls_only_policy(bucket_name: str, *extra: dict) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": [tls_only_statement(bucket_name), *extra]})


def harden(
    name: str,
    bucket: aws.s3.Bucket,
    bucket_name: str,
    key: aws.kms.Key | None = None,
    *,
    encryption: bool = True,
    versioning: bool = True,
    public_access_block: bool = True,
    ownership: bool = True,
    policy: bool = True,
) -> None:
    """Attach the usual split settings to ``bucket`` (physical name ``bucket_name``)."""
    if encryption:
        key = key or rotating_key(f"{name}-key")
        aws.s3.BucketServerSideEncryptionConfiguration(
            f"{name}-sse",
            bucket=bucket.id,
            rules=[
                {
                    "apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms", "kms_master_key_id": key.arn},
                    "bucket_key_enabled": True,
                }
            ],
        )
    if versioning:
        aws.s3.BucketVersioning(f"{name}-versioning", bucket=bucket.id, versioning_configuration={"status": "Enabled"})
    if public_access_block:
        aws.s3.BucketPublicAccessBlock(
            f"{name}-pab",
            bucket=bucket.id,
            block_public_acls=True,
            block_public_policy=True,
            ignore_public_acls=True,
            restrict_public_buckets=True,
        )
    if ownership:
        aws.s3.BucketOwnershipControls(
            f"{name}-ownership", bucket=bucket.id, rule={"object_ownership": "BucketOwnerEnforced"}
        )
    if policy:
        aws.s3.BucketPolicy(f"{name}-policy", bucket=bucket.id, policy=tls_only_policy(bucket_name))


def hardened_bucket(name: str, key: aws.kms.Key | None = None, **skip: bool) -> aws.s3.Bucket:
    """A fully compliant bucket named ``corpus-<name>``; pass e.g. ``policy=False`` to leave one setting out."""
    bucket_name = f"corpus-{name}"
    bucket = aws.s3.Bucket(name, bucket=bucket_name, force_destroy=False, opts=pulumi.ResourceOptions(protect=True))
    harden(name, bucket, bucket_name, key, **skip)
    return bucket


def compliant_launch_template(name: str, **overrides: object) -> aws.ec2.LaunchTemplate:
    args = dict(
        image_id=AMI,
        instance_type="t3.micro",
        metadata_options={"http_tokens": "required", "http_put_response_hop_limit": 1, "http_endpoint": "enabled"},
        block_device_mappings=[
            {"device_name": "/dev/xvda", "ebs": {"volume_size": 20, "volume_type": "gp3", "encrypted": "true"}}
        ],
        network_interfaces=[{"associate_public_ip_address": "false", "security_groups": [SG], "subnet_id": SUBNET}],
    )
    args.update(overrides)
    return aws.ec2.LaunchTemplate(name, **args)
