"""Replication configured inline on the deprecated aws.s3.Bucket arguments, with a replica key and SSE-KMS objects.

expect: clean
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import DR_REGION, bucket_policy_json, cmk, harden_no_policy, private_bucket, tagged_provider, trust

dr = tagged_provider("dr", region=DR_REGION)
dr_key = cmk("vault-dr-key", opts=pulumi.ResourceOptions(provider=dr))
dst = private_bucket("vault-dr", opts=pulumi.ResourceOptions(provider=dr), key=dr_key)
role = aws.iam.Role("vault-repl", assume_role_policy=trust("s3.amazonaws.com"))
src = aws.s3.Bucket(
    "vault",
    bucket="h2-vault",
    opts=pulumi.ResourceOptions(protect=True),
    replication_configuration={
        "role": role.arn,
        "rules": [
            {
                "id": "all",
                "status": "Enabled",
                "prefix": "",
                "source_selection_criteria": {"sse_kms_encrypted_objects": {"enabled": True}},
                "destination": {"bucket": dst.arn, "replica_kms_key_id": dr_key.arn, "storage_class": "STANDARD_IA"},
            }
        ],
    },
)
harden_no_policy("vault", src)
aws.s3.BucketPolicy("vault-pol", bucket=src.id, policy=bucket_policy_json("h2-vault"))
