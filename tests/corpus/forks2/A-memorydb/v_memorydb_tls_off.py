"""MemoryDB cluster with TLS disabled.

expect: any @ sessions
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

subnets = aws.memorydb.SubnetGroup("sessions-subnets", subnet_ids=kit.SUBNETS)
aws.memorydb.Cluster("sessions", node_type="db.t4g.small", acl_name="open-access", tls_enabled=False,
                     subnet_group_name=subnets.name, security_group_ids=[kit.SG], num_shards=1,
                     snapshot_retention_limit=7)
