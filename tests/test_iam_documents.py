"""The pure IAM judgement (starter_shared.iam_documents and its tables) and the offline get_policy_document
builder (tools.offline_preview.policy_document), tested directly: one case per clause, milliseconds."""

from __future__ import annotations

import json
import zlib
from typing import Any

import pytest
from starter_shared import iam_documents as docs
from starter_shared import iam_unscoped_actions
from starter_shared.iam_managed_policies import (
    ACCEPTED_MANAGED_POLICIES,
    BROAD_MANAGED_POLICIES,
    broad_managed_policy,
)

from tools.offline_preview.policy_document import build

U = docs.UNKNOWN


def st(**fields) -> dict:
    return {"Effect": "Allow", **fields}


# -- matching -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("pattern", "action", "matches"),
    [
        ("s3:*Object", "s3:PutObject", True),
        ("S3:getobject", "s3:GetObject", True),
        ("iam:Pass*", "iam:PassRole", True),
        ("iam:?assRole", "iam:PassRole", True),
        ("*:*", "kms:Decrypt", True),
        ("s3:Get*", "s3:PutObject", False),
    ],
)
def test_action_matching_is_case_insensitive_with_wildcards_anywhere(pattern, action, matches):
    assert docs.action_matches(pattern, action) is matches


@pytest.mark.parametrize(
    ("action", "wide"),
    [
        ("*", True),
        ("*:*", True),
        ("s3:*", True),
        ("S3:**", True),
        ("*:Get*", True),
        ("s3:*Object", False),
        ("s3:GetObject", False),
    ],
)
def test_service_wide(action, wide):
    assert docs.is_service_wide(action) is wide


@pytest.mark.parametrize(
    ("action", "writes"),
    [
        ("s3:GetObject", False),
        ("s3:Get*", False),
        ("ec2:Describe*", False),
        ("dynamodb:Query", False),
        ("logs:FilterLogEvents", False),
        ("s3:PutObject", True),
        ("s3:*Object", True),
        ("kms:Decrypt", True),
        ("iam:PassRole", True),
        ("secretsmanager:GetSecretValue", True),
        ("secretsmanager:Get*", True),
        ("ssm:GetParameter", True),
    ],
)
def test_may_write(action, writes):
    assert docs.may_write(action) is writes


@pytest.mark.parametrize(
    ("resource", "anything"),
    [
        ("*", True),
        ("arn:aws:s3:::*", True),
        ("arn:aws:s3:::*/*", True),
        ("arn:aws:logs:*:*:*", True),
        ("arn:aws:dynamodb:*:123456789012:table/orders", True),  # any region
        ("arn:aws:sqs:eu-west-1:*:jobs", True),  # any account
        ("arn:aws:dynamodb:eu-west-1:123456789012:table/*", True),  # any table
        ("arn:aws:lambda:eu-west-1:123456789012:function:*", True),
        ("arn:aws:iam::123456789012:role/*", True),
        ("arn:aws:s3:::bucket/*", False),
        ("arn:aws:s3:::acme-*", False),
        ("arn:aws:dynamodb:eu-west-1:123456789012:table/orders/index/*", False),
        ("arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/fn:*", False),
        ("arn:aws:iam::123456789012:role/app-*", False),
        ("arn:aws:s3:::bucket", False),
    ],
)
def test_any_resource(resource, anything):
    assert docs.is_any_resource(resource) is anything


@pytest.mark.parametrize(
    ("resource", "exact"),
    [
        ("arn:aws:iam::1:role/app", True),
        ("arn:aws:iam::1:user/${aws:username}", True),
        ("arn:aws:iam::1:role/app-*", False),
        ("*", False),
        ("app", False),
    ],
)
def test_exact_arn(resource, exact):
    assert docs.is_exact_arn(resource) is exact


