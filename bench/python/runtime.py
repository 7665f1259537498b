"""Benchmarks the Python package against the upstream flyteidl2 wheel and flyte SDK.

Runs in the benchmark environment that holds this repository's wheel (the Makefile's
`bench` target builds and installs it) and starts the upstream environment's
interpreter for the upstream figures, since both packages are named flyteidl2. Prints
one result as bench/README.md defines it.
"""

import dataclasses
import datetime
import json
import os
import pathlib
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

from google.protobuf import duration_pb2, timestamp_pb2

from flyteidl2 import canonical, literals, models_codec
from flyteidl2.core.v1 import literals_pb2
from flyteidl2.models.flyteidl2.core.v1 import LiteralMap as LiteralMapModel

ROOT = pathlib.Path(__file__).resolve().parents[2]
UPSTREAM_PYTHON = ROOT / ".tools" / "bench" / "upstream" / "bin" / "python"
# Neither environment may see this checkout's packages on PYTHONPATH.
CLEAN_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}

# Repetitions: fresh interpreters per import, calls per conversion and per encoding.
IMPORT_RUNS = 31
CONVERSION_REPEAT = 21
ENCODING_REPEAT = 51

CONVERSION_CASES: dict[str, tuple[Any, Any]] = {
    "list[int], 10,000 items": (list(range(10_000)), list[int]),
    "dict[str, int], 1,000 entries": ({f"key-{i}": i for i in range(1_000)}, dict[str, int]),
}
CONVERSION_SPEEDUP_GOAL = 20
CANONICAL_GOAL = 1.5
MODELS_GOAL = 10


@dataclasses.dataclass(frozen=True)
class Timing:
    """How long calls took, in milliseconds."""

    median: float
    fastest: float


def time_calls(call: Callable[[], Any], repeat: int) -> Timing:
    """Calls `call` `repeat` times after one warm-up call, timing each."""
    call()
    durations = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        durations.append(time.perf_counter() - start)
    return Timing(statistics.median(durations) * 1000, min(durations) * 1000)


# Import time


