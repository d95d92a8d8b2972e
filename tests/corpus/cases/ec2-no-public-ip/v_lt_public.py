"""Launch template network interface asks for a public IP.

expect: ec2-no-public-ip @ edge
"""

from corpus_kit import SG, SUBNET, compliant_launch_template

compliant_launch_template(
    "edge", network_interfaces=[{"associate_public_ip_address": "true", "security_groups": [SG], "subnet_id": SUBNET}]
)
