"""Athena workgroup enforcing its configuration but with no result encryption.

expect: any @ analysts
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.athena.Workgroup("analysts", name="analysts", configuration={
    "enforce_workgroup_configuration": True,
    "publish_cloudwatch_metrics_enabled": True,
    "result_configuration": {"output_location": "s3://corpus-athena-results/analysts/"}})
