"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

key = cmk("emr-key")
aws.emr.SecurityConfiguration(
    "emr-security",
    name="emr-encrypted",
    configuration=key.arn.apply(lambda arn: json.dumps({
        "EncryptionConfiguration": {
            "EnableInTransitEncryption": True,
            "EnableAtRestEncryption": True,
            "InTransitEncryptionConfiguration": {"TLSCertificateConfiguration": {
                "CertificateProviderType": "PEM", "S3Object": "s3://acme-emr-config/certs.zip"}},
            "AtRestEncryptionConfiguration": {
                "S3EncryptionConfiguration": {"EncryptionMode": "SSE-KMS", "AwsKmsKey": arn},
                "LocalDiskEncryptionConfiguration": {"EncryptionKeyProviderType": "AwsKms", "AwsKmsKey": arn,
                                                      "EnableEbsEncryption": True},
            },
        }
    })),
)
aws.emr.BlockPublicAccessConfiguration("emr-bpa", block_public_security_group_rules=True)
