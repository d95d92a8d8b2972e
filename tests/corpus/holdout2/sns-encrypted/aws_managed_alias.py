"""A topic encrypted with the AWS-managed alias/aws/sns key (a KMS key, as the rule asks).

expect: clean
"""

import pulumi_aws as aws

aws.sns.Topic("deploy-events", kms_master_key_id="alias/aws/sns")
