"""CodeArtifact domain policy granting read to Principal * pinned to the organization by aws:PrincipalOrgID.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

domain = aws.codeartifact.Domain("pkgs", domain="acme", encryption_key=kit.cmk("pkgs-key").arn)
aws.codeartifact.DomainPermissions("pkgs-domain-policy", domain=domain.domain,
    policy_document=domain.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": "*", "Action": ["codeartifact:GetAuthorizationToken",
                                                          "codeartifact:ReadFromRepository"], "Resource": arn,
         "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}}]})))
