"""SSE-S3 on a bucket that *writes* its access logs elsewhere (it is a log source, not a log destination).

expect: s3-encryption-kms @ uploads
"""

import pulumi_aws as aws
from holdout2_kit import private_bucket

logs = private_bucket("upload-logs", sse="s3")
uploads = private_bucket("uploads", sse="s3")
aws.s3.BucketLogging("uploads-logging", bucket=uploads.id, target_bucket=logs.bucket, target_prefix="uploads/")
