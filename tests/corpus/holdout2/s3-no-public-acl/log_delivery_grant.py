"""An ELB-era log bucket granting WRITE/READ_ACP to the LogDelivery group only (not everyone).

expect: clean
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import private_bucket

b = private_bucket("legacy-logs", sse="s3", ownership=False)
own = aws.s3.BucketOwnershipControls("legacy-logs-own", bucket=b.id, rule={"object_ownership": "BucketOwnerPreferred"})
aws.s3.BucketAclV2("legacy-logs-acl", bucket=b.id, acl="log-delivery-write", opts=pulumi.ResourceOptions(depends_on=[own]))
aws.s3.BucketLoggingV2("legacy-logs-self", bucket=private_bucket("legacy-src").id, target_bucket=b.id, target_prefix="src/")
