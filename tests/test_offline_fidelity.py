"""The offline engine behaves as the Pulumi engine does where a fork's code depends on it: outputs a program reads
are produced or reported, the transforms API runs in the engine's order, and URNs carry the whole parent chain."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import PROJECT
from starter_shared.facts import split_urn

from tools.offline_preview.analyzer import PolicyPackProcess, check_run
from tools.offline_preview.engine import ProgramRun, run_program
from tools.offline_preview.schema_check import check_run as check_schema


def program(tmp_path: Path, name: str, body: str) -> Path:
    folder = tmp_path / name
    folder.mkdir(parents=True)
    (folder / "Pulumi.yaml").write_text(f"name: {name}\nruntime: python\n")
    (folder / "__main__.py").write_text(body)
    return folder


def run(tmp_path: Path, body: str, name: str = "fork", preview: bool = False, **config: str) -> ProgramRun:
    settings = {"aws:region": "us-east-1", **{f"{name}:{k}": v for k, v in config.items()}}
    return run_program(program(tmp_path, name, body), name, "dev", settings, preview=preview)


def by_name(result: ProgramRun) -> dict[str, object]:
    return {r.name: r for r in result.resources}


# -- nothing dropped silently --------------------------------------------------------------------------------

DATABASE = """
import pulumi
import pulumi_aws as aws
subnets = aws.rds.SubnetGroup("db-subnets", subnet_ids=["subnet-1", "subnet-2"])
db = aws.rds.Instance("db", engine="postgres", instance_class="db.t4g.micro", allocated_storage=20, username="app",
    manage_master_user_password=True, db_subnet_group_name=subnets.name, storage_encrypted=True,
    skip_final_snapshot=True)
pulumi.export("secretArn", db.master_user_secrets[0].secret_arn)
pulumi.export("address", db.address)
"""


def test_a_database_keeps_its_subnet_group_and_its_secret_arn(tmp_path):
    result = run(tmp_path, DATABASE)
    resources = by_name(result)
    db, subnets = resources["db"], resources["db-subnets"]
    assert db.inputs["dbSubnetGroupName"] == subnets.outputs["name"]  # type: ignore[attr-defined]
    assert re.fullmatch(r"arn:aws:secretsmanager:us-east-1:\d{12}:secret:rds!db-[0-9a-f-]+", result.outputs["secretArn"])
    assert result.outputs["address"].endswith(".amazonaws.com")
    assert result.warnings == [] and check_schema(result) == []


WAITING = """
import pulumi_aws as aws
vpc = aws.ec2.Vpc("v", cidr_block="10.0.0.0/16")
first = aws.ec2.Subnet("first", vpc_id=vpc.id, cidr_block="10.0.1.0/24")
aws.ec2.Subnet("second", vpc_id=vpc.id, cidr_block="10.0.2.0/24", availability_zone=first.availability_zone,
    tags={"Pair": first.availability_zone.apply(lambda zone: f"next to {zone}")})
"""


def test_an_input_built_from_an_output_the_cloud_lacks_is_reported_not_dropped(tmp_path):
    result = run(tmp_path, WAITING)
    second = by_name(result)["second"]
    # Unknown, as the engine would show a value it cannot know; not silently absent.
    assert second.inputs["availabilityZone"] == "[unknown]" and second.inputs["tags"]["Pair"] == "[unknown]"  # type: ignore[attr-defined]
    lines = [w for w in result.warnings if "does not produce" in w]
    assert len(lines) == 2, result.warnings
    for line, path in zip(sorted(lines), ("availabilityZone", "tags.Pair"), strict=True):
        assert line.startswith(f"aws:ec2/subnet:Subnet second: {path}: ") and "first (aws:ec2/subnet:Subnet)" in line
        assert "availabilityZone" in line.split("first (aws:ec2/subnet:Subnet): ", 1)[1]


# -- the transforms API --------------------------------------------------------------------------------------

TRANSFORMS = """
import pulumi
import pulumi_aws as aws

config = pulumi.Config()
TAGS = {"Owner": "a", "Environment": "dev", "Project": "p", "CostCenter": "c"}


def mark(label):
    def transform(args):
        if args.type_ != "aws:ebs/volume:Volume":
            return None
        tags = dict(args.props.get("tags") or {})
        tags["order"] = (tags.get("order", "") + " " + label).strip()
        return pulumi.ResourceTransformResult({**args.props, "tags": tags}, args.opts)
    return transform


def old(args):
    tags = dict(args.props.get("tags") or {})
    tags["order"] = (tags.get("order", "") + " old").strip()
    return pulumi.ResourceTransformationResult({**args.props, "tags": tags}, args.opts)


def tag_everything(args):
    if args.type_ != "aws:ebs/volume:Volume":
        return None
    return pulumi.ResourceTransformResult({**args.props, "tags": {**TAGS, **(args.props.get("tags") or {})}}, args.opts)


