"""required-tags on every taggable type: the generated table matches the installed pulumi-aws, every type in it
is judged, and the default tags of the resource's provider count, whether the default or an explicit one."""

from __future__ import annotations

import json
import sys

import pytest
from conftest import REPO
from google.protobuf import struct_pb2
from pulumi.runtime import rpc
from pulumi.runtime.proto import analyzer_pb2

from tests.support.resources import custom_resource
from tools.offline_preview import gen_taggable
from tools.offline_preview.analyzer import check_run, default_provider

sys.path.insert(0, str(REPO / "policies"))
from starter_policies.tagging import missing_tags
from starter_shared.taggable_types import TAGGABLE_TYPES

TAGS = {"Owner": "o", "Environment": "dev", "Project": "p", "CostCenter": "c"}
DEFAULT = default_provider({"aws:region": "eu-west-1", "aws:defaultTags": json.dumps({"tags": TAGS})}, "test", "starter")
BARE = default_provider({"aws:region": "eu-west-1"}, "test", "starter")


def explicit_provider(props: dict) -> analyzer_pb2.AnalyzerProviderResource:
    """An explicit ``aws.Provider("eu", ...)`` as the engine sends it with each resource that names it."""
    struct = struct_pb2.Struct()
    struct.update(props)
    return analyzer_pb2.AnalyzerProviderResource(
        type="pulumi:providers:aws", properties=struct, name="eu", urn="urn:pulumi:test::starter::pulumi:providers:aws::eu"
    )


def resource(type_: str, props: dict, name: str = "subject"):
    return custom_resource(type_, name, props, stack="test", project="starter")


def test_taggable_table_matches_the_installed_pulumi_aws():
    table = REPO / "policies" / "starter_shared" / "taggable_types.py"
    assert table.read_text() == gen_taggable.generate(), (
        "policies/starter_shared/taggable_types.py is stale for the installed pulumi-aws; run "
        "`.venv/bin/python -m tools.offline_preview.gen_taggable` and commit the result"
    )


def test_taggable_table_holds_the_services_forks_add_and_only_map_tags():
    assert len(TAGGABLE_TYPES) > 500
    assert {
        "aws:lambda/function:Function",
        "aws:rds/instance:Instance",
        "aws:rds/cluster:Cluster",
        "aws:dynamodb/table:Table",
        "aws:cloudfront/distribution:Distribution",
        "aws:sqs/queue:Queue",
        "aws:sns/topic:Topic",
        "aws:cloudwatch/logGroup:LogGroup",
        "aws:efs/fileSystem:FileSystem",
        "aws:ecs/service:Service",
        "aws:s3/bucket:Bucket",
        "aws:lb/loadBalancer:LoadBalancer",
        "aws:alb/loadBalancer:LoadBalancer",
    } <= TAGGABLE_TYPES
    # a list of tag blocks is not a tags map (asg-propagate-tags judges groups); these have no tags at all
    assert (
        not {
            "aws:autoscaling/group:Group",
            "aws:s3/bucketPolicy:BucketPolicy",
            "aws:lambda/permission:Permission",
            "aws:iam/rolePolicy:RolePolicy",
        }
        & TAGGABLE_TYPES
    )


@pytest.mark.parametrize(
    ("required", "own", "default", "missing"),
    [
        (["Owner"], {"Owner": "o"}, None, []),
        (["Owner"], None, {"Owner": "o"}, []),
        (["Owner"], {"Owner": " "}, {"Owner": "o"}, ["Owner"]),  # a blank own value overrides the default
        (["Owner", "Project"], {"Owner": "o"}, "not a map", ["Project"]),
        (["Owner"], ["Owner"], None, ["Owner"]),
        (["Owner"], {"Owner": 3}, None, ["Owner"]),
        (["Owner"], {"Owner": "o"}, {"Owner": " "}, []),  # a blank default never overrides an own value
        (["Project", "Owner"], None, None, ["Project", "Owner"]),  # in the order required
    ],
)
def test_missing_tags(required, own, default, missing):
    assert missing_tags(required, own, default) == missing


NEW_TYPES = [
    "aws:lambda/function:Function",
    "aws:dynamodb/table:Table",
    "aws:sqs/queue:Queue",
    "aws:rds/cluster:Cluster",
    "aws:ecr/repository:Repository",
    "aws:secretsmanager/secret:Secret",
]


@pytest.mark.parametrize("type_", NEW_TYPES)
def test_every_taggable_type_is_judged(pack, type_):
    subject = resource(type_, {"tags": {"Owner": "o"}})
    found = [v for v in pack.analyze(subject, BARE) if v.policy == "required-tags"]
    assert [(v.level, v.urn) for v in found] == [("mandatory", subject.urn)]
    assert "missing required tags Environment, Project, CostCenter" in found[0].message
    assert "aws:defaultTags (stack config)" in found[0].message
    assert not [v for v in pack.analyze(subject, DEFAULT) if v.policy == "required-tags"]


