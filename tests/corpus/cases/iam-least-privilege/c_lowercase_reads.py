"""Lower-case read actions on named bucket ARNs.

expect: clean
"""

import json

import pulumi_aws as aws

aws.iam.Policy(
    "reader",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": ["s3:getobject", "s3:getobjectversion"],
                    "Resource": "arn:aws:s3:::corpus-data/*",
                },
                {"Effect": "Allow", "Action": "s3:listbucket", "Resource": "arn:aws:s3:::corpus-data"},
            ],
        }
    ),
)
