"""Launch template with two mappings, both encrypted as the string "true" (the provider's type is string).

expect: clean
"""

import holdout_kit as kit

kit.private_template(
    "etl-lt",
    block_device_mappings=[
        {"device_name": "/dev/xvda", "ebs": {"volume_size": 30, "encrypted": "true"}},
        {"device_name": "/dev/xvdb", "ebs": {"volume_size": 500, "encrypted": "true", "volume_type": "st1"}},
    ],
)
