"""expect: any @ source-pg
category: transit
config: {"corpus:dmsPassword": "dms-horse-battery-9"}
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.dms.Endpoint(
    "source-pg",
    endpoint_id="source-pg",
    endpoint_type="source",
    engine_name="postgres",
    server_name="legacy-db.internal",
    port=5432,
    database_name="orders",
    username="dms",
    password=pulumi.Config().require_secret("dmsPassword"),
    ssl_mode="none",
)
