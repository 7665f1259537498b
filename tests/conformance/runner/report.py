"""The runner's output: the summary table, the named failures, and the JSON and Markdown
reports under target/conformance/."""

from __future__ import annotations

import collections
import dataclasses
import json
import pathlib

from runner.known_failures import Entry, Verdict

COLUMNS = ("passed", "failed", "known", "skipped")
# How many unexpected results of one check and testee are named in the output.
NAMED_PER_CHECK = 5

# The corpus must hold at least this many cases of every IDL message type.
MIN_CASES_PER_TYPE = 20

Counts = dict[tuple[str, str], collections.Counter[str]]


@dataclasses.dataclass(frozen=True)
class Coverage:
    """How many cases the corpus holds of each IDL message type."""

    cases_per_type: dict[str, int]  # every IDL message type, 0 for one without cases

    @property
    def covered(self) -> int:
        return sum(1 for number in self.cases_per_type.values() if number)

    @property
    def fewest(self) -> tuple[int, str]:
        return min((number, name) for name, number in self.cases_per_type.items())

    @property
    def short(self) -> list[str]:
        """The types with fewer than MIN_CASES_PER_TYPE cases."""
        return sorted(
            name for name, number in self.cases_per_type.items() if number < MIN_CASES_PER_TYPE
        )

    def summary(self) -> str:
        number, name = self.fewest
        return (
            f"coverage: {self.covered} of {len(self.cases_per_type)} message types, "
            f"at least {number} cases each (fewest: {name}; required: {MIN_CASES_PER_TYPE})"
        )


def coverage(type_names: list[str], case_types: list[str]) -> Coverage:
    """Counts the cases of each type, given the message type of every case."""
    counted = collections.Counter(case_types)
    return Coverage({name: counted[name] for name in type_names})


def count(verdicts: list[Verdict]) -> Counts:
    """Counts verdicts by (testee, check); a listed case that passed counts as failed."""
    counts: Counts = collections.defaultdict(collections.Counter)
    for verdict in verdicts:
        status = "failed" if verdict.status == "listed-but-passed" else verdict.status
        counts[verdict.result.testee, verdict.result.check][status] += 1
    return counts


def table(counts: Counts) -> str:
    rows = [("testee", "check", *COLUMNS)]
    for testee, check in sorted(counts):
        row = counts[testee, check]
        rows.append((testee, check, *(str(row[column]) for column in COLUMNS)))
    widths = [max(len(row[index]) for row in rows) for index in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            cell.ljust(width) if index < 2 else cell.rjust(width)
            for index, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def unexpected(verdicts: list[Verdict], stale_entries: list[Entry], limit: int) -> list[str]:
    """Names every kind of unexpected result, the first `limit` of each testee and check."""
    lines = []
    shown: collections.Counter[tuple[str, str]] = collections.Counter()
    hidden: collections.Counter[tuple[str, str]] = collections.Counter()
    for verdict in verdicts:
        if not verdict.unexpected:
            continue
        key = (verdict.result.testee, verdict.result.check)
        if shown[key] == limit:
            hidden[key] += 1
            continue
        shown[key] += 1
        result = verdict.result
        if verdict.status == "listed-but-passed":
            assert verdict.entry is not None
            lines.append(
                f"PASSED BUT LISTED {result.testee} {result.name} "
                f"({verdict.entry.location}: {verdict.entry.pattern})"
            )
        else:
            lines.append(f"FAIL {result.testee} {result.name}: {result.detail}")
    for (testee, check), number in sorted(hidden.items()):
        lines.append(f"... and {number} more unexpected {check} results for {testee}")
    for entry in stale_entries:
        lines.append(f"UNMATCHED {entry.location}: {entry.pattern} matches no case")
    return lines


def write(
    directory: pathlib.Path,
    counts: Counts,
    verdicts: list[Verdict],
    stale_entries: list[Entry],
    coverage: Coverage,
    elapsed_seconds: float,
) -> None:
    """Writes report.json (every count, the cases of each message type and every result
    that did not pass) and matrix.md (a check by testee table)."""
    directory.mkdir(parents=True, exist_ok=True)
    testees = sorted({testee for testee, _ in counts})
    checks = sorted({check for _, check in counts})
    report = {
        "elapsed_seconds": round(elapsed_seconds, 2),
        "counts": {
            testee: {
                check: dict(counts[testee, check]) for check in checks if (testee, check) in counts
            }
            for testee in testees
        },
        "not_passed": [
            {
                "testee": verdict.result.testee,
                "name": verdict.result.name,
                "status": verdict.status,
                "detail": verdict.result.detail,
                "known_failure": verdict.entry.location if verdict.entry else None,
            }
            for verdict in verdicts
            if verdict.status != "passed"
        ],
        "unmatched_entries": [
            {"location": entry.location, "pattern": entry.pattern} for entry in stale_entries
        ],
        "cases_per_type": coverage.cases_per_type,
    }
    (directory / "report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    lines = [
        "# Conformance matrix",
        "",
        "Passed cases of each check, out of all cases run; known failures and skips in brackets.",
        "",
        "| check | " + " | ".join(testees) + " |",
        "| --- |" + " --- |" * len(testees),
    ]
    for check in checks:
        cells = [_cell(counts.get((testee, check))) for testee in testees]
        lines.append(f"| {check} | " + " | ".join(cells) + " |")
    lines += ["", f"Corpus {coverage.summary()}."]
    (directory / "matrix.md").write_text("\n".join(lines) + "\n")


def _cell(row: collections.Counter[str] | None) -> str:
    if row is None:
        return "not run"
    cell = f"{row['passed']}/{row.total()}"
    extras = [f"{row[column]} {column}" for column in ("known", "skipped") if row[column]]
    return cell + (f" ({', '.join(extras)})" if extras else "")