# -- least-privilege clauses ----------------------------------------------------------------------------------------
def test_wildcard_actions_clause():
    assert docs.wildcard_actions(st(Action=["s3:GetObject", "KMS:*", "*:*"], Resource="x")) == ["KMS:*", "*:*"]
    # every action of one service, even on one named table: it includes DeleteTable (cdk-nag AwsSolutions-IAM5)
    assert docs.wildcard_actions(st(Action="DynamoDB:*", Resource="arn:aws:dynamodb:r:1:table/t")) == ["DynamoDB:*"]
    assert docs.wildcard_actions(st(Action=["dynamodb:Get*", "s3:*Object"], Resource="x")) == []
    assert docs.wildcard_actions({"Effect": "Deny", "Action": "*", "Resource": "*"}) == []


def test_negations_clause_reads_what_they_grant():
    statement = st(NotAction="iam:*", Resource="*")
    assert docs.negations(statement) == ["NotAction"]
    assert "every action of every service except iam:*" in docs.negation_problem(statement, "NotAction", "A")
    assert docs.negations({"Effect": "Deny", "NotAction": "s3:GetObject", "Resource": "*"}) == []


def test_writes_on_any_resource_clause():
    statement = st(
        Action=["s3:GetObject", "s3:PutObject", "cloudwatch:PutMetricData", "dynamodb:*"],
        Resource=["arn:aws:s3:::b/*", "*", "arn:aws:s3:::*"],
    )
    # dynamodb:* is reported once, by the wildcard-action clause
    assert docs.writes_on_any_resource(statement) == [("*", ["s3:PutObject"]), ("arn:aws:s3:::*", ["s3:PutObject"])]
    assert docs.wildcard_actions(statement) == ["dynamodb:*"]
    assert docs.writes_on_any_resource(statement, ["S3:PutObject", "dynamodb:*"]) == []


def test_resource_tag_conditions_scope_writes_on_star():
    abac = st(Action="ec2:StartInstances", Resource="*", Condition={"StringEquals": {"aws:ResourceTag/team": "web"}})
    assert docs.writes_on_any_resource(abac) == []
    loose = {**abac, "Condition": {"StringEqualsIfExists": {"aws:ResourceTag/team": "web"}}}
    assert docs.writes_on_any_resource(loose) == [("*", ["ec2:StartInstances"])]
    assert docs.escalations({**abac, "Action": "iam:PassRole"}) == [("*", ["iam:PassRole"])]  # still needs an ARN


def test_escalation_clause():
    assert docs.escalations(st(Action="iam:Put*Policy", Resource="*")) == [
        ("*", ["iam:PutGroupPolicy", "iam:PutRolePolicy", "iam:PutUserPolicy"])
    ]
    assert docs.escalations(st(Action="iam:AttachRolePolicy", Resource="arn:aws:iam::1:role/app")) == []
    assert docs.escalations(st(Action="iam:PassRole", Resource="arn:aws:iam::1:user/app")) == [
        ("arn:aws:iam::1:user/app", ["iam:PassRole"])
    ]  # PassRole needs a role ARN
    assert docs.passrole_on_unnamed_roles(st(Action="iam:PassRole", Resource="arn:aws:iam::1:role/*")) == [
        "arn:aws:iam::1:role/*"
    ]


def test_problems_name_the_statement_action_and_resource():
    document = json.dumps({"Statement": [st(Sid="Up", Action="s3:PutObject", Resource="arn:aws:s3:::*")]})
    assert docs.problems(document) == [
        "statement Up allows s3:PutObject on Resource 'arn:aws:s3:::*' (a wildcard ARN: any resource)"
    ]
    assert docs.problems("not json") == [] and docs.problems(None) == [] and docs.problems(U) == []


# -- principals -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("condition", "pinned"),
    [
        ({"StringEquals": {"aws:SourceAccount": "1"}}, True),
        ({"ArnLike": {"AWS:SourceArn": "arn:aws:sns:eu-west-1:1:t"}}, True),
        ({"StringEquals": {"aws:PrincipalOrgID": "o-1"}}, True),
        ({"IpAddress": {"aws:SourceIp": ["10.0.0.0/8"]}}, True),
        ({"StringEquals": {"kms:CallerAccount": "1"}}, True),
        ({"StringEqualsIfExists": {"aws:SourceAccount": "1"}}, False),
        ({"StringNotEquals": {"aws:SourceAccount": "1"}}, False),
        ({"StringLike": {"aws:SourceAccount": "*"}}, False),
        ({"ArnLike": {"aws:SourceArn": "arn:aws:s3:::*"}}, False),
        ({"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::*:role/deployer"}}, False),
        ({"ArnEquals": {"aws:PrincipalArn": "arn:aws:iam::1:role/deployer"}}, True),
        ({"IpAddress": {"aws:SourceIp": ["0.0.0.0/1", "128.0.0.0/1"]}}, False),
        ({"Bool": {"aws:SecureTransport": "true"}}, False),
    ],
)
def test_conditions_that_pin_the_caller(condition, pinned):
    statement = st(Principal="*", Action="s3:GetObject", Resource="arn:aws:s3:::b/*", Condition=condition)
    assert docs.anyone_without_condition(statement) is not pinned
    assert (docs.anonymous_problem(statement, "S") is None) is pinned


