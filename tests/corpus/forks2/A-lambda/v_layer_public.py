"""Lambda layer version shared with every AWS account (principal *).

expect: any @ layer-share
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

layer = aws.lambda_.LayerVersion("utils", layer_name="utils", compatible_runtimes=["python3.12"],
                                 code=pulumi.AssetArchive({"python/utils.py": pulumi.StringAsset("X = 1\n")}))
aws.lambda_.LayerVersionPermission("layer-share", layer_name=layer.layer_name, version_number=1,
                                   statement_id="everyone", action="lambda:GetLayerVersion", principal="*")
