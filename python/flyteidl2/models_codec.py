"""Canonical bytes, ProtoJSON and lossless conversion for the betterproto2 models.

The dataclass models in `flyteidl2.models` are a typed view of the same messages as the
protobuf classes. Their own encoder, `bytes(model)`, is not canonical (it writes fields
in declaration order, drops negative zero and keeps map entries in insertion order) and
slow, so this module never uses it. `encode` and `decode` go between a model and its
canonical bytes in the package's compiled module (`flyteidl2._native.ModelCodec`),
which follows a plan of each message type that this module makes from the protobuf
descriptors and the model classes; `to_message` and `from_message` convert between a
model and the protobuf message of its type, field by field:

    >>> from flyteidl2.models.flyteidl2.core import v1 as core
    >>> literal = core.Literal(primitive=core.Primitive(integer=7))
    >>> encode(literal).hex()
    '1a020807'
    >>> decode(core.Literal, bytes.fromhex("1a020807")) == literal
    True

Conversion is lossless in both directions: negative zero, unknown enum numbers, empty
messages, oneof members set to zero and unknown fields all survive. The models hold a
`google.protobuf.Timestamp` as an aware `datetime` in UTC and a `Duration` as a
`timedelta`, which count microseconds; a value with nanoseconds below the microsecond
comes back as a `NanosecondDatetime` or `NanosecondTimedelta`, subclasses that keep
them. A Timestamp or Duration that neither can hold exactly (outside the years 1 to
9999, or with nanos out of range or of the other sign than its seconds) is refused
with a `ModelConversionError`, never rounded.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import importlib
import json
import pkgutil
import struct
import threading
from collections.abc import Callable
from typing import Any, TypeVar, cast

import betterproto2
from google.protobuf import descriptor_pool, json_format, message_factory, unknown_fields
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import DecodeError, Message

from flyteidl2 import _native, canonical
from flyteidl2._nanosecond_time import (
    NanosecondDatetime,
    NanosecondTimedelta,
    with_nanosecond,
    with_nanoseconds,
)
from flyteidl2._wire import (
    WIRE_END_GROUP,
    WIRE_FIXED64,
    WIRE_LEN,
    WIRE_START_GROUP,
    WIRE_VARINT,
    is_map,
    varint,
)
from flyteidl2.models.message_pool import default_message_pool

__all__ = [
    "ModelConversionError",
    "NanosecondDatetime",
    "NanosecondTimedelta",
    "decode",
    "encode",
    "from_json",
    "from_message",
    "inputs_hash",
    "to_json",
    "to_message",
]

ModelT = TypeVar("ModelT", bound=betterproto2.Message)

# betterproto2 registers each model under the type URL of its message type.
_TYPE_URL_PREFIX = "type.googleapis.com/"
_MODELS_PACKAGE = "flyteidl2.models"
_UTC = datetime.UTC
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=_UTC)
_NANOS_PER_SECOND = 10**9
_TIMESTAMP_SECONDS = (-62135596800, 253402300799)  # 0001-01-01 to 9999-12-31 UTC


class ModelConversionError(ValueError):
    """Raised when a model and a protobuf message cannot be converted into each other
    exactly: a model field holds a value of the wrong type, a oneof has two members
    set, a Timestamp or Duration has no exact datetime or timedelta, or messages nest
    more than `canonical.MAX_DEPTH` deep. The message names the message type and the
    field at fault."""


# The public functions


def encode(model: betterproto2.Message) -> bytes:
    """Returns the canonical bytes of a model (docs/canonical-encoding.md).

    A model of values of the exact types its fields declare is written by the compiled
    codec; any other model (unknown fields, nesting past the limit, a value of another
    type, two members of a oneof) is converted to its message and written by
    `canonical.encode`, which gives the same bytes or an error that names the problem.

    Raises:
        ModelConversionError: The model holds a value its message cannot (see
            `to_message`).
        canonical.CanonicalEncodingError: The message has no canonical encoding: it
            holds unknown fields.
    """
    plan = _model_plan(type(model))
    data = _CODEC.encode(plan.index, model)
    if data is None:
        # The converting route checks every value and names what is wrong, or writes
        # what the codec left to it.
        return canonical.encode(to_message(model))
    return data


def inputs_hash(model: betterproto2.Message) -> str:
    """Returns the input hash of a model: the hex SHA-256 of its canonical bytes."""
    return hashlib.sha256(encode(model)).hexdigest()


def decode(model_class: type[ModelT], data: bytes) -> ModelT:
    """Reads protobuf bytes as a model of the given class, unknown fields included.

    The compiled codec reads plain bytes: well formed, every field one the type defines
    in its own wire type, no singular field or oneof set twice, Timestamps and
    Durations that a datetime or timedelta holds. It leaves anything else to upb, whose
    message is then converted, so that every input is judged as upb judges it. upb
    keeps two kinds of malformed record as unknown fields instead of rejecting them, a
    record in a wire type its field does not use and field number 0 in a message type
    without fields; both are rejected here.

    Raises:
        google.protobuf.message.DecodeError: The bytes are not a message of the type.
        ModelConversionError: The message holds a Timestamp or Duration that the model
            cannot hold exactly.
    """
    plan = _model_plan(model_class)
    model = _CODEC.decode(plan.index, data)
    if model is None:
        model = _decode_through_upb(plan, data)
    return cast(ModelT, model)


def _decode_through_upb(plan: _Plan, data: bytes) -> betterproto2.Message:
    """Reads the bytes that the codec leaves, which upb judges."""
    message = plan.message_class.FromString(data)
    # Looking for unknown fields in each message as it is converted would cost more
    # than converting it, so upb drops them at every depth, and only if that changes
    # the size is the input read again and converted with them.
    size = message.ByteSize()
    message.DiscardUnknownFields()
    if message.ByteSize() == size:
        return _read(message, plan, 0, False)
    message = plan.message_class.FromString(data)
    misplaced = _misplaced_record(message)
    if misplaced is not None:
        raise DecodeError(f"{plan.descriptor.full_name}: {misplaced}")
    return _read(message, plan, 0, True)


def from_message(message: Message) -> betterproto2.Message:
    """Returns the model holding the same value as a protobuf message, unknown fields
    included.

    Raises:
        ModelConversionError: The message holds a Timestamp or Duration that the model
            cannot hold exactly, or nests more than `canonical.MAX_DEPTH` deep.
    """
    plan = _message_plan(type(message))
    return _read(message, plan, 0, _holds_unknown_fields(message))


def to_message(model: betterproto2.Message) -> Message:
    """Returns the protobuf message holding the same value as a model, unknown fields
    included.

    Raises:
        ModelConversionError: A field holds a value of the wrong type, a oneof has more
            than one member set, a datetime has no time zone, or messages nest more
            than `canonical.MAX_DEPTH` deep.
    """
    plan = _model_plan(type(model))
    message = plan.message_class()
    _write(model, message, plan, 0)
    return message


def to_json(model: betterproto2.Message) -> str:
    """Returns a model's ProtoJSON, as `json_format` writes it for the protobuf class."""
    return json_format.MessageToJson(to_message(model))


