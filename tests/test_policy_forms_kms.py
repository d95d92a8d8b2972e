"""kms-key-rotation judges the keys AWS can rotate, and only those (issue 9 §5: no false alarms)."""

from __future__ import annotations

import pytest
from forms_helpers import check_case, judge, res

from tools.offline_preview.analyzer import PolicyPackProcess

KEY = "aws:kms/key:Key"
CASES = [
    ("symmetric-rotates", {"enableKeyRotation": True}, None),
    ("symmetric-static", {"enableKeyRotation": False}, "key"),
    ("symmetric-explicit-usage", {"keyUsage": "ENCRYPT_DECRYPT", "customerMasterKeySpec": "SYMMETRIC_DEFAULT"}, "key"),
    ("symmetric-rotation-period-only", {"rotationPeriodInDays": 90}, "key"),
    ("hmac-key", {"keyUsage": "GENERATE_VERIFY_MAC", "customerMasterKeySpec": "HMAC_256"}, None),
    ("signing-key", {"keyUsage": "SIGN_VERIFY", "customerMasterKeySpec": "ECC_NIST_P256"}, None),
    ("cloudhsm-key", {"customKeyStoreId": "cks-123"}, None),
    ("external-key-store", {"customKeyStoreId": "cks-9", "xksKeyId": "k-1"}, None),
    # one clause at a time: a usage other than encryption, an external key alone
    ("mac-usage-only", {"keyUsage": "GENERATE_VERIFY_MAC"}, None),
    ("external-key-only", {"xksKeyId": "k-1"}, None),
]


@pytest.mark.parametrize(("props", "offender"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_key_rotation_applies_where_aws_can_rotate(pack: PolicyPackProcess, props, offender):
    check_case(pack, "kms-key-rotation", [res(KEY, "key", {"description": "k", **props})], offender)


@pytest.mark.parametrize(("props", "shown"), [({"enableKeyRotation": False}, "False"), ({}, "None")])
def test_rotation_violation_names_the_value(pack: PolicyPackProcess, props, shown):
    found = [v.message for v in judge(pack, [res(KEY, "key", props)]) if v.policy == "kms-key-rotation"]
    assert len(found) == 1 and f"key: enableKeyRotation is {shown}; set it to true." in found[0], found
