"""No provider default tags; the VPC carries only two of the four keys.

config: {"aws:defaultTags": null}
expect: required-tags @ main
"""

import pulumi_aws as aws

aws.ec2.Vpc("main", cidr_block="10.0.0.0/16", tags={"Owner": "platform-team", "Project": "corpus"})
