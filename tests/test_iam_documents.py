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
        ("iam:[P]assRole", "iam:PassRole", False),  # AWS's only wildcards are * and ?: a bracket is literal
        ("iam:[P]assRole", "iam:[p]assrole", True),
        ("i[a]m:*", "iam:PassRole", False),
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
        # another Bool key is another deny, whichever side of aws:SecureTransport it sorts
        (_tls_deny({"Bool": {"aws:ViaAWSService": "false"}}), False, False),
        (_tls_deny({"Bool": {"aws:MultiFactorAuthPresent": "false"}}), False, False),
        (_tls_deny({"Bool": {"aws:SecureTransport": []}}), False, False),  # no value: the condition matches nothing
        # aws:SecureTransport is in every request's context (IAM global condition keys: "always included"), so
        # BoolIfExists denies exactly what Bool does (AWS's own resource control policy examples spell it so)
        (_tls_deny({"BoolIfExists": {"aws:SecureTransport": "false"}}), True, False),
        (_tls_deny({"BoolIfExists": {"aws:SecureTransport": "true"}}), False, False),
        (_tls_deny({"Bool": {"aws:SecureTransport": ["false", False]}}), True, False),  # the same value twice
        (_tls_deny(TLS12), False, True),
        (_tls_deny({"NumericLessThan": {"S3:TLSVERSION": 1.2}}), False, True),
        (_tls_deny({"NumericLessThan": {"s3:TlsVersion": "1.3"}}), False, True),
        (_tls_deny({"NumericLessThan": {"s3:TlsVersion": "1.1"}}), False, False),
        (_tls_deny({"NumericLessThan": {"s3:TlsVersion": ["1.0", "1.2"]}}), False, True),  # values are ORed
        (_tls_deny({"NumericLessThan": {"s3:TlsVersion": "one point two"}}), False, False),
        (_tls_deny({"NumericLessThanIfExists": {"s3:TlsVersion": "1.2"}}), False, True),
        (_tls_deny({"NumericLessThanEquals": {"s3:TlsVersion": "1.1"}}), False, True),
        (_tls_deny({"NumericLessThanEquals": {"s3:TlsVersion": "1.0"}}), False, False),
        (_tls_deny({"NumericLessThanEqualsIfExists": {"s3:TlsVersion": "1.1"}}), False, True),
        # <= 1.2 denies TLS 1.2 as well: stricter than asked, still every version below it
        (_tls_deny({"NumericLessThanEquals": {"s3:TlsVersion": "1.2"}}), False, True),
        (_tls_deny({"StringEquals": {"s3:TlsVersion": "1.1"}}), False, False),  # only TLS 1.1: TLS 1.0 gets in
        # a key S3 never sets (sorting after s3:TlsVersion): without IfExists the condition never matches
        (_tls_deny({"NumericLessThan": {"s3:TlsVersions": "1.2"}}), False, False),
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
    assert docs.denies_tls_below(statement) is below_12  # 1.2 unless told: the minimum AWS asks of S3 clients


