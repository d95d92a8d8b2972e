"""expect: any @ analysts
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.athena.Workgroup(
    "analysts",
    name="analysts",
    configuration={
        "enforce_workgroup_configuration": True,
        "publish_cloudwatch_metrics_enabled": True,
        "result_configuration": {"output_location": "s3://acme-athena-results/analysts/"},
    },
)
