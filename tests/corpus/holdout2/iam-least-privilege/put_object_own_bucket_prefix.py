"""A role writes objects under one bucket's prefix (arn:aws:s3:::h2-uploads/incoming/*), the usual S3 object scope.

expect: clean
"""

import json

import pulumi_aws as aws
from holdout2_kit import trust

r = aws.iam.Role("upload-fn", assume_role_policy=trust("lambda.amazonaws.com"))
aws.iam.RolePolicy(
    "upload-fn-s3",
    role=r.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": ["s3:PutObject", "s3:AbortMultipartUpload"],
                    "Resource": "arn:aws:s3:::h2-uploads/incoming/*",
                },
                {
                    "Effect": "Allow",
                    "Action": "s3:ListBucket",
                    "Resource": "arn:aws:s3:::h2-uploads",
                    "Condition": {"StringLike": {"s3:prefix": ["incoming/*"]}},
                },
            ],
        }
    ),
)
