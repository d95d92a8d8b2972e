"""expect: any @ migrate-legacy
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

# publicly_accessible defaults to true for DMS replication instances
aws.dms.ReplicationInstance(
    "migrate-legacy",
    replication_instance_id="migrate-legacy",
    replication_instance_class="dms.t3.medium",
    allocated_storage=50,
)
