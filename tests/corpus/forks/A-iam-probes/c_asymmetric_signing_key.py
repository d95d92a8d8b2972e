"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.kms.Key("signing-key", description="JWT signing", customer_master_key_spec="RSA_2048", key_usage="SIGN_VERIFY",
            deletion_window_in_days=30)
