"""SQS queue opting out of SSE-SQS with "0" and no KMS key.

expect: any @ jobs
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.sqs.Queue("jobs", sqs_managed_sse_enabled="0", visibility_timeout_seconds=60)
