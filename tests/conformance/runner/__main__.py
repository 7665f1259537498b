"""Runs the conformance suite: every case against every testee, then the JSON that each
testee wrote read back by every testee. Exits non-zero on any unexpected result."""

from __future__ import annotations

import argparse
import concurrent.futures
import fnmatch
import pathlib
import sys
import time

from flyteidl2.conformance.v1 import conformance_pb2
from runner import known_failures, report, testees
from runner.checks import Result, judge, judge_case
from runner.corpus import CANONICAL, Case, Expected, build_corpus
from runner.schema import ROOT, build_descriptor_set, load_schema

REPORT_DIRECTORY = ROOT / "target" / "conformance"


def main(argv: list[str] | None = None) -> int:
    args = _parse_arguments(argv)
    started = time.monotonic()
    selected = _select_testees(testees.load_manifest(args.manifest), args.testee)
    schema = load_schema(build_descriptor_set())
    corpus = build_corpus(schema)
    coverage = report.coverage(schema.idl_types(), [case.message_type for case in corpus])
    cases = [case for case in corpus if _selected(case, selected, args.filter)]

    answers = _run_everywhere(selected, [case.request().SerializeToString() for case in cases])
    results = [
        judge_case(testee.name, case, answer)
        for testee in selected
        for case, answer in zip(cases, answers[testee.name], strict=True)
    ]
    results += _read_back_json(selected, cases, answers)

    verdicts = []
    stale_entries = []
    for testee in selected:
        entries = known_failures.load(testee.name)
        judged = known_failures.judge([r for r in results if r.testee == testee.name], entries)
        verdicts += judged
        # A run of some cases or some testees (whose JSON the others read) cannot tell
        # an entry that matches nothing from one that matches what did not run.
        if not args.filter and not args.testee:
            stale_entries += known_failures.unmatched(entries, judged)

    elapsed = time.monotonic() - started
    if args.verbose:
        for verdict in verdicts:
            detail = f": {verdict.result.detail}" if verdict.result.detail else ""
            print(f"{verdict.status:<17} {verdict.result.testee} {verdict.result.name}{detail}")
    counts = report.count(verdicts)
    print(report.table(counts))
    for line in report.unexpected(verdicts, stale_entries, report.NAMED_PER_CHECK):
        print(line)
    print(coverage.summary())
    for type_name in coverage.short:
        count = coverage.cases_per_type[type_name]
        print(f"TOO FEW CASES {type_name}: {count}, fewer than {report.MIN_CASES_PER_TYPE}")
    report.write(REPORT_DIRECTORY, counts, verdicts, stale_entries, coverage, elapsed)
    passed = sum(verdict.status == "passed" for verdict in verdicts)
    failed = sum(verdict.unexpected for verdict in verdicts) + len(stale_entries)
    failed += len(coverage.short)
    print(f"wall time {elapsed:.1f} s; reports in {REPORT_DIRECTORY.relative_to(ROOT)}/")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


def _run_everywhere(
    selected: list[testees.Testee], requests: list[bytes]
) -> dict[str, list[testees.Answer]]:
    """Runs the same requests through every testee at once."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, len(selected))) as pool:
        futures = {t.name: pool.submit(testees.run_batch, t, requests) for t in selected}
        return {name: future.result() for name, future in futures.items()}


def _read_back_json(
    selected: list[testees.Testee],
    cases: list[Case],
    answers: dict[str, list[testees.Answer]],
) -> list[Result]:
    """Has every testee read the JSON every testee wrote, and checks that it reads back to
    the canonical bytes. Identical JSON texts of one case are read once."""
    readbacks: list[tuple[Case, str, list[str]]] = []
    for index, case in enumerate(cases):
        if case.readback is None:
            continue
        writers_by_text: dict[str, list[str]] = {}
        for writer in selected:
            answer = answers[writer.name][index]
            if not isinstance(answer, str) and answer.WhichOneof("result") == "json":
                writers_by_text.setdefault(answer.json, []).append(writer.name)
        readbacks += [(case, text, writers) for text, writers in writers_by_text.items()]
    requests = [
        conformance_pb2.ConformanceRequest(
            test_name=_readback_name(case, writers[0]),
            message_type=case.message_type,
            requested_output=CANONICAL,
            json_payload=text,
        ).SerializeToString()
        for case, text, writers in readbacks
    ]
    read_answers = _run_everywhere(selected, requests)
    results = []
    for reader in selected:
        for (case, _, writers), answer in zip(readbacks, read_answers[reader.name], strict=True):
            expected = Expected("canonical_binary", case.readback)
            for writer in writers:
                results.append(judge(reader.name, _readback_name(case, writer), expected, answer))
    return results


def _readback_name(case: Case, writer: str) -> str:
    return f"{case.full_name.removesuffix('/write')}/read-from-{writer}"


def _parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="tests/conformance/run", description=__doc__)
    parser.add_argument("--testee", action="append", help="run only this testee (repeatable)")
    parser.add_argument(
        "--filter",
        action="append",
        metavar="GLOB",
        help="run only cases whose <check>/<case name> matches (repeatable)",
    )
    parser.add_argument("--verbose", action="store_true", help="print every case's result")
    parser.add_argument(
        "--manifest", type=pathlib.Path, default=testees.MANIFEST, help="the testee manifest"
    )
    return parser.parse_args(argv)


def _select_testees(
    available: list[testees.Testee], names: list[str] | None
) -> list[testees.Testee]:
    if not names:
        for testee in available:
            if testee.left_out:
                print(f"{testee.name} left out: {testee.left_out}")
        return [testee for testee in available if not testee.left_out]
    known = {testee.name for testee in available}
    if unknown := sorted(set(names) - known):
        raise SystemExit(f"runner: unknown testee(s) {unknown}; the manifest lists {sorted(known)}")
    return [testee for testee in available if testee.name in names]


def _selected(case: Case, selected: list[testees.Testee], patterns: list[str] | None) -> bool:
    """Tells whether a pattern selects the case; a JSON-writing case is selected also
    when a pattern matches one of its read-backs."""
    if not patterns:
        return True
    names = [case.full_name]
    if case.readback is not None:
        names += [_readback_name(case, testee.name) for testee in selected]
    return any(fnmatch.fnmatchcase(name, pattern) for name in names for pattern in patterns)


if __name__ == "__main__":
    sys.exit(main())
