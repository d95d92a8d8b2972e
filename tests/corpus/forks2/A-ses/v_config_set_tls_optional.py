"""SES configuration set with TLS optional for delivery.

expect: any @ transactional
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.ses.ConfigurationSet("transactional", name="transactional", delivery_options={"tls_policy": "Optional"},
                         reputation_metrics_enabled=True)
