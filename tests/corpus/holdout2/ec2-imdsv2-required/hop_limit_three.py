"""Tokens required but a hop limit of 3 (to reach IMDS from nested containers), given as a string.

expect: ec2-imdsv2-required @ k8s-nodes
"""

from holdout2_kit import safe_template

safe_template("k8s-nodes", metadata_options={"http_tokens": "required", "http_put_response_hop_limit": "3"})
