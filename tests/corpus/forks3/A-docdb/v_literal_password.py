"""Encrypted DocumentDB whose master_password is a literal.
expect: any @ events-docdb
category: secret
"""
import pulumi_aws as aws

aws.docdb.Cluster("events-docdb", master_username="docdbadmin", master_password="DocDbPassw0rd2024",
                  storage_encrypted=True, skip_final_snapshot=True, db_subnet_group_name="docdb-subnets")
