"""Clause-level tests of the shared facts and judgements (starter_shared), without Pulumi or gRPC."""

from __future__ import annotations

import dataclasses
import importlib.util
import re
from pathlib import Path

import pytest
from starter_shared import elb_tls, facts, iam_names, networks, outputs


@pytest.mark.parametrize(
    ("cidrs", "covered"),
    [
        (["0.0.0.0/0"], ["0.0.0.0/0"]),
        (["::/0"], ["::/0"]),
        (["::0/0"], ["::/0"]),  # another spelling of the same range
        ([" 0.0.0.0/0 "], ["0.0.0.0/0"]),
        (["0.0.0.1/0"], ["0.0.0.0/0"]),  # host bits set: AWS normalises it to 0.0.0.0/0
        (["0.0.0.0/1", "128.0.0.0/1"], ["0.0.0.0/0"]),  # two halves together
        (["0.0.0.0/1"], []),  # one half alone is not the whole internet
        (["0.0.0.0/1", "128.0.0.0/2"], []),
        (["10.0.0.0/8", "0.0.0.0/0", "::/0"], ["0.0.0.0/0", "::/0"]),
        (["10.0.0.0/8"], []),
        (["not-a-cidr", None, 42], []),
        ([], []),
    ],
)
def test_open_to_internet_judges_sets_of_ranges(cidrs, covered):
    assert networks.open_to_internet(cidrs) == covered


@pytest.mark.parametrize(
    ("cidr", "everywhere"),
    [
        ("0.0.0.0/0", True),
        ("::/0", True),
        ("0000::/0", True),
        ("0.0.0.0/1", False),
        ("10.0.0.0/16", False),
        ("", False),
        (None, False),
    ],
)
def test_is_everywhere(cidr, everywhere):
    assert networks.is_everywhere(cidr) is everywhere


@pytest.mark.parametrize(
    ("policy", "ok"),
    [
        ("ELBSecurityPolicy-TLS13-1-2-2021-06", True),
        ("ELBSecurityPolicy-TLS13-1-3-2021-06", True),
        ("ELBSecurityPolicy-TLS-1-2-2017-01", True),
        ("ELBSecurityPolicy-FS-1-2-Res-2020-10", True),
        ("ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09", True),
        ("ELBSecurityPolicy-TLS13-1-1-2021-06", False),  # TLS 1.3 name, but it still accepts TLS 1.1
        ("ELBSecurityPolicy-TLS13-1-0-2021-06", False),
        ("ELBSecurityPolicy-TLS-1-1-2017-01", False),
        ("ELBSecurityPolicy-FS-1-1-2019-08", False),
        ("ELBSecurityPolicy-2016-08", False),
        ("elbsecuritypolicy-tls13-1-2-2021-06", False),  # AWS names are case-sensitive
        ("My-TLS13-1-2-lookalike", False),  # a name pattern would have accepted it
        (None, False),
    ],
)
def test_tls12_allow_list(policy, ok):
    assert elb_tls.refuses_below_tls12(policy) is ok


def test_recommended_policy_is_allowed():
    assert elb_tls.refuses_below_tls12(elb_tls.RECOMMENDED_POLICY)


@pytest.mark.parametrize(
    ("region", "ok"),
    [
        ("eu-west-1", True),
        ("us-gov-west-1", True),
        ("cn-north-1", True),
        ("ap-southeast-5", True),
        ("il-central-1", True),
        ("mx-central-1", True),
        ("eu-west", False),
        ("EU-WEST-1", False),
        ("eu-west-1a", False),
        ("eu-west-1\n", False),
        ("mars-north-1", False),
        ("", False),
    ],
)
def test_region_pattern(region, ok):
    assert bool(facts.REGION_PATTERN.match(region)) is ok


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("aws-starter", True),
        ("My_Svc.v2-x", True),
        ("a" * 100, True),
        ("a" * 101, False),
        ("", False),
        ("my service", False),
        ("my/service", False),
        ("my-service\n", False),
    ],
)
def test_project_name_pattern(name, ok):
    """Pulumi's project-name rule, used by make rename and the bootstrap's templateProject."""
    assert bool(facts.PROJECT_NAME_PATTERN.match(name)) is ok


