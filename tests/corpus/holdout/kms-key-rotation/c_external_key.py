"""An ExternalKey (imported key material): AWS cannot rotate imported material automatically.

expect: clean
"""

import pulumi_aws as aws

aws.kms.ExternalKey("byok", description="customer-supplied key material", deletion_window_in_days=30)
