"""Per-service log groups created through a helper in a loop without a KMS key.

expect: any @ logs-payments | logs-orders
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

def service_logs(service, retention=365, **extra):
    return aws.cloudwatch.LogGroup(f"logs-{service}", name=f"/acme/{service}", retention_in_days=retention, **extra)


for svc in ("orders", "payments"):
    service_logs(svc)
