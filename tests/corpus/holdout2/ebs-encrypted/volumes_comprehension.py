"""Standalone EBS volumes for a small Kafka cluster, created in a comprehension; the string "false" is explicit.

expect: ebs-encrypted @ kafka-data-1
"""

import pulumi_aws as aws

volumes = {
    f"kafka-data-{i}": aws.ebs.Volume(
        f"kafka-data-{i}", availability_zone=f"eu-west-1{az}", size=500, type="gp3", encrypted=enc
    )
    for i, (az, enc) in enumerate([("a", True), ("b", "false")])
}
