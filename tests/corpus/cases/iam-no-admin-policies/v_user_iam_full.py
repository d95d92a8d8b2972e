"""UserPolicyAttachment with IAMFullAccess.

expect: iam-no-admin-policies @ bot-iam
"""

import pulumi_aws as aws

bot = aws.iam.User("bot")
aws.iam.UserPolicyAttachment("bot-iam", user=bot.name, policy_arn="arn:aws:iam::aws:policy/IAMFullAccess")
