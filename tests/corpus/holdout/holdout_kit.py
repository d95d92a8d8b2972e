"""Helpers the held-out corpus programs share, written the way a team's own ``infra_common.py`` would be.

Everything here is compliant with the pack's published claims, so a case adds exactly one deviation (or one
unusual-but-correct form) next to it. Names differ from the first corpus's kit on purpose.
"""

import json

import pulumi
import pulumi_aws as aws

ACCOUNT_ID = "210987654321"
REGION = "eu-west-1"
ACM_CERT = "arn:aws:acm:us-east-1:210987654321:certificate/11112222-3333-4444-5555-666677778888"
REGIONAL_CERT = "arn:aws:acm:eu-west-1:210987654321:certificate/aaaabbbb-cccc-dddd-eeee-ffff00001111"
AMI_ID = "ami-0f1e2d3c4b5a69788"
PRIVATE_SUBNETS = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
VPC_ID = "vpc-0a1b2c3d4e5f60718"
APP_SG = "sg-0a1b2c3d4e5f60718"
SSL_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06"

LAMBDA_TRUST = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
    }
)
EC2_TRUST = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}],
    }
)


def cmk(name: str, opts: pulumi.ResourceOptions | None = None) -> aws.kms.Key:
    """A symmetric customer-managed key that rotates and is protected."""
    return aws.kms.Key(
        name,
        aws.kms.KeyArgs(description=f"CMK for {name}", enable_key_rotation=True, deletion_window_in_days=30),
        opts=pulumi.ResourceOptions.merge(opts, pulumi.ResourceOptions(protect=True)),
    )


def deny_insecure(bucket_name: str) -> dict:
    return {
        "Sid": "HttpsOnly",
        "Effect": "Deny",
        "Principal": {"AWS": "*"},
        "Action": "s3:*",
        "Resource": [f"arn:aws:s3:::{bucket_name}/*", f"arn:aws:s3:::{bucket_name}"],
        "Condition": {"Bool": {"aws:SecureTransport": "false"}},
    }


def secure_bucket(
    name: str,
    *,
    key: aws.kms.Key | None = None,
    extra_statements: list | None = None,
    opts: pulumi.ResourceOptions | None = None,
    skip: tuple[str, ...] = (),
    bucket_name: str | None = None,
) -> aws.s3.Bucket:
    """A bucket ``hold-<name>`` with every setting the pack asks for, each as its own v7 resource.

    ``skip`` names settings to leave out: "sse", "versioning", "pab", "ownership", "policy"."""
    physical = bucket_name or f"hold-{name}"
    child = pulumi.ResourceOptions.merge(opts, None)
    bucket = aws.s3.Bucket(
        name, bucket=physical, opts=pulumi.ResourceOptions.merge(opts, pulumi.ResourceOptions(protect=True))
    )
    if "sse" not in skip:
        key = key or cmk(f"{name}-cmk", opts)
        aws.s3.BucketServerSideEncryptionConfiguration(
            f"{name}-encryption",
            bucket=bucket.bucket,
            rules=[
                aws.s3.BucketServerSideEncryptionConfigurationRuleArgs(
                    apply_server_side_encryption_by_default=aws.s3.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs(
                        sse_algorithm="aws:kms", kms_master_key_id=key.arn
                    ),
                    bucket_key_enabled=True,
                )
            ],
            opts=child,
        )
    if "versioning" not in skip:
        aws.s3.BucketVersioning(
            f"{name}-versions", bucket=bucket.bucket, versioning_configuration={"status": "Enabled"}, opts=child
        )
    if "pab" not in skip:
        aws.s3.BucketPublicAccessBlock(
            f"{name}-block",
            bucket=bucket.bucket,
            block_public_acls=True,
            block_public_policy=True,
            ignore_public_acls=True,
            restrict_public_buckets=True,
            opts=child,
        )
    if "ownership" not in skip:
        aws.s3.BucketOwnershipControls(
            f"{name}-owner", bucket=bucket.bucket, rule={"object_ownership": "BucketOwnerEnforced"}, opts=child
        )
    if "policy" not in skip:
        aws.s3.BucketPolicy(
            f"{name}-policy",
            bucket=bucket.bucket,
            policy=json.dumps({"Version": "2012-10-17", "Statement": [deny_insecure(physical), *(extra_statements or [])]}),
            opts=child,
        )
    return bucket


