"""PLANNED RULE edge. Encrypted EFS with a customer key.

expect: clean
"""

import pulumi_aws as aws

key = aws.kms.Key("fs-key", enable_key_rotation=True)
aws.efs.FileSystem("home-fs", encrypted=True, kms_key_id=key.arn)