def _message_modules(python: str) -> list[str]:
    """Lists every message module of the flyteidl2 package that `python` imports."""
    package = subprocess.run(
        [python, "-c", "import flyteidl2; print(*flyteidl2.__path__, sep=chr(10))"],
        env=CLEAN_ENV,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return sorted(
        ".".join(f.relative_to(pathlib.Path(portion).parent).with_suffix("").parts)
        for portion in package
        for f in pathlib.Path(portion).glob("**/*_pb2.py")
    )


def _import_table() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    interpreters = {"ours": sys.executable, "upstream": str(UPSTREAM_PYTHON)}
    ours = _message_modules(interpreters["ours"])
    upstream = _message_modules(interpreters["upstream"])
    # (environment, what is imported) -> the modules; no modules is the bare interpreter
    imports: dict[tuple[str, str], list[str]] = {
        ("ours", "bare"): [],
        ("ours", "flyteidl2.literals"): ["flyteidl2.literals"],
        ("ours", f"all {len(ours)} message modules"): ours,
        ("upstream", "bare"): [],
        ("upstream", "flyteidl2.core.literals_pb2"): ["flyteidl2.core.literals_pb2"],
        ("upstream", f"all {len(upstream)} message modules"): upstream,
    }
    durations: dict[tuple[str, str], list[float]] = {key: [] for key in imports}
    # One warm-up round writes the bytecode caches; the rounds after it interleave the
    # commands so that a change in the machine's load spreads over all of them.
    for round_index in range(IMPORT_RUNS + 1):
        for key, modules in imports.items():
            code = f"import {', '.join(modules)}" if modules else "pass"
            start = time.perf_counter()
            subprocess.run([interpreters[key[0]], "-c", code], env=CLEAN_ENV, check=True)
            if round_index:
                durations[key].append(time.perf_counter() - start)

    medians = {key: statistics.median(d) * 1000 for key, d in durations.items()}
    fastest = {key: min(d) * 1000 for key, d in durations.items()}
    over_bare = {key: medians[key] - medians[(key[0], "bare")] for key in imports}
    rows = [
        [
            environment,
            imported,
            over_bare[(environment, imported)],
            medians[(environment, "bare")],
            fastest[(environment, imported)] - fastest[(environment, "bare")],
            IMPORT_RUNS,
        ]
        for environment, imported in imports
        if imported != "bare"
    ]
    goals = [
        {
            "goal": f"importing {what} no slower than upstream",
            "measured": f"{over_bare[ours_key]:.1f} ms against {over_bare[upstream_key]:.1f} ms",
            "met": over_bare[ours_key] <= over_bare[upstream_key],
        }
        for what, ours_key, upstream_key in [
            (
                "the literals module",
                ("ours", "flyteidl2.literals"),
                ("upstream", "flyteidl2.core.literals_pb2"),
            ),
            (
                "all message modules",
                ("ours", f"all {len(ours)} message modules"),
                ("upstream", f"all {len(upstream)} message modules"),
            ),
        ]
    ]
    table = {
        "title": "Import time",
        "columns": [
            "environment",
            "imports",
            "median over a bare interpreter (ms)",
            "bare interpreter (ms)",
            "fastest over the fastest bare (ms)",
            "fresh interpreters",
        ],
        "rows": rows,
        "note": (
            "Each figure is the median wall time of `python -c 'import ...'` in a fresh "
            "interpreter, less the median of `python -c pass` in the same environment. "
            "Upstream's literals module is flyteidl2.core.literals_pb2; ours is the "
            "flyteidl2.literals runtime, which imports our literals and types messages."
        ),
        "chart": {
            "label_columns": ["environment", "imports"],
            "value_column": "median over a bare interpreter (ms)",
            "unit": "ms",
        },
    }
    return table, goals


# Literal conversion


def _upstream_conversions() -> dict[str, dict[str, float]]:
    completed = subprocess.run(
        [
            UPSTREAM_PYTHON,
            ROOT / "bench" / "python" / "upstream_type_engine.py",
            str(CONVERSION_REPEAT),
        ],
        env=CLEAN_ENV,
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    )
    return json.loads(completed.stdout)


def _conversion_table() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    upstream = _upstream_conversions()
    rows, goals = [], []
    for case, (value, python_type) in CONVERSION_CASES.items():
        literal = literals.to_literal(value, python_type)
        if literals.from_literal(literal, python_type) != value:
            raise SystemExit(f"flyteidl2.literals: {case} does not survive the round trip")
        to_millis = time_calls(
            lambda v=value, t=python_type: literals.to_literal(v, t), CONVERSION_REPEAT
        ).median
        from_millis = time_calls(
            lambda lit=literal, t=python_type: literals.from_literal(lit, t), CONVERSION_REPEAT
        ).median
        theirs = upstream[case]
        their_total = theirs["to_literal"] + theirs["from_literal"]
        our_total = to_millis + from_millis
        rows += [
            [case, "flyteidl2.literals", to_millis, from_millis, our_total, CONVERSION_REPEAT],
            [
                case,
                "flyte TypeEngine",
                theirs["to_literal"],
                theirs["from_literal"],
                their_total,
                CONVERSION_REPEAT,
            ],
        ]
        speedup = their_total / our_total
        goals.append(
            {
                "goal": f"{case} to a literal and back at least {CONVERSION_SPEEDUP_GOAL}x faster "
                "than the flyte type engine",
                "measured": f"{speedup:.1f}x ({our_total:.2f} ms against {their_total:.2f} ms)",
                "met": speedup >= CONVERSION_SPEEDUP_GOAL,
            }
        )
    table = {
        "title": "Python values to literals and back",
        "columns": [
            "value",
            "converter",
            "to literal (ms)",
            "from literal (ms)",
            "round trip (ms)",
            "calls",
        ],
        "rows": rows,
        "note": (
            "Medians over the given number of calls after one warm-up call. flyteidl2.literals "
            "is `to_literal(value, python_type)` and `from_literal(literal, python_type)`; the "
            "flyte SDK's is `await TypeEngine.to_literal(value, python_type, literal_type)` and "
            "`await TypeEngine.to_python_value(literal, python_type)`, each call timed inside "
            "one running event loop."
        ),
        "chart": {
            "label_columns": ["value", "converter"],
            "value_column": "round trip (ms)",
            "unit": "ms",
        },
    }
    return table, goals


# Encoding


def benchmark_message() -> literals_pb2.LiteralMap:
    """A literal map of 1,000 entries of mixed kinds plus one 1,000-integer collection."""

    def primitive(index: int) -> literals_pb2.Literal:
        kind = index % 6
        if kind == 0:
            value = literals_pb2.Primitive(integer=index * 7919 - 3_000_000)
        elif kind == 1:
            value = literals_pb2.Primitive(float_value=index / 7)
        elif kind == 2:
            value = literals_pb2.Primitive(string_value=f"value {index} ünïcödé")
        elif kind == 3:
            value = literals_pb2.Primitive(boolean=index % 4 == 1)
        elif kind == 4:
            moment = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
            stamp = timestamp_pb2.Timestamp()
            stamp.FromDatetime(moment + datetime.timedelta(seconds=index, microseconds=index))
            value = literals_pb2.Primitive(datetime=stamp)
        else:
            value = literals_pb2.Primitive(duration=duration_pb2.Duration(seconds=index, nanos=5))
        return literals_pb2.Literal(primitive=value)

    message = literals_pb2.LiteralMap()
    for index in range(1_000):
        message.literals[f"input-{index:04d}"].CopyFrom(primitive(index))
    collection = message.literals["collection"].collection
    for index in range(1_000):
        collection.literals.add().primitive.integer = index * 1_000_003
    return message


def _ratio_goal(goal: str, ours: float, upb: float, limit: float) -> dict[str, Any]:
    return {
        "goal": goal,
        "measured": f"{ours / upb:.2f}x ({ours:.3f} ms against {upb:.3f} ms)",
        "met": ours / upb <= limit,
    }


def _encoding_table() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    message = benchmark_message()
    canonical_bytes = canonical.encode(message)
    model = models_codec.decode(LiteralMapModel, canonical_bytes)
    if models_codec.encode(model) != canonical_bytes:
        raise SystemExit("flyteidl2.models_codec.encode does not write canonical bytes")
    stock_is_canonical = bytes(model) == canonical_bytes
    # operation, implementation, call
    cases: dict[str, tuple[str, str, Callable[[], Any]]] = {
        "upb encode": (
            "encode",
            "upb SerializeToString(deterministic=True)",
            lambda: message.SerializeToString(deterministic=True),
        ),
        "canonical": ("encode", "flyteidl2.canonical.encode", lambda: canonical.encode(message)),
        "models encode": (
            "encode",
            "models: flyteidl2.models_codec.encode",
            lambda: models_codec.encode(model),
        ),
        "stock encode": ("encode", "models: stock betterproto2 bytes(model)", lambda: bytes(model)),
        "upb decode": (
            "decode",
            "upb LiteralMap.FromString",
            lambda: literals_pb2.LiteralMap.FromString(canonical_bytes),
        ),
        "models decode": (
            "decode",
            "models: flyteidl2.models_codec.decode",
            lambda: models_codec.decode(LiteralMapModel, canonical_bytes),
        ),
        "stock decode": (
            "decode",
            "models: stock betterproto2 LiteralMap.parse",
            lambda: LiteralMapModel.parse(canonical_bytes),
        ),
    }
    timings = {key: time_calls(call, ENCODING_REPEAT) for key, (_, _, call) in cases.items()}
    medians = {key: timing.median for key, timing in timings.items()}
    rows = [
        [
            operation,
            implementation,
            medians[key],
            medians[key] / medians[f"upb {operation}"],
            timings[key].fastest,
            ENCODING_REPEAT,
        ]
        for key, (operation, implementation, _) in cases.items()
    ]
    goals = [
        _ratio_goal(
            f"flyteidl2.canonical.encode within {CANONICAL_GOAL}x of upb's deterministic "
            "SerializeToString",
            medians["canonical"],
            medians["upb encode"],
            CANONICAL_GOAL,
        ),
        _ratio_goal(
            f"models encode to canonical bytes within {MODELS_GOAL}x of upb "
            "(flyteidl2.models_codec.encode)",
            medians["models encode"],
            medians["upb encode"],
            MODELS_GOAL,
        ),
        _ratio_goal(
            f"models decode within {MODELS_GOAL}x of upb (flyteidl2.models_codec.decode)",
            medians["models decode"],
            medians["upb decode"],
            MODELS_GOAL,
        ),
    ]
    table = {
        "title": "Encoding and decoding a literal map",
        "columns": ["operation", "implementation", "median (ms)", "x upb", "fastest (ms)", "calls"],
        "rows": rows,
        "note": (
            "The message is a LiteralMap of 1,000 entries cycling through integer, float, "
            "string, boolean, datetime and duration primitives, plus one entry holding a "
            f"collection of 1,000 integers: {len(canonical_bytes):,} bytes canonically. "
            "Medians over the given number of calls after one warm-up call; the fastest "
            "call shows what the code costs when the machine's other work leaves it alone. "
            "The models are the betterproto2 dataclasses in flyteidl2.models, which "
            "models_codec writes as canonical bytes and reads from bytes in the package's "
            "compiled module; canonical.encode lets upb serialize and the compiled module "
            "order the maps and check the bytes. Stock betterproto2 is shown for scale; "
            "its bytes for this message are "
            + ("canonical." if stock_is_canonical else "not canonical.")
        ),
        "chart": {
            "label_columns": ["operation", "implementation"],
            "value_column": "median (ms)",
            "unit": "ms",
        },
    }
    return table, goals


def main() -> None:
    import_table, import_goals = _import_table()
    conversion_table, conversion_goals = _conversion_table()
    encoding_table, encoding_goals = _encoding_table()
    result = {
        "name": "python",
        "title": "Python: the flyteidl2 package against upstream",
        "description": (
            "This repository's Python package (its wheel, built from the tree) against "
            "the upstream flyteidl2 wheel and the flyte SDK from PyPI, each in its own "
            "environment (bench/python/requirements-*.txt) on the same interpreter and the "
            "same protobuf (upb) runtime."
        ),
        "tables": [import_table, conversion_table, encoding_table],
        "goals": import_goals + conversion_goals + encoding_goals,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
