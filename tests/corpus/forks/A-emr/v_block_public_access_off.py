"""expect: any @ emr-bpa
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.emr.BlockPublicAccessConfiguration("emr-bpa", block_public_security_group_rules=False)
