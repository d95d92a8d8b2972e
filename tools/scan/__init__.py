"""``make scan``: checkov over a Pulumi program.

Each stack's offline plan is translated by ``tools.tf_bridge`` and rendered in Terraform's native syntax
(``tools.tf_bridge.hcl``); checkov (pinned, installed into ``.venv-scan`` by ``make scan``) judges the
rendering; every finding is mapped back to the Pulumi resource (name, type, URN) and the file and line that
declared it, and compared with a checked-in, reasoned baseline (``scan-baseline.json``).

Modules: ``baseline`` (the accepted findings and their reasons), ``checkov`` (finding and running checkov),
``report`` (text, JSON and SARIF), ``cli`` (``python -m tools.scan``).
"""
