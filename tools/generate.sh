#!/usr/bin/env bash
# Regenerates every binding from protos/ into a scratch folder and, only when
# buf succeeds, swaps the generated trees into place. A failed run leaves the
# checked-in trees as they were and prints buf's file:line:column error.
set -euo pipefail
cd "$(dirname "$0")/.."

# The templates to run, and the folders they write, each replaced as a whole.
templates=(buf.gen.yaml tests/conformance/buf.gen.yaml tests/skew/buf.gen.yaml)
trees=(
  gen/python/flyteidl2 gen/rust/src/generated gen/go/flyteidl2 docs/api
  tests/conformance/gen/python tests/conformance/rust/src/generated tests/conformance/go/gen
  tests/skew/gen/python tests/skew/rust/src/generated tests/skew/go/gen
)

scratch=$(mktemp -d .generate.XXXXXX)
trap 'rm -rf "$scratch"' EXIT

# The betterproto2 compiler reports every package it writes ("Writing ...")
# on stderr; that chatter is dropped, everything else buf says is kept.
for template in "${templates[@]}"; do
  if ! PATH="$PWD/.venv/bin:$PATH" buf generate --template "$template" -o "$scratch/new" \
      2> >(grep -v '^Writing ' >&2); then
    echo "generate: buf failed on $template; generated trees left unchanged" >&2
    exit 1
  fi
done

for tree in "${trees[@]}"; do
  if [[ ! -d "$scratch/new/$tree" ]]; then
    echo "generate: the templates produced nothing in $tree" >&2
    exit 1
  fi
done

mkdir -p "$scratch/old"
for tree in "${trees[@]}"; do
  if [[ -e "$tree" ]]; then
    mkdir -p "$scratch/old/$(dirname "$tree")"
    mv "$tree" "$scratch/old/$tree"
  fi
  mkdir -p "$(dirname "$tree")"
  mv "$scratch/new/$tree" "$tree"
done

# Anything buf wrote outside the known trees would otherwise vanish with the
# scratch folder: name it and fail.
stray=$(find "$scratch/new" -type f)
if [[ -n "$stray" ]]; then
  echo "generate: the templates wrote files outside ${trees[*]}:" >&2
  echo "$stray" >&2
  exit 1
fi
