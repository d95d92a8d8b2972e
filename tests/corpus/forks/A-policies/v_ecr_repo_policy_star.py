"""expect: any @ images-policy
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

repo = aws.ecr.Repository("images", image_tag_mutability="IMMUTABLE", image_scanning_configuration={"scan_on_push": True})
aws.ecr.RepositoryPolicy(
    "images-policy",
    repository=repo.name,
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Sid": "pull", "Effect": "Allow", "Principal": "*",
                       "Action": ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]}],
    }),
)
