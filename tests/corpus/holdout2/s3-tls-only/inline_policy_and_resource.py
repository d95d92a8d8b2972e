"""A bucket with a TLS-only policy given inline (deprecated `policy` argument) AND a separate BucketPolicy resource.

expect: s3-tls-only @ dual-policy
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import bucket_policy_json, harden_no_policy

b = aws.s3.Bucket(
    "dual-policy",
    bucket="h2-dual-policy",
    policy=bucket_policy_json("h2-dual-policy"),
    opts=pulumi.ResourceOptions(protect=True),
)
harden_no_policy("dual-policy", b)
aws.s3.BucketPolicy("dual-policy-pol", bucket=b.id, policy=bucket_policy_json("h2-dual-policy"))
