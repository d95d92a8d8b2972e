"""An ECR repository policy that lets Principal '*' pull images, no condition.

expect: iam-no-anonymous-principal @ images-policy
"""

import json

import pulumi_aws as aws

repo = aws.ecr.Repository(
    "images",
    image_tag_mutability="IMMUTABLE",
    image_scanning_configuration={"scan_on_push": True},
    encryption_configurations=[{"encryption_type": "KMS"}],
)
aws.ecr.RepositoryPolicy(
    "images-policy",
    repository=repo.name,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Sid": "pull",
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"],
                }
            ],
        }
    ),
)
