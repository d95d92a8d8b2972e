"""A legacy log bucket with the canned log-delivery-write ACL (grants only the S3 LogDelivery group).

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

logs = kit.secure_bucket("legacy-logs", skip=("ownership", "sse"))
aws.s3.BucketServerSideEncryptionConfiguration(
    "legacy-logs-sse", bucket=logs.id, rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}]
)
aws.s3.BucketOwnershipControls("legacy-logs-owner", bucket=logs.id, rule={"object_ownership": "BucketOwnerPreferred"})
aws.s3.BucketAcl("legacy-logs-acl", bucket=logs.id, acl="log-delivery-write")
src = kit.secure_bucket("orders")
aws.s3.BucketLogging("orders-logging", bucket=src.id, target_bucket=logs.bucket, target_prefix="orders/")
