"""Secret value written as a literal string in the program.
expect: any @ api-key-value
category: secret
"""
import pulumi_aws as aws

s = aws.secretsmanager.Secret("partner-api-key")
aws.secretsmanager.SecretVersion("api-key-value", secret_id=s.id, secret_string="AKd93jfK2lsPq0zX8vB7nM4")
