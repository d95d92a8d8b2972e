"""A team component wrapping a CMK-encrypted log group and a metric filter.
expect: clean
"""
import pulumi
import pulumi_aws as aws
from forks3_kit import cmk


class AppLogs(pulumi.ComponentResource):
    def __init__(self, name, retention=90, opts=None):
        super().__init__("team:logs:AppLogs", name, None, opts)
        key = cmk(f"{name}-key", ["logs.eu-west-1.amazonaws.com"])
        self.group = aws.cloudwatch.LogGroup(f"{name}-group", retention_in_days=retention, kms_key_id=key.arn,
                                             opts=pulumi.ResourceOptions(parent=self))
        aws.cloudwatch.LogMetricFilter(f"{name}-errors", log_group_name=self.group.name, pattern="ERROR",
            metric_transformation={"name": f"{name}-errors", "namespace": "App", "value": "1"},
            opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({})


AppLogs("checkout")
