"""expect: any @ shared-layer-public
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

layer = aws.lambda_.LayerVersion("shared-layer", layer_name="shared-utils", compatible_runtimes=["python3.12"],
                                 code=pulumi.AssetArchive({"python/utils.py": pulumi.StringAsset("X = 1\n")}))
aws.lambda_.LayerVersionPermission("shared-layer-public", layer_name=layer.layer_name, version_number=layer.version,
                                   statement_id="public", action="lambda:GetLayerVersion", principal="*")
