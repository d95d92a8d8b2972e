"""A prod launch template on the previous-generation m5.xlarge.

expect: ec2-instance-type-allowed @ etl-lt
policy-config: prod
"""

from holdout2_kit import safe_template

safe_template("etl-lt", instance_type="m5.xlarge")
