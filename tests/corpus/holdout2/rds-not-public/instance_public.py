"""A dev-convenience Postgres instance made publicly accessible.

expect: rds-not-public @ analytics-db
"""

import pulumi_aws as aws
from holdout2_kit import db_args

aws.rds.Instance("analytics-db", **db_args(publicly_accessible=True, db_subnet_group_name="public-db"))
