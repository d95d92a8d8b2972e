"""A DocumentDB cluster without storage encryption (the default is false).

expect: encryption-at-rest @ catalog
"""

import pulumi_aws as aws

aws.docdb.Cluster(
    "catalog",
    master_username="app",
    manage_master_user_password=True,
    skip_final_snapshot=True,
)
