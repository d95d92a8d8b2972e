"""expect: any @ airflow
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.mwaa.Environment(
    "airflow",
    name="airflow",
    airflow_version="2.10.1",
    dag_s3_path="dags/",
    source_bucket_arn="arn:aws:s3:::acme-airflow",
    execution_role_arn=f"arn:aws:iam::{ACCOUNT}:role/airflow-exec",
    network_configuration={"security_group_ids": [SG], "subnet_ids": SUBNETS[:2]},
    webserver_access_mode="PUBLIC_ONLY",
    kms_key=cmk("airflow-key").arn,
)
