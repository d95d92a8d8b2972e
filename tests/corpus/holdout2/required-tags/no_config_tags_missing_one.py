"""The stack has no aws:defaultTags; the role is tagged by hand and misses Project.

expect: required-tags @ reporting-role
config: {"aws:defaultTags": null}
"""

import pulumi_aws as aws
from holdout2_kit import trust

aws.iam.Role(
    "reporting-role",
    assume_role_policy=trust("lambda.amazonaws.com"),
    tags={"Owner": "bi", "Environment": "test", "CostCenter": "cc-1"},
)
