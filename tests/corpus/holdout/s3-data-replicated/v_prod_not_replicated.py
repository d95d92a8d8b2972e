"""Under prod's config, a data bucket with every hardening setting but no cross-region replication.

expect: s3-data-replicated @ customer-files
policy-config: prod
"""

import holdout_kit as kit

kit.secure_bucket("customer-files")
