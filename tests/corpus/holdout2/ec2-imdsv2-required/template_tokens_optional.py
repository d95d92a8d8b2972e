"""A launch template for a legacy agent that still needs IMDSv1 (http_tokens optional).

expect: ec2-imdsv2-required @ agent-lt
"""

from holdout2_kit import safe_template

safe_template("agent-lt", metadata_options={"http_endpoint": "enabled", "http_tokens": "optional"})
