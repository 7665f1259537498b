#!/usr/bin/env bash
# Runs every fuzzer of the project (tests/fuzz/README.md) from the repository root.
#
#   tests/fuzz/run.sh SECONDS   fuzzes each target for about SECONDS (make fuzz)
#   tests/fuzz/run.sh seeded    the short, deterministic pass of make test: the hostile
#                               corpus, then each fuzzer from a fixed seed
#
# Ends with one line per fuzzer giving its executions and executions per second, and
# exits non-zero when any of them failed.
set -euo pipefail
cd "$(dirname "$0")/../.."

usage="usage: tests/fuzz/run.sh SECONDS|seeded"
mode=${1:?$usage}
if [[ $mode != seeded && ! $mode =~ ^[1-9][0-9]*$ ]]; then
  echo "$usage: the mode must be 'seeded' or a positive number of seconds, not '$mode'" >&2
  exit 2
fi
out=target/fuzz
python=.venv/bin/python
harness_path=tests/conformance:tests/conformance/gen/python
corpora=("$PWD/$out/seeds" "$PWD/tests/fuzz/regressions")
# How many inputs each libFuzzer target and the differential fuzzer run in seeded mode.
seeded_runs=20000
seeded_mutants=5000
summary=()
# The one Cargo target folder of the checkout, as the Makefile sets it.
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}

PYTHONPATH=$harness_path $python -m hostile.seeds "$out/seeds"

# libfuzzer_args NAME: the options and corpus folders of a libFuzzer run. A seeded run
# writes new inputs to a fresh folder, so earlier runs do not change what it does.
libfuzzer_args() {
  local name=$1 corpus=$PWD/$out/$1/corpus
  if [[ $mode == seeded ]]; then
    corpus=$PWD/$out/$name/seeded
    rm -rf "$corpus"
    echo "-seed=1" "-runs=$seeded_runs"
  else
    echo "-max_total_time=$mode"
  fi
  mkdir -p "$corpus" "$PWD/$out/$name/crashes"
  echo "-timeout=1" "-rss_limit_mb=1024" "-print_final_stats=1"
  echo "-artifact_prefix=$PWD/$out/$name/crashes/" "$corpus" "${corpora[@]}"
}

# libfuzzer_summary NAME LOG: one summary line from libFuzzer's final statistics, and
# the target's own count of the inputs that reached a decoder (it says so every 65,536;
# the other executions had a message type name that a mutation broke).
libfuzzer_summary() {
  local execs rate decoded
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$2")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$2")
  decoded=$(sed -n 's/^decoded: \([0-9]*\) inputs$/\1/p' "$2" | tail -n 1)
  summary+=("$(printf '%-22s %10s execs %8s execs/s, %s of them decoded' \
    "$1" "$execs" "$rate" "${decoded:-fewer than 65536}")")
}

# run_logged NAME COMMAND...: runs a fuzzer with its output in target/fuzz/NAME.log,
# showing the log's end when it fails.
failed=()
run_logged() {
  local name=$1
  shift
  if ! "$@" >"$out/$name.log" 2>&1; then
    tail -n 40 "$out/$name.log"
    failed+=("$name")
  fi
}

if [[ $mode == seeded ]]; then
  PYTHONPATH=$harness_path $python -m hostile
fi

echo "== python: atheris on flyteidl2.canonical (upb)"
# shellcheck disable=SC2046  # the options are separate words on purpose
run_logged python env PYTHONPATH=gen/python:python \
  $python tests/fuzz/python/fuzz_canonical.py $(libfuzzer_args python)
libfuzzer_summary python-atheris "$out/python.log"

echo "== rust: cargo fuzz on flyteidl2::canonical (prost)"
# cargo fuzz has no --locked option: the build uses the checked-in
# tests/fuzz/rust/Cargo.lock, and the exact pins in its Cargo.toml keep it from
# resolving other versions.
# shellcheck disable=SC2046
run_logged rust cargo fuzz run --sanitizer none --fuzz-dir tests/fuzz/rust canonical -- \
  $(libfuzzer_args rust)
libfuzzer_summary rust-libfuzzer "$out/rust.log"

echo "== go: go test -fuzz on canonical.Unmarshal and canonical.Encode (protobuf-go)"
if [[ $mode == seeded ]]; then
  run_logged go go -C tests/conformance/go test -count=1 -v -run '^FuzzCanonical$' .
  # go test passes when no test matches -run, so the log must show the target pass.
  if [[ " ${failed[*]-} " != *" go "* ]] && ! grep -q '^--- PASS: FuzzCanonical ' "$out/go.log"; then
    echo "go: $out/go.log shows no '--- PASS: FuzzCanonical'; the fuzz target did not run"
    failed+=(go)
  fi
  seeds=$(find "${corpora[@]}" -name '*.bin' | wc -l)
  summary+=("$(printf '%-22s %10s execs (the seed corpus)' go-native "$seeds")")
else
  run_logged go go -C tests/conformance/go test -run '^$' -fuzz '^FuzzCanonical$' \
    -fuzztime "${mode}s" -fuzzminimizetime 10x -parallel 1 .
  # The fuzzer's last report of executions, else its last report (a short run may end
  # while it gathers baseline coverage). There is none when it failed before its first,
  # which run_logged has counted, or when no fuzz target matched, which go test passes.
  last=$(grep -E '^fuzz: elapsed: .*execs: ' "$out/go.log" | tail -n 1 ||
    grep -E '^fuzz: elapsed: ' "$out/go.log" | tail -n 1) || true
  if [[ -z $last && " ${failed[*]-} " != *" go "* ]]; then
    echo "go: $out/go.log shows no report of the fuzzer; the fuzz target did not run"
    failed+=(go)
  fi
  last=${last#fuzz: }
  summary+=("$(printf '%-22s %s' go-native "${last:-no report (it failed before its first)}")")
fi

echo "== differential: every testee, mutated inputs"
if [[ $mode == seeded ]]; then
  differential_args=(--seed 1 --inputs "$seeded_mutants")
else
  differential_args=(--seed "$(date +%s)" --seconds "$mode")
fi
run_logged differential env PYTHONPATH=$harness_path \
  $python -m hostile.differential "${differential_args[@]}"
grep -E '^(differential|FAILED|[0-9]+ passed)' "$out/differential.log" || true
while read -r line; do
  summary+=("$(printf '%-22s %s' differential "$line")")
done < <(grep -E '^  [a-z0-9-]+: [0-9]+ execs' "$out/differential.log")

echo "== fuzz summary"
printf '  %s\n' "${summary[@]}"
if ((${#failed[@]})); then
  echo "fuzz: failed: ${failed[*]} (logs in $out/)"
  exit 1
fi
