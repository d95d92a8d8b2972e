"""DMS source endpoint for PostgreSQL with ssl_mode none.

expect: any @ source-pg
category: transit
config: {"corpus:dbPassword": "not-a-real-passw0rd"}
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.dms.Endpoint("source-pg", endpoint_id="source-pg", endpoint_type="source", engine_name="postgres",
                 server_name="db.internal", port=5432, database_name="app", username="dms",
                 password=pulumi.Config().require_secret("dbPassword"), ssl_mode="none")
