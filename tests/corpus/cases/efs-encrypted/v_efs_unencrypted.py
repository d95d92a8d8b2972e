"""PLANNED RULE. An EFS file system left unencrypted.

expect: efs-encrypted @ shared-fs
"""

import pulumi_aws as aws

aws.efs.FileSystem("shared-fs", performance_mode="generalPurpose")
