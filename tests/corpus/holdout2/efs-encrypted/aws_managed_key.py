"""EFS encrypted with the default AWS-managed key (encrypted=True, no kms_key_id);
the claim asks only for encryption at rest.

expect: clean
"""

import pulumi_aws as aws

aws.efs.FileSystem("shared-tmp", encrypted=True, throughput_mode="bursting")