@pytest.mark.parametrize(
    ("operator", "value", "minimum", "denies"),
    [
        ("NumericLessThan", "1.3", 1.3, True),
        ("NumericLessThan", "1.2", 1.3, False),  # TLS 1.2 gets in
        ("NumericLessThanEquals", "1.2", 1.3, True),
        ("NumericLessThanEquals", "1.1", 1.3, False),
        ("NumericLessThanEquals", "9", 1.0, False),  # no version is below TLS 1.0: nothing to deny
        # S3 reports TLS 1.0, 1.1, 1.2 and 1.3 (TLS_VERSIONS): <= names the version just below the minimum
        ("NumericLessThanEquals", "1.0", 1.1, True),
        ("NumericLessThanEquals", "1.2", 1.4, False),  # a minimum above 1.3: TLS 1.3 still gets in
        ("NumericLessThanEquals", "1.3", 1.4, True),
    ],
)
def test_the_tls_minimum_moves_the_edge(operator, value, minimum, denies):
    assert docs.denies_tls_below(_tls_deny({operator: {"s3:TlsVersion": value}}), minimum) is denies


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
        # a Resource not known yet (or not a string) covers nothing, the bucket or its objects
        ([U, "arn:aws:s3:::data/*"], "data", False),
        (["arn:aws:s3:::data", U], "data", False),
        (["data-bucket-arn", "data-bucket-arn/*"], "data", True),  # known name, another shape: by form
        (["arn:aws:s3:::other", "arn:aws:s3:::other/*"], None, True),  # an autonamed bucket: any bucket ARN counts
        (["arn:aws:s3:::dat[a]", "arn:aws:s3:::dat[a]/*"], "data", False),  # brackets are literal in an ARN
        (["arn:aws:s3:::data", "arn:aws:s3:::data/k*"], "data", False),  # keys starting with k only
        (["arn:aws:s3:::data", "arn:aws:s3:::data/*y"], "data", False),  # keys ending with y only
        (["arn:aws:s3:::data", "arn:aws:s3:::data/???*"], "data", False),  # keys of 3 characters or more only
        (["arn:aws:s3:::data", "arn:aws:s3:::data/?*"], "data", True),  # every key (keys are never empty)
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
    # vended-log delivery (Step Functions, API Gateway) writes the account's log resource policy: no resource type
    assert iam_unscoped_actions.is_unscoped("logs:PutResourcePolicy")


FAMILY = "grants every action of its service on every resource in the account"  # the user reads it


@pytest.mark.parametrize(
    ("arn", "reason"),
    [
        ("arn:aws:iam::aws:policy/AdministratorAccess", BROAD_MANAGED_POLICIES["AdministratorAccess"]),
        ("arn:aws-cn:iam::aws:policy/PowerUserAccess", BROAD_MANAGED_POLICIES["PowerUserAccess"]),
        (
            "arn:aws:iam::aws:policy/job-function/SystemAdministrator",  # a row keyed by path and name
            BROAD_MANAGED_POLICIES["job-function/SystemAdministrator"],
        ),
        # a row keyed by name is found under any path, before the family's generic reason
        ("arn:aws:iam::aws:policy/service-role/AmazonS3FullAccess", BROAD_MANAGED_POLICIES["AmazonS3FullAccess"]),
        ("arn:aws:iam::aws:policy/AmazonKinesisFullAccess", FAMILY),  # the FullAccess family
        ("arn:aws:iam::aws:policy/AWSAuditManagerAdministratorAccess", FAMILY),
        ("arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore", None),
        ("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole", None),
        ("arn:aws:iam::123456789012:policy/AdministratorAccess", None),  # customer-managed: judged by its document
        ("not an arn", None),
    ],
)
def test_managed_policy_table(arn, reason):
    assert broad_managed_policy(arn) == reason


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


# -- each entry of each table, and each clause at its edge (the tables are spelled out here, not read back) --------
READ_ACTIONS = [
    "s3:GetObject",
    "s3:ListBucket",
    "ec2:DescribeInstances",
    "s3:HeadObject",
    "dynamodb:BatchGetItem",
    "dynamodb:Query",
    "dynamodb:Scan",
    "cloudsearch:Search",
    "route53domains:LookupDomain",
    "quicksight:ViewDashboard",
    "s3:SelectObjectContent",
    "logs:FilterLogEvents",
    "dynamodb:PartiQLSelect",
    "iam:BatchCheckPermission",
    "dynamodb:ConditionCheckItem",
]
SECRET_READ_ACTIONS = [
    "secretsmanager:GetSecretValue",
    "secretsmanager:BatchGetSecretValue",
    "ssm:GetParameter",
    "ssm:GetParameters",
    "ssm:GetParametersByPath",
]


@pytest.mark.parametrize("action", READ_ACTIONS)
def test_each_read_verb_only_reads(action):
    assert docs.may_write(action) is False
    assert docs.may_write(action.replace(":", ":Put")) is True  # the verb at the start is what counts


@pytest.mark.parametrize("action", SECRET_READ_ACTIONS)
def test_each_secret_read_counts_as_a_write(action):
    assert docs.may_write(action) is True
    assert docs.may_write(action.upper()) is True


