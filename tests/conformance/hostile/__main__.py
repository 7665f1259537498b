"""Feeds the hostile-input corpus to every testee and checks that each answers every
input within the time limit, without crashing or blowing up, and that all make the same
decision about it or differ as tests/conformance/known_differences.txt says.
Exits non-zero on anything else."""

from __future__ import annotations

import argparse
import collections
import fnmatch
import pathlib
import sys
import time

from runner import testees
from runner.schema import build_descriptor_set, load_schema

from hostile import decisions, driver
from hostile.inputs import build_inputs

# How many failures a run names when not verbose.
NAMED_FAILURES = 20


def main(argv: list[str] | None = None) -> int:
    args = _parse_arguments(argv)
    started = time.monotonic()
    selected = driver.select_testees(testees.load_manifest(args.manifest), args.testee)
    inputs = [
        hostile
        for hostile in build_inputs(load_schema(build_descriptor_set()))
        if not args.filter or any(fnmatch.fnmatchcase(hostile.name, p) for p in args.filter)
    ]
    differences = decisions.load()

    sessions = [driver.Session(testee) for testee in selected]
    try:
        answers = driver.run_everywhere(sessions, inputs)
    finally:
        for session in sessions:
            session.close()
    outcomes = [
        decisions.compare(
            hostile.name, {t.name: answers[t.name][index] for t in selected}, differences
        )
        for index, hostile in enumerate(inputs)
    ]
    # A run limited to some inputs or testees cannot tell an unused entry from a stale one.
    stale = [] if args.filter or args.testee else decisions.unmatched(differences, outcomes)

    print(f"hostile inputs: {len(inputs)}, each sent to {', '.join(t.name for t in selected)}")
    for session in sessions:
        measured = session.usage
        print(
            f"  {session.testee.name}: slowest {measured.slowest_seconds * 1000:.0f} ms "
            f"({measured.slowest_request}), peak memory {measured.peak_memory_bytes >> 20} MiB, "
            f"{measured.restarts} restarts"
        )
    known = collections.Counter(o.difference.location for o in outcomes if o.difference)
    for difference in differences:
        if known[difference.location]:
            print(f"  known difference {difference.location}: {known[difference.location]} inputs")
    failures = [outcome for outcome in outcomes if outcome.status == "failed"]
    for outcome in failures if args.verbose else failures[:NAMED_FAILURES]:
        print(f"FAILED {outcome.name}: {outcome.detail}")
    if len(failures) > NAMED_FAILURES and not args.verbose:
        print(f"... and {len(failures) - NAMED_FAILURES} more (--verbose names them all)")
    for difference in stale:
        print(f"FAILED {difference.location}: no input differs as {difference.pattern!r} says")
    passed = len(outcomes) - len(failures)
    print(f"wall time {time.monotonic() - started:.1f} s")
    print(f"{passed} passed, {len(failures) + len(stale)} failed")
    return 1 if failures or stale else 0


def _parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="hostile", description=__doc__)
    parser.add_argument("--testee", action="append", help="run only this testee (repeatable)")
    parser.add_argument(
        "--filter", action="append", metavar="GLOB", help="run only inputs whose name matches"
    )
    parser.add_argument("--verbose", action="store_true", help="name every failure")
    parser.add_argument(
        "--manifest", type=pathlib.Path, default=testees.MANIFEST, help="the testee manifest"
    )
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
