"""expect: any @ app-logs-worker
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

key = cmk("logs-key")
for svc in ["api", "worker"]:
    aws.cloudwatch.LogGroup(
        f"app-logs-{svc}",
        name=f"/acme/{svc}",
        retention_in_days=90,
        kms_key_id=key.arn if svc == "api" else None,
    )
