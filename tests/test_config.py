"""Config validation: every bad value is reported with its key, the value and what is expected."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
from conftest import CERT_ARN, PROJECT, REPO, stack_config

from components.config import SETTINGS, ConfigError, NatMode, parse_config, reference_rows
from components.network import subnet_cidrs

P = PROJECT


def config_with(stack: str = "dev", **changes: object) -> dict[str, object]:
    """The stack file's config with changes; a key mapped to None is removed."""
    values: dict[str, object] = dict(stack_config(stack))
    for key, value in changes.items():
        full = key.replace("__", ":") if "__" in key else f"{P}:{key}"
        if value is None:
            values.pop(full, None)
        else:
            values[full] = value if isinstance(value, str) else json.dumps(value)
    return values


def problems(values: dict[str, object], stack: str = "dev") -> list[str]:
    with pytest.raises(ConfigError) as caught:
        parse_config(values, P, stack)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"invalid config for stack '{stack}'")
    return caught.value.problems


def test_committed_stacks_parse_to_their_intent():
    dev, prod = (parse_config(stack_config(s), P, s) for s in ("dev", "prod"))
    assert (dev.nat_mode, dev.min_size, dev.deletion_protection, dev.protect_data) == (NatMode.SINGLE, 1, False, False)
    assert dev.instance_type.startswith("t4g") and dev.architecture == "arm64" and not dev.is_production
    assert (prod.az_count, prod.nat_mode, prod.min_size) == (3, NatMode.PER_AZ, 2)
    assert prod.deletion_protection and prod.protect_data and prod.is_production
    with pytest.raises(AttributeError):
        dev.min_size = 5  # frozen
    with pytest.raises(TypeError):
        dev.tags["Owner"] = "someone-else"  # read-only mapping
    with pytest.raises(TypeError, match="positional"):  # keywords only: reordering the fields reorders nothing
        type(dev)(*(getattr(dev, f.name) for f in dataclasses.fields(dev)))


