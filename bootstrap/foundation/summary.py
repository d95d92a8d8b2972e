"""Print the GitHub setup a bootstrap stack's outputs call for, as `gh` commands (stdlib only).

    pulumi stack output --json --show-secrets | python -m foundation.summary        (from bootstrap/)
    python -m foundation.summary outputs.json

Each GitHub environment is created (``gh api -X PUT``: required reviewers for ``prod`` are then set in the
repository settings), gets its four variables, and the repository variable that switches the workflows' cloud
jobs on comes last. Bad input: one line on stderr, exit 2.
"""

from __future__ import annotations

import json
import shlex
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from foundation import outputs as out


class SummaryError(Exception):
    """The outputs document is not a bootstrap stack's; the message is one line."""


def commands(outputs: Mapping[str, Any]) -> list[str]:
    """The `gh` commands for ``outputs`` (a ``pulumi stack output --json`` document)."""
    repository = outputs.get(out.GITHUB_REPOSITORY)
    environments = outputs.get(out.GITHUB_ENVIRONMENTS)
    if not isinstance(repository, str) or not isinstance(environments, Mapping) or not environments:
        raise SummaryError(
            f"expected the outputs {out.GITHUB_REPOSITORY} and {out.GITHUB_ENVIRONMENTS} "
            "(run `pulumi stack output --json` in bootstrap/)"
        )
    repo = shlex.quote(repository)
    lines = []
    for environment, variables in environments.items():
        missing = [v for v in out.GITHUB_VARIABLES if not isinstance(variables, Mapping) or v not in variables]
        if missing:
            raise SummaryError(f"{out.GITHUB_ENVIRONMENTS}.{environment}: missing {', '.join(missing)}")
        lines.append(f"gh api -X PUT repos/{repo}/environments/{shlex.quote(environment)} --silent")
        lines += [
            f"gh variable set {name} --repo {repo} --env {shlex.quote(environment)} "
            f"--body {shlex.quote(str(variables[name]))}"
            for name in out.GITHUB_VARIABLES
        ]
    name, value = out.ACCESS_SWITCH
    lines.append(f"gh variable set {name} --repo {repo} --body {value}")
    return lines


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    try:
        if len(args) > 1:
            raise SummaryError("usage: python -m foundation.summary [OUTPUTS.json] (default: stdin)")
        text = Path(args[0]).read_text(encoding="utf-8") if args else sys.stdin.read()
        try:
            document = json.loads(text)
        except ValueError as exc:
            raise SummaryError(f"outputs are not JSON ({exc})") from None
        if not isinstance(document, Mapping):
            raise SummaryError("outputs must be a JSON object")
        print("\n".join(commands(document)))
    except (SummaryError, OSError) as exc:
        print(f"summary: error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
