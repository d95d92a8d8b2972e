"""expect: any @ intake
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.sqs.Queue("intake", sqs_managed_sse_enabled="false", message_retention_seconds=86400)