BAD_CASES = [
    # (id, stack, changes, expected fragment naming the key, the value and the expectation)
    (
        "min-over-max",
        "dev",
        {"minSize": "3", "maxSize": "2", "desiredCapacity": "2"},
        f"{P}:minSize: got 3, expected at most maxSize (2)",
    ),
    (
        "desired-outside",
        "dev",
        {"desiredCapacity": "5"},
        f"{P}:desiredCapacity: got 5, expected between minSize (1) and maxSize (2)",
    ),
    ("prod-min-1", "prod", {"minSize": "1"}, f"{P}:minSize: got 1, expected at least 2 in production"),
    ("size-not-int", "dev", {"maxSize": "two"}, f'{P}:maxSize: got "two", expected an integer'),
    (
        "replica-equals-primary",
        "dev",
        {"replicaRegion": "eu-west-1"},
        f'{P}:replicaRegion: got "eu-west-1", expected a region other than aws:region (eu-west-1)',
    ),
    (
        "replica-not-region",
        "dev",
        {"replicaRegion": "europe"},
        f'{P}:replicaRegion: got "europe", expected an AWS region name',
    ),
    ("replica-missing", "dev", {"replicaRegion": None}, f"{P}:replicaRegion: missing, expected a non-empty string"),
    ("primary-not-region", "dev", {"aws__region": "mars-1"}, 'aws:region: got "mars-1", expected an AWS region name'),
    ("cidr-invalid", "dev", {"vpcCidr": "10.0.0.300/16"}, f'{P}:vpcCidr: got "10.0.0.300/16", expected an IPv4 network'),
    ("cidr-host-bits", "dev", {"vpcCidr": "10.0.0.1/16"}, f'{P}:vpcCidr: got "10.0.0.1/16", expected an IPv4 network'),
    (
        "cidr-too-small",
        "dev",
        {"vpcCidr": "10.0.0.0/26"},
        f'{P}:vpcCidr: got "10.0.0.0/26", expected a prefix from /16 to /23',
    ),
    ("cidr-public", "dev", {"vpcCidr": "8.8.0.0/16"}, f'{P}:vpcCidr: got "8.8.0.0/16", expected a private RFC 1918 range'),
    ("az-count-low", "dev", {"azCount": "1"}, f"{P}:azCount: got 1, expected an integer from 2 to 6"),
    ("az-count-high", "dev", {"azCount": "7"}, f"{P}:azCount: got 7, expected an integer from 2 to 6"),
    ("nat-unknown", "dev", {"natMode": "double"}, f'{P}:natMode: got "double", expected one of none, single, perAz'),
    (
        "arch-mismatch-graviton",
        "dev",
        {"architecture": "x86_64"},
        f'{P}:architecture: got "x86_64", expected arm64 to match instanceType t4g.small',
    ),
    (
        "arch-mismatch-intel",
        "dev",
        {"instanceType": "m7i.large"},
        f'{P}:architecture: got "arm64", expected x86_64 to match instanceType m7i.large',
    ),
    ("arch-unknown", "dev", {"architecture": "riscv"}, f'{P}:architecture: got "riscv", expected arm64 or x86_64'),
    ("instance-type-bad", "dev", {"instanceType": "large"}, f'{P}:instanceType: got "large", expected an EC2 instance type'),
    (
        "emulator-in-prod",
        "prod",
        {"emulator": True},
        f"{P}:emulator: got true, expected false in production (it drops replication settings AWS needs)",
    ),
    ("emulator-not-bool", "dev", {"emulator": "yes"}, f'{P}:emulator: got "yes", expected true or false'),
    (
        "world-open-prod-no-cert",
        "prod",
        {"allowedCidrs": ["0.0.0.0/0"], "certificateArn": None},
        f'{P}:allowedCidrs: got "0.0.0.0/0", expected no world-open CIDR in production without certificateArn',
    ),
    (
        "world-open-v6-prod-no-cert",
        "prod",
        {"allowedCidrs": ["198.51.100.0/24", "::/0"], "certificateArn": None},
        f'{P}:allowedCidrs: got "::/0", expected no world-open CIDR in production',
    ),
    ("allowed-cidr-bad", "dev", {"allowedCidrs": ["10.0.0.0/33"]}, f'{P}:allowedCidrs: got "10.0.0.0/33", expected a CIDR'),
    ("allowed-cidrs-empty", "dev", {"allowedCidrs": []}, f"{P}:allowedCidrs: got [], expected at least one CIDR"),
    ("allowed-cidrs-not-list", "dev", {"allowedCidrs": "0.0.0.0/0"}, f'{P}:allowedCidrs: got "0.0.0.0/0", expected a list'),
    (
        "cert-not-arn",
        "dev",
        {"certificateArn": "my-cert"},
        f'{P}:certificateArn: got "my-cert", expected an ACM certificate ARN',
    ),
    (
        "cert-other-region",
        "dev",
        {"certificateArn": CERT_ARN.replace("eu-west-1", "us-east-1")},
        f'{P}:certificateArn: got "{CERT_ARN.replace("eu-west-1", "us-east-1")}", expected a certificate in aws:region',
    ),
    (  # a region that sorts before aws:region as well as one after it
        "cert-other-region-sorting-first",
        "dev",
        {"certificateArn": CERT_ARN.replace("eu-west-1", "ap-southeast-2")},
        f'{P}:certificateArn: got "{CERT_ARN.replace("eu-west-1", "ap-southeast-2")}", expected a certificate in aws:region',
    ),
    (
        "health-path-relative",
        "dev",
        {"healthCheckPath": "health"},
        f'{P}:healthCheckPath: got "health", expected an absolute URL path',
    ),
    ("health-path-traversal", "dev", {"healthCheckPath": "/../etc"}, f'{P}:healthCheckPath: got "/../etc"'),
    (
        "retention-zero",
        "dev",
        {"noncurrentVersionDays": "0"},
        f"{P}:noncurrentVersionDays: got 0, expected an integer from 1 to 3650",
    ),
    ("log-retention-huge", "dev", {"accessLogRetentionDays": "5000"}, f"{P}:accessLogRetentionDays: got 5000"),
    ("protect-not-bool", "dev", {"protectData": "yes"}, f'{P}:protectData: got "yes", expected true or false'),
    (
        "deletion-protection-not-bool",
        "dev",
        {"deletionProtection": "1"},
        f'{P}:deletionProtection: got "1", expected true or false',
    ),
    (
        "cpu-target",
        "dev",
        {"cpuTargetUtilization": "95"},
        f"{P}:cpuTargetUtilization: got 95, expected an integer from 10 to 90",
    ),
    ("root-volume", "dev", {"rootVolumeSizeGb": "4"}, f"{P}:rootVolumeSizeGb: got 4, expected an integer from 8 to 1024"),
    ("prefix-no-slash", "dev", {"appDataPrefix": "app"}, f'{P}:appDataPrefix: got "app", expected a relative key prefix'),
    ("unknown-key-typo", "dev", {"minsize": "1"}, f"{P}:minsize: unknown key, expected did you mean {P}:minSize?"),
    # a key in a namespace that is neither the project's nor a provider's is never read: an error, not a default
    (
        "foreign-namespace",
        "dev",
        {"old-project__natMode": "perAz"},
        f"old-project:natMode: belongs to another project; this project is {P}: run `make rename`",
    ),
    (
        "foreign-namespace-counts-the-rest",
        "dev",
        {"old-project__natMode": "perAz", "old-project__azCount": "3"},
        f"old-project:azCount (and 1 more old-project: key): belongs to another project; this project is {P}",
    ),
    (
        "namespace-typo-of-project",
        "dev",
        {f"{P[:-1]}__natMode": "perAz"},
        f"{P[:-1]}:natMode: unknown namespace {P[:-1]}; did you mean {P}:natMode?",
    ),
    (
        "namespace-typo-of-aws",
        "dev",
        {"aw__region": "eu-west-1"},
        "aw:region: unknown namespace aw; did you mean aws:region?",
    ),
    (
        "tag-placeholder",
        "dev",
        {"aws__defaultTags": {"tags": {"Owner": "o", "Environment": "dev", "Project": "${PROJECT}", "CostCenter": "c"}}},
        'aws:defaultTags.tags.Project: got "${PROJECT}", expected a value of yours, not an unreplaced template placeholder',
    ),
    (
        "tag-placeholder-inside-a-value",
        "dev",
        {"aws__defaultTags": {"tags": {"Owner": "team-${OWNER}", "Environment": "dev", "Project": "p", "CostCenter": "c"}}},
        'aws:defaultTags.tags.Owner: got "team-${OWNER}", expected a value of yours',
    ),
    (
        "replica-in-china",
        "dev",
        {"replicaRegion": "cn-north-1"},
        f'{P}:replicaRegion: got "cn-north-1", expected a region in aws:region\'s partition (aws); '
        "S3 cannot replicate across partitions",
    ),
    (
        "replica-from-govcloud",
        "dev",
        {"aws__region": "us-gov-west-1", "replicaRegion": "us-east-1"},
        f'{P}:replicaRegion: got "us-east-1", expected a region in aws:region\'s partition (aws-us-gov)',
    ),
    ("tags-missing", "dev", {"aws__defaultTags": None}, "aws:defaultTags: missing, expected an object {tags: {...}}"),
    ("tags-not-json", "dev", {"aws__defaultTags": "Owner=me"}, 'aws:defaultTags: got "Owner=me", expected an object'),
    (
        "tag-owner-missing",
        "dev",
        {"aws__defaultTags": {"tags": {"Environment": "dev", "Project": "p", "CostCenter": "c"}}},
        "aws:defaultTags.tags.Owner: missing, expected a non-empty string (required tag)",
    ),
    (
        "tag-cost-center-empty",
        "dev",
        {"aws__defaultTags": {"tags": {"Owner": "o", "Environment": "dev", "Project": "p", "CostCenter": " "}}},
        'aws:defaultTags.tags.CostCenter: got " ", expected a non-empty string',
    ),
]


