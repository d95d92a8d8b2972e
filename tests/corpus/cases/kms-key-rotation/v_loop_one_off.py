"""Keys from a table; one row disables rotation.

expect: kms-key-rotation @ key-logs
"""

import pulumi_aws as aws

for purpose, rotate in {"s3": True, "logs": False, "sqs": True}.items():
    aws.kms.Key(f"key-{purpose}", description=f"{purpose} key", enable_key_rotation=rotate)
