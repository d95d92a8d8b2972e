"""Shared helpers for the third held-out corpus, written like a platform team's ``platform_lib.py``.

Everything here follows the pack's published claims, so a case adds one deviation (or one unusual but correct
form) next to it. Physical names are fixed strings so policies are known in preview too.
"""

import json

import pulumi
import pulumi_aws as aws

ACCOUNT = "345678901234"
REGION = "eu-west-1"
DR_REGION = "eu-central-1"
CERT = "arn:aws:acm:eu-west-1:345678901234:certificate/9a8b7c6d-5e4f-3a2b-1c0d-9e8f7a6b5c4d"
EDGE_CERT = "arn:aws:acm:us-east-1:345678901234:certificate/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"
AMI = "ami-0c1d2e3f4a5b6c7d8"
VPC = "vpc-0c1d2e3f4a5b6c7d8"
SUBNETS = ["subnet-0c1d2e3f4a5b6c7d8", "subnet-0d2e3f4a5b6c7d8e9"]
SG = "sg-0c1d2e3f4a5b6c7d8"
TLS13 = "ELBSecurityPolicy-TLS13-1-2-2021-06"
TAGS = {"Owner": "payments-team", "Environment": "test", "Project": "corpus", "CostCenter": "cc-7788"}


def tagged_provider(name: str, region: str = REGION, parent=None) -> aws.Provider:
    """An explicit provider carrying the required tags as default_tags."""
    return aws.Provider(
        name,
        region=region,
        default_tags=aws.ProviderDefaultTagsArgs(tags=TAGS),
        opts=pulumi.ResourceOptions(parent=parent) if parent else None,
    )


def cmk(name: str, opts: pulumi.ResourceOptions | None = None, **extra) -> aws.kms.Key:
    return aws.kms.Key(
        name,
        description=f"{name} CMK",
        enable_key_rotation=True,
        deletion_window_in_days=30,
        opts=pulumi.ResourceOptions.merge(pulumi.ResourceOptions(protect=True), opts),
        **extra,
    )


def deny_plain_http(bucket_name: str) -> dict:
    return {
        "Sid": "TlsOnly",
        "Effect": "Deny",
        "Principal": {"AWS": "*"},
        "Action": "s3:*",
        "Resource": [f"arn:aws:s3:::{bucket_name}", f"arn:aws:s3:::{bucket_name}/*"],
        "Condition": {"Bool": {"aws:SecureTransport": "false"}},
    }


def bucket_policy_json(bucket_name: str, *statements: dict) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": [deny_plain_http(bucket_name), *statements]})


def private_bucket(
    name: str,
    opts: pulumi.ResourceOptions | None = None,
    key: aws.kms.Key | None = None,
    *,
    sse: str = "kms",
    versioning: bool = True,
    block: bool = True,
    ownership: bool = True,
    policy: bool = True,
    tags: dict | None = None,
) -> aws.s3.Bucket:
    """A bucket named ``h2-<name>`` with split settings; ``sse`` is "kms", "s3" or "" (none)."""
    bucket_name = f"h2-{name}"
    child = pulumi.ResourceOptions.merge(pulumi.ResourceOptions(), opts)
    bucket = aws.s3.Bucket(
        name, bucket=bucket_name, tags=tags, opts=pulumi.ResourceOptions.merge(child, pulumi.ResourceOptions(protect=True))
    )
    if sse:
        if sse == "kms":
            key = key or cmk(f"{name}-cmk", opts=child)
            default = {"sse_algorithm": "aws:kms", "kms_master_key_id": key.arn}
        else:
            default = {"sse_algorithm": "AES256"}
        aws.s3.BucketServerSideEncryptionConfiguration(
            f"{name}-enc", bucket=bucket.id, rules=[{"apply_server_side_encryption_by_default": default}], opts=child
        )
    if versioning:
        aws.s3.BucketVersioning(f"{name}-ver", bucket=bucket.id, versioning_configuration={"status": "Enabled"}, opts=child)
    if block:
        aws.s3.BucketPublicAccessBlock(
            f"{name}-block",
            bucket=bucket.id,
            block_public_acls=True,
            block_public_policy=True,
            ignore_public_acls=True,
            restrict_public_buckets=True,
            opts=child,
        )
    if ownership:
        aws.s3.BucketOwnershipControls(
            f"{name}-own", bucket=bucket.id, rule={"object_ownership": "BucketOwnerEnforced"}, opts=child
        )
    if policy:
        aws.s3.BucketPolicy(f"{name}-pol", bucket=bucket.id, policy=bucket_policy_json(bucket_name), opts=child)
    return bucket


