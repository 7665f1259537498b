"""Checks flyteidl2.models_codec: that the betterproto2 models convert to and from the
protobuf classes without loss, write canonical bytes, and refuse what they cannot hold
with errors that name the field."""

import copy
import datetime
import doctest
import math
import pickle

import pytest
from google.protobuf import json_format
from google.protobuf.message import DecodeError

from flyteidl2 import canonical, models_codec
from flyteidl2.core.v1 import literals_pb2, policies_pb2
from flyteidl2.models.flyteidl2.core import v1 as core
from flyteidl2.models_codec import ModelConversionError, NanosecondDatetime, NanosecondTimedelta

UTC = datetime.UTC


def _mixed_map() -> literals_pb2.LiteralMap:
    """A literal map holding a bit of everything the models must keep exactly."""
    literals = literals_pb2.LiteralMap()
    entries = literals.literals
    entries["b-int"].primitive.integer = -(2**63)
    entries["a-negative-zero"].primitive.float_value = -0.0
    entries["nan"].primitive.float_value = math.nan
    entries["zero-member"].primitive.integer = 0  # a oneof member set to zero
    entries["none"].none_value.SetInParent()  # an empty message
    entries["time"].primitive.datetime.seconds = -62135596800  # 0001-01-01
    entries["time"].primitive.datetime.nanos = 999_999_999
    entries["span"].primitive.duration.seconds = -5
    entries["span"].primitive.duration.nanos = -1
    entries["é"].metadata["😀"] = ""
    collection = entries["list"].collection
    for number in (3, -1, 2):
        collection.literals.add().primitive.integer = number
    entries["blob"].blob.metadata.blob_type.dimensionality = 7  # a number with no name
    return literals


def test_models_write_the_canonical_bytes_of_the_message() -> None:
    message = _mixed_map()
    model = models_codec.from_message(message)
    assert models_codec.encode(model) == canonical.encode(message)
    assert models_codec.inputs_hash(model) == canonical.inputs_hash(message)


def test_conversion_keeps_every_value() -> None:
    message = _mixed_map()
    model = models_codec.decode(core.LiteralMap, canonical.encode(message))
    assert models_codec.to_message(model) == message
    literals = model.literals
    assert math.copysign(1.0, literals["a-negative-zero"].primitive.float_value) == -1.0
    assert literals["zero-member"].primitive.integer == 0
    assert literals["none"].none_value == core.NoneValue()
    unnamed = literals["blob"].blob.metadata.blob_type.dimensionality
    assert isinstance(unnamed, core.BlobDimensionality)
    assert unnamed.value == 7


def test_timestamps_keep_their_nanoseconds() -> None:
    message = literals_pb2.Primitive()
    message.datetime.seconds = 1_700_000_000
    message.datetime.nanos = 123_456_789
    model = models_codec.from_message(message)
    value = model.datetime
    assert isinstance(value, NanosecondDatetime)
    assert (value.microsecond, value.nanosecond) == (123_456, 789)
    assert value.tzinfo is UTC
    assert models_codec.to_message(model) == message
    assert value != value.replace(microsecond=123_456)  # replace drops the nanoseconds
    assert value > datetime.datetime(2023, 11, 14, 22, 13, 20, 123_456, tzinfo=UTC)
    assert copy.deepcopy(model) == model
    assert pickle.loads(pickle.dumps(value)).nanosecond == 789


def test_whole_microseconds_stay_plain_datetimes_and_timedeltas() -> None:
    model = core.Primitive(datetime=datetime.datetime(2024, 2, 29, 12, 0, 0, 5, tzinfo=UTC))
    back = models_codec.decode(core.Primitive, models_codec.encode(model))
    assert type(back.datetime) is datetime.datetime
    assert back == model


def test_negative_durations_keep_their_nanoseconds() -> None:
    message = literals_pb2.Primitive()
    message.duration.seconds = -1
    message.duration.nanos = -500
    model = models_codec.from_message(message)
    value = model.duration
    assert isinstance(value, NanosecondTimedelta)
    assert value < datetime.timedelta(seconds=-1)
    assert models_codec.to_message(model) == message
    assert hash(value) != hash(datetime.timedelta(seconds=-1))


