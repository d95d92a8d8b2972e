"""Launch template that leaves IMDSv1 on (http_tokens optional).

expect: ec2-imdsv2-required @ legacy-app
"""

from corpus_kit import compliant_launch_template

compliant_launch_template("legacy-app", metadata_options={"http_endpoint": "enabled", "http_tokens": "optional"})