@pytest.mark.parametrize(("action", "writes"), [("s3", False), ("s3:", False), ("s3:*", True), ("s3:?et*", True)])
def test_may_write_needs_an_action_name(action, writes):
    assert docs.may_write(action) is writes and docs.is_write(action) is writes


@pytest.mark.parametrize(
    ("action", "wide"), [(" * ", True), ("", False), ("s3:", False), ("s3:?", True), ("s3:*?", True), ("s*:GetObject", True)]
)
def test_service_wide_edges(action, wide):
    assert docs.is_service_wide(action) is wide


ESCALATION = [
    "iam:CreatePolicyVersion",
    "iam:SetDefaultPolicyVersion",
    "iam:AttachRolePolicy",
    "iam:AttachUserPolicy",
    "iam:AttachGroupPolicy",
    "iam:PutRolePolicy",
    "iam:PutUserPolicy",
    "iam:PutGroupPolicy",
    "iam:UpdateAssumeRolePolicy",
    "iam:CreateAccessKey",
    "iam:CreateLoginProfile",
    "iam:UpdateLoginProfile",
    "iam:AddUserToGroup",
    "iam:PutRolePermissionsBoundary",
    "iam:DeleteRolePermissionsBoundary",
    "iam:PutUserPermissionsBoundary",
    "iam:DeleteUserPermissionsBoundary",
]


@pytest.mark.parametrize("action", ESCALATION)
def test_each_escalation_action_needs_an_exact_arn(action):
    assert docs.escalations(st(Action=action, Resource="*")) == [("*", [action])]
    assert docs.escalations(st(Action=action.lower(), Resource="arn:aws:iam::1:role/app")) == []
    assert docs.escalations(st(Action=action, Resource="arn:aws:iam::1:user/app")) == []  # only PassRole needs a role
    # reported once, as an escalation, not again as a write on any resource
    assert docs.writes_on_any_resource(st(Action=action, Resource="*")) == []
    assert docs.problems({"Statement": st(Sid="E", Action=action, Resource="*")}) == [
        f"statement E allows {action} on * (privilege escalation: the caller can grant itself more; name exact ARNs)"
    ]


def test_escalations_of_patterns_in_any_service_spelling():
    assert docs.escalations_of("iam:[P]assRole") == () and docs.escalations_of("i[a]m:PassRole") == ()
    assert docs.escalations_of("*:PassRole") == ("iam:PassRole",)
    assert docs.escalations_of("?am:CreateAccessKey") == ("iam:CreateAccessKey",)
    assert docs.escalations_of("s3:PassRole") == ()
    assert docs.escalations(st(Action="iam:*", Resource="*")) == []  # reported by the wildcard-action clause


def test_passrole_and_other_escalations_are_each_named():
    document = {"Statement": [st(Action=["iam:PassRole", "iam:CreateAccessKey"], Resource="arn:aws:iam::1:role/*")]}
    assert docs.problems(document) == [
        "statement #0 allows iam:PassRole on arn:aws:iam::1:role/* (not a named role ARN): any role, "
        "and its permissions, can be handed to a service that runs code",
        "statement #0 allows iam:CreateAccessKey on arn:aws:iam::1:role/* (privilege escalation: the caller can "
        "grant itself more; name exact ARNs)",
    ]
    assert docs.writes_on_any_resource(st(Action="iam:PassRole", Resource="*")) == []


@pytest.mark.parametrize(
    ("resource", "suffix"),
    [
        ("*", ""),
        (" * ", ""),
        ("arn:aws:sqs:*:1:q", " (a wildcard ARN: any resource)"),
        ("#*", " (a wildcard ARN: any resource)"),
    ],
)
def test_writes_on_any_resource_say_why_a_wildcard_arn_is_any(resource, suffix):
    document = {"Statement": [st(Sid="W", Action=["sqs:SendMessage"], Resource=resource)]}
    assert docs.problems(document) == [f"statement W allows sqs:SendMessage on Resource {resource!r}{suffix}"]


def test_wildcard_action_problem_names_the_action():
    assert docs.problems({"Statement": st(Sid="A", Action="s3:*", Resource="arn:aws:s3:::b")}) == [
        "statement A allows wildcard action 's3:*'"
    ]


