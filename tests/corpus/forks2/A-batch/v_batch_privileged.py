"""AWS Batch job definition running a privileged container.

expect: any @ render-job
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.batch.JobDefinition("render-job", type="container", platform_capabilities=["EC2"],
                        container_properties=json.dumps({"image": "public.ecr.aws/acme/render:1", "vcpus": 2, "memory": 2048,
                                                         "privileged": True, "command": ["render"]}))