def from_json(model_class: type[ModelT], text: str) -> ModelT:
    """Reads ProtoJSON as a model of the given class.

    Raises:
        google.protobuf.json_format.ParseError: The text is not ProtoJSON of the type.
        ModelConversionError: As `from_message`.
    """
    plan = _model_plan(model_class)
    try:
        # "-0" is how some writers spell negative zero; json reads it as the integer 0.
        value = json.loads(text, parse_int=_parse_json_int)
    except (ValueError, RecursionError) as error:  # RecursionError: nested too deep
        raise json_format.ParseError(f"{plan.descriptor.full_name}: {error}") from error
    # json_format reads anything but an object as an empty message.
    if not isinstance(value, dict):
        raise json_format.ParseError(
            f"{plan.descriptor.full_name}: expected a JSON object, got {type(value).__name__}"
        )
    return _read(json_format.ParseDict(value, plan.message_class()), plan, 0, False)  # type: ignore[return-value]


def _parse_json_int(text: str) -> int | float:
    return -0.0 if text == "-0" else int(text)


# What each type's conversion does, worked out once per type

_Write = Callable[[Message, Any, int], None]
_Read = Callable[[Any, int, bool], Any]


@dataclasses.dataclass(frozen=True)
class _Writer:
    """How one field goes from a model to its message."""

    name: str  # the model's attribute
    proto_name: str
    # The plan of a singular message field's type, whose values are written inline.
    child: _Plan | None
    write: _Write
    # None is no value for the field: an implicit-presence scalar, a repeated field or
    # a map (for any other field None means unset).
    required: bool
    # A false value (a scalar's default, an empty list or map) need not be written.
    # A float is written even then, so that negative zero is kept.
    skip_when_false: bool
    oneof: str | None  # the oneof it is a member of, when that has other members


