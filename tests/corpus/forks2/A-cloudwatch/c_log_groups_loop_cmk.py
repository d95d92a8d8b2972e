"""Per-service log groups in a loop, each encrypted with the shared CMK (key policy lets CloudWatch Logs use it).

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("logs-key", f"logs.{kit.REGION}.amazonaws.com")
for svc in ("orders", "payments"):
    kit.log_group(f"logs-{svc}", key)
