"""A compliance bucket using dual-layer SSE-KMS (aws:kms:dsse) with a rotating CMK.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import cmk, private_bucket

key = cmk("dsse-key")
b = private_bucket("compliance", sse="")
aws.s3.BucketServerSideEncryptionConfiguration(
    "compliance-dsse",
    bucket=b.id,
    rules=[
        {
            "apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms:dsse", "kms_master_key_id": key.arn},
            "bucket_key_enabled": False,
        }
    ],
)
