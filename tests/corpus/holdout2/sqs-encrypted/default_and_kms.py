"""One queue on default SSE-SQS, a FIFO queue with a CMK.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import cmk

aws.sqs.Queue("emails")
aws.sqs.Queue(
    "payments.fifo",
    name="payments.fifo",
    fifo_queue=True,
    kms_master_key_id=cmk("payments-q-key").arn,
    kms_data_key_reuse_period_seconds=300,
)
