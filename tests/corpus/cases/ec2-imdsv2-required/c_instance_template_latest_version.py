"""Instance from a compliant template referenced the way the starter's ASG does (id + latest_version).

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import compliant_launch_template

lt = compliant_launch_template("reports")
aws.ec2.Instance(
    "reports-1", launch_template=aws.ec2.InstanceLaunchTemplateArgs(id=lt.id, version=lt.latest_version.apply(str))
)
