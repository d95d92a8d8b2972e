"""REST API stage with caching on but cache data not encrypted (method settings).

expect: any @ prod-settings
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

api = aws.apigateway.RestApi("api", name="api", endpoint_configuration={"types": "REGIONAL"})
res = aws.apigateway.Resource("ping", rest_api=api.id, parent_id=api.root_resource_id, path_part="ping")
meth = aws.apigateway.Method("ping-get", rest_api=api.id, resource_id=res.id, http_method="GET", authorization="AWS_IAM")
integ = aws.apigateway.Integration("ping-mock", rest_api=api.id, resource_id=res.id, http_method=meth.http_method, type="MOCK")
dep = aws.apigateway.Deployment("dep", rest_api=api.id, opts=pulumi.ResourceOptions(depends_on=[integ]))
stage = aws.apigateway.Stage("prod", rest_api=api.id, deployment=dep.id, stage_name="prod", cache_cluster_enabled=True,
                             cache_cluster_size="0.5")
aws.apigateway.MethodSettings("prod-settings", rest_api=api.id, stage_name=stage.stage_name, method_path="*/*",
                              settings={"caching_enabled": True, "cache_data_encrypted": False, "metrics_enabled": True})
