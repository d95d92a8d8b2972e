"""expect: any @ etl-security
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.glue.SecurityConfiguration(
    "etl-security",
    name="etl",
    encryption_configuration={
        "cloudwatch_encryption": {"cloudwatch_encryption_mode": "DISABLED"},
        "job_bookmarks_encryption": {"job_bookmarks_encryption_mode": "DISABLED"},
        "s3_encryption": {"s3_encryption_mode": "DISABLED"},
    },
)
