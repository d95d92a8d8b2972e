"""Default tags give two keys, the resource adds the other two.

config: {"aws:defaultTags": {"tags": {"Owner": "platform-team", "Project": "corpus"}}}
expect: clean
"""

import pulumi_aws as aws

aws.ec2.Vpc("merged", cidr_block="10.6.0.0/16", tags={"Environment": "test", "CostCenter": "cc-1234"})
