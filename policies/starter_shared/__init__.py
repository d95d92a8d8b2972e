"""Facts and judgements shared by the Pulumi program, the policy pack and the tools.

It lives inside ``policies/`` so the pack stays self-contained (the Pulumi CLI runs the pack from its own
folder and virtualenv, and ``pulumi policy publish`` uploads only that folder). The program and the tools
import it as an ordinary installed package: the root ``pyproject.toml`` declares it and ``requirements.txt``
installs it (``-e .``). Nothing here imports Pulumi, the policy SDK or boto3: every module is pure data and
pure functions, testable in milliseconds.

- ``facts``: the constants the program sets, the pack enforces and the audit checks (hop limit, required
  tags, public-access-block flags, resource tokens, the URN format, the region pattern).
- ``outputs``: the stack-output names, the template's interface to the tools.
- ``networks``: what "open to the internet" means for a set of CIDR ranges.
- ``elb_tls``: the ELB security policies that refuse TLS below 1.2 (AWS's table, with its source and date).
- ``iam_documents``: reading and judging IAM policy documents as AWS evaluates them.
- ``iam_unscoped_actions``: actions AWS does not scope to resources (the Service Authorization Reference).
- ``iam_managed_policies``: broad AWS-managed policies, each with what it grants.
- ``iam_names``: the template's pinned IAM role and instance-profile names (``<project>-<stack>-...``), which
  the bootstrap's deploy roles name by exact ARN, and IAM's limits on them.
- ``taggable_types``: every pulumi-aws resource type with a ``tags`` map, generated from the installed SDK by
  ``python -m tools.offline_preview.gen_taggable`` (a test fails when it drifts after an upgrade).
"""
