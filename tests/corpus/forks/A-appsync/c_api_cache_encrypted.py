"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

log_role = service_role("appsync-logs", "appsync.amazonaws.com",
                        managed=["arn:aws:iam::aws:policy/service-role/AWSAppSyncPushToCloudWatchLogs"])
api = aws.appsync.GraphQLApi("graph", authentication_type="AWS_IAM", name="graph",
                             log_config={"cloudwatch_logs_role_arn": log_role.arn, "field_log_level": "ERROR"})
aws.appsync.ApiCache("graph-cache", api_id=api.id, api_caching_behavior="FULL_REQUEST_CACHING", type="SMALL", ttl=300,
                     at_rest_encryption_enabled=True, transit_encryption_enabled=True)
