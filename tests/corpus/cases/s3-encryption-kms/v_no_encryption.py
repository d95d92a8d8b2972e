"""A bucket with every setting except default encryption.

expect: s3-encryption-kms @ uploads
"""

from corpus_kit import hardened_bucket

hardened_bucket("uploads", encryption=False)
