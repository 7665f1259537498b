"""Known-failure lists: one file per testee of shell-glob patterns over
`<check>/<case name>`, each entry under a `#` line that gives its reason.

A listed case that passes, or an entry that matches no case, is itself a failure, so
that the lists only ever name real, current failures.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import pathlib
from collections.abc import Iterable

from runner.checks import Result
from runner.schema import ROOT

DIRECTORY = ROOT / "tests" / "conformance" / "known_failures"


@dataclasses.dataclass(frozen=True)
class Entry:
    """One pattern, the reason above it, and where it was written."""

    pattern: str
    reason: str
    location: str  # file:line


@dataclasses.dataclass(frozen=True)
class Verdict:
    """A result judged against the known failures: its final status is one of
    "passed", "failed", "known", "skipped" or "listed-but-passed"."""

    result: Result
    status: str
    entry: Entry | None = None

    @property
    def unexpected(self) -> bool:
        return self.status in ("failed", "listed-but-passed")


def parse(text: str, source: str) -> list[Entry]:
    """Reads entries; a pattern needs a `#` reason line directly above it, or above the
    run of patterns it belongs to. Blank lines end a reason."""
    entries = []
    reason: list[str] = []
    patterns_since_reason = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            reason, patterns_since_reason = [], 0
        elif line.startswith("#"):
            if patterns_since_reason:
                reason, patterns_since_reason = [], 0
            reason.append(line.lstrip("#").strip())
        elif not any(reason):
            raise ValueError(f"{source}:{number}: entry {line!r} has no '#' reason line above it")
        else:
            entries.append(
                Entry(line, " ".join(part for part in reason if part), f"{source}:{number}")
            )
            patterns_since_reason += 1
    return entries


def load(testee: str, directory: pathlib.Path = DIRECTORY) -> list[Entry]:
    """Reads a testee's list; a testee without a file has no known failures."""
    path = directory / f"{testee}.txt"
    if not path.exists():
        return []
    return parse(path.read_text(encoding="utf-8"), str(path.relative_to(directory.parent)))


def judge(results: Iterable[Result], entries: list[Entry]) -> list[Verdict]:
    verdicts = []
    for result in results:
        entry = next((e for e in entries if fnmatch.fnmatchcase(result.name, e.pattern)), None)
        if entry is None or result.status == "skipped":
            verdicts.append(Verdict(result, result.status, entry))
        elif result.status == "failed":
            verdicts.append(Verdict(result, "known", entry))
        else:
            verdicts.append(Verdict(result, "listed-but-passed", entry))
    return verdicts


def unmatched(entries: list[Entry], verdicts: Iterable[Verdict]) -> list[Entry]:
    """Returns the entries that no case matched."""
    used = {id(verdict.entry) for verdict in verdicts if verdict.entry is not None}
    return [entry for entry in entries if id(entry) not in used]
