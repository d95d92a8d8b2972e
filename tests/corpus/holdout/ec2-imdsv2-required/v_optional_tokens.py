"""A launch template that sets the hop limit but leaves http_tokens 'optional' (IMDSv1 still allowed).

expect: ec2-imdsv2-required @ web-lt
"""

import holdout_kit as kit

kit.private_template(
    "web-lt", metadata_options={"http_endpoint": "enabled", "http_tokens": "optional", "http_put_response_hop_limit": 1}
)
