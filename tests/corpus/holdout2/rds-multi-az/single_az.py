"""A production instance pinned to one availability zone.

expect: rds-multi-az @ hr-db
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import db_args

aws.rds.Instance("hr-db", **db_args(multi_az=False, availability_zone="eu-west-1a"))
