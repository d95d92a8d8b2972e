"""Three hardened buckets from a loop; their settings are linked by bucket.id.

expect: clean
"""

import pulumi
from corpus_kit import hardened_bucket

names = {}
for team in ["alpha", "beta", "gamma"]:
    names[team] = hardened_bucket(f"team-{team}").bucket
pulumi.export("buckets", names)
