"""Topic carrying PII with no KMS key (FSBP SNS.1 was retired in 2024, hence unsure).
expect: any @ customer-signups
category: rest
unsure: yes
"""
import pulumi_aws as aws

aws.sns.Topic("customer-signups", display_name="Signups")
