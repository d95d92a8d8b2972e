"""Besides the SecureTransport deny, the policy also denies TLS older than 1.2 (NumericLessThan s3:TlsVersion).

expect: clean
"""

import holdout_kit as kit

kit.secure_bucket(
    "payments",
    extra_statements=[
        {
            "Sid": "MinTls12",
            "Effect": "Deny",
            "Principal": "*",
            "Action": "s3:*",
            "Resource": ["arn:aws:s3:::hold-payments", "arn:aws:s3:::hold-payments/*"],
            "Condition": {"NumericLessThan": {"s3:TlsVersion": "1.2"}},
        }
    ],
)