@pytest.mark.parametrize(("stack", "changes", "expected"), [c[1:] for c in BAD_CASES], ids=[c[0] for c in BAD_CASES])
def test_each_bad_value_is_reported_with_key_value_and_expectation(stack, changes, expected):
    found = problems(config_with(stack, **changes), stack)
    assert any(p.startswith(expected) for p in found), found


# <project>-<stack>-replication, IAM's longest role name (64): the longest stack name the project allows
LONGEST_STACK = "s" * (64 - len(f"{P}--replication"))


def test_a_stack_name_too_long_for_the_iam_role_names_is_reported():
    stack = LONGEST_STACK + "x"
    (problem,) = problems(config_with("dev"), stack)
    assert problem == (
        f'IAM role name <project>-<stack>-replication: got "{P}-{stack}-replication", '
        "expected at most 64 characters (this is 65): a shorter project or stack name"
    )


def test_the_longest_stack_name_iam_allows_is_accepted():
    cfg = parse_config(config_with("dev"), P, LONGEST_STACK)
    assert len(cfg.iam_names.replication_role) == 64
    assert cfg.iam_names.instance_role == f"{P}-{LONGEST_STACK}-instance"


def test_every_problem_is_reported_at_once():
    found = problems(config_with("dev", minSize="9", natMode="double", vpcCidr="nonsense", replicaRegion="eu-west-1"))
    assert len(found) == 4, found
    assert {p.split(": ")[0] for p in found} == {f"{P}:{k}" for k in ("natMode", "vpcCidr", "replicaRegion", "minSize")}


