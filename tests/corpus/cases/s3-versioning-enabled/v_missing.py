"""A bucket with no versioning at all.

expect: s3-versioning-enabled @ scratch
"""

from corpus_kit import hardened_bucket

hardened_bucket("scratch", versioning=False)
