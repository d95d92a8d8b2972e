"""A bucket policy that, besides the TLS deny, allows a partner role every action ('*').

expect: iam-least-privilege @ partner-bucket-policy
"""

import holdout_kit as kit

kit.secure_bucket(
    "partner-bucket",
    extra_statements=[
        {
            "Sid": "Partner",
            "Effect": "Allow",
            "Principal": {"AWS": "arn:aws:iam::111122223333:role/partner"},
            "Action": "*",
            "Resource": ["arn:aws:s3:::hold-partner-bucket/*"],
        }
    ],
)
