"""A prod KMS key created without protect (a `pulumi destroy` schedules its deletion).

expect: data-protected @ tokens-key
policy-config: prod
"""

import pulumi_aws as aws

aws.kms.Key("tokens-key", enable_key_rotation=True, deletion_window_in_days=7)
