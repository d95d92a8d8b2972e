"""A Kinesis stream without server-side encryption: encryption_type defaults to NONE (blind test).

expect: encryption-at-rest @ clickstream
"""

import pulumi_aws as aws

aws.kinesis.Stream("clickstream", shard_count=1, retention_period=48)
