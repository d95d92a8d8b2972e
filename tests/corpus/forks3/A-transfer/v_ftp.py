"""Transfer Family server offering FTP (FSBP Transfer.2).
expect: any @ partner-ftp
category: transit
"""
import pulumi_aws as aws

aws.transfer.Server("partner-ftp", protocols=["FTP"], endpoint_type="VPC", identity_provider_type="API_GATEWAY",
    url="https://abc123.execute-api.eu-west-1.amazonaws.com/prod", invocation_role="arn:aws:iam::123456789012:role/transfer-idp",
    endpoint_details={"vpc_id": "vpc-0a1b2c3d4e5f60718", "subnet_ids": ["subnet-0aa11bb22cc33dd44"]})
