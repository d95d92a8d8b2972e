"""A hardened template that switches the metadata service off altogether (http_endpoint disabled).

expect: clean
"""

from holdout2_kit import safe_template

safe_template("locked-lt", metadata_options={"http_endpoint": "disabled"})
