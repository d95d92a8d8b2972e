"""DMS replication instance private with a CMK; PostgreSQL endpoint with verify-full SSL.

expect: clean
config: {"corpus:dbPassword": "not-a-real-passw0rd"}
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

subnets = aws.dms.ReplicationSubnetGroup("dms-subnets", replication_subnet_group_id="dms-subnets",
                                         replication_subnet_group_description="dms", subnet_ids=kit.SUBNETS)
aws.dms.ReplicationInstance("migrator", replication_instance_id="migrator", replication_instance_class="dms.t3.medium",
                            allocated_storage=50, publicly_accessible=False, multi_az=True, auto_minor_version_upgrade=True,
                            kms_key_arn=kit.cmk("dms-key").arn,
                            replication_subnet_group_id=subnets.id, vpc_security_group_ids=[kit.SG])
cert = aws.dms.Certificate("rds-ca", certificate_id="rds-ca", certificate_pem="-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
aws.dms.Endpoint("source-pg", endpoint_id="source-pg", endpoint_type="source", engine_name="postgres",
                 server_name="db.internal", port=5432, database_name="app", username="dms",
                 password=pulumi.Config().require_secret("dbPassword"), ssl_mode="verify-full",
                 certificate_arn=cert.certificate_arn, kms_key_arn=kit.cmk("dms-ep-key").arn)
