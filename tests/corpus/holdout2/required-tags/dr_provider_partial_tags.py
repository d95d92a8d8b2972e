"""A second-region provider whose default_tags forget CostCenter; a topic in the DR region inherits only those.

expect: required-tags @ dr-alerts
"""

import pulumi
import pulumi_aws as aws

dr = aws.Provider(
    "dr-west", region="eu-central-1", default_tags={"tags": {"Owner": "sre", "Environment": "test", "Project": "corpus"}}
)
aws.sns.Topic("dr-alerts", kms_master_key_id="alias/aws/sns", opts=pulumi.ResourceOptions(provider=dr))