@pytest.mark.parametrize(
    ("region", "partition"),
    [
        ("eu-west-1", "aws"),
        ("cn-northwest-1", "aws-cn"),
        ("us-gov-east-1", "aws-us-gov"),
        ("us-east-1", "aws"),
        ("us-iso-east-1", "aws-iso"),
        ("us-isob-east-1", "aws-iso-b"),
        ("eu-isoe-west-1", "aws-iso-e"),
    ],
)
def test_partition_of(region, partition):
    assert facts.partition_of(region) == partition


def test_urn_round_trip_and_parent_chain():
    stack_urn = facts.urn("dev", "proj", facts.STACK_TYPE, "proj-dev")
    component = facts.urn("dev", "proj", facts.qualified_type(stack_urn, "starter:web:WebTier"), "web")
    child = facts.urn("dev", "proj", facts.qualified_type(component, "aws:lb/listener:Listener"), "web-http")
    assert component == "urn:pulumi:dev::proj::starter:web:WebTier::web"
    assert child == "urn:pulumi:dev::proj::starter:web:WebTier$aws:lb/listener:Listener::web-http"
    assert facts.split_urn(child) == ("dev", "proj", "starter:web:WebTier$aws:lb/listener:Listener", "web-http")
    assert facts.qualified_type("", "aws:s3/bucket:Bucket") == "aws:s3/bucket:Bucket"


def test_names_may_contain_double_colons():
    assert facts.split_urn("urn:pulumi:s::p::t::a::b")[3] == "a::b"


def test_parent_type_joins_any_non_stack_parent():
    # A parent whose type sorts before the stack's ("aws:..." < "pulumi:...") still prefixes its children.
    for parent_type in ("aws:s3/bucket:Bucket", "starter:web:WebTier", "zzz:x:Y"):
        parent = facts.urn("dev", "proj", parent_type, "p")
        assert facts.qualified_type(parent, "aws:lb/listener:Listener") == f"{parent_type}$aws:lb/listener:Listener"


def test_only_stack_project_and_type_must_be_non_empty():
    # The name is free-form (see above); the three parts before it are not.
    assert facts.split_urn("urn:pulumi:s::p::t::") == ("s", "p", "t", "")


@pytest.mark.parametrize(
    "bad",
    ["", "urn:pulumi:s::p", "arn:aws:s3:::b", None, "urn:pulumi:::p::t::n", "urn:pulumi:s::::t::n", "urn:pulumi:s::p::::n"],
)
def test_split_urn_rejects(bad):
    with pytest.raises(facts.UrnError):
        facts.split_urn(bad)


def test_name_conversions():
    assert [facts.snake_to_camel(f) for f in facts.PUBLIC_ACCESS_BLOCK_FLAGS] == [
        "blockPublicAcls",
        "blockPublicPolicy",
        "ignorePublicAcls",
        "restrictPublicBuckets",
    ]
    assert facts.snake_to_pascal("restrict_public_buckets") == "RestrictPublicBuckets"


def test_outputs_are_unique_and_listed():
    declared = {v for k, v in vars(outputs).items() if k.isupper() and isinstance(v, str)}
    assert len(outputs.STACK_OUTPUTS) == len(set(outputs.STACK_OUTPUTS))
    assert declared == set(outputs.STACK_OUTPUTS)


def test_hop_limits():
    # 1: only the instance itself reaches IMDS (the template's choice); 2: one container hop (the most accepted).
    assert (facts.TEMPLATE_HOP_LIMIT, facts.MAX_HOP_LIMIT) == (1, 2)


