"""ECR repo with scan on push, KMS encryption, cross-account pull for one named account.
expect: clean
"""
import json
import pulumi_aws as aws

repo = aws.ecr.Repository("svc-images", image_tag_mutability="IMMUTABLE",
    image_scanning_configuration={"scan_on_push": True}, encryption_configurations=[{"encryption_type": "KMS"}])
aws.ecr.RepositoryPolicy("svc-images-policy", repository=repo.name, policy=json.dumps({"Version": "2012-10-17", "Statement": [{
    "Sid": "ProdPull", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::210987654321:root"},
    "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"]}]}))
