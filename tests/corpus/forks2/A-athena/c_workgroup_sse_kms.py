"""Athena workgroup enforcing SSE-KMS results.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.athena.Workgroup("analysts", name="analysts", configuration={
    "enforce_workgroup_configuration": True,
    "publish_cloudwatch_metrics_enabled": True,
    "result_configuration": {"output_location": "s3://corpus-athena-results/analysts/",
                             "encryption_configuration": {"encryption_option": "SSE_KMS",
                                                          "kms_key_arn": kit.cmk("athena-key").arn}}})
