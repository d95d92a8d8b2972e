"""EBS encryption by default turned on: a launch template without mappings is fine.

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import compliant_launch_template

aws.ebs.EncryptionByDefault("ebs-default", enabled=True)
compliant_launch_template("api", block_device_mappings=None)