@pytest.mark.parametrize(
    "type_", ["aws:lambda/permission:Permission", "aws:s3/bucketPolicy:BucketPolicy", "aws:autoscaling/group:Group"]
)
def test_types_without_a_tags_map_are_not_judged(pack, type_):
    assert not [v for v in pack.analyze(resource(type_, {}), BARE) if v.policy == "required-tags"]


@pytest.mark.parametrize(
    ("provider_props", "fires"),
    [
        ({"region": "eu-central-1", "defaultTags": {"tags": TAGS}}, False),
        ({"region": "eu-central-1", "defaultTags": json.dumps({"tags": TAGS})}, False),  # as a stack export keeps it
        ({"region": "eu-central-1", "defaultTags": {"tags": {"Owner": "o"}}}, True),
        ({"region": "eu-central-1"}, True),
        ({"region": "eu-central-1", "defaultTags": "{not json"}, True),
        ({"region": "eu-central-1", "defaultTags": {"tags": list(TAGS)}}, True),  # tag keys without values
    ],
)
def test_explicit_provider_default_tags_count(pack, provider_props, fires):
    subject = resource("aws:sqs/queue:Queue", {})
    found = [v for v in pack.analyze(subject, explicit_provider(provider_props)) if v.policy == "required-tags"]
    assert bool(found) is fires, found
    if fires:
        assert found[0].level == "mandatory" and "explicit provider's default_tags" in found[0].message


def test_unknown_tags_are_never_a_mandatory_violation(pack):
    subjects = [
        resource("aws:lambda/function:Function", {"tags": rpc.UNKNOWN}),
        resource("aws:sqs/queue:Queue", {"tags": {"Owner": rpc.UNKNOWN}}, name="q"),
    ]
    found = [v for s in subjects for v in pack.analyze(s, BARE)]
    assert found and all(v.level == "advisory" and "during preview" in v.message for v in found)
    unknown_defaults = explicit_provider({"defaultTags": rpc.UNKNOWN})
    found = pack.analyze(resource("aws:sqs/queue:Queue", {}), unknown_defaults)
    assert found and all(v.level == "advisory" for v in found)


PROGRAM = """
import pulumi
import pulumi_aws as aws

tags = {"Owner": "o", "Environment": "dev", "Project": "p", "CostCenter": "c"}
eu = aws.Provider("eu", region="eu-central-1", default_tags={"tags": tags})
aws.sqs.Queue("tagged-by-provider", opts=__import__("pulumi").ResourceOptions(provider=eu))
aws.sns.Topic("tagged-by-hand", kms_master_key_id="alias/aws/sns", tags=tags)
aws.sqs.Queue("untagged")
bare = aws.Provider("bare", region="eu-central-1")
aws.sqs.Queue("untagged-explicit", opts=__import__("pulumi").ResourceOptions(provider=bare))


class App(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("fork:app:App", name, None, opts)
        aws.sqs.Queue(f"{name}-queue", opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({})


App("through-component-list", opts=pulumi.ResourceOptions(providers=[eu]))
App("through-component-map", opts=pulumi.ResourceOptions(providers={"aws": eu}))
App("component-on-default")
"""


@pytest.mark.parametrize("preview", [False, True], ids=["plain", "preview"])
def test_program_with_explicit_providers(pack, tmp_path, preview):
    from tools.offline_preview.engine import run_program

    (tmp_path / "__main__.py").write_text(PROGRAM)
    run = run_program(tmp_path, "forked", "dev", {"aws:region": "eu-west-1"}, preview=preview)
    found = [v for v in check_run(pack, run) if v.policy == "required-tags"]
    assert {(v.urn.rsplit("::", 1)[1], v.level) for v in found} == {
        ("untagged", "mandatory"),
        ("untagged-explicit", "mandatory"),
        ("component-on-default-queue", "mandatory"),
    }


def test_a_resource_carrying_every_tag_never_reads_its_provider(pack):
    """Own tags are enough: a provider whose defaultTags are unknown in preview leaves nothing to say."""
    unknown_defaults = explicit_provider({"defaultTags": rpc.UNKNOWN})
    assert pack.analyze(resource("aws:sqs/queue:Queue", {"tags": TAGS}), unknown_defaults) == []


@pytest.mark.parametrize(
    ("provider", "where"),
    [
        (BARE, "aws:defaultTags (stack config)"),
        (explicit_provider({"region": "eu-central-1"}), "its explicit provider's default_tags"),
    ],
    ids=["default-provider", "explicit-provider"],
)
def test_required_tags_says_where_to_set_them(pack, provider, where):
    found = [v for v in pack.analyze(resource("aws:sqs/queue:Queue", {"tags": {"Owner": "o"}}), provider)]
    assert [v.message.split("\n", 1)[1] for v in found if v.policy == "required-tags"] == [
        f"subject: missing required tags Environment, Project, CostCenter; set them in {where} or on the resource."
    ]


