"""DynamoDB table with the default AWS-owned encryption (FSBP does not require a CMK) and PITR.
expect: clean
"""
import pulumi_aws as aws

for name in ["carts", "wishlists"]:
    aws.dynamodb.Table(name, billing_mode="PAY_PER_REQUEST", hash_key="id",
        attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],
        point_in_time_recovery=aws.dynamodb.TablePointInTimeRecoveryArgs(enabled=True))
