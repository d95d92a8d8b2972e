"""Secret under a CMK, value set and rotated by a rotation Lambda (never in the program); only the ARN is exported.
expect: clean
"""
import pulumi
import pulumi_aws as aws
from forks3_kit import cmk

key = cmk("secrets-key", ["secretsmanager.amazonaws.com"])
s = aws.secretsmanager.Secret("reporting-credentials", kms_key_id=key.arn, recovery_window_in_days=30)
aws.secretsmanager.SecretRotation("reporting-credentials-rotation", secret_id=s.id,
    rotation_lambda_arn="arn:aws:lambda:eu-west-1:123456789012:function:SecretsManagerRDSPostgreSQLRotationSingleUser",
    rotation_rules={"automatically_after_days": 30})
pulumi.export("secretArn", s.arn)
