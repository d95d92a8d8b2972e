"""DMS target endpoint with SSL required but the database password typed in the program.
expect: any @ dst-endpoint
category: secret
"""
import pulumi_aws as aws

aws.dms.Endpoint("dst-endpoint", endpoint_id="new-dst", endpoint_type="target", engine_name="aurora-postgresql",
                 server_name="new.cluster-abc.eu-west-1.rds.amazonaws.com", port=5432, database_name="app",
                 username="dms", password="dmsPassw0rd!", ssl_mode="require")