@pytest.mark.parametrize(
    ("seconds", "nanos"),
    [(253402300800, 0), (-62135596801, 0), (0, -1), (0, 1_000_000_000)],
)
def test_timestamps_no_datetime_holds_are_refused(seconds: int, nanos: int) -> None:
    message = literals_pb2.Primitive()
    message.datetime.seconds = seconds
    message.datetime.nanos = nanos
    with pytest.raises(ModelConversionError, match=r"flyteidl2\.core\.v1\.Primitive\.datetime"):
        models_codec.from_message(message)


@pytest.mark.parametrize(("seconds", "nanos"), [(1, -1), (-1, 1), (0, 1_000_000_000)])
def test_invalid_durations_are_refused(seconds: int, nanos: int) -> None:
    message = literals_pb2.Primitive()
    message.duration.seconds = seconds
    message.duration.nanos = nanos
    with pytest.raises(ModelConversionError, match=r"Primitive\.duration: .* not valid"):
        models_codec.from_message(message)


def test_unknown_fields_are_kept_and_have_no_canonical_encoding() -> None:
    primitive = b"\x08\x05" + b"\xb3\x06\x08\x01\xb4\x06"  # integer 5, then a group 102
    data = b"\x1a" + bytes([len(primitive)]) + primitive + b"\xa8\x06\x07"  # field 101
    model = models_codec.decode(core.Literal, data)
    assert models_codec.to_message(model).SerializeToString() == data
    assert models_codec.to_message(models_codec.from_message(models_codec.to_message(model))) == (
        literals_pb2.Literal.FromString(data)
    )
    with pytest.raises(canonical.CanonicalEncodingError, match="unknown fields 101"):
        models_codec.encode(model)


def test_unknown_fields_inside_a_timestamp_are_refused() -> None:
    timestamp = b"\x08\x01" + b"\xa8\x06\x07"  # seconds 1, then field 101
    data = b"\x2a" + bytes([len(timestamp)]) + timestamp  # Primitive.datetime
    with pytest.raises(ModelConversionError, match="unknown fields 101, which a datetime"):
        models_codec.decode(core.Primitive, data)


@pytest.mark.parametrize(
    ("model_class", "data"),
    [
        (core.Primitive, b"\x0d\x00\x00\x00\x00"),  # integer (1) as a fixed32
        (core.NoneValue, b"\x00\x00"),  # field number 0
    ],
)
def test_decode_rejects_records_upb_keeps_as_unknown(model_class: type, data: bytes) -> None:
    with pytest.raises(DecodeError):
        models_codec.decode(model_class, data)


def test_decode_rejects_what_upb_rejects() -> None:
    with pytest.raises(DecodeError):
        models_codec.decode(core.Literal, b"\x1a\x05\x08")  # truncated


_BAD_VALUES = pytest.mark.parametrize(
    ("model", "field", "reason"),
    [
        (core.Primitive(integer="7"), "Primitive.integer", "str"),
        (core.Binary(tag=None), "Binary.tag", "holds None"),
        (core.Literal(primitive=core.Blob()), "Literal.primitive", "expected a Primitive model"),
        (
            core.Primitive(datetime=datetime.datetime(2024, 1, 1)),
            "Primitive.datetime",
            "no time zone",
        ),
        (core.Primitive(duration=5), "Primitive.duration", "expected a timedelta"),
        (
            core.Primitive(integer=1, string_value="x"),
            "Primitive.string_value",
            "another member of oneof value",
        ),
        (core.Literal(metadata={"k": 1}), "Literal.metadata", "bad argument type"),
        (core.Literal(metadata={"k": "", 1: ""}), "Literal.metadata", "bad argument type"),
        (core.Primitive(string_value="\ud800"), "Primitive.string_value", "can't encode"),
        (core.LiteralCollection(literals=5), "LiteralCollection.literals", "not iterable"),
    ],
)


@_BAD_VALUES
def test_bad_model_values_are_refused_naming_the_field(
    model: object, field: str, reason: str
) -> None:
    with pytest.raises(ModelConversionError, match=rf"flyteidl2\.core\.v1\.{field}: .*{reason}"):
        models_codec.to_message(model)  # type: ignore[arg-type]


