"""Log groups made in a loop; only 'audit' gets a key, 'app' does not.

expect: log-group-kms @ lg-app
"""

import holdout_kit as kit
import pulumi_aws as aws

key = kit.cmk("logs-key")
for svc in ("audit", "app"):
    aws.cloudwatch.LogGroup(
        f"lg-{svc}", name=f"/acme/{svc}", retention_in_days=90, kms_key_id=key.arn if svc == "audit" else None
    )
