"""A SQL Server instance that leaves multi_az unset (single-AZ).

expect: rds-multi-az @ erp-db
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import db_args

args = db_args(
    engine="sqlserver-se", engine_version="16.00", license_model="license-included", instance_class="db.m6i.xlarge"
)
args.pop("multi_az")
aws.rds.Instance("erp-db", **args)
