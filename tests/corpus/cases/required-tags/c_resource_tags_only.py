"""No default tags anywhere; every resource carries the four tags itself (via a helper).

config: {"aws:defaultTags": null}
expect: clean
"""

import pulumi_aws as aws


def tags(**extra: str) -> dict:
    return {"Owner": "platform-team", "Environment": "test", "Project": "corpus", "CostCenter": "cc-1234", **extra}


vpc = aws.ec2.Vpc("own", cidr_block="10.5.0.0/16", tags=tags(Name="own"))
aws.ec2.Subnet("own-a", vpc_id=vpc.id, cidr_block="10.5.1.0/24", tags=tags(Name="own-a"))
