"""expect: any @ shared-files
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.efs.FileSystem("shared-files", performance_mode="generalPurpose", throughput_mode="elastic")
