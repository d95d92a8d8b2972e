"""expect: any @ orders-topic
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.sns.Topic("orders-topic", name="orders-events")
