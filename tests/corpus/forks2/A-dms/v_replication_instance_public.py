"""DMS replication instance publicly accessible.

expect: any @ migrator
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

subnets = aws.dms.ReplicationSubnetGroup("dms-subnets", replication_subnet_group_id="dms-subnets",
                                         replication_subnet_group_description="dms", subnet_ids=kit.SUBNETS)
aws.dms.ReplicationInstance("migrator", replication_instance_id="migrator", replication_instance_class="dms.t3.medium",
                            allocated_storage=50, publicly_accessible=True, kms_key_arn=kit.cmk("dms-key").arn,
                            replication_subnet_group_id=subnets.id, vpc_security_group_ids=[kit.SG])
