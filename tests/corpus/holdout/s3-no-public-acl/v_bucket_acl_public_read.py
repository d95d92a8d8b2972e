"""A website bucket opened with a canned public-read BucketAcl (ownership set to ObjectWriter to allow ACLs).

expect: s3-no-public-acl @ www-acl
"""

import holdout_kit as kit
import pulumi_aws as aws

bucket = kit.secure_bucket("www", skip=("ownership",))
aws.s3.BucketOwnershipControls("www-owner", bucket=bucket.id, rule={"object_ownership": "ObjectWriter"})
aws.s3.BucketAcl("www-acl", bucket=bucket.id, acl="public-read")
