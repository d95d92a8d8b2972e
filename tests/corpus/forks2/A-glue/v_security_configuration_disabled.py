"""Glue security configuration with S3, CloudWatch and bookmark encryption DISABLED.

expect: any @ etl-sec
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.glue.SecurityConfiguration("etl-sec", name="etl", encryption_configuration={
    "s3_encryption": {"s3_encryption_mode": "DISABLED"},
    "cloudwatch_encryption": {"cloudwatch_encryption_mode": "DISABLED"},
    "job_bookmarks_encryption": {"job_bookmarks_encryption_mode": "DISABLED"}})
