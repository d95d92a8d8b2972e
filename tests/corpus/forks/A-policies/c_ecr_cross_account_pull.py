"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

repo = aws.ecr.Repository("images", image_tag_mutability="IMMUTABLE", image_scanning_configuration={"scan_on_push": True},
                          encryption_configurations=[{"encryption_type": "KMS", "kms_key": cmk("ecr-key").arn}])
aws.ecr.RepositoryPolicy(
    "images-policy",
    repository=repo.name,
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Sid": "prod-pull", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::210987654321:root"},
                       "Action": ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage", "ecr:BatchCheckLayerAvailability"]}],
    }),
)
aws.ecr.LifecyclePolicy("images-lifecycle", repository=repo.name, policy=json.dumps({
    "rules": [{"rulePriority": 1, "description": "expire untagged", "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed",
               "countUnit": "days", "countNumber": 14}, "action": {"type": "expire"}}]}))
