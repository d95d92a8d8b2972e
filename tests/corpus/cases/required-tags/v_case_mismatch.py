"""Tag keys are case-sensitive: 'owner' and 'costcenter' are not Owner and CostCenter.

config: {"aws:defaultTags": {"tags": {"Environment": "test", "Project": "corpus"}}}
expect: required-tags @ logs
"""

import pulumi_aws as aws

aws.ec2.Vpc("logs", cidr_block="10.0.0.0/16", tags={"owner": "platform-team", "costcenter": "cc-1234"})
