"""EncryptionByDefault declared but disabled; the volume sets no encrypted flag.

expect: ebs-encrypted @ logs-vol
"""

import pulumi_aws as aws

aws.ebs.EncryptionByDefault("ebs-default", enabled=False)
aws.ebs.Volume("logs-vol", availability_zone="eu-west-1a", size=100, type="st1")
