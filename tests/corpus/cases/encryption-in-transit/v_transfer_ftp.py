"""A Transfer Family server that accepts plain FTP.

expect: encryption-in-transit @ partner-ftp
"""

import pulumi_aws as aws

aws.transfer.Server(
    "partner-ftp",
    endpoint_type="VPC",
    endpoint_details={"vpc_id": "vpc-0aaa1111bbbb2222c", "subnet_ids": ["subnet-0aaa1111bbbb2222c"]},
    protocols=["FTP"],
    identity_provider_type="API_GATEWAY",
    url="https://idp.example.com",
)
