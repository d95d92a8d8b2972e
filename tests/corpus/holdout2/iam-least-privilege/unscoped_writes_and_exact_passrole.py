"""Actions AWS cannot scope (xray:PutTraceSegments, cloudwatch:PutMetricData) on '*', and PassRole on one exact role ARN.

expect: clean
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import trust

task_role = aws.iam.Role("worker-task", assume_role_policy=trust("ecs-tasks.amazonaws.com"))
launcher = aws.iam.Role("launcher", assume_role_policy=trust("lambda.amazonaws.com"))
aws.iam.RolePolicy(
    "launcher-policy",
    role=launcher.id,
    policy=pulumi.Output.all(task_role.arn).apply(
        lambda a: __import__("json").dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Action": ["xray:PutTraceSegments", "xray:PutTelemetryRecords", "cloudwatch:PutMetricData"],
                        "Resource": "*",
                    },
                    {
                        "Effect": "Allow",
                        "Action": "iam:PassRole",
                        "Resource": a[0],
                        "Condition": {"StringEquals": {"iam:PassedToService": "ecs-tasks.amazonaws.com"}},
                    },
                ],
            }
        )
    ),
)