@pytest.mark.parametrize("principal", ["*", {"AWS": "*"}, {"AWS": ["arn:aws:iam::1:root", "*"]}])
def test_anonymous_principal_spellings(principal):
    assert "allows Principal '*' with no Condition" in docs.anonymous_problem(st(Principal=principal), "S")


def test_not_principal_in_an_allow_is_everyone_else():
    assert "everyone except" in docs.anonymous_problem(st(NotPrincipal={"AWS": "arn:aws:iam::1:root"}), "S")
    assert docs.anonymous_problem({"Effect": "Deny", "NotPrincipal": {"AWS": "x"}}, "S") is None


GH = "arn:aws:iam::1:oidc-provider/token.actions.githubusercontent.com"


@pytest.mark.parametrize(
    ("principal", "condition", "fragment"),
    [
        (
            {"Federated": GH},
            {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:a/b:ref:refs/heads/main"}},
            None,
        ),
        (
            {"Federated": GH},
            {"StringEquals": {"token.actions.githubusercontent.com:sub": "repo:a/b:environment:prod"}},
            None,
        ),
        ({"Federated": GH}, {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:a/b:*"}}, "GitHub"),
        (
            {"Federated": GH},
            {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:a/*:ref:refs/heads/main"}},
            "GitHub",
        ),
        ({"Federated": GH}, {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}}, "GitHub"),
        (
            {"Federated": "arn:aws:iam::1:oidc-provider/issuer.example"},
            {"StringEquals": {"issuer.example:aud": "x", "issuer.example:sub": "y"}},
            None,
        ),
        (
            {"Federated": "arn:aws:iam::1:oidc-provider/issuer.example"},
            {"StringEquals": {"issuer.example:aud": "x"}},
            "issuer.example:sub",
        ),
        (
            {"Federated": "accounts.google.com"},
            {"StringLike": {"accounts.google.com:aud": "*"}},
            "accounts.google.com:aud and accounts.google.com:sub",
        ),
        ({"Federated": "arn:aws:iam::1:saml-provider/okta"}, {}, None),
        (
            {"Federated": "arn:aws:iam::1:provider/x"},  # an ARN that does not spell its issuer: the Condition's is judged
            {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:a/b:ref:refs/heads/main"}},
            None,
        ),
        (
            {"Federated": "arn:aws:iam::1:provider/x"},
            {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:a/*"}},
            "GitHub",
        ),
        ({"Service": "ec2.amazonaws.com"}, {}, None),
    ],
)
def test_web_identity_trust_pins_audience_and_subject(principal, condition, fragment):
    problem = docs.federation_problem(
        st(Principal=principal, Action="sts:AssumeRoleWithWebIdentity", Condition=condition), "T"
    )
    assert (problem is None) if fragment is None else (fragment in problem)


def test_unknown_parts_are_skipped_and_named():
    statement = st(Principal="*", Action=["s3:GetObject"], Resource=U, Condition={"StringEquals": {"aws:SourceArn": U}})
    document = {"Statement": [statement]}
    assert docs.anonymous_problems(document) == [] and docs.problems(document) == []
    assert docs.unseen(document) == ["statement #0 Resource", "statement #0 Condition"]
    assert docs.unseen(U) == ["document"] and docs.unseen({"Statement": U}) == ["Statement"]
    assert docs.unseen({"Statement": [{"Effect": "Deny"}, U]}) == ["statement #1"]


def test_denies_insecure_transport_is_case_insensitive_on_the_action():
    statement = {
        "Effect": "Deny",
        "Principal": {"AWS": "*"},
        "Action": "S3:*",
        "Resource": "x",
        "Condition": {"Bool": {"aws:SecureTransport": "false"}},
    }
    assert docs.denies_insecure_transport(statement)


def _tls_deny(condition: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    return {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "x", "Condition": condition, **overrides}


SECURE = {"Bool": {"aws:SecureTransport": "false"}}
TLS12 = {"NumericLessThan": {"s3:TlsVersion": "1.2"}}


@pytest.mark.parametrize(
    ("statement", "insecure", "below_12"),
    [
        (_tls_deny(SECURE), True, False),
        (_tls_deny({"Bool": {"aws:securetransport": ["false"]}}), True, False),  # condition keys ignore case
        (_tls_deny({"Bool": {"aws:SecureTransport": "true"}}), False, False),
        (_tls_deny({"Bool": {"aws:SecureTransport": ["false", "true"]}}), False, False),
        (_tls_deny({"Bool": {"aws:SecureTransport": "false", "aws:ViaAWSService": "false"}}), False, False),
        (_tls_deny({**SECURE, "StringEquals": {"aws:SourceVpc": "vpc-1"}}), False, False),  # narrowed
        (_tls_deny({**SECURE, **TLS12}), False, False),  # both at once: only HTTP requests below 1.2
        (_tls_deny(SECURE, Effect="Allow"), False, False),
        (_tls_deny(SECURE, Principal={"AWS": "arn:aws:iam::123456789012:root"}), False, False),
        (_tls_deny(SECURE, Action=["s3:GetObject"]), False, False),
        (_tls_deny(SECURE, Action="*"), True, False),
        (_tls_deny({"Bool": "false"}), False, False),
        (_tls_deny(TLS12), False, True),
        (_tls_deny({"NumericLessThan": {"S3:TLSVERSION": 1.2}}), False, True),
        (_tls_deny({"NumericLessThan": {"s3:TlsVersion": "1.3"}}), False, True),
        (_tls_deny({"NumericLessThan": {"s3:TlsVersion": "1.1"}}), False, False),
        (_tls_deny({"NumericLessThan": {"s3:TlsVersion": ["1.0", "1.2"]}}), False, True),  # values are ORed
        (_tls_deny({"NumericLessThan": {"s3:TlsVersion": "one point two"}}), False, False),
        (_tls_deny({"NumericLessThanIfExists": {"s3:TlsVersion": "1.2"}}), False, True),
        (_tls_deny({"NumericLessThanEquals": {"s3:TlsVersion": "1.1"}}), False, True),
        (_tls_deny({"NumericLessThanEquals": {"s3:TlsVersion": "1.0"}}), False, False),
        (_tls_deny({"NumericGreaterThan": {"s3:TlsVersion": "1.2"}}), False, False),
        (_tls_deny({"NumericLessThan": {"aws:MultiFactorAuthAge": "1.2"}}), False, False),
        (_tls_deny(TLS12, Principal={"AWS": "*"}), False, True),
        (_tls_deny(TLS12, Effect="Allow"), False, False),
        (_tls_deny(TLS12, Action="s3:PutObject"), False, False),
        (_tls_deny({}), False, False),
    ],
)
def test_tls_denies_judge_every_clause(statement, insecure, below_12):
    assert docs.denies_insecure_transport(statement) is insecure
    assert docs.denies_tls_below(statement, 1.2) is below_12


def test_the_tls_minimum_moves_the_edge():
    assert docs.denies_tls_below(_tls_deny({"NumericLessThan": {"s3:TlsVersion": "1.3"}}), 1.3)
    assert not docs.denies_tls_below(_tls_deny(TLS12), 1.3)
    assert docs.denies_tls_below(_tls_deny({"NumericLessThanEquals": {"s3:TlsVersion": "1.2"}}), 1.3)
    assert not docs.denies_tls_below(_tls_deny({"NumericLessThanEquals": {"s3:TlsVersion": "1.1"}}), 1.3)
    assert not docs.denies_tls_below(_tls_deny({"NumericLessThanEquals": {"s3:TlsVersion": "9"}}), 1.0)  # none below


@pytest.mark.parametrize(
    ("resource", "name", "covers"),
    [
        (["arn:aws:s3:::data", "arn:aws:s3:::data/*"], "data", True),
        (["arn:aws-cn:s3:::data", "arn:aws-cn:s3:::data/*"], "data", True),
        ("*", "data", True),
        ("arn:aws:s3:::data*", "data", True),  # data and data/... both match the pattern
        (["arn:aws:s3:::data"], "data", False),
        (["arn:aws:s3:::data/*"], "data", False),
        (["arn:aws:s3:::other", "arn:aws:s3:::other/*"], "data", False),
        (["arn:aws:s3:::data", "arn:aws:s3:::data/logs/*"], "data", False),  # only some objects
        (["computed-bucket-arn", "computed-bucket-arn/*"], None, True),  # unknown name: by form
        (["computed-bucket-arn/*"], None, False),
        ([{"Fn::Join": []}], "data", False),
    ],
)
def test_covers_bucket_and_objects(resource, name, covers):
    assert docs.covers_bucket_and_objects({"Resource": resource}, name) is covers


# -- tables ------------------------------------------------------------------------------------------------------
def test_unscoped_table_states_its_source_and_is_well_formed():
    text = iam_unscoped_actions.__doc__ or ""
    assert "Service Authorization Reference" in text and "2026-" in text
    for service, actions in iam_unscoped_actions.UNSCOPED_ACTIONS.items():
        assert service == service.lower() and actions
        assert all(a[:1].isupper() and ":" not in a for a in actions), service
    assert iam_unscoped_actions.is_unscoped("EC2:DescribeInstances")
    assert iam_unscoped_actions.is_unscoped("ec2:Describe*")
    assert not iam_unscoped_actions.is_unscoped("ec2:*")
    assert not iam_unscoped_actions.is_unscoped("s3:PutObject")


@pytest.mark.parametrize(
    ("arn", "broad"),
    [
        ("arn:aws:iam::aws:policy/AdministratorAccess", True),
        ("arn:aws-cn:iam::aws:policy/PowerUserAccess", True),
        ("arn:aws:iam::aws:policy/job-function/SystemAdministrator", True),
        ("arn:aws:iam::aws:policy/AmazonKinesisFullAccess", True),  # the FullAccess family
        ("arn:aws:iam::aws:policy/AWSAuditManagerAdministratorAccess", True),
        ("arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore", False),
        ("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole", False),
        ("arn:aws:iam::123456789012:policy/AdministratorAccess", False),  # customer-managed: judged by its document
        ("not an arn", False),
    ],
)
def test_managed_policy_table(arn, broad):
    assert (broad_managed_policy(arn) is not None) is broad


def test_managed_policy_rows_each_give_a_reason():
    assert all(reason and not reason.endswith(".") for reason in BROAD_MANAGED_POLICIES.values())
    assert "AmazonSSMManagedInstanceCore" in ACCEPTED_MANAGED_POLICIES


# -- get_policy_document, built as terraform-provider-aws builds it ------------------------------------------------
def test_single_values_stay_scalars_and_effect_defaults_to_allow():
    result = build({"statements": [{"actions": ["s3:GetObject"], "resources": ["arn:aws:s3:::b/*"]}]})
    expected = (
        '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n'
        '      "Action": "s3:GetObject",\n      "Resource": "arn:aws:s3:::b/*"\n    }\n  ]\n}'
    )
    assert result["json"] == expected
    assert result["minifiedJson"] == json.dumps(json.loads(expected), separators=(",", ":"))
    assert result["id"] == str(zlib.crc32(expected.encode()))


def test_lists_are_reverse_sorted_and_fields_in_the_provider_order():
    result = json.loads(
        build(
            {
                "version": "2012-10-17",
                "policyId": "p",
                "statements": [
                    {
                        "sid": "A",
                        "effect": "Deny",
                        "notActions": ["s3:GetObject", "s3:ListBucket", "kms:Decrypt"],
                        "notResources": ["b", "a", "c"],
                        "conditions": [
                            {"test": "StringEquals", "variable": "aws:SourceAccount", "values": ["1"]},
                            {"test": "ArnLike", "variable": "aws:SourceArn", "values": ["z", "a"]},
                        ],
                    }
                ],
            }
        )["json"]
    )
    statement = result["Statement"][0]
    assert list(result) == ["Version", "Id", "Statement"] and result["Id"] == "p"
    assert list(statement) == ["Sid", "Effect", "NotAction", "NotResource", "Condition"]
    assert statement["NotAction"] == ["s3:ListBucket", "s3:GetObject", "kms:Decrypt"]
    assert statement["NotResource"] == ["c", "b", "a"]
    assert statement["Condition"] == {"ArnLike": {"aws:SourceArn": ["z", "a"]}, "StringEquals": {"aws:SourceAccount": "1"}}
    assert list(statement["Condition"]) == ["ArnLike", "StringEquals"]  # Go sorts map keys


def test_principals_merge_by_type_and_a_lone_star_is_star():
    merged = json.loads(
        build(
            {
                "statements": [
                    {
                        "actions": ["sts:AssumeRole"],
                        "principals": [
                            {"type": "Service", "identifiers": ["ec2.amazonaws.com"]},
                            {"type": "AWS", "identifiers": ["arn:aws:iam::1:root", "arn:aws:iam::2:root"]},
                            {"type": "Service", "identifiers": ["lambda.amazonaws.com"]},
                        ],
                    }
                ]
            }
        )["json"]
    )
    assert merged["Statement"][0]["Principal"] == {
        "AWS": ["arn:aws:iam::2:root", "arn:aws:iam::1:root"],
        "Service": ["ec2.amazonaws.com", "lambda.amazonaws.com"],
    }
    star = json.loads(build({"statements": [{"principals": [{"type": "*", "identifiers": ["*"]}]}]})["json"])
    assert star["Statement"][0]["Principal"] == "*"
    aws_star = json.loads(build({"statements": [{"principals": [{"type": "AWS", "identifiers": ["*"]}]}]})["json"])
    assert aws_star["Statement"][0]["Principal"] == {"AWS": "*"}


def test_policy_variables_and_go_escaping():
    result = build(
        {
            "statements": [
                {
                    "actions": ["s3:GetObject"],
                    "resources": ["arn:aws:s3:::b/&{aws:username}/*"],
                    "conditions": [{"test": "StringLike", "variable": "s3:prefix", "values": ["<home>"]}],
                }
            ]
        }
    )
    assert "arn:aws:s3:::b/${aws:username}/*" in result["json"]
    assert "\\u003chome\\u003e" in result["json"]


def test_source_and_override_documents_merge_by_sid():
    source = json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Sid": "Keep", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},
                {"Sid": "Replace", "Effect": "Allow", "Action": "s3:*", "Resource": "*"},
            ],
        }
    )
    override = json.dumps(
        {"Statement": {"Sid": "Replace", "Effect": "Allow", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::b/*"}}
    )
    result = json.loads(
        build(
            {
                "sourcePolicyDocuments": [source],
                "overridePolicyDocuments": [override],
                "statements": [{"actions": ["sqs:SendMessage"], "resources": ["q"]}],
            }
        )["json"]
    )
    assert [(s.get("Sid"), s["Action"]) for s in result["Statement"]] == [
        ("Keep", "s3:GetObject"),
        ("Replace", "s3:PutObject"),
        (None, "sqs:SendMessage"),
    ]


def test_source_documents_are_read_back_as_the_provider_reads_them():
    source = json.dumps(
        {
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": ["b", "a"],
                    "Resource": "*",
                    "Principal": {"AWS": ["arn:aws:iam::1:root", "arn:aws:iam::2:root"]},
                    "Condition": {"Bool": {"aws:SecureTransport": True}},
                }
            ]
        }
    )
    (statement,) = json.loads(build({"sourcePolicyDocuments": [source]})["json"])["Statement"]
    assert statement["Action"] == ["b", "a"]  # actions keep the source's order
    assert statement["Principal"] == {"AWS": ["arn:aws:iam::2:root", "arn:aws:iam::1:root"]}
    assert statement["Condition"] == {"Bool": {"aws:SecureTransport": "true"}}
