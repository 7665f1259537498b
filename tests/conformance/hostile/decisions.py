"""Compares what the testees decided about the same input, and the known differences
between them: entries of tests/conformance/known_differences.txt, each under the reason
for it.

A testee decides one of three things about a payload it is asked to write canonically:
`accept` (it answers with canonical bytes), `reject` (it cannot read the payload) or
`refuse` (it reads it but finds no canonical encoding). Anything else, a crash, a hang,
a blow-up or a runtime error, is a fault that no entry can excuse. Testees that accept
must also write the same bytes.

An entry is a shell glob over input names and the decision of every testee, where
`others` stands for every testee the entry does not name:

    # Why these testees decide differently.
    * python-upb=refuse others=reject

It matches an input whose name the glob matches and on which every testee decided as
the entry says. An input on which the testees differ must match an entry, and an entry
that no input matches fails the run, so that the list only names differences that still
exist.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import pathlib
from collections.abc import Iterable

from runner.known_failures import parse
from runner.schema import ROOT
from runner.testees import Answer

FILE = ROOT / "tests" / "conformance" / "known_differences.txt"
# In an entry, the testees it does not name.
OTHERS = "others"
DECISIONS = {"canonical_binary": "accept", "parse_error": "reject", "serialize_error": "refuse"}


@dataclasses.dataclass(frozen=True)
class Difference:
    """One entry: a glob over input names, the decision each listed testee makes, and
    the reason."""

    pattern: str
    decisions: dict[str, str]
    reason: str
    location: str

    def matches(self, name: str, decided: dict[str, str]) -> bool:
        named = set(self.decisions) - {OTHERS}
        if not named <= set(decided) or not fnmatch.fnmatchcase(name, self.pattern):
            return False
        others = self.decisions.get(OTHERS)
        return all(
            decision == self.decisions.get(testee, others) for testee, decision in decided.items()
        )


@dataclasses.dataclass(frozen=True)
class Outcome:
    """What the testees made of one input: "agreed", "known" (a listed difference) or
    "failed", with the reason for a failure."""

    name: str
    status: str
    detail: str = ""
    difference: Difference | None = None


def load(path: pathlib.Path = FILE, root: pathlib.Path = ROOT) -> list[Difference]:
    """Reads the known differences; each pattern line is a glob followed by one or more
    `testee=decision` pairs. Locations are given relative to root."""
    differences = []
    source = str(path.relative_to(root))
    for entry in parse(path.read_text(encoding="utf-8"), source):
        pattern, *pairs = entry.pattern.split()
        decisions = dict(pair.partition("=")[::2] for pair in pairs)
        if not pairs or any(d not in DECISIONS.values() for d in decisions.values()):
            raise ValueError(
                f"{entry.location}: expected a glob and testee=decision pairs, each decision "
                f"one of {sorted(DECISIONS.values())}, not {entry.pattern!r}"
            )
        differences.append(Difference(pattern, decisions, entry.reason, entry.location))
    return differences


def compare(name: str, answers: dict[str, Answer], differences: list[Difference]) -> Outcome:
    """Judges the testees' answers to one input."""
    decided: dict[str, str] = {}
    written: dict[str, bytes] = {}
    faults = []
    for testee, answer in answers.items():
        kind = None if isinstance(answer, str) else answer.WhichOneof("result")
        if isinstance(answer, str) or kind not in DECISIONS:
            faults.append(f"{testee}: {answer if isinstance(answer, str) else _describe(answer)}")
            continue
        decided[testee] = DECISIONS[kind]
        if kind == "canonical_binary":
            written[testee] = answer.canonical_binary
    if faults:
        return Outcome(name, "failed", "; ".join(faults))
    if len(set(written.values())) > 1:
        sizes = ", ".join(f"{testee} {len(data)} bytes" for testee, data in written.items())
        return Outcome(name, "failed", f"accepting testees wrote different bytes ({sizes})")
    if len(set(decided.values())) <= 1:
        return Outcome(name, "agreed")
    for difference in differences:
        if difference.matches(name, decided):
            return Outcome(name, "known", difference=difference)
    listed = " ".join(f"{testee}={decision}" for testee, decision in sorted(decided.items()))
    return Outcome(name, "failed", f"decisions differ: {listed}")


def unmatched(differences: list[Difference], outcomes: Iterable[Outcome]) -> list[Difference]:
    """Returns the entries that no input matched."""
    used = {id(outcome.difference) for outcome in outcomes if outcome.difference is not None}
    return [difference for difference in differences if id(difference) not in used]


def _describe(answer: Answer) -> str:
    assert not isinstance(answer, str)
    kind = answer.WhichOneof("result")
    return f"{kind}: {getattr(answer, kind)}" if kind else "an empty response"
