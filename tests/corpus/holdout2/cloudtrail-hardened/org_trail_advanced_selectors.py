"""An organisation trail with advanced event selectors, validation, a CMK, and multi-region, inside a component.

expect: clean
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import cmk, private_bucket


class OrgAudit(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("acme:audit:OrgAudit", name, None, opts)
        o = pulumi.ResourceOptions(parent=self)
        key = cmk(f"{name}-key", opts=o)
        logs = private_bucket(f"{name}-logs", opts=o, key=key)
        aws.cloudtrail.Trail(
            f"{name}-trail",
            s3_bucket_name=logs.bucket,
            is_multi_region_trail=True,
            is_organization_trail=True,
            enable_log_file_validation=True,
            kms_key_id=key.arn,
            opts=o,
            advanced_event_selectors=[
                {"name": "mgmt", "field_selectors": [{"field": "eventCategory", "equals": ["Management"]}]}
            ],
        )


OrgAudit("org-audit")
