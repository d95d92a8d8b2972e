"""Metadata endpoint disabled entirely.

expect: clean
"""

from corpus_kit import compliant_launch_template

compliant_launch_template("sealed", metadata_options={"http_endpoint": "disabled"})
