"""AWS Batch job definition with an API token in its environment.

expect: any @ sync-job
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.batch.JobDefinition("sync-job", type="container", platform_capabilities=["FARGATE"],
                        container_properties=json.dumps({
                            "image": "public.ecr.aws/acme/sync:1",
                            "resourceRequirements": [{"type": "VCPU", "value": "1"}, {"type": "MEMORY", "value": "2048"}],
                            "executionRoleArn": f"arn:aws:iam::{kit.ACCOUNT}:role/batch-exec",
                            "environment": [{"name": "SLACK_API_TOKEN", "value": "xoxb-1111-2222-abcdefabcdef"}]}))
