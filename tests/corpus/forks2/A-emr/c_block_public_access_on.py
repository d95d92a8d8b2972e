"""EMR block public access on, no exceptions.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.emr.BlockPublicAccessConfiguration("emr-bpa", block_public_security_group_rules=True)
