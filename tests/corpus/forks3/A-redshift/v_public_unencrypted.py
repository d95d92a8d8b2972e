"""Redshift cluster public and unencrypted (FSBP Redshift.1, Redshift.10).
expect: any @ warehouse
category: exposure
"""
import pulumi_aws as aws

aws.redshift.Cluster("warehouse", cluster_identifier="warehouse", node_type="ra3.xlplus", number_of_nodes=2,
    database_name="analytics", master_username="awsuser", manage_master_password=True,
    publicly_accessible=True, encrypted="false", skip_final_snapshot=True)
