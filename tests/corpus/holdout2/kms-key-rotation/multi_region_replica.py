"""A multi-region primary key with rotation and its replica in the DR region (rotation follows the primary).

expect: clean
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import DR_REGION, tagged_provider

dr = tagged_provider("dr", region=DR_REGION)
primary = aws.kms.Key(
    "mrk-primary",
    multi_region=True,
    enable_key_rotation=True,
    deletion_window_in_days=30,
    opts=pulumi.ResourceOptions(protect=True),
)
aws.kms.ReplicaKey(
    "mrk-replica",
    primary_key_arn=primary.arn,
    deletion_window_in_days=30,
    opts=pulumi.ResourceOptions(provider=dr, protect=True),
)
