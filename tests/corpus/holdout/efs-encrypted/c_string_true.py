"""EFS encrypted flag passed as a bool from a string config value "true" with the AWS-managed key.

expect: clean
"""

import pulumi_aws as aws

raw = "true"
aws.efs.FileSystem("wiki-fs", encrypted=raw.lower() == "true", throughput_mode="bursting")
