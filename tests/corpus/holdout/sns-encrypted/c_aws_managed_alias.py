"""A topic encrypted with the AWS-managed alias/aws/sns key (the claim asks for 'a KMS key', not a CMK).

expect: clean
"""

import pulumi_aws as aws

aws.sns.Topic("billing-notices", kms_master_key_id="alias/aws/sns")
