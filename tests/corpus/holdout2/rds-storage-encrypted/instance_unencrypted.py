"""A MySQL instance whose settings come from a per-environment dict that forgot storage encryption.

expect: rds-storage-encrypted @ reporting-db
"""

import pulumi_aws as aws
from holdout2_kit import db_args

env = {"storage_encrypted": False, "instance_class": "db.r7g.large"}
aws.rds.Instance("reporting-db", **db_args(engine="mysql", engine_version="8.0.39", **env))
