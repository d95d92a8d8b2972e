"""EFS encrypted with a customer-managed key and an access point.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

key = kit.cmk("efs-key")
fs = aws.efs.FileSystem("ml-models", encrypted=True, kms_key_id=key.arn)
aws.efs.AccessPoint("ml-models-ap", file_system_id=fs.id, posix_user={"uid": 1000, "gid": 1000})