@pytest.mark.parametrize(
    ("resource", "anything"),
    [
        ("arn:aws:*:eu-west-1:123456789012:thing", True),  # any service
        ("xyz:aws:s3:::bucket/*", True),  # six parts, not an ARN
        ("arn:aws:s3:::?", True),
        ("arn:aws:sqs:eu-west-1:123456789012:jobs/*", False),  # sqs and sns names carry no type word
        ("arn:aws:sns:eu-west-1:123456789012:alerts/*", False),
        ("arn:aws:iam::123456789012:role/X*", False),
        ("arn:aws:iam::123456789012:role/?", True),
        ("arn:aws:lambda:eu-west-1:123456789012:*", True),  # a typed service's resource part with no type word
        ("arn:aws:s3::bucket*", True),  # five parts: not an ARN, wildcarded
        ("abc:aws:s3:::bucket/*", True),  # six parts, not an ARN, sorting before 'arn'
    ],
)
def test_any_resource_edges(resource, anything):
    assert docs.is_any_resource(resource) is anything


@pytest.mark.parametrize(
    ("key", "listed", "grants"),
    [
        ("NotAction", "iam:*", "every action of every service except iam:*"),
        ("NotAction", ["iam:*", "kms:*"], "every action of every service except iam:*, kms:*"),
        ("NotResource", "arn:aws:s3:::b", "its actions on every resource except arn:aws:s3:::b"),
        ("NotResource", [], "its actions on every resource except nothing"),
    ],
)
def test_each_negation_says_what_it_grants(key, listed, grants):
    statement = st(Action="s3:GetObject", Resource="*", **{key: listed})
    assert docs.negations(statement) == [key]
    assert docs.problems({"Statement": [statement]})[:1] == [f"statement #0 allows with {key}, which grants {grants}"]


@pytest.mark.parametrize(
    ("condition", "scoped"),
    [
        ({"StringEquals": {"aws:ResourceTag/team": "web"}}, True),
        ({"StringEquals": {"ec2:ResourceTag/team": ["web"]}}, True),
        ({"StringLike": {"aws:ResourceTag/team": "*"}}, False),  # any value: every tagged resource
        ({"StringEquals": {"aws:ResourceTag/team": "X"}}, True),  # only * and ? make a wildcard value
        ({"StringEquals": {"aws:ResourceTag/team": []}}, False),
        ({"Null": {"aws:ResourceTag/team": "false"}}, False),
        ({"StringEquals": {"aws:RequestTag/team": "web"}}, False),  # the request's tag, not the resource's
        ("not a block", False),
    ],
)
def test_resource_tag_scoping_needs_a_real_value(condition, scoped):
    assert docs.scoped_by_resource_tag(st(Action="ec2:StartInstances", Resource="*", Condition=condition)) is scoped


PINNING = [
    "aws:SourceAccount",
    "aws:SourceArn",
    "aws:SourceOwner",
    "aws:SourceOrgID",
    "aws:SourceOrgPaths",
    "aws:PrincipalOrgID",
    "aws:PrincipalOrgPaths",
    "aws:PrincipalAccount",
    "aws:PrincipalArn",
    "aws:SourceVpce",
    "aws:SourceVpc",
    "aws:userid",
    "kms:CallerAccount",
    "aws:SourceIp",
]
PIN_VALUES = {
    "aws:SourceArn": "arn:aws:sns:eu-west-1:1:t",
    "aws:PrincipalArn": "arn:aws:iam::1:role/r",
    "aws:SourceIp": "10.0.0.0/8",
}


@pytest.mark.parametrize("key", PINNING)
def test_each_pinning_key_pins_the_caller(key):
    value = PIN_VALUES.get(key, "o-1")
    assert docs.pinned_by_condition(st(Principal="*", Condition={"StringEquals": {key.upper(): value}}))
    assert not docs.pinned_by_condition(st(Principal="*", Condition={"StringEquals": {key: "*"}}))


