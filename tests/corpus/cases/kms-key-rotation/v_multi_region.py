"""A multi-region primary key without rotation.

expect: kms-key-rotation @ global
"""

import pulumi_aws as aws

aws.kms.Key("global", multi_region=True, description="global key")
