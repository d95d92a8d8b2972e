"""An EFS file system with lifecycle policies and encrypted=False written explicitly.

expect: efs-encrypted @ ml-datasets
"""

import pulumi_aws as aws

aws.efs.FileSystem(
    "ml-datasets",
    encrypted=False,
    lifecycle_policies=[{"transition_to_ia": "AFTER_30_DAYS"}],
    protection={"replication_overwrite": "ENABLED"},
)
