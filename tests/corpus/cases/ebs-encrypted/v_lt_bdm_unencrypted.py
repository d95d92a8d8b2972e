"""Launch template whose root volume mapping says encrypted "false".

expect: ebs-encrypted @ web
"""

from corpus_kit import compliant_launch_template

compliant_launch_template(
    "web",
    block_device_mappings=[
        {"device_name": "/dev/xvda", "ebs": {"volume_size": 30, "volume_type": "gp3", "encrypted": "false"}}
    ],
)
