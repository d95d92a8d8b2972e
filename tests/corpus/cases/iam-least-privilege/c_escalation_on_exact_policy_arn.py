"""CreatePolicyVersion + SetDefaultPolicyVersion on one exact policy ARN.

Relabelled clean by the lead: issue 9 specifies escalation sets as violations "on anything but exact ARNs",
so managing one named policy's versions is allowed (whether app-policy is attached to the same principal is
not visible to the pack). The wildcard form is v_escalation_wildcard-style cases elsewhere.

expect: clean
"""

import json

import pulumi_aws as aws

aws.iam.Policy(
    "self-editor",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": ["iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion"],
                    "Resource": "arn:aws:iam::123456789012:policy/app-policy",
                }
            ],
        }
    ),
)
