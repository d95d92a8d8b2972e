"""Resource policies that are public by their nature or narrowed by a condition: clean.

expect: clean
"""

import json

import pulumi_aws as aws

aws.ec2.VpcEndpoint(
    "s3-endpoint",
    vpc_id="vpc-0aaa1111bbbb2222c",
    service_name="com.amazonaws.eu-west-1.s3",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}],
        }
    ),
)
vault = aws.backup.Vault("vault")
aws.backup.VaultPolicy(
    "org-copy",
    backup_vault_name=vault.name,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": "backup:CopyIntoBackupVault",
                    "Resource": "*",
                    "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123def4"}},
                }
            ],
        }
    ),
)
