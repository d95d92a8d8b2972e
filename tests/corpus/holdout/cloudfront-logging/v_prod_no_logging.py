"""Under prod's config, a distribution without logging_config.

expect: cloudfront-logging @ prod-cdn
policy-config: prod
"""

import holdout_kit as kit

kit.cdn("prod-cdn", logging_config=None)
