"""GroupPolicyAttachment with a ...FullAccess AWS-managed policy (enum constant from the SDK).

expect: iam-no-admin-policies @ devs-s3
"""

import pulumi_aws as aws

devs = aws.iam.Group("devs")
aws.iam.GroupPolicyAttachment("devs-s3", group=devs.name, policy_arn=aws.iam.ManagedPolicy.AMAZON_S3_FULL_ACCESS)
