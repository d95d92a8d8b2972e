"""expect: any @ org-trail
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.cloudtrail.Trail("org-trail", s3_bucket_name="acme-cloudtrail-logs", is_multi_region_trail=True,
                     enable_log_file_validation=True, include_global_service_events=True)
