"""A single-region data-events trail in a component (validation and KMS on, multi-region off).

expect: cloudtrail-hardened @ data-events-trail
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import cmk, private_bucket


class DataEvents(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("acme:audit:DataEvents", name, None, opts)
        o = pulumi.ResourceOptions(parent=self)
        logs = private_bucket(f"{name}-logs", opts=o)
        aws.cloudtrail.Trail(
            f"{name}-trail",
            s3_bucket_name=logs.bucket,
            enable_log_file_validation=True,
            kms_key_id=cmk(f"{name}-key", opts=o).arn,
            opts=o,
            event_selectors=[
                {
                    "read_write_type": "All",
                    "include_management_events": False,
                    "data_resources": [{"type": "AWS::S3::Object", "values": ["arn:aws:s3"]}],
                }
            ],
        )


DataEvents("data-events")
