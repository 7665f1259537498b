"""Writes the seed inputs of every fuzz target: for each IDL message type, the canonical
bytes of its fully populated value and of a few seeded random ones, in the fuzz input
format (the type's full name, a newline, the payload).

    PYTHONPATH=tests/conformance:tests/conformance/gen/python \\
        .venv/bin/python -m hostile.seeds target/fuzz/seeds
"""

from __future__ import annotations

import pathlib
import random
import shutil
import sys
from collections.abc import Iterator

from runner import oracle
from runner.schema import Schema, build_descriptor_set, load_schema
from runner.values import Builder

RANDOM_SEEDS_PER_TYPE = 3


def seeds(schema: Schema) -> Iterator[tuple[str, str, bytes]]:
    """Yields (message type, label, canonical bytes) for every IDL message type."""
    for type_name in schema.idl_types():
        yield type_name, "full", oracle.canonical_bytes(schema, Builder(schema).message(type_name))
        for seed in range(RANDOM_SEEDS_PER_TYPE):
            value = Builder(schema, random.Random(f"{type_name}/seed/{seed}")).message(type_name)
            yield type_name, f"random-{seed}", oracle.canonical_bytes(schema, value)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    directory = pathlib.Path(argv[0])
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    count = 0
    for type_name, label, payload in seeds(load_schema(build_descriptor_set())):
        (directory / f"{type_name}.{label}.bin").write_bytes(type_name.encode() + b"\n" + payload)
        count += 1
    print(f"seeds: wrote {count} fuzz inputs to {directory}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
