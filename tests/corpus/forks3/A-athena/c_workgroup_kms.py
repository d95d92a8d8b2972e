"""Athena workgroup with SSE_KMS query results, configuration enforced.
expect: clean
"""
import pulumi_aws as aws
from forks3_kit import cmk

key = cmk("athena-key")
aws.athena.Workgroup("bi-wg", configuration={"enforce_workgroup_configuration": True,
    "publish_cloudwatch_metrics_enabled": True,
    "result_configuration": {"output_location": "s3://athena-results-123456789012/bi/",
                             "encryption_configuration": {"encryption_option": "SSE_KMS", "kms_key_arn": key.arn}}})