# -- facts that are part of the template's documented interface: each fact against the README's words ----------
README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def test_stack_output_names_are_the_documented_ones():
    section = README.split("## Stack outputs", 1)[1].split("\n## ", 1)[0]
    assert re.findall(r"`(\w+)`", section) == list(outputs.STACK_OUTPUTS)


def test_required_tags_and_production_values_are_the_documented_ones():
    row = next(line for line in README.splitlines() if line.startswith("| `aws:defaultTags`"))
    assert f"with {', '.join(facts.REQUIRED_TAGS)};" in row
    documented = re.search(r"`Environment: (\w+)` \(or `(\w+)`\)", row)
    assert documented and set(documented.groups()) == facts.PRODUCTION_ENVIRONMENTS


def test_replication_token_is_the_providers():
    package = importlib.util.find_spec("pulumi_aws")  # read, not imported: importing it costs seconds
    assert package and package.origin
    source = (Path(package.origin).parent / "s3" / "bucket_replication_config.py").read_text()
    assert all(f"'{token}'" in source for token in facts.REPLICATION_TOKENS)


def test_stack_type_is_the_engines():
    stack_urn = "urn:pulumi:dev::proj::pulumi:pulumi:Stack::proj-dev"  # as the engine writes it
    assert facts.qualified_type(stack_urn, "starter:web:WebTier") == "starter:web:WebTier"


def test_allow_listed_names_have_the_shape_of_tls12_policies():
    shape = re.compile(r"ELBSecurityPolicy-(TLS13-1-[23]|TLS-1-2|FS-1-2)(-[A-Za-z0-9]+)*-20\d\d-\d\d")
    assert [name for name in sorted(elb_tls.TLS12_POLICIES) if not shape.fullmatch(name)] == []


def test_template_iam_names_derive_from_project_and_stack():
    names = iam_names.template_iam_names("billing", "staging")
    assert (names.instance_role, names.instance_profile, names.replication_role) == (
        "billing-staging-instance",
        "billing-staging-instance",
        "billing-staging-replication",
    )
    assert names.flow_logs_role == "billing-staging-flow-logs"
    assert names.roles == ("billing-staging-instance", "billing-staging-replication", "billing-staging-flow-logs")
    # program, bootstrap and pack read the same object: no caller can rename a role under the others
    with pytest.raises(dataclasses.FrozenInstanceError):
        names.instance_role = "billing-staging-admin"  # type: ignore[misc]


def _names(
    instance: str = "i", profile: str = "p", replication: str = "r", flow_logs: str = "f"
) -> iam_names.TemplateIamNames:
    return iam_names.TemplateIamNames(
        instance_role=instance, instance_profile=profile, replication_role=replication, flow_logs_role=flow_logs
    )


@pytest.mark.parametrize(
    ("names", "what", "expected"),
    [
        (_names(instance="i" * 65), "IAM role name <project>-<stack>-instance", "at most 64 characters (this is 65)"),
        (_names(replication="r" * 65), "IAM role name <project>-<stack>-replication", "at most 64 characters"),
        (_names(flow_logs="f" * 65), "IAM role name <project>-<stack>-flow-logs", "at most 64 characters"),
        (_names(profile="p" * 129), "IAM instance profile name <project>-<stack>-instance", "at most 128 characters"),
        (_names(replication="a b"), "IAM role name <project>-<stack>-replication", "only letters, digits and _+=,.@-"),
        (_names(instance="é"), "IAM role name <project>-<stack>-instance", "only letters, digits"),
    ],
)
def test_iam_name_problems_one_per_clause(names, what, expected):
    (problem,) = iam_names.iam_name_problems(names)
    assert problem[0] == what and problem[2].startswith(expected)


def test_iam_names_at_the_limits_are_accepted():
    assert iam_names.iam_name_problems(_names("i" * 64, "p" * 128, "a+=,.@_-" + "r" * 56)) == []
