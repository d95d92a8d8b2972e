"""A bucket without any public access block (and no account-level block in the stack).

expect: s3-public-access-blocked @ thumbnails
"""

import holdout_kit as kit

kit.secure_bucket("thumbnails", skip=("pab",))
