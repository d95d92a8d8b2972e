"""A group gets AmazonS3FullAccess through GroupPolicyAttachment, using the ManagedPolicy enum.

expect: iam-no-admin-policies @ analysts-s3
"""

import pulumi_aws as aws

g = aws.iam.Group("analysts")
aws.iam.GroupPolicyAttachment("analysts-s3", group=g.name, policy_arn=aws.iam.ManagedPolicy.AMAZON_S3_FULL_ACCESS)
