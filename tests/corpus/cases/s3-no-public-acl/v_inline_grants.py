"""Inline grants on the v7 Bucket to AuthenticatedUsers.

expect: s3-no-public-acl @ drop
"""

import pulumi_aws as aws
from corpus_kit import harden

b = aws.s3.Bucket(
    "drop",
    bucket="corpus-drop",
    grants=[
        aws.s3.BucketGrantArgs(
            type="Group", uri="http://acs.amazonaws.com/groups/global/AuthenticatedUsers", permissions=["READ", "WRITE"]
        )
    ],
)
harden("drop", b, "corpus-drop", ownership=False)
