"""Queue policy for a named partner account, SSE-SQS, TLS-only deny statement.
expect: clean
"""
import pulumi
import pulumi_aws as aws

q = aws.sqs.Queue("partner-feed", sqs_managed_sse_enabled=True)
aws.sqs.QueuePolicy("partner-feed-policy", queue_url=q.id, policy=pulumi.Output.json_dumps({"Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::210987654321:root"}, "Action": "sqs:SendMessage",
                   "Resource": q.arn},
                  {"Effect": "Deny", "Principal": "*", "Action": "sqs:*", "Resource": q.arn,
                   "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}))
