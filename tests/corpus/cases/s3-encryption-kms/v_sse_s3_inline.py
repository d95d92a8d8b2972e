"""SSE-S3 set inline on the v7 Bucket (the deprecated inline form), everything else split.

expect: s3-encryption-kms @ archive
"""

import pulumi_aws as aws
from corpus_kit import harden

bucket = aws.s3.Bucket(
    "archive",
    bucket="corpus-archive",
    server_side_encryption_configuration={
        "rule": {"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}},
    },
)
harden("archive", bucket, "corpus-archive", encryption=False)
