"""Private, encrypted Redshift cluster with require_ssl parameter group.
expect: clean
"""
import pulumi_aws as aws
from forks3_kit import cmk

key = cmk("dw-key")
pg = aws.redshift.ParameterGroup("dw-params", family="redshift-1.0",
    parameters=[{"name": "require_ssl", "value": "true"}, {"name": "enable_user_activity_logging", "value": "true"}])
aws.redshift.Cluster("dw", cluster_identifier="dw", node_type="ra3.xlplus", number_of_nodes=2,
    database_name="analytics", master_username="awsuser", manage_master_password=True,
    publicly_accessible=False, encrypted="true", kms_key_id=key.arn, cluster_parameter_group_name=pg.name,
    enhanced_vpc_routing=True, automated_snapshot_retention_period=7, final_snapshot_identifier="dw-final",
    cluster_subnet_group_name="dw-subnets")
