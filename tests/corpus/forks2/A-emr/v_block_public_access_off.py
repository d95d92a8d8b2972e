"""EMR account-level block public access turned off.

expect: any @ emr-bpa
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.emr.BlockPublicAccessConfiguration("emr-bpa", block_public_security_group_rules=False)
