"""Measures how fast the Rust and Go bindings decode and encode the conformance corpus,
and prints the result for bench/run.py (bench/README.md).

The corpus is the canonical bytes of every valid value that the conformance runner builds
(tests/conformance/README.md): every message type empty, fully populated, with each oneof
member, with seeded random values, edge values and nesting at the depth limit. The
`edge/large-bytes` values are left out: each is one 1 MiB bytes field, so the seven of
them would make up nine tenths of the corpus and the figures would measure memcpy.

This script writes the corpus to target/bench/corpus.bin and hands that one file to the
Rust program (bench/rust/throughput) and then to the Go program (bench/go/throughput),
one after the other, so they measure the same messages without competing for the cores.
The file is a sequence of records of three fields, each a 4-byte little-endian unsigned
length and that many bytes: the case name, the message type's full name, and the
message's canonical bytes.

Run with tests/conformance and its generated Python bindings on PYTHONPATH, after the
Makefile's bench target has built both programs.
"""

import json
import pathlib
import struct
import subprocess
import sys
from typing import Any

from runner.corpus import build_corpus
from runner.schema import ROOT, build_descriptor_set, load_schema

CORPUS_FILE = ROOT / "target" / "bench" / "corpus.bin"
LEFT_OUT_KIND = "/edge/large-bytes"
PROGRAMS = {
    "Rust": ROOT / "target" / "release" / "flyteidl2-bench-throughput",
    "Go": ROOT / ".tools" / "bench" / "go-throughput",
}
# Each Rust operation and the Go operations it is held against.
GOAL_RATIO = 1.5
GOALS = [
    ("prost decode", "proto.Unmarshal"),
    ("flyteidl2::canonical::encode", "canonical.Encode"),
    ("flyteidl2::canonical::encode", "proto.Marshal, deterministic"),
]


def write_corpus(path: pathlib.Path) -> tuple[int, int, int]:
    """Writes the corpus file; returns how many messages, message types and bytes."""
    cases = [
        case
        for case in build_corpus(load_schema(build_descriptor_set()))
        if case.check == "binary"
        # The canonical bytes of a value, not one of its rewritten variants.
        and case.payload == case.expected.value
        and not case.name.endswith(LEFT_OUT_KIND)
    ]
    records = bytearray()
    for case in cases:
        if not isinstance(case.payload, bytes):
            raise TypeError(f"{case.full_name}: a binary case holds a JSON payload")
        for field in (case.name.encode(), case.message_type.encode(), case.payload):
            records += struct.pack("<I", len(field)) + field
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(records)
    types = len({case.message_type for case in cases})
    return len(cases), types, sum(len(case.payload) for case in cases)


def measure(language: str, program: pathlib.Path) -> dict[str, dict[str, Any]]:
    """Runs one program over the corpus; returns its measurements by operation."""
    print(f"throughput: measuring {language} ({program.relative_to(ROOT)})", file=sys.stderr)
    completed = subprocess.run(
        [str(program), str(CORPUS_FILE)], capture_output=True, text=True, check=False
    )
    if completed.returncode != 0:
        raise SystemExit(
            f"throughput: {program.name} exited with status {completed.returncode}:\n"
            f"{completed.stderr}"
        )
    return {op["operation"]: op for op in json.loads(completed.stdout)["operations"]}


def main() -> int:
    messages, types, total_bytes = write_corpus(CORPUS_FILE)
    measured = {language: measure(language, program) for language, program in PROGRAMS.items()}

    rows = [
        [
            language,
            name,
            op["median_mb_per_s"],
            op["slowest_mb_per_s"],
            op["fastest_mb_per_s"],
            op["wall_median_mb_per_s"],
        ]
        for language, operations in measured.items()
        for name, op in operations.items()
    ]
    goals = []
    for rust_operation, go_operation in GOALS:
        rust = measured["Rust"][rust_operation]["median_mb_per_s"]
        go = measured["Go"][go_operation]["median_mb_per_s"]
        goals.append(
            {
                "goal": f"Rust {rust_operation} at least {GOAL_RATIO} times Go {go_operation}",
                "measured": f"{rust:.0f} MB/s against {go:.0f} MB/s ({rust / go:.2f} times)",
                "met": rust >= GOAL_RATIO * go,
            }
        )
    samples = measured["Rust"]["prost decode"]["samples"]
    result = {
        "name": "throughput",
        "title": "Decode and canonical encode throughput, Rust against Go",
        "description": (
            f"Each binding reads the same {messages} messages of {types} types from the "
            f"conformance corpus ({total_bytes:,} bytes of canonical bytes; the 1 MiB "
            "bytes-field edge cases are left out, as they measure memcpy) and decodes "
            "every message, or encodes every decoded message, pass after pass. MB/s is "
            "10^6 canonical bytes read or written per second of CPU time that the process "
            "spent, Go's garbage collector included: on a machine that other work shares, "
            "wall-clock time measures that work too (its median is in the last column). "
            f"Each figure is the median of {samples} samples of about 0.2 s of CPU time, "
            "after a 1 s warm-up; release builds (Rust: the crate without features; Go: "
            "protobuf-go from gen/go)."
        ),
        "tables": [
            {
                "title": "Throughput over the conformance corpus",
                "columns": [
                    "language",
                    "operation",
                    "median (MB/s)",
                    "slowest sample (MB/s)",
                    "fastest sample (MB/s)",
                    "median over wall-clock time (MB/s)",
                ],
                "rows": rows,
                "chart": {
                    "label_columns": ["language", "operation"],
                    "value_column": "median (MB/s)",
                    "unit": "MB/s",
                },
            }
        ],
        "goals": goals,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
