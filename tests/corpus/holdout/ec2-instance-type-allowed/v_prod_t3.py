"""Under prod's config (m7g/m7i/c7g/r7g only), a launch template on t3.large.

expect: ec2-instance-type-allowed @ prod-lt
policy-config: prod
"""

import holdout_kit as kit

kit.private_template("prod-lt", instance_type="t3.large")
