"""The master password typed into the program (plaintext in state and source).
expect: any @ legacy-db
category: secret
"""
import pulumi_aws as aws

aws.rds.Instance("legacy-db", engine="mariadb", instance_class="db.t3.small", allocated_storage=20,
                 username="root", password="Sup3rS3cret!2024", storage_encrypted=True,
                 db_subnet_group_name="shared-db-subnets", skip_final_snapshot=True)