@pytest.mark.parametrize(
    ("operator", "values", "pinned"),
    [
        ("StringEquals", ["1"], True),
        ("ForAnyValue:StringEquals", ["1"], True),
        ("ForAnyValue:StringEqualsIfExists", ["1"], False),
        ("Null", ["1"], False),
        ("ForAnyValue:Null", ["1"], False),
        ("StringEquals", ["X"], True),  # a value is a wildcard only when it is nothing but * and ?
        ("StringNotLike", ["1"], False),
        ("StringEquals", [], False),
        ("StringEquals", [1], False),
        ("StringEquals", ["1", "?"], False),
        ("StringEquals", ["1", "2"], True),
    ],
)
def test_a_pin_needs_a_must_be_met_operator_and_real_values(operator, values, pinned):
    assert docs.pinned_by_condition(st(Condition={operator: {"aws:SourceAccount": values}})) is pinned


ACCOUNT, OTHER = "111122223333", "444455556666"


@pytest.mark.parametrize(
    ("condition", "required"),
    [
        ({"StringEquals": {"aws:SourceAccount": ACCOUNT}}, True),
        ({"StringEquals": {"AWS:sourceaccount": ACCOUNT}}, True),  # IAM reads key names in any case
        ({"StringLike": {"aws:SourceAccount": ACCOUNT}}, True),  # no wildcard: matches as StringEquals does
        ({"StringEquals": {"aws:SourceAccount": [ACCOUNT]}}, True),
        ({"ForAnyValue:StringEquals": {"aws:SourceAccount": ACCOUNT}}, True),  # one value: the same test
        # a second entry before or after the key's own does not hide it
        ({"StringEquals": {"aws:SourceArn": "arn:aws:s3:::b", "aws:SourceAccount": ACCOUNT}}, True),
        ({"ArnLike": {"aws:SourceArn": "arn:aws:s3:::b"}, "StringEquals": {"aws:SourceAccount": ACCOUNT}}, True),
        ({"StringEquals": {"aws:SourceAccount": OTHER}}, False),
        ({"StringEquals": {"aws:SourceAccount": [ACCOUNT, OTHER]}}, False),  # another account gets in too
        ({"StringEquals": {"aws:SourceAccount": []}}, False),
        ({"StringLike": {"aws:SourceAccount": "1111*"}}, False),
        ({"StringEqualsIfExists": {"aws:SourceAccount": ACCOUNT}}, False),  # true when the key is absent
        ({"ForAllValues:StringEquals": {"aws:SourceAccount": ACCOUNT}}, False),  # true when the key is absent
        ({"StringNotEquals": {"aws:SourceAccount": OTHER}}, False),
        ({"ArnEquals": {"aws:SourceAccount": ACCOUNT}}, False),
        ({"StringEquals": {"aws:SourceOwner": ACCOUNT}}, False),  # another key, sorting after it
        ({"StringEquals": {"aws:PrincipalAccount": ACCOUNT}}, False),  # ... and before it
        ({"StringEquals": {"aws:SourceArn": ACCOUNT}}, False),
        (None, False),
    ],
)
def test_condition_requires_the_key_to_be_exactly_the_value(condition, required):
    statement = st(Principal={"Service": "s3.amazonaws.com"}, Action="sts:AssumeRole")
    if condition is not None:
        statement["Condition"] = condition
    assert docs.condition_requires(statement, "aws:SourceAccount", ACCOUNT) is required


@pytest.mark.parametrize("key", ["aws:SourceAccount", "aws:userid", "kms:CallerAccount"])
def test_only_source_ip_values_are_read_as_addresses(key):
    assert docs.pinned_by_condition(st(Condition={"StringEquals": {key: "0.0.0.0/0"}}))


def test_unknown_shows_as_unknown():
    assert repr(docs.UNKNOWN) == "UNKNOWN"