@dataclasses.dataclass(eq=False)
class _Plan:
    """How to convert one message type; `_fill` completes it right after it is made,
    so that recursive types find their own plan."""

    model_class: type[betterproto2.Message]
    message_class: type[Message]
    descriptor: Descriptor
    # The type's index in _CODEC.
    index: int
    # Model to message: one tuple per field, in field number order.
    writers: tuple[tuple[str, str, _Plan | None, _Write, bool, bool, str | None], ...] = ()
    # Message to model.
    # (model attribute, read or None for a scalar, the plan of a singular message)
    readers: dict[FieldDescriptor, tuple[str, _Read | None, _Plan | None]] = dataclasses.field(
        default_factory=dict
    )
    # The model's value of each field the message does not set; dict_fields and
    # list_fields get a new empty container in each model.
    defaults: dict[str, Any] = dataclasses.field(default_factory=dict)
    dict_fields: tuple[str, ...] = ()
    list_fields: tuple[str, ...] = ()
    # Its fields as _CODEC.define takes them.
    codec_fields: list[_native.CodecField] = dataclasses.field(default_factory=list)


_PLANS: dict[type[Message], _Plan] = {}
_MODEL_PLANS: dict[type[betterproto2.Message], _Plan] = {}
# Plans are made under this lock, and published in _PLANS and _MODEL_PLANS once _CODEC
# holds every type they reach, so that other threads only ever find whole plans.
_PLANNING = threading.RLock()
# The plans that the thread holding _PLANNING is making, in index order.
_MAKING: dict[type[Message], _Plan] = {}
# Replaced, never changed, when plans are published: an encode or decode under way on
# another thread keeps the codec it started with.
_CODEC = _native.ModelCodec(NanosecondDatetime, NanosecondTimedelta)


def _model_plan(model_class: type[betterproto2.Message]) -> _Plan:
    plan = _MODEL_PLANS.get(model_class)
    if plan is None:
        url = default_message_pool.type_to_url.get(model_class)
        if url is None:
            raise ModelConversionError(f"{model_class.__name__} is not a flyteidl2 model")
        plan = _message_plan(_message_class(url.removeprefix(_TYPE_URL_PREFIX)))
    return plan


def _message_plan(message_class: type[Message]) -> _Plan:
    plan = _PLANS.get(message_class)
    if plan is not None:
        return plan
    with _PLANNING:
        plan = _PLANS.get(message_class) or _MAKING.get(message_class)
        if plan is not None:
            return plan
        if _MAKING:  # a type another new plan reaches: that plan defines it
            return _new_plan(message_class)
        global _CODEC
        try:
            plan = _new_plan(message_class)
            # Every type the plan reaches has a plan now, so the codec can take them all.
            made = list(_MAKING.values())
            _CODEC = _CODEC.define(
                [(p.descriptor.full_name, p.model_class, p.defaults, p.codec_fields) for p in made]
            )
            for made_plan in made:
                _PLANS[made_plan.message_class] = made_plan
                _MODEL_PLANS[made_plan.model_class] = made_plan
        finally:
            _MAKING.clear()
        return plan


def _new_plan(message_class: type[Message]) -> _Plan:
    descriptor = cast(Descriptor, message_class.DESCRIPTOR)
    index = len(_CODEC) + len(_MAKING)
    plan = _Plan(_model_class(descriptor), message_class, descriptor, index)
    _MAKING[message_class] = plan
    _fill(plan)
    return plan


