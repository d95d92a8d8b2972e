"""Meet a real provider: translate an offline plan to Terraform JSON, validate it with the upstream AWS
provider (offline, from a local mirror) and apply, re-plan and destroy it against moto.

Modules: ``schema`` (the provider's own schema, cached), ``translate`` (plan → ``main.tf.json``),
``terraform`` (finding and running terraform), ``diagnostics`` (validate output → Pulumi resource and
property), ``cli`` (``python -m tools.tf_bridge validate|translate|up-moto``). Everything taken from the rest
of ``tools/`` comes through ``tools.tf_bridge.imports``.
"""
