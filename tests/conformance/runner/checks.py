"""Judges a testee's answer to a case against what the case expects."""

from __future__ import annotations

import dataclasses

from runner import wire
from runner.corpus import Case, Expected
from runner.testees import Answer

_ERRORS = ("parse_error", "serialize_error", "runtime_error", "skipped")


@dataclasses.dataclass(frozen=True)
class Result:
    """The outcome of one case for one testee."""

    testee: str
    name: str  # <check>/<case name>
    status: str  # "passed", "failed" or "skipped"
    detail: str = ""

    @property
    def check(self) -> str:
        return self.name.split("/", 1)[0]


def judge(testee: str, name: str, expected: Expected, answer: Answer) -> Result:
    if isinstance(answer, str):
        return Result(testee, name, "failed", answer)
    kind = answer.WhichOneof("result")
    value = getattr(answer, kind) if kind else None
    if kind == "skipped":
        return Result(testee, name, "skipped", str(value))
    if kind != expected.result:
        got = f"{kind}: {_shorten(str(value))}" if kind in _ERRORS else f"{kind}"
        return Result(testee, name, "failed", f"expected {expected.result}, got {got}")
    if expected.value is not None and value != expected.value:
        if isinstance(value, bytes) and isinstance(expected.value, bytes):
            return Result(testee, name, "failed", bytes_diff(expected.value, value))
        return Result(testee, name, "failed", f"expected {expected.value!r}, got {value!r}")
    if missing := [text for text in expected.mentions if text not in str(value)]:
        return Result(
            testee, name, "failed", f"{kind} does not name {missing}: {_shorten(str(value))}"
        )
    return Result(testee, name, "passed")


def judge_case(testee: str, case: Case, answer: Answer) -> Result:
    return judge(testee, case.full_name, case.expected, answer)


def bytes_diff(expected: bytes, actual: bytes) -> str:
    """Says where two encodings first differ, and in which top-level field."""
    offset = next(
        (index for index, (a, b) in enumerate(zip(expected, actual, strict=False)) if a != b),
        min(len(expected), len(actual)),
    )
    sizes = f"{len(actual)} bytes, expected {len(expected)}"
    window = slice(max(0, offset - 4), offset + 12)
    return (
        f"{sizes}; first difference at byte {offset}{_field_at(expected, offset)}: "
        f"expected …{expected[window].hex(' ')}…, got …{actual[window].hex(' ')}…"
    )


def _field_at(data: bytes, offset: int) -> str:
    try:
        records = wire.top_level_records(data)
    except ValueError:
        return ""
    for number, start, end in records:
        if start <= offset < end:
            return f" (in field {number})"
    return " (past the last field)"


def _shorten(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[:limit] + "…"
