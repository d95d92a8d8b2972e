"""An instance whose publicly_accessible comes from config-like strings ("false").

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import db_args

settings = {"public": "false", "multi_az": "true"}
aws.rds.Instance("inventory-db", **db_args(publicly_accessible=settings["public"], multi_az=settings["multi_az"]))
