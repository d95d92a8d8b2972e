"""App Runner service using runtime_environment_secrets (Secrets Manager ARN), CMK encryption, private ingress.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

secret_arn = f"arn:aws:secretsmanager:{kit.REGION}:{kit.ACCOUNT}:secret:web/db-AbCdEf"
instance_role = kit.service_role("web-instance", "tasks.apprunner.amazonaws.com", [
    {"Effect": "Allow", "Action": "secretsmanager:GetSecretValue", "Resource": secret_arn}])
aws.apprunner.Service("web-svc", service_name="web",
                      encryption_configuration={"kms_key": kit.cmk("ar-key").arn},
                      instance_configuration={"instance_role_arn": instance_role.arn},
                      network_configuration={"ingress_configuration": {"is_publicly_accessible": False}},
                      source_configuration={
                          "auto_deployments_enabled": False,
                          "image_repository": {"image_identifier": "public.ecr.aws/aws-containers/hello-app-runner:latest",
                                               "image_repository_type": "ECR_PUBLIC",
                                               "image_configuration": {"port": "8000",
                                                                       "runtime_environment_variables": {"DB_HOST": "db.internal"},
                                                                       "runtime_environment_secrets": {"DB_PASSWORD": secret_arn}}}})
