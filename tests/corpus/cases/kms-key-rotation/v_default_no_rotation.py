"""A symmetric key with rotation left at its default (off).

expect: kms-key-rotation @ app-data
"""

import pulumi_aws as aws

aws.kms.Key("app-data", description="application data", deletion_window_in_days=30)
