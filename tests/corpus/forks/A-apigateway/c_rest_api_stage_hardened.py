"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

logs_key = cmk("logs-key", policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [
        {"Sid": "root", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}, "Action": "kms:*", "Resource": "*"},
        {"Sid": "logs", "Effect": "Allow", "Principal": {"Service": f"logs.{REGION}.amazonaws.com"},
         "Action": ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"], "Resource": "*",
         "Condition": {"ArnLike": {"kms:EncryptionContext:aws:logs:arn": f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:*"}}},
    ],
}))

api = aws.apigateway.RestApi("orders-api", endpoint_configuration={"types": "REGIONAL"})
resource = aws.apigateway.Resource("orders", rest_api=api.id, parent_id=api.root_resource_id, path_part="orders")
method = aws.apigateway.Method("orders-get", rest_api=api.id, resource_id=resource.id, http_method="GET", authorization="AWS_IAM")
integ = aws.apigateway.Integration("orders-get-mock", rest_api=api.id, resource_id=resource.id, http_method=method.http_method,
                                   type="MOCK", request_templates={"application/json": '{"statusCode": 200}'})
deployment = aws.apigateway.Deployment("orders-deploy", rest_api=api.id, opts=pulumi.ResourceOptions(depends_on=[integ]))
access = aws.cloudwatch.LogGroup("orders-api-access", name="/apigw/orders", retention_in_days=365, kms_key_id=logs_key.arn)
stage = aws.apigateway.Stage(
    "prod",
    rest_api=api.id,
    deployment=deployment.id,
    stage_name="prod",
    xray_tracing_enabled=True,
    cache_cluster_enabled=True,
    cache_cluster_size="0.5",
    access_log_settings={"destination_arn": access.arn,
                         "format": json.dumps({"requestId": "$context.requestId", "status": "$context.status"})},
)
aws.apigateway.MethodSettings(
    "prod-settings",
    rest_api=api.id,
    stage_name=stage.stage_name,
    method_path="*/*",
    settings={"caching_enabled": True, "cache_data_encrypted": True, "metrics_enabled": True, "logging_level": "INFO"},
)
aws.apigateway.DomainName("api-domain", domain_name="api.acme.example", regional_certificate_arn=CERT_ARN,
                          endpoint_configuration={"types": "REGIONAL"}, security_policy="TLS_1_2")
