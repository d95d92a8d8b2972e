"""A team Database component whose caller passes public=True; the instance is publicly accessible.
expect: any @ analytics-db-instance
category: exposure
"""
import pulumi
import pulumi_aws as aws


class Database(pulumi.ComponentResource):
    def __init__(self, name, engine="postgres", public=False, opts=None):
        super().__init__("team:data:Database", name, None, opts)
        self.instance = aws.rds.Instance(f"{name}-instance", engine=engine, instance_class="db.t4g.micro",
            allocated_storage=20, username="app", manage_master_user_password=True, storage_encrypted=True,
            publicly_accessible=public, db_subnet_group_name="shared-db-subnets", skip_final_snapshot=True,
            opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({})


Database("analytics-db", public=True)
