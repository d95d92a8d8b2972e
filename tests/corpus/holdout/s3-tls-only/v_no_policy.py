"""A bucket with every other setting but no bucket policy at all.

expect: s3-tls-only @ exports
"""

import holdout_kit as kit

kit.secure_bucket("exports", skip=("policy",))
