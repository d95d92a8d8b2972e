"""expect: any @ prod-settings
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

api = aws.apigateway.RestApi("orders-api", endpoint_configuration={"types": "REGIONAL"})
aws.apigateway.MethodSettings(
    "prod-settings",
    rest_api=api.id,
    stage_name="prod",
    method_path="*/*",
    settings={"caching_enabled": True, "cache_data_encrypted": False, "metrics_enabled": True, "logging_level": "INFO"},
)
