"""A queue created through an explicit provider for another region that has no default_tags.

expect: required-tags @ us-jobs
"""

import pulumi
import pulumi_aws as aws

us = aws.Provider("us-west-2", region="us-west-2")
aws.sqs.Queue("us-jobs", opts=pulumi.ResourceOptions(provider=us))
