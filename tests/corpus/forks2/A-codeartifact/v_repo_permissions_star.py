"""CodeArtifact repository policy allowing AWS:* to publish packages.

expect: any @ npm-policy | npm
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

domain = aws.codeartifact.Domain("pkgs", domain="acme", encryption_key=kit.cmk("pkgs-key").arn)
repo = aws.codeartifact.Repository("npm", repository="npm", domain=domain.domain)
aws.codeartifact.RepositoryPermissionsPolicy("npm-policy", repository=repo.repository, domain=domain.domain,
    policy_document=repo.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["codeartifact:PublishPackageVersion",
                                                                   "codeartifact:ReadFromRepository"], "Resource": arn}]})))
