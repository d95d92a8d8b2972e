"""An ECR repository policy letting anyone pull images.

expect: iam-no-anonymous-principal @ base-images-policy
"""

import json

import pulumi_aws as aws

repo = aws.ecr.Repository(
    "base-images", image_tag_mutability="IMMUTABLE", encryption_configurations=[{"encryption_type": "KMS"}]
)
aws.ecr.RepositoryPolicy(
    "base-images-policy",
    repository=repo.name,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Sid": "Pull",
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage", "ecr:BatchCheckLayerAvailability"],
                }
            ],
        }
    ),
)