def lambda_role(name: str) -> aws.iam.Role:
    return aws.iam.Role(name, assume_role_policy=LAMBDA_TRUST)


HANDLER = "def handler(e, c):\n    return e\n"


def lambda_fn(name: str, role: aws.iam.Role | None = None, **extra) -> aws.lambda_.Function:
    role = role or lambda_role(f"{name}-role")
    return aws.lambda_.Function(
        name,
        runtime="python3.12",
        handler="app.handler",
        role=role.arn,
        code=pulumi.AssetArchive({"app.py": pulumi.StringAsset(HANDLER)}),
        **extra,
    )


def imds_v2() -> dict:
    return {"http_endpoint": "enabled", "http_tokens": "required", "http_put_response_hop_limit": 1}


def private_template(name: str, **overrides) -> aws.ec2.LaunchTemplate:
    args = dict(
        image_id=AMI_ID,
        instance_type="t3.small",
        metadata_options=imds_v2(),
        block_device_mappings=[
            {"device_name": "/dev/xvda", "ebs": {"volume_size": 30, "volume_type": "gp3", "encrypted": "true"}}
        ],
        vpc_security_group_ids=[APP_SG],
    )
    args.update(overrides)
    return aws.ec2.LaunchTemplate(name, **args)


CACHING_OPTIMIZED = "658327ea-f89d-4fab-a63d-7e88639e58f6"


def site_origin(name: str) -> tuple[aws.s3.Bucket, aws.cloudfront.OriginAccessControl]:
    """A private S3 origin bucket readable by this account's CloudFront distributions through an OAC."""
    bucket = secure_bucket(
        name,
        extra_statements=[
            {
                "Sid": "CloudFrontRead",
                "Effect": "Allow",
                "Principal": {"Service": "cloudfront.amazonaws.com"},
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::hold-{name}/*",
                "Condition": {"ArnLike": {"AWS:SourceArn": f"arn:aws:cloudfront::{ACCOUNT_ID}:distribution/*"}},
            }
        ],
    )
    oac = aws.cloudfront.OriginAccessControl(
        f"{name}-oac", origin_access_control_origin_type="s3", signing_behavior="always", signing_protocol="sigv4"
    )
    return bucket, oac


def cdn(name: str, **overrides) -> aws.cloudfront.Distribution:
    """A compliant distribution over a private S3 origin.

    OAC, redirect-to-https, custom cert on TLSv1.2_2021, standard logs."""
    if "origins" not in overrides:
        bucket, oac = site_origin(f"{name}-origin")
        overrides["origins"] = [
            {"domain_name": bucket.bucket_regional_domain_name, "origin_id": "s3", "origin_access_control_id": oac.id}
        ]
    args = dict(
        enabled=True,
        default_root_object="index.html",
        aliases=[f"{name}.example.com"],
        default_cache_behavior={
            "target_origin_id": "s3",
            "viewer_protocol_policy": "redirect-to-https",
            "allowed_methods": ["GET", "HEAD"],
            "cached_methods": ["GET", "HEAD"],
            "cache_policy_id": CACHING_OPTIMIZED,
            "compress": True,
        },
        restrictions={"geo_restriction": {"restriction_type": "none"}},
        viewer_certificate={
            "acm_certificate_arn": ACM_CERT,
            "ssl_support_method": "sni-only",
            "minimum_protocol_version": "TLSv1.2_2021",
        },
        logging_config={"bucket": "hold-cdn-logs.s3.amazonaws.com", "prefix": f"{name}/"},
    )
    args.update(overrides)
    return aws.cloudfront.Distribution(name, **args)