def unencrypt(args):
    protect = pulumi.ResourceOptions.merge(args.opts, pulumi.ResourceOptions(protect=True))
    return pulumi.ResourceTransformResult({**args.props, "encrypted": False}, protect)


class Outer(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("fork:outer:Outer", name, None, opts)
        Inner(f"{name}-inner", opts=pulumi.ResourceOptions(parent=self, transforms=[mark("parent")]))
        self.register_outputs({})


class Inner(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("fork:inner:Inner", name, None, opts)
        aws.ebs.Volume("ordered", availability_zone="us-east-1a", size=8, encrypted=True,
            opts=pulumi.ResourceOptions(parent=self, transforms=[mark("own")], transformations=[old]))
        self.register_outputs({})


if config.get_bool("tagTransform"):
    pulumi.runtime.register_resource_transform(tag_everything)
pulumi.runtime.register_resource_transform(mark("stack"))
Outer("outer", opts=pulumi.ResourceOptions(transforms=[mark("grandparent")]))
aws.ebs.Volume("vol", availability_zone="us-east-1a", size=8, encrypted=True,
    opts=pulumi.ResourceOptions(transforms=[unencrypt] if config.get_bool("unencrypt") else []))
"""


@pytest.mark.parametrize("preview", [False, True], ids=["up", "preview"])
def test_transforms_run_in_the_engines_order_after_transformations(tmp_path, preview):
    volume = by_name(run(tmp_path, TRANSFORMS, preview=preview))["ordered"]
    # SDK transformations first, then the engine: own, parent, grandparent, stack.
    assert volume.inputs["tags"]["order"] == "old own parent grandparent stack"  # type: ignore[attr-defined]


def violations_of(pack: PolicyPackProcess, result: ProgramRun, name: str) -> set[str]:
    target = by_name(result)[name].urn  # type: ignore[attr-defined]
    return {v.policy for v in check_run(pack, result) if v.urn == target}


def test_a_transform_that_adds_the_required_tags_satisfies_the_pack(tmp_path, pack):
    assert "required-tags" in violations_of(pack, run(tmp_path / "a", TRANSFORMS), "vol")
    tagged = run(tmp_path / "b", TRANSFORMS, tagTransform="true")
    assert set(by_name(tagged)["vol"].inputs["tags"]) >= {"Owner", "Environment", "Project", "CostCenter"}  # type: ignore[attr-defined]
    assert "required-tags" not in violations_of(pack, tagged, "vol")


def test_a_transform_that_turns_encryption_off_is_planned_off_and_blocked(tmp_path, pack):
    plain = run(tmp_path / "a", TRANSFORMS)
    off = run(tmp_path / "b", TRANSFORMS, unencrypt="true")
    volume = by_name(off)["vol"]
    assert volume.inputs["encrypted"] is False and volume.protect  # type: ignore[attr-defined]  # props and opts
    blocked = {v.policy for v in check_run(pack, off) if v.level == "mandatory" and v.urn == volume.urn}  # type: ignore[attr-defined]
    assert "ebs-encrypted" in blocked and "ebs-encrypted" not in violations_of(pack, plain, "vol")


# -- URNs at any depth ---------------------------------------------------------------------------------------

NESTED = """
import pulumi
import pulumi_aws as aws


class Level(pulumi.ComponentResource):
    def __init__(self, token, name, depth, opts=None):
        super().__init__(token, name, None, opts)
        if depth:
            Level(f"fork:level{depth}:Level{depth}", f"{name}-x", depth - 1, pulumi.ResourceOptions(parent=self))
        else:
            aws.s3.Bucket("deep-bucket", opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({})


Level("fork:top:Top", "top", 2)
"""


def type_chain(result: ProgramRun, resource) -> str:  # type: ignore[no-untyped-def]
    by_urn, chain = result.by_urn(), [resource.type]
    parent = resource.parent
    while parent in by_urn and by_urn[parent].type != "pulumi:pulumi:Stack":
        chain.insert(0, by_urn[parent].type)
        parent = by_urn[parent].parent
    return "$".join(chain)


def test_urns_carry_every_ancestors_type_three_levels_deep(tmp_path):
    result = run(tmp_path, NESTED)
    bucket = by_name(result)["deep-bucket"]
    assert bucket.urn == (  # type: ignore[attr-defined]
        "urn:pulumi:dev::fork::fork:top:Top$fork:level2:Level2$fork:level1:Level1$aws:s3/bucket:Bucket::deep-bucket"
    )


def test_every_urn_of_the_template_matches_its_parent_chain(runs):
    result = runs("dev")
    nested = [r for r in result.resources if type_chain(result, r).count("$") >= 2]
    assert nested, "the template nests resources two levels deep (the web tier's log bucket)"
    for resource in result.resources:
        stack, project, qualified, name = split_urn(resource.urn)
        assert (stack, project, name) == ("dev", PROJECT, resource.name)
        assert qualified == type_chain(result, resource), resource.urn
