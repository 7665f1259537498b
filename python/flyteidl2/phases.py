"""Terminal phases and allowed phase changes of an action (`ActionPhase`).

The rules are defined once, in `docs/phases.md`: phases move forward, a retry goes back
to `QUEUED`, and the four terminal phases never change again.

    >>> from flyteidl2.common.v1.phase_pb2 import ActionPhase
    >>> is_terminal(ActionPhase.ACTION_PHASE_FAILED)
    True
    >>> can_transition(ActionPhase.ACTION_PHASE_RUNNING, ActionPhase.ACTION_PHASE_QUEUED)
    True
    >>> can_transition(ActionPhase.ACTION_PHASE_SUCCEEDED, ActionPhase.ACTION_PHASE_RUNNING)
    False
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TypeAlias

from flyteidl2.common.v1.phase_pb2 import ActionPhase

__all__ = [
    "ALLOWED_TRANSITIONS",
    "TERMINAL_PHASES",
    "PhaseTransitionError",
    "can_transition",
    "check_transition",
    "is_terminal",
]

_Phase: TypeAlias = ActionPhase.ValueType

_QUEUED = ActionPhase.ACTION_PHASE_QUEUED
_WAITING_FOR_RESOURCES = ActionPhase.ACTION_PHASE_WAITING_FOR_RESOURCES
_INITIALIZING = ActionPhase.ACTION_PHASE_INITIALIZING
_RUNNING = ActionPhase.ACTION_PHASE_RUNNING

TERMINAL_PHASES: frozenset[_Phase] = frozenset(
    {
        ActionPhase.ACTION_PHASE_SUCCEEDED,
        ActionPhase.ACTION_PHASE_FAILED,
        ActionPhase.ACTION_PHASE_ABORTED,
        ActionPhase.ACTION_PHASE_TIMED_OUT,
    }
)
"""The phases an action never leaves."""

_ACTIVE = (_QUEUED, _WAITING_FOR_RESOURCES, _INITIALIZING, _RUNNING)
_TERMINAL_IN_ORDER = tuple(sorted(TERMINAL_PHASES))

ALLOWED_TRANSITIONS: Mapping[_Phase, frozenset[_Phase]] = MappingProxyType(
    {
        # Forward to any later phase, and back to QUEUED for a retry once past it.
        **{
            phase: frozenset(
                [later for later in (*_ACTIVE, *_TERMINAL_IN_ORDER) if later > phase]
                + ([_QUEUED] if phase != _QUEUED else [])
            )
            for phase in _ACTIVE
        },
        **{phase: frozenset() for phase in TERMINAL_PHASES},
    }
)
"""Every phase, mapped to the phases it may change to (`docs/phases.md`)."""


class PhaseTransitionError(ValueError):
    """Raised by `check_transition` for a phase change that the rules forbid."""


def is_terminal(phase: _Phase) -> bool:
    """Says whether a phase is terminal: an action in it never changes phase again.

    Args:
        phase: An `ActionPhase` value.

    Returns:
        True for SUCCEEDED, FAILED, ABORTED and TIMED_OUT; False for every other value,
        UNSPECIFIED and numbers outside the enum included.
    """
    return phase in TERMINAL_PHASES


def can_transition(current: _Phase, following: _Phase) -> bool:
    """Says whether an action may change from one phase to another.

    Args:
        current: The phase the action is in.
        following: The phase it would change to.

    Returns:
        True when `docs/phases.md` allows the change. A change to the same phase, and any
        change from or to UNSPECIFIED or a number outside the enum, is not allowed.
    """
    return following in ALLOWED_TRANSITIONS.get(current, frozenset())


def check_transition(current: _Phase, following: _Phase) -> None:
    """Checks that an action may change from one phase to another.

    Args:
        current: The phase the action is in.
        following: The phase it would change to.

    Raises:
        PhaseTransitionError: The rules forbid the change; the message says which rule.
    """
    if can_transition(current, following):
        return
    current_name, following_name = _name(current), _name(following)
    if current not in ALLOWED_TRANSITIONS:
        reason = f"{current_name} is not a phase an action can be in"
    elif following not in ALLOWED_TRANSITIONS:
        reason = f"{following_name} is not a phase an action can change to"
    elif current in TERMINAL_PHASES:
        reason = f"{current_name} is terminal: it never changes to {following_name}"
    elif current == following:
        reason = f"{current_name} to {following_name} is no change"
    else:
        reason = (
            f"{current_name} never goes back to {following_name}"
            " (only to ACTION_PHASE_QUEUED, on a retry)"
        )
    raise PhaseTransitionError(reason)


def _name(phase: _Phase) -> str:
    try:
        return ActionPhase.Name(phase)
    except ValueError:
        return f"phase number {int(phase)}"
