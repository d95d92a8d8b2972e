"""No public access block.

expect: s3-public-access-blocked @ shared
"""

from corpus_kit import hardened_bucket

hardened_bucket("shared", public_access_block=False)
