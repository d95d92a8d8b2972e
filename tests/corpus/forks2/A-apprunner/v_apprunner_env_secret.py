"""App Runner service with a database password in runtime environment variables.

expect: any @ web-svc
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.apprunner.Service("web-svc", service_name="web",
                      source_configuration={
                          "auto_deployments_enabled": False,
                          "image_repository": {"image_identifier": "public.ecr.aws/aws-containers/hello-app-runner:latest",
                                               "image_repository_type": "ECR_PUBLIC",
                                               "image_configuration": {"port": "8000",
                                                                       "runtime_environment_variables": {
                                                                           "DATABASE_URL": "postgres://app:S3cr3tPassw0rd@db.internal:5432/app",
                                                                           "DATABASE_PASSWORD": "S3cr3tPassw0rd"}}}})
