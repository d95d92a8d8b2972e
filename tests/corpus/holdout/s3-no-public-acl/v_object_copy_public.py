"""ObjectCopy copies a report into a bucket with acl public-read.

expect: s3-no-public-acl @ report-copy
"""

import holdout_kit as kit
import pulumi_aws as aws

src = kit.secure_bucket("report-src")
dst = kit.secure_bucket("report-dst")
aws.s3.ObjectCopy(
    "report-copy", bucket=dst.bucket, key="latest.pdf", source="hold-report-src/2024/q4.pdf", acl="public-read"
)
