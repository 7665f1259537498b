"""Checks flyteidl2.models_codec: that the betterproto2 models convert to and from the
protobuf classes without loss, write canonical bytes, and refuse what they cannot hold
with errors that name the field."""

import abc
import copy
import datetime
import doctest
import math
import pathlib
import pickle
import subprocess
import sys

import betterproto2
import pytest
from google.protobuf import json_format
from google.protobuf.message import DecodeError

from flyteidl2 import _native, canonical, models_codec
from flyteidl2._wire import varint
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


def test_plain_bytes_are_read_without_upb(monkeypatch: pytest.MonkeyPatch) -> None:
    message = _mixed_map()
    data = canonical.encode(message)

    def refuse(_plan: object, _data: bytes) -> object:
        raise AssertionError("upb read the bytes")

    monkeypatch.setattr(models_codec, "_decode_through_upb", refuse)
    model = models_codec.decode(core.LiteralMap, data)
    assert models_codec.to_message(model) == message
    assert models_codec.encode(model) == data


def _record(number: int, body: bytes) -> bytes:
    """Writes a length-delimited record."""
    return varint(number << 3 | 2) + varint(len(body)) + body


_INTEGER_5 = _record(3, b"\x08\x05")  # Literal.primitive = Primitive(integer=5)


@pytest.mark.parametrize(
    ("model_class", "data"),
    [
        (core.Literal, _INTEGER_5 + _record(3, b"\x20\x01")),  # the primitive twice: merged
        (core.Primitive, b"\x08\x05" + _record(3, b"x")),  # a later oneof member replaces
        (core.Primitive, b"\x08\x85\x80\x00"),  # a varint longer than it needs to be
        (core.Primitive, b"\x08\xff\xff\xff\xff\xff\xff\xff\xff\xff\x7f"),  # bits past 64
        (core.Primitive, _record(5, b"\x08\x05") + _record(5, b"\x10\x03")),  # merged times
        (core.LiteralMap, _record(1, _record(1, b"k") + _record(2, b""))),  # an empty value
        (core.LiteralMap, _record(1, _record(2, b"") + _record(1, b"k"))),  # value first
        (core.LiteralMap, _record(1, _record(2, b""))),  # no key
        (core.LiteralMap, _record(1, _record(1, b"k"))),  # no value
        (core.LiteralMap, _record(1, _record(1, b"a") + _record(1, b"b") + _record(2, b""))),
        (core.LiteralMap, 2 * _record(1, _record(1, b"k") + _record(2, _INTEGER_5))),
        (core.LiteralCollection, _record(1, b"") + _record(1, _INTEGER_5)),
        (core.Literal, _record(3, b"\x20\x02")),  # a bool of 2
        # Literal.blob.metadata.type.dimensionality, a number the enum does not name
        (core.Literal, _record(5, _record(2, _record(1, b"\x10\x07")))),
        (core.Primitive, _record(5, b"\x08\x01\x10\xe7\x07")),  # nanoseconds in a Timestamp
        # A Duration of -1 seconds and nanos of -996 written in 32 bits, not sign-extended
        (
            core.Primitive,
            _record(6, b"\x08\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01\x10\x9c\xf8\xff\xff\x0f"),
        ),
    ],
)
def test_decoding_reads_what_upb_reads(model_class: type, data: bytes) -> None:
    message_class = type(models_codec.to_message(model_class()))
    expected = models_codec.from_message(message_class.FromString(data))
    assert models_codec.decode(model_class, data) == expected


@pytest.mark.parametrize(
    ("model_class", "data", "error"),
    [
        (core.Primitive, _record(3, b"\xff"), "UTF-8"),  # a string that is not UTF-8
        (core.LiteralMap, _record(1, _record(1, b"\xc0\x80") + _record(2, b"")), "UTF-8"),
        (core.Literal, b"\x1a\x7f\x08\x01", "corrupt|truncated"),  # a length past the end
        (core.Primitive, b"\x0f", "corrupt"),  # wire type 7
        (core.Primitive, b"\x08", "corrupt|truncated"),  # a varint cut short
        (core.Primitive, b"\x09" + bytes(8), "wire type 1"),  # integer (1) as a fixed64
        (core.LiteralCollection, b"\x08\x01", "wire type 0"),  # a message as a varint
    ],
)
def test_decoding_rejects_malformed_bytes(model_class: type, data: bytes, error: str) -> None:
    with pytest.raises(DecodeError, match=error):
        models_codec.decode(model_class, data)


