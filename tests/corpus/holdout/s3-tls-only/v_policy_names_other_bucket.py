"""Copy-paste slip: the 'exports-b' bucket's TLS deny lists the ARNs of 'exports-a'.

expect: s3-tls-only @ exports-b
"""

import json

import holdout_kit as kit
import pulumi_aws as aws

kit.secure_bucket("exports-a")
b = kit.secure_bucket("exports-b", skip=("policy",))
aws.s3.BucketPolicy(
    "exports-b-policy",
    bucket=b.id,
    policy=json.dumps({"Version": "2012-10-17", "Statement": [kit.deny_insecure("hold-exports-a")]}),
)
