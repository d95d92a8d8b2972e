"""Two replication rules (by prefix) to a DR bucket, both re-encrypting with the DR key and replicating SSE-KMS objects.

expect: clean
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import DR_REGION, cmk, private_bucket, tagged_provider, trust

dr = tagged_provider("dr", region=DR_REGION)
dr_key = cmk("docs-dr-key", opts=pulumi.ResourceOptions(provider=dr))
src = private_bucket("docs")
dst = private_bucket("docs-dr", opts=pulumi.ResourceOptions(provider=dr), key=dr_key, tags={"ReplicationExempt": "true"})
role = aws.iam.Role("docs-repl-role", assume_role_policy=trust("s3.amazonaws.com"))
rules = [
    {
        "id": prefix,
        "priority": i,
        "status": "Enabled",
        "filter": {"prefix": f"{prefix}/"},
        "delete_marker_replication": {"status": "Enabled"},
        "source_selection_criteria": {"sse_kms_encrypted_objects": {"status": "Enabled"}},
        "destination": {"bucket": dst.arn, "encryption_configuration": {"replica_kms_key_id": dr_key.arn}},
    }
    for i, prefix in enumerate(["contracts", "invoices"])
]
aws.s3.BucketReplicationConfig("docs-replication", bucket=src.id, role=role.arn, rules=rules)
