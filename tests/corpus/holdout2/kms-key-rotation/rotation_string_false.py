"""Keys built from a settings dict where rotation for the second is the string "false".

expect: kms-key-rotation @ audit-key
"""

import pulumi
import pulumi_aws as aws

settings = {
    "events-key": {"enable_key_rotation": True, "rotation_period_in_days": 180},
    "audit-key": {"enable_key_rotation": "false"},
}
for name, extra in settings.items():
    aws.kms.Key(name, description=name, deletion_window_in_days=30, opts=pulumi.ResourceOptions(protect=True), **extra)
