"""ECR repository policy letting anyone pull and push.

expect: any @ images-policy | images
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

repo = aws.ecr.Repository("images", name="api", image_tag_mutability="IMMUTABLE",
                          image_scanning_configuration={"scan_on_push": True},
                          encryption_configurations=[{"encryption_type": "KMS", "kms_key": kit.cmk("ecr-key").arn}])
aws.ecr.RepositoryPolicy("images-policy", repository=repo.name, policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Sid": "all", "Effect": "Allow", "Principal": "*",
                   "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:PutImage",
                              "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload"]}]}))
