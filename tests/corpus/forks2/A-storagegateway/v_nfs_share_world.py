"""Storage Gateway NFS file share open to any client (0.0.0.0/0).

expect: any @ exports
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

role = kit.service_role("sgw-role", "storagegateway.amazonaws.com", [
    {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject", "s3:ListBucket"],
     "Resource": ["arn:aws:s3:::corpus-exports", "arn:aws:s3:::corpus-exports/*"]}])
aws.storagegateway.NfsFileShare("exports", client_lists=["0.0.0.0/0"],
                                gateway_arn=f"arn:aws:storagegateway:{kit.REGION}:{kit.ACCOUNT}:gateway/sgw-12A3456B",
                                location_arn="arn:aws:s3:::corpus-exports", role_arn=role.arn,
                                kms_encrypted=True, kms_key_arn=kit.cmk("sgw-key").arn, squash="NoSquash")
