"""SFTP-only Transfer server with a modern security policy.
expect: clean
"""
import pulumi_aws as aws

aws.transfer.Server("partner-sftp", protocols=["SFTP"], endpoint_type="PUBLIC", identity_provider_type="SERVICE_MANAGED",
                    security_policy_name="TransferSecurityPolicy-2024-01")
