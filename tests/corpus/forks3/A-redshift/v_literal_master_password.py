"""Private, encrypted Redshift cluster with master_password as a literal.
expect: any @ finance-dw
category: secret
"""
import pulumi_aws as aws

aws.redshift.Cluster("finance-dw", cluster_identifier="finance-dw", node_type="ra3.xlplus", number_of_nodes=2,
    database_name="finance", master_username="awsuser", master_password="Finance2024Passw0rd",
    publicly_accessible=False, encrypted="true", skip_final_snapshot=True)