@pytest.mark.parametrize(
    ("statement", "problem"),
    [
        (st(Principal="*"), "statement S allows Principal '*' with no Condition"),
        (st(Principal="*", Condition={}), "statement S allows Principal '*' with no Condition"),
        (
            st(
                Principal={"AWS": "*"},
                Condition={"Bool": {"aws:SecureTransport": "true"}, "StringLike": {"aws:Referer": "x"}},
            ),
            "statement S allows Principal '*' and its Condition pins no caller (keys: aws:Referer, aws:SecureTransport; "
            "pin one of aws:SourceAccount, aws:SourceArn, aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceVpce)",
        ),
        (
            st(Principal="*", Condition={"Bool": "not a block"}),
            "statement S allows Principal '*' and its Condition pins no caller (keys: none; "
            "pin one of aws:SourceAccount, aws:SourceArn, aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceVpce)",
        ),
        (st(NotPrincipal={"AWS": "a"}), "statement S allows everyone except NotPrincipal {'AWS': 'a'}"),
        (st(Principal="*", Condition={"StringEquals": {"aws:SourceAccount": U}}), None),  # judged once known
        (st(Principal={"AWS": "arn:aws:iam::1:root"}), None),
        (st(Principal="arn:aws:iam::1:root"), None),  # a string other than "*", either side of it in sort order
        (st(Principal=""), None),
        (st(Principal={"Service": ["s3.amazonaws.com"]}), None),
        ({"Effect": "Deny", "Principal": "*"}, None),
        ({"Principal": "*"}, None),  # no Effect is no Allow
    ],
)
def test_each_anonymous_problem_in_full(statement, problem):
    assert docs.anonymous_problem(statement, "S") == problem
    assert docs.anonymous_problems({"Statement": [{**statement, "Sid": "S"}]}) == ([problem] if problem else [])


GITHUB = "token.actions.githubusercontent.com"


