"""A group gets AmazonS3FullAccess through GroupPolicyAttachment.

expect: iam-no-admin-policies @ analysts-s3
"""

import pulumi_aws as aws

group = aws.iam.Group("analysts")
aws.iam.GroupPolicyAttachment("analysts-s3", group=group.name, policy_arn="arn:aws:iam::aws:policy/AmazonS3FullAccess")