def _fill(plan: _Plan) -> None:
    model_class: Any = plan.model_class  # a dataclass, which its base class is not
    # The class of each model field's values (for a map, of its entries; the values'
    # class is under "<name>.value").
    value_classes = model_class._betterproto.cls_by_field
    names = {
        betterproto2.FieldMetadata.get(f).number: f.name for f in dataclasses.fields(model_class)
    }
    writers = []
    # A proto3 optional field is the only member of its oneof.
    oneofs = [oneof.name for oneof in plan.descriptor.oneofs if len(oneof.fields) > 1]
    plan.defaults["_unknown_fields"] = b""
    for field in sorted(plan.descriptor.fields, key=lambda f: f.number):
        name = names[field.number]
        if is_map(field):
            plan.dict_fields += (name,)
            plan.readers[field] = (name, _map_reader(field, value_classes[f"{name}.value"]), None)
            write = _map_writer(field)
            entry = _message_type(field).fields_by_number
            key_field, value_field = entry[1], entry[2]
            value_class = value_classes[f"{name}.value"]
            shape, key_type = _MAP, key_field.type
        else:
            if field.is_repeated:
                plan.list_fields += (name,)
            else:
                plan.defaults[name] = _default(field, value_classes[name])
            child = None if field.is_repeated else _child_plan(field)
            if child is None:
                plan.readers[field] = (name, _reader(field, value_classes[name]), None)
            else:
                plan.readers[field] = (name, None, child)
            write = _message_writer(field) if field.message_type else _scalar_writer(field)
            value_field, value_class, key_type = field, value_classes[name], 0
            if field.is_repeated:
                shape = _REPEATED
            else:
                shape = _EXPLICIT if field.has_presence else _IMPLICIT
        is_float = field.cpp_type in (FieldDescriptor.CPPTYPE_DOUBLE, FieldDescriptor.CPPTYPE_FLOAT)
        oneof = field.containing_oneof
        writer = _Writer(
            name=name,
            proto_name=field.name,
            child=None if field.is_repeated or is_map(field) else _child_plan(field),
            write=write,
            required=not field.has_presence,
            skip_when_false=field.is_repeated or not (field.has_presence or is_float),
            oneof=oneof.name if oneof is not None and oneof.name in oneofs else None,
        )
        # A tuple unpacks faster than a dataclass reads its attributes.
        writers.append(tuple(getattr(writer, f.name) for f in dataclasses.fields(writer)))
        plan.codec_fields.append(
            (
                field.number,
                name,
                shape,
                value_field.type,
                key_type,
                _codec_message(value_field),
                _codec_enum(value_class) if value_field.enum_type is not None else None,
                None if writer.oneof is None else oneofs.index(writer.oneof),
            )
        )
    plan.writers = tuple(writers)


# The shapes of a field as _CODEC.define takes them.
_IMPLICIT, _EXPLICIT, _REPEATED, _MAP = range(4)


def _codec_message(field: FieldDescriptor) -> int | str | None:
    """Returns a message value's type as _CODEC.define takes it: the index of its plan,
    or the full name of a Timestamp or Duration."""
    if field.message_type is None:
        return None
    plan = _child_plan(field)
    return field.message_type.full_name if plan is None else plan.index


def _codec_enum(model_enum: Any) -> tuple[type, dict[int, Any]]:
    return model_enum, {member.value: member for member in model_enum}


def _child_plan(field: FieldDescriptor) -> _Plan | None:
    """Returns the plan of a message field's type; None for a scalar, a Timestamp or a
    Duration (which the models hold as datetime and timedelta)."""
    if field.message_type is None or field.message_type.full_name in _TIME_READERS:
        return None
    return _message_plan(message_factory.GetMessageClass(field.message_type))


def _default(field: FieldDescriptor, value_class: Any) -> Any:
    """Returns a singular field's value in a model whose message does not set it."""
    if field.has_presence:
        return None
    if field.enum_type is not None:
        return value_class(0)
    return field.default_value


# Model to message


def _write(model: betterproto2.Message, message: Message, plan: _Plan, depth: int) -> None:
    """Writes a model into an empty message of its type."""
    if type(model) is not plan.model_class:
        raise _FieldError(
            f"expected a {plan.model_class.__name__} model, got {type(model).__name__}"
        )
    if depth > canonical.MAX_DEPTH:
        raise _too_deep(plan.descriptor)
    values = model.__dict__
    unknown = values["_unknown_fields"]
    if unknown:
        message.MergeFromString(unknown)
    oneofs: list[str] = []
    name = ""
    try:
        for name, proto_name, child, write, required, skip_when_false, oneof in plan.writers:
            value = values[name]
            if value is None:
                if required:
                    raise _FieldError("holds None")
                continue
            # Never the truth of a model: betterproto2 compares each of its fields.
            if skip_when_false and not value:
                continue
            if oneof is not None:
                if oneof in oneofs:
                    raise _FieldError(f"another member of oneof {oneof} is set too")
                oneofs.append(oneof)
            if child is not None:  # a singular message, the most common case, written inline
                target = getattr(message, proto_name)
                target.SetInParent()  # set even when the model is empty
                _write(value, target, child, depth + 1)
            else:
                write(message, value, depth)
    except ModelConversionError:
        raise
    except (_FieldError, TypeError, ValueError, OverflowError) as error:
        raise _field_error(plan, name, str(error)) from error


