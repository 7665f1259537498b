"""The cross-language differential fuzzer: mutates the canonical bytes of seeded values
of every IDL message type, sends each mutant to every testee, and checks that they all
answer in time and make the same decision about it, or differ as
tests/conformance/known_differences.txt says, and that those that accept it write the
same canonical bytes.

Mutants come from a seeded generator, so a run with the same --seed and --inputs sends
the same inputs. A mutant that fails is written to target/fuzz/differential/ in the fuzz
input format, ready to be copied into tests/fuzz/regressions/.

    PYTHONPATH=tests/conformance:tests/conformance/gen/python \\
        .venv/bin/python -m hostile.differential --seed 1 --inputs 5000
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from collections.abc import Iterator

from runner import testees, wire
from runner.schema import ROOT, build_descriptor_set, load_schema

from hostile import decisions, driver
from hostile.inputs import HostileInput, load_regressions
from hostile.seeds import seeds

FAILURES = ROOT / "target" / "fuzz" / "differential"
# Inputs are generated and sent in batches of this many, so that a run bounded in time
# stops soon after its time is up.
BATCH = 2000
_INTERESTING_BYTES = (0x00, 0x01, 0x7F, 0x80, 0xFF)


def mutants(
    rng: random.Random, pool: list[HostileInput], count: int, first: int
) -> Iterator[HostileInput]:
    """Yields `count` mutants of inputs drawn from the pool, numbered from `first`."""
    for index in range(first, first + count):
        parent = rng.choice(pool)
        donor = rng.choice(pool).payload
        payload = bytearray(parent.payload)
        for _ in range(rng.randint(1, 4)):
            _mutate(rng, payload, donor)
        yield HostileInput(
            f"{parent.message_type}/mutant/{index}", parent.message_type, bytes(payload)
        )


def _mutate(rng: random.Random, data: bytearray, donor: bytes) -> None:
    """Applies one random change to data in place."""
    position = rng.randint(0, len(data))
    choice = rng.randrange(7)
    if choice == 0 and data:  # flip a bit
        data[min(position, len(data) - 1)] ^= 1 << rng.randrange(8)
    elif choice == 1 and data:  # overwrite a byte with a varint or length boundary
        data[min(position, len(data) - 1)] = rng.choice(_INTERESTING_BYTES)
    elif choice == 2:  # insert a record of a random field number and wire type
        number = rng.choice((1, 2, 3, 4, 5, rng.randint(1, wire.MAX_FIELD_NUMBER)))
        kind = rng.choice((wire.VARINT, wire.I64, wire.LEN, wire.SGROUP, wire.EGROUP, wire.I32))
        body = bytes(rng.randrange(256) for _ in range(rng.randint(0, 9)))
        data[position:position] = wire.tag(number, kind) + body
    elif choice == 3 and data:  # delete a range
        del data[position : position + rng.randint(1, 16)]
    elif choice == 4 and data:  # repeat a range, as a record written twice would be
        start = rng.randrange(len(data))
        data[position:position] = data[start : start + rng.randint(1, 32)]
    elif choice == 5:  # splice in a range of another input
        start = rng.randint(0, len(donor))
        data[position:] = donor[start : start + rng.randint(0, 64)] + data[position:]
    else:  # truncate
        del data[position:]


def main(argv: list[str] | None = None) -> int:
    args = _parse_arguments(argv)
    selected = driver.select_testees(testees.load_manifest(), args.testee)
    schema = load_schema(build_descriptor_set())
    pool = list(load_regressions())
    pool += [HostileInput(f"{t}/{label}", t, payload) for t, label, payload in seeds(schema)]
    differences = decisions.load()
    rng = random.Random(args.seed)

    started = time.monotonic()
    sent = 0
    failures: list[tuple[HostileInput, decisions.Outcome]] = []
    known = 0
    sessions = [driver.Session(testee) for testee in selected]
    try:
        while sent < args.inputs and time.monotonic() - started < args.seconds:
            batch = list(mutants(rng, pool, min(BATCH, args.inputs - sent), sent))
            answers = driver.run_everywhere(sessions, batch)
            for index, mutant in enumerate(batch):
                outcome = decisions.compare(
                    mutant.name, {t.name: answers[t.name][index] for t in selected}, differences
                )
                known += outcome.status == "known"
                if outcome.status == "failed":
                    failures.append((mutant, outcome))
            sent += len(batch)
    finally:
        for session in sessions:
            session.close()
    elapsed = time.monotonic() - started

    print(f"differential: seed {args.seed}, {sent} mutants in {elapsed:.1f} s")
    for session in sessions:
        print(
            f"  {session.testee.name}: {session.usage.requests} execs, "
            f"{session.usage.requests / elapsed:.0f} execs/s, "
            f"slowest {session.usage.slowest_seconds * 1000:.0f} ms"
        )
    print(f"  {known} mutants differ as known_differences.txt says")
    if failures:
        FAILURES.mkdir(parents=True, exist_ok=True)
    for mutant, outcome in failures[:20]:
        data = mutant.message_type.encode() + b"\n" + mutant.payload
        path = FAILURES / f"{hashlib.sha256(data).hexdigest()[:16]}.bin"
        path.write_bytes(data)
        print(f"FAILED {mutant.name}: {outcome.detail} (input in {path.relative_to(ROOT)})")
    print(f"{sent - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


def _parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="hostile.differential", description=__doc__)
    parser.add_argument("--seed", type=int, default=1, help="the mutation seed (default 1)")
    parser.add_argument(
        "--inputs", type=int, default=sys.maxsize, help="stop after this many mutants"
    )
    parser.add_argument(
        "--seconds", type=float, default=float("inf"), help="stop after about this long"
    )
    parser.add_argument("--testee", action="append", help="run only this testee (repeatable)")
    args = parser.parse_args(argv)
    if args.inputs == sys.maxsize and args.seconds == float("inf"):
        parser.error("give --inputs, --seconds or both")
    return args


if __name__ == "__main__":
    sys.exit(main())
