"""Athena workgroup with query results unencrypted (no encryption_configuration) and not enforced.
expect: any @ analysts-wg
category: rest
unsure: yes
"""
import pulumi_aws as aws

aws.athena.Workgroup("analysts-wg", configuration={"enforce_workgroup_configuration": False,
    "result_configuration": {"output_location": "s3://athena-results-123456789012/analysts/"}})
