"""PLANNED RULE. A table without point-in-time recovery.

expect: dynamodb-pitr @ carts
policy-config: prod
"""

import pulumi_aws as aws

aws.dynamodb.Table("carts", billing_mode="PAY_PER_REQUEST", hash_key="id", attributes=[{"name": "id", "type": "S"}])
