"""EFS with encrypted passed from config as a bool parsed from the string "False".

expect: efs-encrypted @ shared-cache
"""

import pulumi
import pulumi_aws as aws

cfg = pulumi.Config()
encrypt = (cfg.get("efsEncrypted") or "False").lower() == "true"
aws.efs.FileSystem("shared-cache", aws.efs.FileSystemArgs(encrypted=encrypt, creation_token="shared-cache"))
