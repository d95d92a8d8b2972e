"""SSM StringList parameter named api_keys holding partner API keys.

expect: any @ partner-keys
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.ssm.Parameter("partner-keys", name="/partners/api_keys", type="StringList",
                  value="ak_live_7f3b2c1d,ak_live_9e8d7c6b", tier="Standard")
