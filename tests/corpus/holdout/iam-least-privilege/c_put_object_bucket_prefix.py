"""s3:PutObject on one bucket's objects (arn:aws:s3:::bucket/uploads/*): a bucket-scoped object wildcard.

expect: clean
"""

import json

import holdout_kit as kit
import pulumi_aws as aws

role = kit.lambda_role("uploader-fn-role")
aws.iam.RolePolicy(
    "uploader-fn-put",
    role=role.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": ["s3:PutObject", "s3:AbortMultipartUpload"],
                    "Resource": "arn:aws:s3:::hold-uploads/incoming/*",
                }
            ],
        }
    ),
)
