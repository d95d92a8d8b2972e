"""An explicit provider (another region) without default tags: the stack's aws:defaultTags do not apply to it.

expect: required-tags @ dr-vpc
"""

import pulumi
import pulumi_aws as aws

us = aws.Provider("us", region="us-east-1")
aws.ec2.Vpc("dr-vpc", cidr_block="10.9.0.0/16", opts=pulumi.ResourceOptions(provider=us))