# -- asg-propagate-tags: the group's own tags and the aws.autoscaling.Tag resources attached to it ----------------
ASG, ASG_TAG = "aws:autoscaling/group:Group", "aws:autoscaling/tag:Tag"
PROPAGATED = [{"key": k, "value": v, "propagateAtLaunch": True} for k, v in TAGS.items()]


def linked(type_: str, name: str, props: dict, **links: list[str]):
    return custom_resource(type_, name, props, stack="test", project="starter", links=links)


def group(name: str, props: dict):
    return linked(ASG, name, props)


def tag_of(name: str, group_name: str, block: dict, **links: list[str]):
    return linked(ASG_TAG, name, {"autoscalingGroupName": group_name, "tag": block}, **links)


LAUNCH_TEMPLATE_URN = "urn:pulumi:test::starter::aws:ec2/launchTemplate:LaunchTemplate::lt"
ASG_STACKS = [
    # (id, resources, {group name reported as lacking tags: the tags it lacks}, advisory fragment or None)
    (
        "an-unknown-group-before-an-untagged-one",
        [group("first", {"tags": rpc.UNKNOWN}), group("second", {})],
        {"second": "Owner, Environment, Project, CostCenter"},
        "first (aws:autoscaling/group:Group): tags (unknown until the update)",
    ),
    (
        "an-unknown-tag-resource",
        [group("nodes", {"name": "nodes", "tags": PROPAGATED[:3]}), tag_of("cc", "nodes", rpc.UNKNOWN)],
        {"nodes": "CostCenter"},
        "cc (aws:autoscaling/tag:Tag): tag (unknown until the update)",
    ),
    (
        # the tag's name is computed from another resource than a group: its known name still attaches it
        "linked-to-another-resource-but-named",
        [
            group("nodes", {"name": "nodes", "tags": PROPAGATED[:3]}),
            tag_of("cc", "nodes", PROPAGATED[3], autoscalingGroupName=[LAUNCH_TEMPLATE_URN]),
        ],
        {},
        None,
    ),
    (
        # linked to one group by property dependency, named like another: the link decides
        "the-link-wins-over-the-name",
        [
            a := group("a", {"tags": PROPAGATED[:3]}),
            group("b", {"name": "b", "tags": PROPAGATED[:3]}),
            tag_of("cc", "b", PROPAGATED[3], autoscalingGroupName=[a.urn]),
        ],
        {"b": "CostCenter"},
        None,
    ),
    (
        "odd-entries-in-the-tags-list",
        [group("nodes", {"tags": [5, "Owner", *PROPAGATED]})],
        {},
        None,
    ),
    (
        "a-string-true-propagates",
        [group("nodes", {"tags": [{**t, "propagateAtLaunch": "true"} for t in PROPAGATED]})],
        {},
        None,
    ),
]


@pytest.mark.parametrize(("resources", "lacking", "advisory"), [c[1:] for c in ASG_STACKS], ids=[c[0] for c in ASG_STACKS])
def test_asg_tags_reach_launched_instances(pack, resources, lacking, advisory):
    found = [v for v in pack.analyze_stack(resources, DEFAULT) if v.policy == "asg-propagate-tags"]
    mandatory = {v.urn.rsplit("::", 1)[1]: v.message for v in found if v.level == "mandatory"}
    assert set(mandatory) == set(lacking), found
    for name, tags in lacking.items():
        assert mandatory[name].split("\n", 1)[1] == (
            f"{name}: instances it launches would lack {tags}; add them to the group's tags (or aws.autoscaling.Tag "
            "resources) with propagateAtLaunch true (provider defaultTags do not reach them)."
        )
    advisories = [v.message for v in found if v.level == "advisory"]
    assert [advisory in m for m in advisories] == ([True] if advisory else []), found


@pytest.mark.parametrize(
    ("type_", "props"),
    [
        (ASG, {"tags": [{**PROPAGATED[0], "propagateAtLaunch": False}, *PROPAGATED[1:]]}),
        (ASG_TAG, {"autoscalingGroupName": "nodes", "tag": {**PROPAGATED[0], "propagateAtLaunch": "false"}}),
    ],
    ids=["group", "tag-resource"],
)
def test_a_held_back_tag_says_what_to_change(pack, type_, props):
    found = [v for v in pack.analyze(resource(type_, props), DEFAULT) if v.policy == "asg-propagate-tags"]
    assert [(v.level, v.message.split("\n", 1)[1]) for v in found] == [
        ("mandatory", "subject: tags Owner have propagateAtLaunch false; set it true so instances carry them.")
    ]