@pytest.mark.parametrize(
    ("changes", "count"), [({"minSize": "9"}, "1 problem"), ({"minSize": "9", "natMode": "x"}, "2 problems")]
)
def test_the_error_counts_its_problems(changes, count):
    with pytest.raises(ConfigError) as caught:
        parse_config(config_with("dev", **changes), P, "dev")
    assert str(caught.value).startswith(f"invalid config for stack 'dev' ({count}): ")


def test_the_error_is_one_line_of_its_problems_joined():
    with pytest.raises(ConfigError) as caught:
        parse_config(config_with("dev", minSize="9", natMode="x"), P, "dev")
    assert str(caught.value) == "invalid config for stack 'dev' (2 problems): " + "; ".join(caught.value.problems)


@pytest.mark.parametrize(
    ("instance_type", "architecture"),
    [
        ("t4g.micro", "arm64"),
        ("m7gd.xlarge", "arm64"),
        ("c6gn.large", "arm64"),
        ("im4gn.large", "arm64"),
        ("is4gen.large", "arm64"),
        ("g5g.xlarge", "arm64"),
        ("a1.large", "arm64"),
        ("t3.micro", "x86_64"),
        ("m7i.large", "x86_64"),
        ("g4dn.xlarge", "x86_64"),
        ("c7a.large", "x86_64"),
    ],
)
def test_architecture_follows_the_instance_family(instance_type, architecture):
    cfg = parse_config(config_with("dev", instanceType=instance_type, architecture=architecture), P, "dev")
    assert cfg.architecture == architecture


def test_certificate_makes_world_open_prod_acceptable_and_enables_https():
    cfg = parse_config(config_with("prod", allowedCidrs=["0.0.0.0/0"], certificateArn=CERT_ARN), P, "prod")
    assert cfg.https_enabled and cfg.allowed_cidrs == ("0.0.0.0/0",)


def test_defaults_apply_when_keys_are_absent():
    tags = {"Owner": "o", "Environment": "dev", "Project": "p", "CostCenter": "c"}
    minimal = {"aws:region": "us-east-1", f"{P}:replicaRegion": "us-west-2", "aws:defaultTags": json.dumps({"tags": tags})}
    cfg = parse_config(minimal, P, "sandbox")
    for setting in SETTINGS:
        if setting.default is not None:
            value = getattr(cfg, re.sub(r"(?<!^)(?=[A-Z])", "_", setting.key).lower())
            expected = tuple(setting.default) if isinstance(setting.default, list) else setting.default
            assert (value.value if isinstance(value, NatMode) else value) == expected, setting.key


@pytest.mark.parametrize(("cidr", "azs"), [("10.0.0.0/16", 2), ("10.0.0.0/16", 6), ("192.168.0.0/23", 3)])
def test_subnet_layout_fits_the_vpc_and_is_stable_when_azs_are_added(cidr, azs):
    import ipaddress

    public, private = subnet_cidrs(cidr, azs)
    networks = [ipaddress.ip_network(n) for n in public + private]
    assert len(set(networks)) == 2 * azs
    assert all(n.subnet_of(ipaddress.ip_network(cidr)) and n.prefixlen <= 27 for n in networks)
    more_public, more_private = subnet_cidrs(cidr, 6)
    assert more_public[:azs] == public and more_private[:azs] == private


def test_readme_config_reference_matches_the_settings_table():
    readme = (REPO / "README.md").read_text()
    rows = dict(re.findall(rf"^\| `(?:{re.escape(P)}:)?(\w+)` \| ([^|]+) \|", readme, flags=re.M))
    documented = {k: v.strip() for k, v in rows.items() if k not in ("region", "defaultTags")}
    assert documented == {s.key: s.kind for s in SETTINGS}
    for setting in SETTINGS:
        assert re.search(rf"^\| `{P}:{setting.key}` \| {re.escape(setting.kind)} \|", readme, flags=re.M)
    # the whole row (default, range or choices, description) derives from the one declaration
    lines = set(readme.splitlines())
    assert [row for row in reference_rows(P) if row not in lines] == []


