"""Three buckets made in a loop; the 'scratch' one is left without any encryption configuration.

expect: s3-encryption-kms @ bucket-scratch
"""

import holdout_kit as kit

for purpose in ["ingest", "curated", "scratch"]:
    kit.secure_bucket(f"bucket-{purpose}", skip=("sse",) if purpose == "scratch" else ())