def test_decoding_refuses_nesting_past_the_limit() -> None:
    data = models_codec.encode(_nested_unions(canonical.MAX_DEPTH // 2 - 1))
    for _ in range(2):  # one Union and one Literal more
        data = _record(9, _record(1, data))
    with pytest.raises(DecodeError, match="MaxDepth"):
        models_codec.decode(core.Literal, data)


_MOMENT = datetime.datetime(2024, 2, 29, 23, 59, 58, 999_999, tzinfo=UTC)


@pytest.mark.parametrize(
    "model",
    [
        core.Primitive(datetime=_MOMENT),
        core.Primitive(
            datetime=_MOMENT.astimezone(datetime.timezone(datetime.timedelta(hours=-5)))
        ),
        core.Primitive(datetime=NanosecondDatetime(1, 1, 1, tzinfo=UTC, nanosecond=1)),
        core.Primitive(datetime=datetime.datetime(1969, 12, 31, 23, 59, 59, 1, tzinfo=UTC)),
        core.Primitive(duration=datetime.timedelta(days=-1, microseconds=1)),
        core.Primitive(duration=NanosecondTimedelta(seconds=-2, nanoseconds=3)),
        core.Primitive(duration=NanosecondTimedelta(microseconds=-1, nanoseconds=999)),
        core.Primitive(duration=datetime.timedelta.max),
        core.Primitive(float_value=-0.0),
        core.Primitive(integer=-(2**63)),
        core.Primitive(boolean=False),
        core.Literal(metadata={"b": "", "a": "é", "😀": "x", "\x7f": ""}),
        core.LiteralCollection(literals=[core.Literal(), core.Literal(hash="h")]),
    ],
)
def test_encoding_writes_what_conversion_writes(model: betterproto2.Message) -> None:
    data = models_codec.encode(model)
    assert data == canonical.encode(models_codec.to_message(model))
    assert models_codec.decode(type(model), data) == model


# A field of a plan as ModelCodec.define takes it; each case changes some of it.
_STRING_FIELD = (1, "value", 0, 9, 0, None, None, None)


class _OwnNew(core.NoneValue):
    def __new__(cls) -> "_OwnNew":
        return super().__new__(cls)


class _Abstract(core.NoneValue):
    @abc.abstractmethod
    def kind(self) -> str: ...


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({0: 0}, r"t\.T\.value \(0\): field numbers are 1 to 2\^29 - 1"),
        ({3: 10}, "groups are not supported"),
        ({3: 11}, "a message type is given exactly for message fields"),
        ({5: 0}, "a message type is given exactly for message fields"),
        ({3: 11, 5: 1}, "the message type's index is out of range"),
        ({3: 11, 2: 1, 5: "google.protobuf.Any"}, "not a Timestamp or Duration"),
        ({3: 11, 5: "google.protobuf.Timestamp"}, "a singular message field has explicit"),
        ({3: 14}, "an enum is given exactly for enum fields"),
        ({2: 3, 4: 1}, "a map key of a type that maps cannot have"),
        ({4: 9}, "a key type is given only for maps"),
        ({2: 4}, r"shapes are 0 \(implicit presence\) to 3 \(map\)"),
        ({2: 2, 7: 0}, "a oneof member has explicit presence"),
        ({1: "other"}, "the defaults hold no value of the field"),
    ],
)
def test_bad_codec_plans_are_refused_naming_the_field(
    changes: dict[int, object], error: str
) -> None:
    codec = _native.ModelCodec(NanosecondDatetime, NanosecondTimedelta)
    field = tuple(changes.get(index, value) for index, value in enumerate(_STRING_FIELD))
    defaults = {"_unknown_fields": b"", "value": ""}
    with pytest.raises(ValueError, match=error):
        codec.define([("t.T", core.NoneValue, defaults, [field])])  # type: ignore[list-item]
    assert len(codec) == 0  # a codec never changes


def test_codec_plans_are_checked_as_a_whole() -> None:
    codec = _native.ModelCodec(NanosecondDatetime, NanosecondTimedelta)
    defaults = {"_unknown_fields": b"", "value": ""}
    with pytest.raises(ValueError, match=r"t\.T: two fields have number 1"):
        codec.define([("t.T", core.NoneValue, defaults, [_STRING_FIELD, _STRING_FIELD])])
    for model_class in (_OwnNew, _Abstract):
        with pytest.raises(ValueError, match="is abstract or makes its instances otherwise"):
            codec.define([("t.T", model_class, defaults, [])])
    defined = codec.define([("t.T", core.NoneValue, {"_unknown_fields": b""}, [])])
    assert (len(codec), len(defined)) == (0, 1)
    assert defined.decode(0, b"") == core.NoneValue()
    with pytest.raises(IndexError, match="type index 1 is out of range: the codec has 1 types"):
        defined.encode(1, core.NoneValue())


THREADS_MAKING_PLANS = """
import importlib, pathlib, sys, threading
from flyteidl2 import models_codec

sys.setswitchinterval(1e-6)  # let the threads take turns as often as they can
classes = []
generated = pathlib.Path(sys.argv[1])
for path in sorted(generated.glob("flyteidl2/*/v1/*_pb2.py")):
    module = importlib.import_module(".".join(path.relative_to(generated).with_suffix("").parts))
    classes += [getattr(module, name) for name in module.DESCRIPTOR.message_types_by_name]
failures = []

def convert(share):
    try:
        for message_class in share:
            model = models_codec.from_message(message_class())
            data = models_codec.encode(model)
            assert models_codec.decode(type(model), data) == model
    except BaseException as error:
        failures.append(repr(error))

threads = [threading.Thread(target=convert, args=(classes[i::8],)) for i in range(8)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(len(classes), failures)
"""


def test_threads_that_make_plans_at_once_each_get_whole_plans() -> None:
    # A fresh interpreter, so that no plan exists yet and every thread makes some.
    generated = pathlib.Path(__file__).resolve().parents[2] / "gen" / "python"
    result = subprocess.run(
        [sys.executable, "-c", THREADS_MAKING_PLANS, generated],
        capture_output=True,
        text=True,
        check=True,
    )
    count, failures = result.stdout.split(" ", 1)
    assert int(count) > 300
    assert failures.strip() == "[]", failures
