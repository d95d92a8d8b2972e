"""A Kinesis stream that spells out encryption_type="NONE".

expect: encryption-at-rest @ events
"""

import pulumi_aws as aws

aws.kinesis.Stream("events", shard_count=1, encryption_type="NONE")
