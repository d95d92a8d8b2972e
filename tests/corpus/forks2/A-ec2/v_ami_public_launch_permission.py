"""AMI shared with everyone through a launch permission for group all.

expect: any @ golden-public
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.ec2.AmiLaunchPermission("golden-public", image_id="ami-0abcdef1234567890", group="all")
