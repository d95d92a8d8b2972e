# Two commands on a fresh machine with only Python: `make plan` and `make test`.
# Both create .venv and install the pinned dependencies when they are missing or changed.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# Empty STACK plans every Pulumi.<stack>.yaml; STACK=prod plans one.
STACK  ?=
STACKS  = $(if $(STACK),$(STACK),$(patsubst Pulumi.%.yaml,%,$(wildcard Pulumi.*.yaml)))
PLAN_ARGS ?=

.PHONY: plan test lint venv clean bench audit up-local down-local validate up-moto

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

venv: $(STAMP)

## Offline plan of each stack under Pulumi's mock runtime (no cloud, no Pulumi CLI needed).
plan: $(STAMP)
	@set -e; for s in $(STACKS); do $(PY) -m tools.offline_preview --stack $$s $(PLAN_ARGS); echo; done

## Lint and the whole test suite.
test: $(STAMP) lint
	$(PY) -m pytest $(PYTEST_ARGS)

## Post-deploy audit of a deployed stack: OUTPUTS is `pulumi stack output --json` (AUDIT_ARGS: --http, --canary, ...).
OUTPUTS ?= outputs.json
AUDIT_ARGS ?=
audit: $(STAMP)
	$(PY) -m tools.audit --outputs $(OUTPUTS) $(AUDIT_ARGS)

## The `local` stack against moto (needs the Pulumi CLI): deploy with the policy pack, audit, stop moto.
up-local: $(STAMP)
	$(PY) -m tools.local_stack up

## Remove the `local` stack and its file-backend state.
down-local: $(STAMP)
	$(PY) -m tools.local_stack down

## Validate every stack's plan with the upstream AWS provider (terraform + the local provider mirror; offline).
validate: $(STAMP)
	$(PY) -m tools.tf_bridge validate $(if $(STACK),--stack $(STACK),)

## The local stack through the real provider against moto: apply, re-plan (no changes), audit, destroy.
up-moto: $(STAMP)
	$(PY) -m tools.tf_bridge up-moto

## Speed and memory targets (prints JSON; a few minutes; not part of make test).
bench: $(STAMP)
	$(PY) bench/policy_pack.py --repeat 2
	$(PY) bench/offline_preview.py

lint: $(STAMP)
	$(PY) -m ruff check .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .tf-bridge