@pytest.mark.parametrize("namespace", [None, "forked-app"])
def test_python_m_components_config_prints_the_readme_rows(namespace):
    """The README's table is regenerated with ``python -m components.config [namespace]``; without an argument
    the namespace is the name in Pulumi.yaml."""
    import subprocess
    import sys

    command = [sys.executable, "-m", "components.config", *([namespace] if namespace else [])]
    shown = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=True).stdout
    assert shown.splitlines() == reference_rows(namespace or P)


def test_importing_components_config_prints_nothing():
    import subprocess
    import sys

    shown = subprocess.run([sys.executable, "-c", "import components.config"], cwd=REPO, capture_output=True, text=True)
    assert (shown.returncode, shown.stdout) == (0, "")


RANGED = [(s.key, *s.value_range) for s in SETTINGS if s.value_range]


def problems_of(key: str, value: object) -> list[str]:
    try:
        parse_config(config_with("dev", **{key: str(value)}), P, "dev")
    except ConfigError as error:
        return [p for p in error.problems if p.startswith(f"{P}:{key}:")]
    return []


@pytest.mark.parametrize(("key", "low", "high"), RANGED, ids=[r[0] for r in RANGED])
def test_each_declared_range_is_enforced_at_both_ends(key, low, high):
    assert problems_of(key, low) == [] and problems_of(key, high) == []
    for outside in (low - 1, high + 1):
        assert problems_of(key, outside) == [f"{P}:{key}: got {outside}, expected an integer from {low} to {high}"]


def test_settings_derive_from_the_stack_config_fields():
    assert {s.key for s in SETTINGS} >= {"replicaRegion", "azCount", "natMode", "allowedCidrs", "emulator"}
    kinds = {s.key: s.kind for s in SETTINGS}
    assert (kinds["azCount"], kinds["natMode"], kinds["allowedCidrs"], kinds["protectData"]) == (
        "integer",
        "string",
        "list of strings",
        "boolean",
    )
    assert [s.key for s in SETTINGS if s.required] == ["replicaRegion"]
    assert {s.key: s.choices for s in SETTINGS if s.choices} == {
        "natMode": tuple(m.value for m in NatMode),
        "architecture": ("arm64", "x86_64"),
    }


@pytest.mark.parametrize(
    ("primary", "replica"),
    [("cn-north-1", "cn-northwest-1"), ("us-gov-west-1", "us-gov-east-1"), ("us-east-1", "eu-central-1")],
)
def test_replication_within_one_partition_is_accepted(primary, replica):
    cfg = parse_config(config_with("dev", aws__region=primary, replicaRegion=replica), P, "dev")
    assert (cfg.primary_region, cfg.replica_region) == (primary, replica)


def test_provider_and_pulumi_namespaces_are_not_foreign():
    cfg = parse_config(
        config_with("dev", **{"pulumi__disable-default-providers": '["kubernetes"]', "aws__skipMetadataApiCheck": "true"}),
        P,
        "dev",
    )
    assert cfg.project == P


def test_a_foreign_namespace_is_reported_once_per_namespace_before_the_rest():
    values = {k.replace(f"{P}:", "old-project:"): v for k, v in stack_config("dev").items()}
    found = problems(values)
    others = sum(k.startswith("old-project:") for k in values) - 1
    assert found[0].startswith(
        f"old-project:accessLogRetentionDays (and {others} more old-project: keys): belongs to "
        f"another project; this project is {P}: run `make rename`"
    )
    assert sum("old-project" in p for p in found) == 1


# -- edges of each check, one case per clause (issue 13: just inside passes, just outside fails) ----------------

TAGS = {"Owner": "o", "Environment": "dev", "Project": "p", "CostCenter": "c"}
TAGS_EXPECTED = "an object {tags: {...}} with the required tags Owner, Environment, Project, CostCenter"
KEYS = ", ".join(s.key for s in SETTINGS)
CIDR_EXPECTED = "a CIDR such as 203.0.113.0/24 or 2001:db8::/32 with its host bits zero"
WORLD_EXPECTED = "no world-open CIDR in production without certificateArn (plain HTTP to the internet)"

