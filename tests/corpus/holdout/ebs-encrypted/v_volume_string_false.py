"""A standalone data volume with encrypted given as the string "false" (from a config-driven dict).

expect: ebs-encrypted @ data-vol
"""

import pulumi_aws as aws

settings = {"size": "100", "encrypted": "false", "type": "gp3"}
aws.ebs.Volume(
    "data-vol",
    availability_zone="eu-west-1a",
    size=int(settings["size"]),
    type=settings["type"],
    encrypted=settings["encrypted"] == "true",
)
