"""A production instance built from shared args with deletion protection switched off.

expect: rds-deletion-protection @ billing-db
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import db_args

aws.rds.Instance("billing-db", **db_args(deletion_protection=False))