EXACT_CASES = [
    # (id, stack, changes, every problem found, in order): a key whose own value is bad is reported once, and
    # the checks across keys skip it rather than report a consequence of it
    (
        "vpc-ipv6",
        "dev",
        {"vpcCidr": "fd00::/56"},
        [f'{P}:vpcCidr: got "fd00::/56", expected an IPv4 network (the VPC\'s primary range)'],
    ),
    (
        "vpc-prefix-15",
        "dev",
        {"vpcCidr": "10.0.0.0/15"},
        [f'{P}:vpcCidr: got "10.0.0.0/15", expected a prefix from /16 to /23, large enough for 16 subnets of /27 or more'],
    ),
    (
        "vpc-prefix-24",
        "dev",
        {"vpcCidr": "10.0.0.0/24"},
        [f'{P}:vpcCidr: got "10.0.0.0/24", expected a prefix from /16 to /23, large enough for 16 subnets of /27 or more'],
    ),
    (
        "vpc-public",
        "dev",
        {"vpcCidr": "172.32.0.0/16"},
        [f'{P}:vpcCidr: got "172.32.0.0/16", expected a private RFC 1918 range (10/8, 172.16/12 or 192.168/16)'],
    ),
    (
        "allowed-host-bits",
        "dev",
        {"allowedCidrs": ["203.0.113.1/24"]},
        [f'{P}:allowedCidrs: got "203.0.113.1/24", expected {CIDR_EXPECTED}'],
    ),
    ("allowed-not-strings", "dev", {"allowedCidrs": [5]}, [f'{P}:allowedCidrs: got "[5]", expected a list of strings']),
    ("string-blank", "dev", {"replicaRegion": " "}, [f'{P}:replicaRegion: got " ", expected a non-empty string']),
    ("unknown-key-unlike-any", "dev", {"zzz": "1"}, [f"{P}:zzz: unknown key, expected one of {KEYS}"]),
    ("region-missing", "dev", {"aws__region": None}, ["aws:region: missing, expected an AWS region name such as eu-west-1"]),
    (
        "replica-bad-only-once",
        "dev",
        {"replicaRegion": "cn-north"},
        [f'{P}:replicaRegion: got "cn-north", expected an AWS region name such as eu-central-1'],
    ),
    (
        "region-bad-skips-replica-and-cert",
        "prod",
        {"aws__region": "mars-1"},
        ['aws:region: got "mars-1", expected an AWS region name such as eu-west-1'],
    ),
    (
        "instance-type-bad-skips-arch",
        "dev",
        {"instanceType": "large"},
        [f'{P}:instanceType: got "large", expected an EC2 instance type such as t4g.small'],
    ),
    (
        "arch-bad-skips-family",
        "dev",
        {"architecture": "riscv"},
        [f'{P}:architecture: got "riscv", expected arm64 or x86_64'],
    ),
    ("size-bad-skips-sizes", "dev", {"maxSize": "two", "minSize": "3"}, [f'{P}:maxSize: got "two", expected an integer']),
    (
        "cert-bad-skips-region",
        "dev",
        {"certificateArn": "my-cert"},
        [f'{P}:certificateArn: got "my-cert", expected an ACM certificate ARN'],
    ),
    ("dev-min-below-0", "dev", {"minSize": "-1"}, [f"{P}:minSize: got -1, expected at least 0"]),
    (
        "desired-below-min",
        "dev",
        {"minSize": "2", "desiredCapacity": "1", "maxSize": "3"},
        [f"{P}:desiredCapacity: got 1, expected between minSize (2) and maxSize (3)"],
    ),
    (
        "desired-above-max",
        "dev",
        {"desiredCapacity": "3"},
        [f"{P}:desiredCapacity: got 3, expected between minSize (1) and maxSize (2)"],
    ),
    (
        "min-over-max-only",
        "dev",
        {"minSize": "3", "desiredCapacity": "9"},
        [f"{P}:minSize: got 3, expected at most maxSize (2)"],
    ),
    (
        "prod-world-not-a-list",
        "prod",
        {"allowedCidrs": "0.0.0.0/0", "certificateArn": None},
        [f'{P}:allowedCidrs: got "0.0.0.0/0", expected a list of strings'],
    ),
    (
        "prod-world-after-a-bad-cidr",
        "prod",
        {"allowedCidrs": ["10.0.0.0/33", "0.0.0.0/0"], "certificateArn": None},
        [
            f'{P}:allowedCidrs: got "10.0.0.0/33", expected {CIDR_EXPECTED}',
            f'{P}:allowedCidrs: got "0.0.0.0/0", expected {WORLD_EXPECTED}',
        ],
    ),
    (
        "prod-world-host-bits",
        "prod",
        {"allowedCidrs": ["0.0.0.1/0"], "certificateArn": None},
        [f'{P}:allowedCidrs: got "0.0.0.1/0", expected {CIDR_EXPECTED}'],
    ),
    (
        "prod-world-names-the-first",
        "prod",
        {"allowedCidrs": ["0.0.0.0/0", "::/0"], "certificateArn": None},
        [f'{P}:allowedCidrs: got "0.0.0.0/0", expected {WORLD_EXPECTED}'],
    ),
    ("tags-not-object", "dev", {"aws__defaultTags": []}, [f'aws:defaultTags: got "[]", expected {TAGS_EXPECTED}']),
    (
        "tags-key-missing",
        "dev",
        {"aws__defaultTags": TAGS},
        [f"aws:defaultTags: got {json.dumps(json.dumps(TAGS))}, expected {TAGS_EXPECTED}"],
    ),
    (
        "tags-not-a-map",
        "dev",
        {"aws__defaultTags": {"tags": "Owner=o"}},
        [f"aws:defaultTags: got {json.dumps(json.dumps({'tags': 'Owner=o'}))}, expected {TAGS_EXPECTED}"],
    ),
    (
        "tag-environment-missing",
        "dev",
        {"aws__defaultTags": {"tags": {k: v for k, v in TAGS.items() if k != "Environment"}}},
        ["aws:defaultTags.tags.Environment: missing, expected a non-empty string (required tag)"],
    ),
    (  # bad tags leave production undecided: no production check reports a consequence of them
        "tag-placeholder-skips-production",
        "dev",
        {"aws__defaultTags": {"tags": {**TAGS, "Environment": "prod", "Owner": "${OWNER}"}}},
        ['aws:defaultTags.tags.Owner: got "${OWNER}", expected a value of yours, not an unreplaced template placeholder'],
    ),
    (
        "tag-missing-skips-production",
        "dev",
        {"aws__defaultTags": {"tags": {"Environment": "prod", "Project": "p", "CostCenter": "c"}}},
        ["aws:defaultTags.tags.Owner: missing, expected a non-empty string (required tag)"],
    ),
    (
        "tag-a-number",
        "dev",
        {"aws__defaultTags": {"tags": {**TAGS, "Owner": 5}}},
        ["aws:defaultTags.tags.Owner: got 5, expected a non-empty string (required tag)"],
    ),
    (
        "tag-a-bool",
        "dev",
        {"aws__defaultTags": {"tags": {**TAGS, "Owner": True}}},
        ["aws:defaultTags.tags.Owner: got true, expected a non-empty string (required tag)"],
    ),
    (
        "tag-a-list",
        "dev",
        {"aws__defaultTags": {"tags": {**TAGS, "Owner": ["o"]}}},
        ['aws:defaultTags.tags.Owner: got ["o"], expected a non-empty string (required tag)'],
    ),
    (
        "tag-a-map",
        "dev",
        {"aws__defaultTags": {"tags": {**TAGS, "Owner": {"team": "o"}}}},
        ['aws:defaultTags.tags.Owner: got {"team": "o"}, expected a non-empty string (required tag)'],
    ),
    (
        "namespace-two-more",
        "dev",
        {"old-project__natMode": "perAz", "old-project__azCount": "3", "old-project__maxSize": "4"},
        [
            f"old-project:azCount (and 2 more old-project: keys): belongs to another project; this project is {P}: run "
            "`make rename` (rewrites the old-project: prefix in every stack file) or rename the key"
        ],
    ),
]


