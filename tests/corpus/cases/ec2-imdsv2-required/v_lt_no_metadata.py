"""Launch template with no metadata options at all (defaults to optional).

expect: ec2-imdsv2-required @ plain-lt
"""

from corpus_kit import compliant_launch_template

compliant_launch_template("plain-lt", metadata_options=None)
