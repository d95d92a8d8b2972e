"""A template requiring tokens without stating a hop limit (AWS then uses the AMI default, 1 or 2).

expect: clean
"""

import holdout_kit as kit

kit.private_template("minimal-lt", metadata_options={"http_tokens": "required"})
