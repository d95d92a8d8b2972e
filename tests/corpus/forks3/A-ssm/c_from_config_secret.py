"""SecureString parameter; a non-secret String parameter for a hostname.
expect: clean
"""
import pulumi_aws as aws

aws.ssm.Parameter("api-base-url", name="/prod/orders/api_base_url", type="String", value="https://api.example.com")
aws.ssm.Parameter("feature-flags", name="/prod/orders/flags", type="StringList", value="checkout-v2,search-v3")