@pytest.mark.parametrize(
    ("federated", "condition", "problem"),
    [
        ("*", {}, "statement T trusts Federated '*': tokens of any identity provider"),
        (
            GH,
            {"StringEquals": {f"{GITHUB}:aud": "sts.amazonaws.com"}},
            f"statement T trusts GitHub Actions OIDC ({GITHUB}) without pinning {GITHUB}:sub to one repository and a "
            "branch or environment (e.g. repo:org/app:ref:refs/heads/main): any GitHub workflow could assume this role",
        ),
        (GH, {"StringEquals": {f"{GITHUB}:sub": "repo:a/b:ref:refs/tags/v1"}}, None),
        (GH, {"StringEquals": {f"{GITHUB}:SUB": "REPO:a/b:ENVIRONMENT:prod"}}, None),  # keys and prefixes in any case
        (GH, {"StringLike": {f"{GITHUB}:sub": "repo:a/b:ref:refs/heads/*"}}, "GitHub"),  # any branch
        (GH, {"StringLike": {f"{GITHUB}:sub": ["repo:a/b:environment:prod", "repo:a/c:*"]}}, "GitHub"),  # every value
        (GH, {"StringLike": {f"{GITHUB}:sub": []}}, "GitHub"),
        (GH, {"StringLike": {f"{GITHUB}:sub": [5]}}, "GitHub"),
        (GH, {"StringLikeIfExists": {f"{GITHUB}:sub": "repo:a/b:environment:prod"}}, "GitHub"),
        (GH, {"StringLike": {f"{GITHUB}:sub": "repo:a/b?:environment:prod"}}, "GitHub"),
        (GH, {"StringEquals": {f"{GITHUB}:sub": "repo:a/b:environment:X"}}, None),  # only * and ? are wildcards
        (
            "cognito-identity.amazonaws.com",
            {"StringEquals": {"cognito-identity.amazonaws.com:aud": "eu-west-1:pool"}},
            None,
        ),
        (
            "cognito-identity.amazonaws.com",
            {},
            "statement T trusts web identity cognito-identity.amazonaws.com without pinning "
            "cognito-identity.amazonaws.com:aud: any token that provider issues could assume this role",
        ),
        (
            "accounts.google.com",
            {"StringEquals": {"accounts.google.com:sub": "1"}},
            "statement T trusts web identity accounts.google.com without pinning accounts.google.com:aud: any token "
            "that provider issues could assume this role",
        ),
        ("accounts.google.com", {"StringEquals": {"accounts.google.com:aud": "a", "accounts.google.com:sub": "1"}}, None),
        (
            "accounts.google.com",
            {"StringEquals": {"accounts.google.com:aud": ["a", "*"], "accounts.google.com:sub": "1"}},
            "accounts.google.com:aud:",
        ),
        # an ARN that does not spell its issuer, with two issuers in its Condition: itself is judged
        (
            "arn:aws:iam::1:provider/x",
            {"StringEquals": {"a.example:aud": "1", "b.example:sub": "2"}},
            "statement T trusts web identity arn:aws:iam::1:provider/x without pinning arn:aws:iam::1:provider/x:aud "
            "and arn:aws:iam::1:provider/x:sub",
        ),
        ("arn:aws:iam::1:provider/x", {"StringEquals": {"a.example:AUD": "1", "a.example:Sub": "2"}}, None),
        # ... an issuer named by its aud key alone (a Cognito identity pool needs no sub)
        ("arn:aws:iam::1:provider/x", {"StringEquals": {"cognito-identity.amazonaws.com:aud": "eu-west-1:pool"}}, None),
        # ... an issuer whose name holds a colon: the claim is what follows the last one
        (
            "arn:aws:iam::1:provider/x",
            {"StringEquals": {"issuer.example:8443:aud": "1", "issuer.example:8443:sub": "2"}},
            None,
        ),
        # an ARN that spells its issuer is judged by it, whatever issuer its Condition names
        (
            "arn:aws:iam::1:oidc-provider/issuer.example",
            {"StringEquals": {"other.example:aud": "1", "other.example:sub": "2"}},
            "statement T trusts web identity issuer.example without pinning issuer.example:aud and issuer.example:sub",
        ),
        # ... and with no issuer in its Condition
        (
            "arn:aws:iam::1:provider/x",
            {"StringEquals": {"aws:SourceAccount": "1"}},
            "statement T trusts web identity arn:aws:iam::1:provider/x without pinning arn:aws:iam::1:provider/x:aud "
            "and arn:aws:iam::1:provider/x:sub",
        ),
        ("arn:aws:iam::1:saml-provider/okta", {}, None),
        # another key of the issuer is no aud, whichever side of it it sorts
        (
            "accounts.google.com",
            {"StringEquals": {"accounts.google.com:amr": "x", "accounts.google.com:sub": "1"}},
            "statement T trusts web identity accounts.google.com without pinning accounts.google.com:aud:",
        ),
        ("", {}, "statement T trusts web identity  without pinning :aud and :sub"),  # no identifier is no '*'
        (
            "arn:aws:iam::1:oidc-provider/issuer.example/oidc-provider/x",
            {"StringEquals": {"issuer.example/oidc-provider/x:aud": "1", "issuer.example/oidc-provider/x:sub": "2"}},
            None,
        ),
    ],
)
def test_each_federation_problem_in_full(federated, condition, problem):
    statement = st(Principal={"Federated": federated}, Action="sts:AssumeRoleWithWebIdentity", Condition=condition)
    found = docs.federation_problem(statement, "T")
    if problem is None or found is None:
        assert found == problem
    else:
        assert found.startswith(problem) if problem.startswith("statement") else problem in found
    assert docs.federation_problems({"Statement": [{**statement, "Sid": "T"}]}) == ([found] if found else [])


def test_federation_judges_every_provider_a_statement_trusts():
    good_github = {"StringEquals": {f"{GITHUB}:sub": "repo:a/b:environment:prod"}}
    for federated in ([GH, "*"], ["arn:aws:iam::1:saml-provider/okta", "*"]):
        statement = st(Principal={"Federated": federated}, Condition=good_github)
        assert docs.federation_problem(statement, "T") == "statement T trusts Federated '*': tokens of any identity provider"


def test_allowed_actions_that_are_not_strings_are_ignored():
    statement = st(Action="s3:PutObject", Resource="*")
    assert docs.writes_on_any_resource(statement, [5, None, "s3:putobject"]) == []
    assert docs.writes_on_any_resource(statement, [5]) == [("*", ["s3:PutObject"])]


