"""A human user with no policies or keys, only a group membership; the group carries a narrow policy.

expect: clean
"""

import json

import pulumi_aws as aws

u = aws.iam.User("jane", force_destroy=True)
g = aws.iam.Group("readers")
aws.iam.GroupPolicy(
    "readers-logs",
    group=g.name,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": ["logs:GetLogEvents", "logs:FilterLogEvents"],
                    "Resource": "arn:aws:logs:eu-west-1:345678901234:log-group:/app/*",
                }
            ],
        }
    ),
)
aws.iam.UserGroupMembership("jane-groups", user=u.name, groups=[g.name])