def trust(service: str) -> str:
    return json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": service}, "Action": "sts:AssumeRole"}],
        }
    )


def safe_template(name: str, opts: pulumi.ResourceOptions | None = None, **overrides) -> aws.ec2.LaunchTemplate:
    args = dict(
        image_id=AMI,
        instance_type="m7g.large",
        metadata_options=aws.ec2.LaunchTemplateMetadataOptionsArgs(http_tokens="required", http_put_response_hop_limit=1),
        block_device_mappings=[
            aws.ec2.LaunchTemplateBlockDeviceMappingArgs(
                device_name="/dev/xvda",
                ebs=aws.ec2.LaunchTemplateBlockDeviceMappingEbsArgs(volume_size=30, volume_type="gp3", encrypted="true"),
            )
        ],
        vpc_security_group_ids=[SG],
    )
    args.update(overrides)
    return aws.ec2.LaunchTemplate(name, opts=opts, **args)


def cdn_args(origin_domain: str = "api.internal.example.com", **overrides) -> dict:
    """Arguments for a compliant CloudFront distribution with a custom (HTTPS-only) origin and standard logging."""
    args = dict(
        enabled=True,
        aliases=["www.example.com"],
        origins=[
            {
                "origin_id": "app",
                "domain_name": origin_domain,
                "custom_origin_config": {
                    "http_port": 80,
                    "https_port": 443,
                    "origin_protocol_policy": "https-only",
                    "origin_ssl_protocols": ["TLSv1.2"],
                },
            }
        ],
        default_cache_behavior={
            "target_origin_id": "app",
            "viewer_protocol_policy": "redirect-to-https",
            "allowed_methods": ["GET", "HEAD", "OPTIONS"],
            "cached_methods": ["GET", "HEAD"],
            "cache_policy_id": "658327ea-f89d-4fab-a63d-7e88639e58f6",
        },
        restrictions={"geo_restriction": {"restriction_type": "none"}},
        viewer_certificate={
            "acm_certificate_arn": EDGE_CERT,
            "ssl_support_method": "sni-only",
            "minimum_protocol_version": "TLSv1.2_2021",
        },
        logging_config={"bucket": "h2-cdn-logs.s3.amazonaws.com", "prefix": "cdn/"},
    )
    args.update(overrides)
    return args


def db_args(**overrides) -> dict:
    """A compliant (also for prod's config) PostgreSQL instance's arguments."""
    args = dict(
        engine="postgres",
        engine_version="16.4",
        instance_class="db.m7g.large",
        allocated_storage=100,
        username="app",
        manage_master_user_password=True,
        db_subnet_group_name="private-db",
        vpc_security_group_ids=[SG],
        storage_encrypted=True,
        backup_retention_period=14,
        multi_az=True,
        deletion_protection=True,
        publicly_accessible=False,
        skip_final_snapshot=False,
        final_snapshot_identifier="final",
    )
    args.update(overrides)
    return args


def harden_no_policy(name: str, bucket, *, sse: bool = True, ownership: bool = True) -> None:
    """Split settings for a bucket created by the caller (encryption, versioning, block, ownership; no policy)."""
    if sse:
        key = cmk(f"{name}-cmk")
        aws.s3.BucketServerSideEncryptionConfiguration(
            f"{name}-enc",
            bucket=bucket.id,
            rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms", "kms_master_key_id": key.arn}}],
        )
    aws.s3.BucketVersioning(f"{name}-ver", bucket=bucket.id, versioning_configuration={"status": "Enabled"})
    aws.s3.BucketPublicAccessBlock(
        f"{name}-block",
        bucket=bucket.id,
        block_public_acls=True,
        block_public_policy=True,
        ignore_public_acls=True,
        restrict_public_buckets=True,
    )
    if ownership:
        aws.s3.BucketOwnershipControls(f"{name}-own", bucket=bucket.id, rule={"object_ownership": "BucketOwnerEnforced"})
