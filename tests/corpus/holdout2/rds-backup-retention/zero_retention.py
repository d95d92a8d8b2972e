"""A primary instance with automated backups turned off (retention 0) to save cost.

expect: rds-backup-retention @ cache-db
"""

import pulumi_aws as aws
from holdout2_kit import db_args

aws.rds.Instance("cache-db", **db_args(backup_retention_period=0))
