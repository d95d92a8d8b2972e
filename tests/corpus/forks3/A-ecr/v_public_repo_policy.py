"""ECR repository policy letting Principal "*" pull and push.
expect: any @ images-policy | images
category: resource-policy
"""
import json
import pulumi_aws as aws

repo = aws.ecr.Repository("images", image_tag_mutability="IMMUTABLE", image_scanning_configuration={"scan_on_push": True})
aws.ecr.RepositoryPolicy("images-policy", repository=repo.name, policy=json.dumps({"Version": "2012-10-17", "Statement": [{
    "Sid": "everyone", "Effect": "Allow", "Principal": "*",
    "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:PutImage", "ecr:InitiateLayerUpload"]}]}))
