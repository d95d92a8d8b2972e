"""A symmetric key created by a helper with rotation left at its default (off).

expect: kms-key-rotation @ app-secrets-key
"""

import pulumi_aws as aws


def make_key(name: str, **kw) -> aws.kms.Key:
    return aws.kms.Key(name, description=f"{name}", deletion_window_in_days=7, **kw)


make_key("app-secrets-key")