@pytest.mark.parametrize(("stack", "changes", "expected"), [c[1:] for c in EXACT_CASES], ids=[c[0] for c in EXACT_CASES])
def test_each_problem_is_reported_once_and_alone(stack, changes, expected):
    assert problems(config_with(stack, **changes), stack) == expected


ACCEPTED_CASES = [
    # (id, stack, changes, field, parsed value): the passing side of each edge above
    ("vpc-prefix-16", "dev", {"vpcCidr": "10.0.0.0/16"}, "vpc_cidr", "10.0.0.0/16"),
    ("vpc-prefix-23", "dev", {"vpcCidr": "10.0.0.0/23"}, "vpc_cidr", "10.0.0.0/23"),
    ("vpc-172-16", "dev", {"vpcCidr": "172.31.0.0/16"}, "vpc_cidr", "172.31.0.0/16"),
    ("vpc-192-168", "dev", {"vpcCidr": "192.168.0.0/16"}, "vpc_cidr", "192.168.0.0/16"),
    ("dev-min-0", "dev", {"minSize": "0"}, "min_size", 0),
    ("min-equals-max", "dev", {"minSize": "2", "desiredCapacity": "2", "maxSize": "2"}, "min_size", 2),
    ("desired-equals-max", "dev", {"desiredCapacity": "2"}, "desired_capacity", 2),
    ("desired-equals-min", "dev", {"minSize": "2", "desiredCapacity": "2", "maxSize": "3"}, "desired_capacity", 2),
    ("prod-min-2", "prod", {"minSize": "2", "desiredCapacity": "2"}, "min_size", 2),
    ("emulator-in-dev", "dev", {"emulator": "true"}, "emulator", True),
    ("bool-false-any-case", "prod", {"deletionProtection": " False "}, "deletion_protection", False),
    ("bool-true-any-case", "dev", {"deletionProtection": "TRUE"}, "deletion_protection", True),
    ("integer-spaced", "dev", {"maxSize": " 3 "}, "max_size", 3),
    ("cert-in-region", "dev", {"certificateArn": CERT_ARN}, "certificate_arn", CERT_ARN),
    ("prod-world-with-cert", "prod", {"allowedCidrs": ["::/0"]}, "allowed_cidrs", ("::/0",)),
    (
        "prod-narrow-without-cert",
        "prod",
        {"allowedCidrs": ["0.0.0.0/1"], "certificateArn": None},
        "allowed_cidrs",
        ("0.0.0.0/1",),
    ),
    ("tag-extra-not-a-string", "dev", {"aws__defaultTags": {"tags": {**TAGS, "Team": 5}}}, "tags", {**TAGS, "Team": "5"}),
    (
        "environment-any-case",
        "prod",
        {"aws__defaultTags": {"tags": {**TAGS, "Environment": "Production"}}},
        "is_production",
        True,
    ),
    (
        "environment-not-production",
        "dev",
        {"aws__defaultTags": {"tags": {**TAGS, "Environment": "preprod"}}},
        "is_production",
        False,
    ),
]


