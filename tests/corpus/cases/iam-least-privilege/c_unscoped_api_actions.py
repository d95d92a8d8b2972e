"""Actions AWS only supports on '*' (ECR auth token, X-Ray segments, STS caller identity).

expect: clean
"""

import json

import pulumi_aws as aws

aws.iam.Policy(
    "ci-basics",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": [
                        "ecr:GetAuthorizationToken",
                        "xray:PutTraceSegments",
                        "xray:PutTelemetryRecords",
                        "sts:GetCallerIdentity",
                    ],
                    "Resource": "*",
                }
            ],
        }
    ),
)
