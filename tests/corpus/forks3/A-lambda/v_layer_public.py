"""Lambda layer version shared with every account (principal "*").
expect: any @ utils-layer-public
category: resource-policy
unsure: yes
"""
import pulumi_aws as aws

aws.lambda_.LayerVersionPermission("utils-layer-public", layer_name="arn:aws:lambda:eu-west-1:123456789012:layer:utils",
    version_number=3, statement_id="public", action="lambda:GetLayerVersion", principal="*")
