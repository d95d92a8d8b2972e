"""A multi-region primary key without rotation (its replica follows the primary's rotation).

expect: kms-key-rotation @ mrk-primary
"""

import pulumi
import pulumi_aws as aws

primary = aws.kms.Key("mrk-primary", multi_region=True, description="multi-region primary")
us = aws.Provider("us", region="us-east-1")
aws.kms.ReplicaKey("mrk-replica", primary_key_arn=primary.arn, opts=pulumi.ResourceOptions(provider=us))
