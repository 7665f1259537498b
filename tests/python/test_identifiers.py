"""Tests of flyteidl2.identifiers: each URI form both ways, and what each refuses."""

import doctest

import pytest

from flyteidl2 import identifiers
from flyteidl2.common.v1.identifier_pb2 import ActionIdentifier, RunIdentifier, TaskIdentifier
from flyteidl2.identifiers import (
    IdentifierError,
    parse,
    parse_action,
    parse_run,
    parse_task,
    to_uri,
)

RUN = RunIdentifier(org="acme", project="ranking", domain="production", name="r1")
ACTION = ActionIdentifier(run=RUN, name="a0")
TASK = TaskIdentifier(
    org="acme", project="ranking", domain="production", name="jobs.Train_v2", version="1.0-rc.1"
)


def test_module_examples_hold() -> None:
    assert doctest.testmod(identifiers).failed == 0


@pytest.mark.parametrize(
    ("identifier", "uri", "parser"),
    [
        (RUN, "flyte://acme/ranking/production/runs/r1", parse_run),
        (ACTION, "flyte://acme/ranking/production/runs/r1/actions/a0", parse_action),
        (
            TASK,
            "flyte://acme/ranking/production/tasks/jobs.Train_v2/versions/1.0-rc.1",
            parse_task,
        ),
    ],
)
def test_identifiers_survive_the_round_trip(identifier: object, uri: str, parser: object) -> None:
    assert to_uri(identifier) == uri  # type: ignore[arg-type]
    assert parser(uri) == identifier  # type: ignore[operator]
    assert parse(uri) == identifier


def test_the_longest_names_are_accepted() -> None:
    label = "a" + "b" * 61 + "c"
    run = RunIdentifier(org=label, project=label, domain=label, name=label)
    task = TaskIdentifier(org="o", project="p", domain="d", name="n" * 255, version="v" * 128)

    assert parse_run(to_uri(run)) == run
    assert parse_task(to_uri(task)) == task


@pytest.mark.parametrize(
    ("identifier", "message"),
    [
        (
            RunIdentifier(project="p", domain="d", name="r"),
            "flyteidl2.common.v1.RunIdentifier.org: required, but empty",
        ),
        (
            RunIdentifier(org="Acme", project="p", domain="d", name="r"),
            "flyteidl2.common.v1.RunIdentifier.org: 'Acme' is not a DNS label",
        ),
        (
            RunIdentifier(org="a", project="p-", domain="d", name="r"),
            "RunIdentifier.project: 'p-' is not a DNS label",
        ),
        (
            RunIdentifier(org="a", project="p", domain="d", name="r" * 64),
            "RunIdentifier.name: 'r{64}' is not a DNS label",
        ),
        (ActionIdentifier(name="a0"), "ActionIdentifier.run.org: required, but empty"),
        (ActionIdentifier(run=RUN, name="1a"), "ActionIdentifier.name: '1a' is not a DNS label"),
        (
            TaskIdentifier(org="a", project="p", domain="d", name="x/y", version="1"),
            "TaskIdentifier.name: 'x/y' is not a task name",
        ),
        (
            TaskIdentifier(org="a", project="p", domain="d", name="x", version="v" * 129),
            "TaskIdentifier.version: 'v{129}' is not a task version",
        ),
        (
            TaskIdentifier(org="a", project="p", domain="d", name="x"),
            "TaskIdentifier.version: required, but empty",
        ),
    ],
)
def test_invalid_identifiers_are_not_written(identifier: object, message: str) -> None:
    with pytest.raises(IdentifierError, match=message):
        to_uri(identifier)  # type: ignore[arg-type]


def test_other_messages_are_not_identifiers() -> None:
    with pytest.raises(TypeError, match=r"expected a RunIdentifier, .* got str"):
        to_uri("flyte://a/p/d/runs/r")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("parser", "uri", "message"),
    [
        (parse_run, "http://acme/ranking/production/runs/r1", "the scheme must be flyte://"),
        (parse_run, "flyte://acme/ranking/production/runs", "expected flyte://{org}"),
        (parse_run, "flyte://acme/ranking/production/runs/r1/", "expected flyte://{org}"),
        (parse_run, "flyte://acme/ranking/production/tasks/r1", "expected flyte://{org}"),
        (parse_run, "flyte://acme//production/runs/r1", "the project '' is not a DNS label"),
        (parse_run, "flyte://acme/ranking/Prod/runs/r1", "the domain 'Prod' is not a DNS label"),
        (parse_run, "flyte://acme/ranking/production/runs/r_1", "the run 'r_1' is not"),
        (parse_action, "flyte://acme/ranking/production/runs/r1", "/actions/{action}"),
        (parse_action, "flyte://a/p/d/runs/r1/action/a0", "/actions/{action}"),
        (parse_action, "flyte://a/p/d/runs/r1/actions/a%30", "the action 'a%30' is not"),
        (parse_task, "flyte://a/p/d/tasks/t/version/1", "/versions/{version}"),
        (parse_task, "flyte://a/p/d/tasks/t/versions/1 0", "the version '1 0' is not a task"),
        (parse_task, "flyte://a/p/d/tasks/t@1/versions/1", "the task 't@1' is not a task name"),
        (parse, "flyte://a/p/d/secrets/s", "expected flyte://.* or flyte://"),
        (parse, "", "expected flyte://"),
    ],
)
def test_malformed_uris_are_refused(parser: object, uri: str, message: str) -> None:
    with pytest.raises(IdentifierError, match=message) as raised:
        parser(uri)  # type: ignore[operator]

    assert str(raised.value).startswith(repr(uri))
