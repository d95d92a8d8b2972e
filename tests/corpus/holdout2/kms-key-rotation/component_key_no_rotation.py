"""A secrets component creates its own symmetric CMK and an alias, but never turns on rotation.

expect: kms-key-rotation @ vault-key
"""

import pulumi
import pulumi_aws as aws


class Vault(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("acme:security:Vault", name, None, opts)
        key = aws.kms.Key(
            f"{name}-key",
            description="app secrets",
            key_usage="ENCRYPT_DECRYPT",
            customer_master_key_spec="SYMMETRIC_DEFAULT",
            deletion_window_in_days=30,
            opts=pulumi.ResourceOptions(parent=self, protect=True),
        )
        aws.kms.Alias(
            f"{name}-alias", name=f"alias/{name}", target_key_id=key.key_id, opts=pulumi.ResourceOptions(parent=self)
        )
        aws.secretsmanager.Secret(f"{name}-db", kms_key_id=key.arn, opts=pulumi.ResourceOptions(parent=self))


Vault("vault")
