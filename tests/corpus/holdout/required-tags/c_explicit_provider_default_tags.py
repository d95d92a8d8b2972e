"""No stack default tags; an explicit provider carries all required tags as default_tags, used for every resource.

expect: clean
config: {"aws:defaultTags": null}
"""

import pulumi
import pulumi_aws as aws

tagged = aws.Provider(
    "tagged",
    region="eu-west-1",
    default_tags=aws.ProviderDefaultTagsArgs(
        tags={"Owner": "platform-team", "Environment": "test", "Project": "corpus", "CostCenter": "cc-1234"}
    ),
)
opts = pulumi.ResourceOptions(provider=tagged)
key = aws.kms.Key("tagged-key", enable_key_rotation=True, opts=opts)
aws.sns.Topic("tagged-topic", kms_master_key_id=key.arn, opts=opts)
aws.sqs.Queue("tagged-queue", opts=opts)
