"""A standalone EBS volume left unencrypted.

expect: ebs-encrypted @ scratch-disk
"""

import pulumi_aws as aws

aws.ebs.Volume("scratch-disk", availability_zone="eu-west-1a", size=50, type="gp3")
