"""All settings the v7 Bucket still accepts inline (encryption, versioning), the rest split.

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import harden, rotating_key

key = rotating_key("inline-key")
bucket = aws.s3.Bucket(
    "inline",
    bucket="corpus-inline",
    server_side_encryption_configuration={
        "rule": {
            "apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms", "kms_master_key_id": key.arn},
            "bucket_key_enabled": True,
        },
    },
    versioning={"enabled": True},
)
harden("inline", bucket, "corpus-inline", encryption=False, versioning=False)