@_BAD_VALUES
def test_encoding_refuses_bad_model_values_as_conversion_does(
    model: object, field: str, reason: str
) -> None:
    with pytest.raises(ModelConversionError, match=rf"flyteidl2\.core\.v1\.{field}: .*{reason}"):
        models_codec.encode(model)  # type: ignore[arg-type]


def _nested_unions(levels: int) -> core.Literal:
    literal = core.Literal(primitive=core.Primitive(integer=1))
    for _ in range(levels):
        literal = core.Literal(union_value=core.Union(value=literal))
    return literal


def test_nesting_is_limited_as_on_the_wire() -> None:
    at_limit = _nested_unions(canonical.MAX_DEPTH // 2 - 1)  # each union is two levels
    assert models_codec.decode(core.Literal, models_codec.encode(at_limit)) == at_limit
    with pytest.raises(ModelConversionError, match="nest more than 100 deep"):
        models_codec.to_message(_nested_unions(canonical.MAX_DEPTH))


def test_json_round_trips_and_reads_negative_zero_written_as_an_integer() -> None:
    message = _mixed_map()
    model = models_codec.from_message(message)
    text = models_codec.to_json(model)
    assert canonical.encode(json_format.Parse(text, literals_pb2.LiteralMap())) == (
        canonical.encode(message)
    )
    back = models_codec.from_json(core.LiteralMap, text)
    assert models_codec.encode(back) == canonical.encode(message)
    negative = models_codec.from_json(core.Primitive, '{"floatValue": -0}')
    assert math.copysign(1.0, negative.float_value) == -1.0


def test_json_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(json_format.ParseError, match="expected a JSON object"):
        models_codec.from_json(core.Literal, "[]")


def test_messages_of_other_packages_convert_too() -> None:
    policy = policies_pb2.RetryPolicy()
    policy.max_backoff.seconds = 30
    model = models_codec.from_message(policy)
    assert model.max_backoff == datetime.timedelta(seconds=30)
    assert models_codec.to_message(model) == policy


@pytest.mark.parametrize("full_name", ["flyteidl2.core.v1.NoSuchType", "no.such.Type"])
def test_a_type_no_protobuf_module_defines_is_named(full_name: str) -> None:
    with pytest.raises(ModelConversionError, match=f"no protobuf message type {full_name}"):
        models_codec._message_class(full_name)


def test_module_examples_run() -> None:
    assert doctest.testmod(models_codec).failed == 0


def test_arithmetic_on_nanosecond_values_works_in_microseconds() -> None:
    moment = NanosecondDatetime(2024, 1, 1, tzinfo=UTC, nanosecond=5)
    later = moment + datetime.timedelta(seconds=1)
    assert later.nanosecond == 0
    assert later == datetime.datetime(2024, 1, 1, 0, 0, 1, tzinfo=UTC)
    span = NanosecondTimedelta(seconds=1, nanoseconds=3)
    assert span + datetime.timedelta(0) == datetime.timedelta(seconds=1)
    with pytest.raises(ValueError, match="nanoseconds must be 0 to 999"):
        NanosecondTimedelta(nanoseconds=1000)


def test_plain_models_are_written_without_converting_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    message = _mixed_map()
    expected = canonical.encode(message)
    model = models_codec.from_message(message)

    def refuse(_message: object) -> bytes:
        raise AssertionError("the converting route was taken")

    monkeypatch.setattr(canonical, "encode", refuse)
    assert models_codec.encode(model) == expected


def test_values_of_other_types_are_written_as_their_message_holds_them() -> None:
    as_int = core.Primitive(float_value=2)  # a float field given an int
    assert models_codec.encode(as_int) == models_codec.encode(core.Primitive(float_value=2.0))


def test_json_nested_past_what_python_reads_is_refused() -> None:
    bomb = '{"union_value": {"value": ' * 100_000 + "{}" + "}}" * 100_000
    with pytest.raises(json_format.ParseError, match="recursion"):
        models_codec.from_json(core.Literal, bomb)
