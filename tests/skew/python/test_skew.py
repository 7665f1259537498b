"""Reads bytes of the newer schema release with the older one, in Python.

`flyteidl2.skew.v2` adds fields, an enum value and a oneof member to
`flyteidl2.skew.v1` (tests/skew/protos). Both the protobuf (upb) classes and
the betterproto2 models keep the fields they do not know and write them back,
so a job read and written by an older release reaches a newer one whole.
docs/version-skew.md sets the behaviours of every implementation side by side.
"""

import pytest
from flyteidl2.skew.v1 import skew_pb2 as v1
from flyteidl2.skew.v2 import skew_pb2 as v2
from google.protobuf import descriptor, message, unknown_fields
from skew_models.flyteidl2.skew import v1 as models_v1
from skew_models.flyteidl2.skew import v2 as models_v2


def _newer_jobs() -> dict[str, v2.Job]:
    """Jobs that set every field of v2, one per kind of oneof member."""
    common = {
        "name": "nightly",
        "priority": v2.PRIORITY_CRITICAL,
        "steps": [
            v2.Step(name="fetch", timeout_seconds=60, args=["--all"]),
            v2.Step(name="train"),
        ],
        "hooks": {"failure": v2.Step(name="alert", timeout_seconds=5, args=["#oncall"])},
        "labels": {"team": "ranking"},
        "retries": 0,
    }
    return {
        "new-oneof-member": v2.Job(
            **common, container=v2.Container(image="trainer:3", args=["--epochs", "4"])
        ),
        "old-oneof-member": v2.Job(**common, command="train --epochs 4"),
    }


NEWER_JOBS = _newer_jobs()


def _known_to(older: descriptor.Descriptor, newer: message.Message) -> message.Message:
    """Returns a copy of `newer` without the fields that `older` does not declare."""
    projected = type(newer)()
    projected.CopyFrom(newer)
    _clear_unknown_to(older, projected)
    return projected


def _clear_unknown_to(older: descriptor.Descriptor, newer: message.Message) -> None:
    for field, value in newer.ListFields():
        if field.number not in older.fields_by_number:
            newer.ClearField(field.name)
            continue
        older_field = older.fields_by_number[field.number]
        if field.message_type is None:
            continue
        if field.message_type.GetOptions().map_entry:
            value_field = field.message_type.fields_by_name["value"]
            if value_field.message_type is not None:
                older_value = older_field.message_type.fields_by_name["value"].message_type
                for item in value.values():
                    _clear_unknown_to(older_value, item)
        elif field.is_repeated:
            for item in value:
                _clear_unknown_to(older_field.message_type, item)
        else:
            _clear_unknown_to(older_field.message_type, value)


def _field_numbers(unknown: unknown_fields.UnknownFieldSet) -> list[int]:
    return sorted(field.field_number for field in unknown)


@pytest.mark.parametrize("newer", NEWER_JOBS.values(), ids=NEWER_JOBS.keys())
def test_older_reader_keeps_every_field_it_knows(newer: v2.Job) -> None:
    older = v1.Job.FromString(newer.SerializeToString())
    older.DiscardUnknownFields()

    written = v2.Job.FromString(older.SerializeToString())

    assert written == _known_to(v1.Job.DESCRIPTOR, newer)
    assert older.priority == v2.PRIORITY_CRITICAL  # an open enum keeps unknown values


@pytest.mark.parametrize("newer", NEWER_JOBS.values(), ids=NEWER_JOBS.keys())
def test_older_reader_writes_back_the_fields_it_does_not_know(newer: v2.Job) -> None:
    older = v1.Job.FromString(newer.SerializeToString())

    assert v2.Job.FromString(older.SerializeToString()) == newer


def test_older_reader_holds_unknown_fields_where_they_were() -> None:
    older = v1.Job.FromString(NEWER_JOBS["new-oneof-member"].SerializeToString())

    assert older.WhichOneof("target") is None
    assert _field_numbers(unknown_fields.UnknownFieldSet(older)) == [5, 6, 12]
    assert _field_numbers(unknown_fields.UnknownFieldSet(older.steps[0])) == [3]
    assert _field_numbers(unknown_fields.UnknownFieldSet(older.hooks["failure"])) == [3]


@pytest.mark.parametrize("newer", NEWER_JOBS.values(), ids=NEWER_JOBS.keys())
def test_older_reader_edits_a_known_field_and_keeps_the_rest(newer: v2.Job) -> None:
    older = v1.Job.FromString(newer.SerializeToString())
    older.name = "weekly"
    older.steps[0].timeout_seconds = 90

    expected = v2.Job()
    expected.CopyFrom(newer)
    expected.name = "weekly"
    expected.steps[0].timeout_seconds = 90
    assert v2.Job.FromString(older.SerializeToString()) == expected


def test_newer_reader_reads_older_bytes() -> None:
    older = v1.Job(
        name="nightly",
        priority=v1.PRIORITY_HIGH,
        steps=[v1.Step(name="fetch", timeout_seconds=60)],
        hooks={"failure": v1.Step(name="alert")},
        image="trainer:3",
    )

    newer = v2.Job.FromString(older.SerializeToString())

    assert not newer.HasField("retries")
    assert not newer.labels
    assert list(newer.steps[0].args) == []
    assert v1.Job.FromString(newer.SerializeToString()) == older
    assert not unknown_fields.UnknownFieldSet(newer)


@pytest.mark.parametrize("newer", NEWER_JOBS.values(), ids=NEWER_JOBS.keys())
def test_older_models_write_back_the_fields_they_do_not_know(newer: v2.Job) -> None:
    older = models_v1.Job.parse(newer.SerializeToString())

    assert v2.Job.FromString(bytes(older)) == newer
    assert models_v2.Job.parse(bytes(older)) == models_v2.Job.parse(newer.SerializeToString())


def test_older_models_keep_every_field_they_know() -> None:
    older = models_v1.Job.parse(NEWER_JOBS["new-oneof-member"].SerializeToString())

    assert older.name == "nightly"
    assert older.priority == v2.PRIORITY_CRITICAL
    assert [(step.name, step.timeout_seconds) for step in older.steps] == [
        ("fetch", 60),
        ("train", 0),
    ]
    assert older.hooks["failure"].timeout_seconds == 5
    assert (older.image, older.command) == (None, None)


@pytest.mark.parametrize("newer", NEWER_JOBS.values(), ids=NEWER_JOBS.keys())
def test_older_models_edit_a_known_field_and_keep_the_rest(newer: v2.Job) -> None:
    older = models_v1.Job.parse(newer.SerializeToString())
    older.name = "weekly"

    expected = v2.Job()
    expected.CopyFrom(newer)
    expected.name = "weekly"
    assert v2.Job.FromString(bytes(older)) == expected
