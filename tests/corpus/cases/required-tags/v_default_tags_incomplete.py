"""Stack default tags miss CostCenter; the security group does not add it.

config: {"aws:defaultTags": {"tags": {"Owner": "platform-team", "Environment": "test", "Project": "corpus"}}}
expect: required-tags @ app
"""

import pulumi_aws as aws
from corpus_kit import VPC

aws.ec2.SecurityGroup("app", vpc_id=VPC, description="app", tags={"Name": "app"})
