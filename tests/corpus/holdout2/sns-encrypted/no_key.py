"""Alert topics created per severity; none sets a KMS key.

expect: sns-encrypted @ alerts-critical
"""

import pulumi_aws as aws

topics = {sev: aws.sns.Topic(f"alerts-{sev}", display_name=f"{sev} alerts") for sev in ("critical", "warning")}