class _FieldError(Exception):
    """A value that a field's message cannot hold; `_write` names the field."""


def _field_error(plan: _Plan, name: str, reason: str) -> ModelConversionError:
    number = betterproto2.FieldMetadata.get(
        next(f for f in dataclasses.fields(cast(Any, plan.model_class)) if f.name == name)
    ).number
    field = plan.descriptor.fields_by_number[number]
    return ModelConversionError(f"{field.full_name}: {reason}")


def _scalar_writer(field: FieldDescriptor) -> _Write:
    name = field.name
    if field.is_repeated:
        return lambda message, values, _depth: getattr(message, name).extend(values)
    return lambda message, value, _depth: setattr(message, name, value)


def _message_writer(field: FieldDescriptor) -> _Write:
    name = field.name
    time = _TIME_WRITERS.get(_message_type(field).full_name)
    if time is not None:
        if field.is_repeated:

            def write_times(message: Message, values: list[Any], _depth: int) -> None:
                add = getattr(message, name).add
                for value in values:
                    time(add(), value)

            return write_times

        def write_time(message: Message, value: Any, _depth: int) -> None:
            child = getattr(message, name)
            time(child, value)
            child.SetInParent()

        return write_time

    plan = _message_plan(message_factory.GetMessageClass(_message_type(field)))
    if field.is_repeated:

        def write_messages(message: Message, values: list[Any], depth: int) -> None:
            add = getattr(message, name).add
            for value in values:
                _write(value, add(), plan, depth + 1)

        return write_messages

    def write_message(message: Message, value: Any, depth: int) -> None:
        child = getattr(message, name)
        child.SetInParent()  # set even when the model is empty
        _write(value, child, plan, depth + 1)

    return write_message


def _map_writer(field: FieldDescriptor) -> _Write:
    name = field.name
    value_field = _message_type(field).fields_by_number[2]
    if value_field.message_type is None:
        return lambda message, entries, _depth: getattr(message, name).update(entries)
    time = _TIME_WRITERS.get(value_field.message_type.full_name)
    plan = (
        None if time else _message_plan(message_factory.GetMessageClass(value_field.message_type))
    )

    def write_entries(message: Message, entries: dict[Any, Any], depth: int) -> None:
        container = getattr(message, name)
        for key, value in entries.items():
            if value is None:
                raise _FieldError(f"the entry {key!r} holds None")
            if plan is None:
                time(container[key], value)  # type: ignore[misc]
            else:
                _write(value, container[key], plan, depth + 2)

    return write_entries


def _write_timestamp(message: Any, value: Any) -> None:
    if not isinstance(value, datetime.datetime):
        raise _FieldError(f"expected a datetime, got {type(value).__name__}")
    if value.utcoffset() is None:
        raise _FieldError(f"the datetime {value} has no time zone")
    offset = value - _EPOCH
    micros = (offset.days * 86400 + offset.seconds) * 1_000_000 + offset.microseconds
    seconds, micro = divmod(micros, 1_000_000)
    message.seconds = seconds
    message.nanos = micro * 1000 + getattr(value, "nanosecond", 0)


def _write_duration(message: Any, value: Any) -> None:
    if not isinstance(value, datetime.timedelta):
        raise _FieldError(f"expected a timedelta, got {type(value).__name__}")
    micros = (value.days * 86400 + value.seconds) * 1_000_000 + value.microseconds
    nanos = micros * 1000 + getattr(value, "nanoseconds", 0)
    # A Duration's nanos carry the sign of its seconds.
    seconds, rest = divmod(abs(nanos), _NANOS_PER_SECOND)
    message.seconds = seconds if nanos >= 0 else -seconds
    message.nanos = rest if nanos >= 0 else -rest


_TIME_WRITERS: dict[str, Callable[[Message, Any], None]] = {
    "google.protobuf.Timestamp": _write_timestamp,
    "google.protobuf.Duration": _write_duration,
}


# Message to model


