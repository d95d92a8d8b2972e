"""An instance launched from a compliant launch template carries no block device settings of its own.

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import compliant_launch_template

lt = compliant_launch_template("jobs")
aws.ec2.Instance("jobs-1", launch_template={"id": lt.id, "version": "$Latest"})
