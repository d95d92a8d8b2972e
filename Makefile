# Two commands on a fresh machine with only Python 3.11+: `make plan` and `make test` (`make help` lists all).
# Both create .venv and install the pinned dependencies when they are missing or changed. Setup messages go
# to stderr, so stdout carries only a command's own report (`make plan PLAN_ARGS="--format json" > plan.json`).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
MIN_PYTHON := 3.11
# The interpreter's major.minor; empty when $(PYTHON) does not run at all.
PYVER  := $(shell $(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)
PYOK   := $(shell $(PYTHON) -c 'import sys; print(int(sys.version_info >= (3, 11)))' 2>/dev/null)
# Refuse an unusable Python in one line (exit 2) before doing anything; help and clean need none.
ifneq ($(filter-out help clean,$(or $(MAKECMDGOALS),help)),)
ifeq ($(PYVER),)
$(error '$(PYTHON)' does not run; install Python $(MIN_PYTHON)+ or choose one, e.g. PYTHON=python3.12 make $(MAKECMDGOALS))
endif
ifneq ($(PYOK),1)
$(error Python $(MIN_PYTHON)+ required, found $(PYVER) ($(PYTHON)); choose another, e.g. PYTHON=python3.12 make $(MAKECMDGOALS))
endif
endif
# One stamp per Python version: a .venv built by another Python is rebuilt, never reused.
STAMP  := $(VENV)/.installed-$(PYVER)
# Empty STACK plans every Pulumi.<stack>.yaml; STACK=prod plans one.
STACK  ?=
PLAN_ARGS ?=

.DEFAULT_GOAL := help
.PHONY: help plan test test-provider test-fast lint venv clean bench audit up-local down-local validate up-moto rename mutate \
	bootstrap-plan bootstrap-variables scan scan-env provider-mirror

## help: list the targets (the default)
help:
	@echo "Targets (run on a fresh machine with Python $(MIN_PYTHON)+; PYTHON=python3.12 make ... picks another):"
	@sed -n 's/^## \([a-z-]*\): /  make \1\t/p' $(MAKEFILE_LIST) | expand -t 24

$(STAMP): requirements.txt requirements-dev.txt policies/requirements.txt pyproject.toml
	@if [ -x $(PY) ] && [ "$$($(PY) -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)" != "$(PYVER)" ]; then \
		echo "make: .venv was built by another Python; rebuilding it with $(PYVER)" >&2; rm -rf $(VENV); fi
	@test -x $(PY) || { echo "make: creating .venv with Python $(PYVER)" >&2; $(PYTHON) -m venv $(VENV); }
	@echo "make: installing pinned dependencies into .venv" >&2
	@$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt >&2
	@rm -f $(VENV)/.installed-*; touch $(STAMP)

## venv: create .venv and install the pinned dependencies
venv: $(STAMP)

## plan: offline plan of every stack (STACK=prod: one) under Pulumi's mock runtime, with policy verdicts
plan: $(STAMP)
	@$(PY) -m tools.offline_preview $(if $(STACK),--stack $(STACK),--all-stacks) $(PLAN_ARGS) || { code=$$?; \
		echo "make: the offline plan exited $$code (1: a mandatory violation, 2: bad input); make itself exits 2" >&2; \
		exit $$code; }

## test: lint and the test suite on every core (TEST_WORKERS=1 for a serial run); all but the real-provider tests
# loadgroup: a file's tests share a worker (tests/conftest.py groups them), each slow test starts first on its own.
TEST_WORKERS ?= auto
PYTEST_DIST := -n $(TEST_WORKERS) --dist loadgroup --no-loadscope-reorder
test: $(STAMP) lint
	@$(PY) -m pytest $(PYTEST_DIST) -m "not provider" $(PYTEST_ARGS)

## test-provider: the tests that need terraform and the provider mirror (validate, apply on moto; minutes; .ci/run runs it)
test-provider: $(STAMP)
	@$(PY) -m pytest $(PYTEST_DIST) -m provider $(PYTEST_ARGS)

## test-fast: make test without the slow end-to-end tests (a convenience; make test runs them)
test-fast: $(STAMP)
	@$(PY) -m pytest $(PYTEST_DIST) -m "not slow and not provider" $(PYTEST_ARGS)

## lint: ruff, then mypy (strict on components/, policies/starter_policies, policies/starter_shared, tools/; [tool.mypy])
lint: $(STAMP)
	@$(PY) -m ruff check .
	@$(PY) -m ruff format --check .
	@$(PY) -m mypy

## rename: make the project name yours: NAME=my-service sets it in Pulumi.yaml and rewrites the old prefix everywhere
NAME ?=
rename: $(STAMP)
	@$(PY) -m tools.rename $(NAME)

## audit: post-deploy audit; OUTPUTS is `pulumi stack output --json` (AUDIT_ARGS: --http, --canary, ...)
OUTPUTS ?= outputs.json
AUDIT_ARGS ?=
audit: $(STAMP)
	@$(PY) -m tools.audit --outputs $(OUTPUTS) $(AUDIT_ARGS)

## up-local: the `local` stack against moto (needs the Pulumi CLI): deploy with the policy pack, audit, stop moto
up-local: $(STAMP)
	@$(PY) -m tools.local_stack up

## down-local: remove the `local` stack and its file-backend state
down-local: $(STAMP)
	@$(PY) -m tools.local_stack down

## validate: validate every stack's plan with the upstream AWS provider (terraform + local mirror; offline)
validate: $(STAMP)
	@$(PY) -m tools.tf_bridge validate $(if $(STACK),--stack $(STACK),)

## scan: checkov over every stack's plan (STACK=prod: one); new findings fail, scan-baseline.json says what is accepted and why
# checkov is pinned in tools/scan/requirements.txt and lives in its own .venv-scan, so make test never installs it.
SCAN_VENV  := .venv-scan
SCAN_STAMP := $(SCAN_VENV)/.installed-$(PYVER)
SCAN_ARGS ?=
$(SCAN_STAMP): tools/scan/requirements.txt
	@if [ -x $(SCAN_VENV)/bin/python ] && [ "$$($(SCAN_VENV)/bin/python -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)" != "$(PYVER)" ]; then \
		rm -rf $(SCAN_VENV); fi
	@test -x $(SCAN_VENV)/bin/python || { echo "make: creating $(SCAN_VENV) for checkov" >&2; $(PYTHON) -m venv $(SCAN_VENV); }
	@echo "make: installing the pinned checkov into $(SCAN_VENV) (first scan only)" >&2
	@$(SCAN_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r tools/scan/requirements.txt >&2
	@rm -f $(SCAN_VENV)/.installed-*; touch $(SCAN_STAMP)

## scan-env: install the pinned checkov into .venv-scan only (CI runs it before make test so the scan's tests run)
scan-env: $(SCAN_STAMP)

scan: $(STAMP) $(SCAN_STAMP)
	@$(PY) -m tools.scan $(foreach s,$(STACK),--stack $(s)) $(SCAN_ARGS)

## provider-mirror: download the AWS provider the bridge expects into .tf-bridge/mirror (CI; needs the Terraform registry)
# Then TF_BRIDGE_PLUGIN_DIR=$(CURDIR)/.tf-bridge/mirror makes validate, scan and the real-provider tests use it.
TF_PROVIDER_VERSION ?= 5.100.0
provider-mirror:
	@mkdir -p .tf-bridge/mirror-config
	@printf '{"terraform": {"required_providers": {"aws": {"source": "hashicorp/aws", "version": "%s"}}}}\n' \
		$(TF_PROVIDER_VERSION) > .tf-bridge/mirror-config/main.tf.json
	@cd .tf-bridge/mirror-config && terraform providers mirror -platform=linux_amd64 $(CURDIR)/.tf-bridge/mirror >&2

## up-moto: the local stack through the real provider against moto: apply, re-plan, audit, destroy
up-moto: $(STAMP)
	@$(PY) -m tools.tf_bridge up-moto

## bootstrap-plan: offline plan of the bootstrap stack (bootstrap/, BOOTSTRAP_STACK) with its policy config
BOOTSTRAP_STACK ?= example
bootstrap-plan: $(STAMP)
	@$(PY) -m tools.offline_preview --program bootstrap --stack $(BOOTSTRAP_STACK) \
		--policy-config bootstrap/policy-config.json $(PLAN_ARGS)

## bootstrap-variables: the gh commands that set the workflows' variables; OUTPUTS is the bootstrap's outputs
bootstrap-variables:
	@cd bootstrap && $(PYTHON) -m foundation.summary $(abspath $(OUTPUTS))

## bench: speed and memory targets (prints JSON; a few minutes; not part of make test)
bench: $(STAMP)
	@$(PY) bench/policy_pack.py
	@$(PY) bench/offline_preview.py

## mutate: mutation gate, cosmic-ray per module with its fast tests (MODULE=starter_shared or FILE=path for one; minutes; not in make test)
MODULE ?=
FILE ?=
mutate: $(STAMP)
	@$(PY) bench/mutation_report.py --workers 2 $(foreach m,$(MODULE),--module $(m)) $(foreach f,$(FILE),--file $(f))

## clean: remove .venv and the caches (pytest, ruff, schema)
clean:
	rm -rf $(VENV) $(SCAN_VENV) .pytest_cache .ruff_cache .mypy_cache .mutmut-cache mutants .tf-bridge .mutation
	find . -name __pycache__ -type d -prune -not -path './.git/*' -exec rm -rf {} +
	rm -f "$${STARTER_SCHEMA_CACHE:-$${XDG_CACHE_HOME:-$$HOME/.cache}/aws-starter}"/pulumi-aws-*-inputs.json