def _read(message: Message, plan: _Plan, depth: int, with_unknown: bool) -> betterproto2.Message:
    if depth > canonical.MAX_DEPTH:
        raise _too_deep(plan.descriptor)
    values = plan.defaults.copy()
    for name in plan.dict_fields:
        values[name] = {}
    for name in plan.list_fields:
        values[name] = []
    readers = plan.readers
    for field, value in message.ListFields():
        name, read, child = readers[field]
        if child is not None:  # a singular message, the most common case, read inline
            values[name] = _read(value, child, depth + 1, with_unknown)
        elif read is None:
            values[name] = value
        else:
            values[name] = read(value, depth, with_unknown)
    if with_unknown:
        values["_unknown_fields"] = _unknown_bytes(_unknown_records(message))
    # The model is made without its __init__, which would only set the same values.
    model = object.__new__(plan.model_class)
    model.__dict__ = values
    return model


def _reader(field: FieldDescriptor, value_class: Any) -> _Read | None:
    """Returns the function that turns a set field's upb value into the model's, or None
    when they are the same (a scalar)."""
    plan = _child_plan(field)
    if plan is not None and field.is_repeated:
        return lambda values, depth, unknown: [_read(v, plan, depth + 1, unknown) for v in values]
    read = _single_reader(field, value_class)
    if not field.is_repeated:
        return read
    if read is None:
        return lambda values, _depth, _unknown: list(values)
    return lambda values, depth, unknown: [read(value, depth, unknown) for value in values]


def _map_reader(field: FieldDescriptor, value_class: Any) -> _Read:
    value_field = _message_type(field).fields_by_number[2]
    plan = _child_plan(value_field)
    if plan is not None:
        return lambda entries, depth, unknown: {
            key: _read(value, plan, depth + 2, unknown) for key, value in entries.items()
        }
    read_value = _single_reader(value_field, value_class)
    if read_value is None:
        return lambda entries, _depth, _unknown: dict(entries)
    return lambda entries, depth, unknown: {
        key: read_value(value, depth, unknown) for key, value in entries.items()
    }


def _single_reader(field: FieldDescriptor, value_class: Any) -> _Read | None:
    if field.enum_type is not None:
        return _enum_reader(value_class)
    if field.message_type is None:
        return None
    time = _TIME_READERS[field.message_type.full_name]  # other messages have a plan
    return lambda value, _depth, unknown: time(value, field, unknown)


def _enum_reader(model_enum: Any) -> _Read:
    members = {member.value: member for member in model_enum}

    def read(value: int, _depth: int, _unknown: bool) -> Any:
        member = members.get(value)
        # A number the enum does not name becomes one of betterproto2's unnamed members.
        return model_enum(value) if member is None else member

    return read