@pytest.mark.parametrize(
    ("stack", "changes", "field", "value"), [c[1:] for c in ACCEPTED_CASES], ids=[c[0] for c in ACCEPTED_CASES]
)
def test_each_edge_is_accepted_on_its_passing_side(stack, changes, field, value):
    cfg = parse_config(config_with(stack, **changes), P, stack)
    assert getattr(cfg, field) == value


@pytest.mark.parametrize(
    ("key", "value", "field", "parsed"),
    [
        ("maxSize", 3, "max_size", 3),
        ("emulator", True, "emulator", True),
        ("allowedCidrs", ["10.0.0.0/8"], "allowed_cidrs", ("10.0.0.0/8",)),
        ("certificateArn", None, "certificate_arn", None),  # a key given as null is the key left out
    ],
)
def test_values_given_as_python_objects_read_like_their_strings(key, value, field, parsed):
    values = {**config_with("dev"), f"{P}:{key}": value}
    assert getattr(parse_config(values, P, "dev"), field) == parsed


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("maxSize", True, f"{P}:maxSize: got true, expected an integer"),  # a bool is not an integer here
        ("replicaRegion", None, f"{P}:replicaRegion: missing, expected a non-empty string"),
    ],
)
def test_python_objects_that_do_not_fit_their_kind_are_reported(key, value, expected):
    found = problems({**config_with("dev"), f"{P}:{key}": value})
    assert len(found) == 1 and found[0].startswith(expected), found


def test_a_pulumi_yaml_without_a_name_stops_the_table_with_one_line(monkeypatch):
    from pathlib import Path

    from components import config

    assert config._project_name() == P
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: "runtime: python\n")
    with pytest.raises(SystemExit, match=r"^components\.config: Pulumi\.yaml has no name$"):
        config._project_name()
