"""Batch Fargate job definition, not privileged, secret from Secrets Manager.

expect: clean
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
                            "readonlyRootFilesystem": True,
                            "environment": [{"name": "TARGET", "value": "s3://corpus-sync"}],
                            "secrets": [{"name": "SLACK_API_TOKEN",
                                         "valueFrom": f"arn:aws:secretsmanager:{kit.REGION}:{kit.ACCOUNT}:secret:slack-AbCdEf"}]}))
