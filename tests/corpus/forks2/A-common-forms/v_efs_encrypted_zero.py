"""EFS file system with encrypted="0" (a string the bridge parses as false).

expect: any @ scratch
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.efs.FileSystem("scratch", encrypted="0", performance_mode="generalPurpose")
