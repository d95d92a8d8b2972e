"""CodeArtifact domain permissions policy granting Principal * access.

expect: any @ pkgs-domain-policy | pkgs
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

domain = aws.codeartifact.Domain("pkgs", domain="acme", encryption_key=kit.cmk("pkgs-key").arn)
aws.codeartifact.DomainPermissions("pkgs-domain-policy", domain=domain.domain,
    policy_document=domain.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": "*", "Action": ["codeartifact:GetAuthorizationToken",
                                                          "codeartifact:ReadFromRepository"], "Resource": arn}]})))
