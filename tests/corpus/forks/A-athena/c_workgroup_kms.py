"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

key = cmk("athena-key")
aws.athena.Workgroup(
    "analysts",
    name="analysts",
    configuration={
        "enforce_workgroup_configuration": True,
        "publish_cloudwatch_metrics_enabled": True,
        "result_configuration": {"output_location": "s3://acme-athena-results/analysts/",
                                 "encryption_configuration": {"encryption_option": "SSE_KMS", "kms_key_arn": key.arn}},
    },
)
