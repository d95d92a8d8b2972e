"""A CMK whose key policy allows kms:* to Principal "*" (no condition).
expect: any @ shared-key
category: resource-policy
"""
import json
import pulumi_aws as aws

aws.kms.Key("shared-key", description="shared data key", enable_key_rotation=True,
    policy=json.dumps({"Version": "2012-10-17", "Statement": [
        {"Sid": "Everyone", "Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:*", "Resource": "*"}]}))