def test_federation_skips_what_it_cannot_judge():
    trust = st(Principal={"Federated": GH}, Condition={"StringEquals": {f"{GITHUB}:sub": U}})
    assert docs.federation_problem(trust, "T") is None  # judged once known
    assert docs.federation_problem({**trust, "Effect": "Deny", "Condition": {}}, "T") is None
    assert docs.federation_problem(st(Principal="*"), "T") is None
    # the first problem of a statement is the one named: a SAML provider before it is passed over
    both = st(Principal={"Federated": ["arn:aws:iam::1:saml-provider/okta", "*"]})
    assert docs.federation_problem(both, "T") == "statement T trusts Federated '*': tokens of any identity provider"


@pytest.mark.parametrize(
    ("change", "denies"),
    [
        ({}, True),
        ({"Action": ["s3:GetObject", "*"]}, True),
        ({"Principal": "*"}, True),
        ({"Effect": "Allow"}, False),
        ({"Effect": None}, False),
        ({"Principal": {"AWS": "arn:aws:iam::1:root"}}, False),
        ({"Action": "s3:GetObject"}, False),
        ({"Action": [5]}, False),
        ({"Condition": {"Bool": {"aws:SecureTransport": "true"}}}, False),
        ({"Condition": {"Bool": {"aws:SecureTransport": ["false", "true"]}}}, False),
        ({"Condition": {"Bool": {"aws:SecureTransport": False}}}, True),  # a JSON boolean reads the same
        ({"Condition": {"Bool": {"aws:securetransport": "false"}}}, True),  # condition key names ignore case in IAM
        ({"Condition": {"BoolIfExists": {"aws:SecureTransport": "false"}}}, True),  # the key is always present
        ({"Condition": {"Bool": "no block"}}, False),
        ({"Condition": "no block"}, False),
    ],
)
def test_denies_insecure_transport_clause_by_clause(change, denies):
    statement = {
        "Effect": "Deny",
        "Principal": {"AWS": "*"},
        "Action": "s3:*",
        "Resource": "x",
        "Condition": {"Bool": {"aws:SecureTransport": "false"}},
        **change,
    }
    assert docs.denies_insecure_transport(statement) is denies


@pytest.mark.parametrize(
    ("document", "found"),
    [
        ('{"Statement": {"Effect": "Allow"}}', [{"Effect": "Allow"}]),  # one statement, not a list
        ({"Statement": [{"Effect": "Allow"}, "x", None]}, [{"Effect": "Allow"}]),
        ({"Statement": None}, []),
        ("[1]", []),
        ("{", []),
        (5, []),
        (U, []),
    ],
)
def test_statements_in_every_shape(document, found):
    assert docs.statements(document) == found


@pytest.mark.parametrize(("value", "listed"), [(None, []), ("a", ["a"]), (("a", "b"), ["a", "b"]), (5, [5]), ([], [])])
def test_as_list(value, listed):
    assert docs.as_list(value) == listed


@pytest.mark.parametrize(("name", "label"), [("Up", "Up"), ("", "#2"), (5, "#2"), (None, "#2")])
def test_a_statement_without_a_sid_is_named_by_its_index(name, label):
    assert docs.sid({"Sid": name}, 2) == label


@pytest.mark.parametrize(
    ("document", "places"),
    [
        ({"Statement": [st(Sid="S", Condition={"StringEquals": {"aws:SourceArn": [U]}})]}, ["statement S Condition"]),
        ({"Statement": [st(Action=["s3:GetObject", U])]}, ["statement #0 Action"]),
        ({"Statement": [st(Condition={"A": {"b": ["c", [U]]}})]}, ["statement #0 Condition"]),
        ({"Statement": [st(Condition={"A": {"b": ["c"]}}, Resource="r")]}, []),
        (json.dumps({"Statement": [st()]}), []),
        ("not json", []),
        (None, []),
    ],
)
def test_unseen_names_each_unknown_place(document, places):
    assert docs.unseen(document) == places


def test_the_judgements_a_stack_repeats_are_memoised():
    """A stack repeats the same few actions, resources and documents: each is judged or decoded once."""
    for judge in (docs._loads, docs.is_service_wide, docs.may_write, docs.is_any_resource, docs.escalations_of):
        assert callable(getattr(judge, "cache_clear", None)), judge
