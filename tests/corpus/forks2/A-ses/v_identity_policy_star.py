"""SES identity policy letting anyone send as the domain.

expect: any @ sender-policy
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

ident = aws.ses.DomainIdentity("mail", domain="mail.acme.example")
aws.ses.IdentityPolicy("sender-policy", identity=ident.arn, name="anyone-sends",
                       policy=ident.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [
                           {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["ses:SendEmail", "ses:SendRawEmail"],
                            "Resource": arn}]})))
