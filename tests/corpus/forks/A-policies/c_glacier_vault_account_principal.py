"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.glacier.Vault(
    "archive",
    name="archive",
    access_policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:role/archiver"},
                       "Action": ["glacier:InitiateJob", "glacier:GetJobOutput", "glacier:UploadArchive"],
                       "Resource": f"arn:aws:glacier:{REGION}:{ACCOUNT}:vaults/archive"}],
    }),
)