def _read_timestamp(message: Any, field: FieldDescriptor, unknown: bool) -> datetime.datetime:
    if unknown:
        _refuse_unknown_fields(message, field, "datetime")
    seconds, nanos = message.seconds, message.nanos
    low, high = _TIMESTAMP_SECONDS
    if not (low <= seconds <= high and 0 <= nanos < _NANOS_PER_SECOND):
        raise ModelConversionError(
            f"{field.full_name}: the Timestamp of {seconds} seconds and {nanos} nanos is "
            f"no time in the years 1 to 9999, which is all a datetime holds"
        )
    value = _EPOCH + datetime.timedelta(seconds=seconds, microseconds=nanos // 1000)
    if nanos % 1000:
        return with_nanosecond(value, nanos % 1000)
    return value


def _read_duration(message: Any, field: FieldDescriptor, unknown: bool) -> datetime.timedelta:
    if unknown:
        _refuse_unknown_fields(message, field, "timedelta")
    seconds, nanos = message.seconds, message.nanos
    if not -_NANOS_PER_SECOND < nanos < _NANOS_PER_SECOND or seconds * nanos < 0:
        raise ModelConversionError(
            f"{field.full_name}: the Duration of {seconds} seconds and {nanos} nanos is "
            f"not valid (nanos must be under a second and of the sign of seconds), so "
            f"no timedelta holds it exactly"
        )
    micros, rest = divmod(seconds * _NANOS_PER_SECOND + nanos, 1000)
    try:
        value = datetime.timedelta(microseconds=micros)
    except OverflowError:
        raise ModelConversionError(
            f"{field.full_name}: the Duration of {seconds} seconds is longer than a timedelta holds"
        ) from None
    if rest:
        return with_nanoseconds(value, rest)
    return value


def _refuse_unknown_fields(message: Message, field: FieldDescriptor, held_as: str) -> None:
    numbers = sorted({f.field_number for f in _unknown_records(message)})
    if numbers:
        raise ModelConversionError(
            f"{field.full_name}: the {message.DESCRIPTOR.full_name} holds unknown fields "
            f"{', '.join(map(str, numbers))}, which a {held_as} cannot hold"
        )


_TIME_READERS: dict[str, Callable[[Message, FieldDescriptor, bool], Any]] = {
    "google.protobuf.Timestamp": _read_timestamp,
    "google.protobuf.Duration": _read_duration,
}


def _unknown_bytes(fields: Any) -> bytes:
    """Writes unknown fields back as the records they were read from."""
    out = bytearray()
    for field in fields:
        number, wire_type, data = field.field_number, field.wire_type, field.data
        out += varint(number << 3 | wire_type)
        if wire_type == WIRE_VARINT:
            out += varint(data)
        elif wire_type == WIRE_FIXED64:
            out += struct.pack("<Q", data)
        elif wire_type == WIRE_LEN:
            out += varint(len(data)) + data
        elif wire_type == WIRE_START_GROUP:
            out += _unknown_bytes(data) + varint(number << 3 | WIRE_END_GROUP)
        else:
            out += struct.pack("<I", data)
    return bytes(out)


def _misplaced_record(message: Message) -> str | None:
    """Finds, in a message or one nested in it, an unknown field that upb kept from a
    malformed record, and says what it is; None when there is none."""
    fields = cast(Descriptor, message.DESCRIPTOR).fields_by_number
    for record in _unknown_records(message):
        number = record.field_number
        if number == 0:
            return "a record has field number 0"
        field = fields.get(number)
        # upb keeps a map entry that holds unknown fields as an unknown field too.
        if field is not None and not (is_map(field) and record.wire_type == WIRE_LEN):
            return f"field {field.name} ({number}) has a record in wire type {record.wire_type}"
    for field, value in message.ListFields():
        if field.message_type is None:
            continue
        if is_map(field):
            children = value.values() if field.message_type.fields_by_number[2].message_type else ()
        else:
            children = value if field.is_repeated else (value,)
        for child in children:
            found = _misplaced_record(child)
            if found is not None:
                return found
    return None


def _unknown_records(message: Message) -> Any:
    """Returns a message's unknown fields (the stubs do not say that they iterate)."""
    return unknown_fields.UnknownFieldSet(message)


def _holds_unknown_fields(message: Message) -> bool:
    # DiscardUnknownFields drops unknown fields at every depth, in upb.
    probe = type(message)()
    probe.CopyFrom(message)
    probe.DiscardUnknownFields()
    return probe.ByteSize() != message.ByteSize()


# Finding the classes


def _message_type(field: FieldDescriptor) -> Descriptor:
    """Returns the type of a message field."""
    assert field.message_type is not None
    return field.message_type


def _message_class(full_name: str) -> type[Message]:
    pool = descriptor_pool.Default()
    try:
        descriptor = pool.FindMessageTypeByName(full_name)
    except KeyError:
        package = full_name.rsplit(".", 1)[0]
        try:
            _import_pb2_modules(package)
            descriptor = pool.FindMessageTypeByName(full_name)
        except (KeyError, ModuleNotFoundError) as error:
            raise ModelConversionError(
                f"no protobuf message type {full_name}: the modules of package {package} "
                "do not define it"
            ) from error
    return message_factory.GetMessageClass(descriptor)


def _model_class(descriptor: Descriptor) -> type[betterproto2.Message]:
    url = _TYPE_URL_PREFIX + descriptor.full_name
    if url not in default_message_pool.url_to_type:
        importlib.import_module(f"{_MODELS_PACKAGE}.{descriptor.file.package}")
    try:
        return default_message_pool.url_to_type[url]
    except KeyError:
        raise ModelConversionError(f"no betterproto2 model for {descriptor.full_name}") from None


def _import_pb2_modules(package: str) -> None:
    """Imports every protobuf module of a proto package, which registers its types."""
    parent = importlib.import_module(package)
    for module in pkgutil.iter_modules(parent.__path__):
        if module.name.endswith("_pb2"):
            importlib.import_module(f"{package}.{module.name}")


def _too_deep(descriptor: Descriptor) -> ModelConversionError:
    return ModelConversionError(
        f"messages nest more than {canonical.MAX_DEPTH} deep ({descriptor.full_name} is deeper)"
    )
