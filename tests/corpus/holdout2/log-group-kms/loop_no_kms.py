"""Log groups for three Lambda functions created in a loop with retention but no KMS key.

expect: log-group-kms @ /aws/lambda/billing-webhook
"""

import pulumi_aws as aws

for fn in ["billing-webhook", "billing-cron"]:
    aws.cloudwatch.LogGroup(f"/aws/lambda/{fn}", name=f"/aws/lambda/{fn}", retention_in_days=90)
