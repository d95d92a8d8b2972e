"""EncryptionByDefault declared but disabled; the template has no mappings.

expect: ebs-encrypted @ cron
"""

import pulumi_aws as aws
from corpus_kit import compliant_launch_template

aws.ebs.EncryptionByDefault("ebs-default", enabled=False)
compliant_launch_template("cron", block_device_mappings=None)
