"""Tests of flyteidl2.phases against the table in docs/phases.md."""

import doctest
import pathlib
import re

import pytest

from flyteidl2 import phases
from flyteidl2.common.v1.phase_pb2 import ActionPhase
from flyteidl2.phases import (
    ALLOWED_TRANSITIONS,
    TERMINAL_PHASES,
    PhaseTransitionError,
    can_transition,
    check_transition,
    is_terminal,
)

DOC = pathlib.Path(__file__).parents[2] / "docs" / "phases.md"
EVERY_VALUE = [*ActionPhase.values(), 99]


def documented_table() -> dict[int, frozenset[int]]:
    table = {}
    for row in re.findall(r"^\| `([A-Z_]+)` \| (.+) \|$", DOC.read_text(), re.MULTILINE):
        source, targets = row
        table[ActionPhase.Value(f"ACTION_PHASE_{source}")] = frozenset(
            ActionPhase.Value(f"ACTION_PHASE_{name}")
            for name in re.findall(r"`([A-Z_]+)`", targets)
        )
    return table


def test_module_examples_hold() -> None:
    assert doctest.testmod(phases).failed == 0


def test_the_transitions_are_the_documented_table() -> None:
    table = documented_table()

    assert len(table) == 8
    assert dict(ALLOWED_TRANSITIONS) == table


def test_terminal_phases_are_the_documented_ones_with_no_way_out() -> None:
    table = documented_table()

    assert {phase for phase, targets in table.items() if not targets} == TERMINAL_PHASES
    assert [is_terminal(phase) for phase in EVERY_VALUE] == [
        phase in TERMINAL_PHASES for phase in EVERY_VALUE
    ]


@pytest.mark.parametrize("current", EVERY_VALUE)
@pytest.mark.parametrize("following", EVERY_VALUE)
def test_check_agrees_with_can(current: int, following: int) -> None:
    allowed = following in documented_table().get(current, frozenset())

    assert can_transition(current, following) is allowed  # type: ignore[arg-type]
    if allowed:
        check_transition(current, following)  # type: ignore[arg-type]
    else:
        with pytest.raises(PhaseTransitionError):
            check_transition(current, following)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("current", "following", "message"),
    [
        ("SUCCEEDED", "RUNNING", "ACTION_PHASE_SUCCEEDED is terminal: it never changes to"),
        ("RUNNING", "RUNNING", "ACTION_PHASE_RUNNING to ACTION_PHASE_RUNNING is no change"),
        ("RUNNING", "INITIALIZING", "never goes back to ACTION_PHASE_INITIALIZING"),
        ("UNSPECIFIED", "QUEUED", "ACTION_PHASE_UNSPECIFIED is not a phase an action can be in"),
        ("QUEUED", "UNSPECIFIED", "ACTION_PHASE_UNSPECIFIED is not a phase an action can change"),
    ],
)
def test_refusals_say_which_rule(current: str, following: str, message: str) -> None:
    with pytest.raises(PhaseTransitionError, match=message):
        check_transition(
            ActionPhase.Value(f"ACTION_PHASE_{current}"),
            ActionPhase.Value(f"ACTION_PHASE_{following}"),
        )


def test_numbers_outside_the_enum_are_named() -> None:
    with pytest.raises(PhaseTransitionError, match="phase number 99 is not a phase"):
        check_transition(99, ActionPhase.ACTION_PHASE_QUEUED)  # type: ignore[arg-type]
