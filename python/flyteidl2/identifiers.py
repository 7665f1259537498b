"""One URI form for run, action and task identifiers, parsed and formatted with validation.

The forms, each part as `flyteidl2.common.v1` names it:

    flyte://{org}/{project}/{domain}/runs/{run}
    flyte://{org}/{project}/{domain}/runs/{run}/actions/{action}
    flyte://{org}/{project}/{domain}/tasks/{task}/versions/{version}

`org`, `project`, `domain`, `run` and `action` are DNS labels: 1 to 63 characters of
lowercase ASCII letters, digits and hyphens, starting with a letter and not ending with a
hyphen. A task name is 1 to 255 characters and a version 1 to 128 characters of ASCII
letters, digits, `_`, `-` and `.`. None of them needs escaping, so a URI holds them as
they are, and formatting then parsing gives back the same identifier.

    >>> from flyteidl2.common.v1.identifier_pb2 import ActionIdentifier, RunIdentifier
    >>> run = RunIdentifier(org="acme", project="ranking", domain="production", name="r1")
    >>> to_uri(ActionIdentifier(run=run, name="a0"))
    'flyte://acme/ranking/production/runs/r1/actions/a0'
    >>> parse_action("flyte://acme/ranking/production/runs/r1/actions/a0").run == run
    True
"""

from __future__ import annotations

import re

from flyteidl2.common.v1.identifier_pb2 import ActionIdentifier, RunIdentifier, TaskIdentifier

__all__ = [
    "SCHEME",
    "IdentifierError",
    "parse",
    "parse_action",
    "parse_run",
    "parse_task",
    "to_uri",
]

SCHEME = "flyte"
"""The scheme of every identifier URI."""

_PREFIX = f"{SCHEME}://"
_DNS_LABEL = re.compile(r"[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?")
_TASK_NAME = re.compile(r"[A-Za-z0-9_.-]{1,255}")
_TASK_VERSION = re.compile(r"[A-Za-z0-9_.-]{1,128}")
_RULES = {
    _DNS_LABEL: "a DNS label (1 to 63 of a-z, 0-9 and '-', starting with a letter,"
    " not ending with '-')",
    _TASK_NAME: "a task name (1 to 255 of A-Z, a-z, 0-9, '_', '-' and '.')",
    _TASK_VERSION: "a task version (1 to 128 of A-Z, a-z, 0-9, '_', '-' and '.')",
}
_RUN_FORM = f"{_PREFIX}{{org}}/{{project}}/{{domain}}/runs/{{run}}"
_ACTION_FORM = f"{_RUN_FORM}/actions/{{action}}"
_TASK_FORM = f"{_PREFIX}{{org}}/{{project}}/{{domain}}/tasks/{{task}}/versions/{{version}}"


class IdentifierError(ValueError):
    """Raised for an identifier URI that does not parse, or an identifier that cannot be
    written as one; the message names the URI or the message field at fault."""


def to_uri(identifier: RunIdentifier | ActionIdentifier | TaskIdentifier) -> str:
    """Writes a run, action or task identifier as its URI.

    Args:
        identifier: The identifier; every field must be set and valid.

    Returns:
        The URI, such as `flyte://acme/ranking/production/runs/r1`.

    Raises:
        IdentifierError: A field is empty or breaks its rule; the message names the
            message type and the field.
        TypeError: The identifier is none of the three types.
    """
    if isinstance(identifier, RunIdentifier):
        return _run_uri(identifier, "flyteidl2.common.v1.RunIdentifier")
    if isinstance(identifier, ActionIdentifier):
        type_name = "flyteidl2.common.v1.ActionIdentifier"
        run_uri = _run_uri(identifier.run, f"{type_name}.run")
        action = _checked_field(identifier.name, _DNS_LABEL, f"{type_name}.name")
        return f"{run_uri}/actions/{action}"
    if isinstance(identifier, TaskIdentifier):
        type_name = "flyteidl2.common.v1.TaskIdentifier"
        scope = _scope(identifier, type_name)
        name = _checked_field(identifier.name, _TASK_NAME, f"{type_name}.name")
        version = _checked_field(identifier.version, _TASK_VERSION, f"{type_name}.version")
        return f"{_PREFIX}{scope}/tasks/{name}/versions/{version}"
    raise TypeError(
        f"expected a RunIdentifier, ActionIdentifier or TaskIdentifier,"
        f" got {type(identifier).__name__}"
    )


def parse_run(uri: str) -> RunIdentifier:
    """Reads a run identifier from its URI.

    Args:
        uri: A URI of the form `flyte://{org}/{project}/{domain}/runs/{run}`.

    Returns:
        A new `RunIdentifier`.

    Raises:
        IdentifierError: The URI is not of that form, or a part breaks its rule.
    """
    parts = _split(uri, _RUN_FORM, 5)
    if parts[3] != "runs":
        raise IdentifierError(f"{uri!r}: expected {_RUN_FORM}")
    return _run(uri, parts)


