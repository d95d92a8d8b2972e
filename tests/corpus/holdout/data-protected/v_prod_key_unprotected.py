"""Under prod's config, a rotating KMS key without protect=True (and no retain_on_delete).

expect: data-protected @ prod-data-key
policy-config: prod
"""

import pulumi_aws as aws

aws.kms.Key("prod-data-key", enable_key_rotation=True, deletion_window_in_days=30)
