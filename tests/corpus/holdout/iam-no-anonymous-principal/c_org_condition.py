"""A bucket policy allowing Principal '*' to read, pinned by aws:PrincipalOrgID.

expect: clean
"""

import holdout_kit as kit

kit.secure_bucket(
    "org-artifacts",
    extra_statements=[
        {
            "Sid": "OrgRead",
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": "arn:aws:s3:::hold-org-artifacts/*",
            "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123def4"}},
        }
    ],
)