def parse_action(uri: str) -> ActionIdentifier:
    """Reads an action identifier from its URI.

    Args:
        uri: A URI of the form `flyte://{org}/{project}/{domain}/runs/{run}/actions/{action}`.

    Returns:
        A new `ActionIdentifier`.

    Raises:
        IdentifierError: The URI is not of that form, or a part breaks its rule.
    """
    parts = _split(uri, _ACTION_FORM, 7)
    if parts[3] != "runs" or parts[5] != "actions":
        raise IdentifierError(f"{uri!r}: expected {_ACTION_FORM}")
    return ActionIdentifier(
        run=_run(uri, parts), name=_checked_part(uri, parts[6], _DNS_LABEL, "action")
    )


def parse_task(uri: str) -> TaskIdentifier:
    """Reads a task identifier from its URI.

    Args:
        uri: A URI of the form `flyte://{org}/{project}/{domain}/tasks/{task}/versions/{version}`.

    Returns:
        A new `TaskIdentifier`.

    Raises:
        IdentifierError: The URI is not of that form, or a part breaks its rule.
    """
    parts = _split(uri, _TASK_FORM, 7)
    if parts[3] != "tasks" or parts[5] != "versions":
        raise IdentifierError(f"{uri!r}: expected {_TASK_FORM}")
    org, project, domain = _scope_parts(uri, parts)
    return TaskIdentifier(
        org=org,
        project=project,
        domain=domain,
        name=_checked_part(uri, parts[4], _TASK_NAME, "task"),
        version=_checked_part(uri, parts[6], _TASK_VERSION, "version"),
    )


def parse(uri: str) -> RunIdentifier | ActionIdentifier | TaskIdentifier:
    """Reads whichever identifier a URI holds: a run, an action or a task.

    Args:
        uri: A URI of one of the three forms.

    Returns:
        A new `RunIdentifier`, `ActionIdentifier` or `TaskIdentifier`.

    Raises:
        IdentifierError: The URI is of none of the forms, or a part breaks its rule.
    """
    parts = uri.removeprefix(_PREFIX).split("/") if uri.startswith(_PREFIX) else []
    if len(parts) == 5 and parts[3] == "runs":
        return parse_run(uri)
    if len(parts) == 7 and parts[3] == "runs":
        return parse_action(uri)
    if len(parts) == 7 and parts[3] == "tasks":
        return parse_task(uri)
    raise IdentifierError(f"{uri!r}: expected {_RUN_FORM}, {_ACTION_FORM} or {_TASK_FORM}")


def _split(uri: str, form: str, count: int) -> list[str]:
    if not isinstance(uri, str):
        raise TypeError(f"expected a str URI, got {type(uri).__name__}")
    if not uri.startswith(_PREFIX):
        raise IdentifierError(f"{uri!r}: expected {form} (the scheme must be {SCHEME}://)")
    parts = uri[len(_PREFIX) :].split("/")
    if len(parts) != count:
        raise IdentifierError(f"{uri!r}: expected {form}")
    return parts


def _run(uri: str, parts: list[str]) -> RunIdentifier:
    org, project, domain = _scope_parts(uri, parts)
    return RunIdentifier(
        org=org,
        project=project,
        domain=domain,
        name=_checked_part(uri, parts[4], _DNS_LABEL, "run"),
    )


def _scope_parts(uri: str, parts: list[str]) -> tuple[str, str, str]:
    return (
        _checked_part(uri, parts[0], _DNS_LABEL, "org"),
        _checked_part(uri, parts[1], _DNS_LABEL, "project"),
        _checked_part(uri, parts[2], _DNS_LABEL, "domain"),
    )


def _checked_part(uri: str, part: str, rule: re.Pattern[str], what: str) -> str:
    if not rule.fullmatch(part):
        raise IdentifierError(f"{uri!r}: the {what} {part!r} is not {_RULES[rule]}")
    return part


def _run_uri(run: RunIdentifier, where: str) -> str:
    scope = _scope(run, where)
    name = _checked_field(run.name, _DNS_LABEL, f"{where}.name")
    return f"{_PREFIX}{scope}/runs/{name}"


def _scope(identifier: RunIdentifier | TaskIdentifier, where: str) -> str:
    org = _checked_field(identifier.org, _DNS_LABEL, f"{where}.org")
    project = _checked_field(identifier.project, _DNS_LABEL, f"{where}.project")
    domain = _checked_field(identifier.domain, _DNS_LABEL, f"{where}.domain")
    return f"{org}/{project}/{domain}"


def _checked_field(value: str, rule: re.Pattern[str], field: str) -> str:
    if not value:
        raise IdentifierError(f"{field}: required, but empty")
    if not rule.fullmatch(value):
        raise IdentifierError(f"{field}: {value!r} is not {_RULES[rule]}")
    return value
