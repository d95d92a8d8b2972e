"""DocumentDB cluster parameter group turning TLS off.
expect: any @ docdb-no-tls
category: transit
unsure: yes
"""
import pulumi_aws as aws

pg = aws.docdb.ClusterParameterGroup("docdb-no-tls", family="docdb5.0",
                                     parameters=[{"name": "tls", "value": "disabled"}])
aws.docdb.Cluster("sessions-docdb", master_username="docdbadmin", manage_master_user_password=True,
                  storage_encrypted=True, db_cluster_parameter_group_name=pg.name, skip_final_snapshot=True)
