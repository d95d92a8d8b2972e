"""SES configuration set requiring TLS; identity policy lets one role send.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.ses.ConfigurationSet("transactional", name="transactional", delivery_options={"tls_policy": "Require"},
                         reputation_metrics_enabled=True)
ident = aws.ses.DomainIdentity("mail", domain="mail.acme.example")
aws.ses.IdentityPolicy("sender-policy", identity=ident.arn, name="app-sends",
                       policy=ident.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [
                           {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{kit.ACCOUNT}:role/mailer"},
                            "Action": ["ses:SendEmail", "ses:SendRawEmail"], "Resource": arn}]})))
