"""DMS source endpoint with ssl_mode none; credentials come from Secrets Manager. FSBP DMS.9.
expect: any @ src-endpoint
category: transit
"""
import pulumi_aws as aws

aws.dms.Endpoint("src-endpoint", endpoint_id="legacy-src", endpoint_type="source", engine_name="postgres",
                 database_name="legacy", ssl_mode="none",
                 secrets_manager_access_role_arn="arn:aws:iam::123456789012:role/dms-secrets",
                 secrets_manager_arn="arn:aws:secretsmanager:eu-west-1:123456789012:secret:legacy-db-AbCdEf")
