"""SecureString but its value is a literal in the source (plaintext in state and git).
expect: any @ smtp-password
category: secret
"""
import pulumi_aws as aws

aws.ssm.Parameter("smtp-password", name="/prod/mail/smtp_password", type=aws.ssm.ParameterType.SECURE_STRING,
                  value="mailP@ss-2024-prod")
