"""No bucket policy at all.

expect: s3-tls-only @ landing
"""

from corpus_kit import hardened_bucket

hardened_bucket("landing", policy=False)
