"""Canonical bytes, ProtoJSON and lossless conversion for the betterproto2 models.

The dataclass models in `flyteidl2.models` are a typed view of the same messages as the
protobuf classes. Their own encoder, `bytes(model)`, is not canonical (it writes fields
in declaration order, drops negative zero and keeps map entries in insertion order) and
slow, so this module never uses it. `encode` writes a model's canonical bytes from its
fields directly; `decode` lets upb parse and converts the message; `to_message` and
`from_message` convert between a model and the protobuf message of its type, field by
field:

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
import math
import pkgutil
import struct
from collections.abc import Callable
from typing import Any, TypeVar, cast

import betterproto2
from google.protobuf import descriptor_pool, json_format, message_factory, unknown_fields
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import DecodeError, Message

from flyteidl2 import canonical
from flyteidl2._nanosecond_time import (
    NanosecondDatetime,
    NanosecondTimedelta,
    with_nanosecond,
    with_nanoseconds,
)
from flyteidl2._wire import (
    UINT64_MASK,
    WIRE_END_GROUP,
    WIRE_FIXED32,
    WIRE_FIXED64,
    WIRE_LEN,
    WIRE_START_GROUP,
    WIRE_VARINT,
    field_tag,
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

    A model of values of the exact types its fields declare is written directly; any
    other model (unknown fields, nesting past the limit, a value of another type) is
    converted to its message and written by `canonical.encode`, which gives the same
    bytes or an error that names the problem.

    Raises:
        ModelConversionError: The model holds a value its message cannot (see
            `to_message`).
        canonical.CanonicalEncodingError: The message has no canonical encoding: it
            holds unknown fields.
    """
    plan = _model_plan(type(model))
    try:
        return plan.encode(model, 0)
    except _UnusualModelError:
        # The converting route checks every value and names what is wrong, or writes
        # what the direct route refused to judge.
        return canonical.encode(to_message(model))


def inputs_hash(model: betterproto2.Message) -> str:
    """Returns the input hash of a model: the hex SHA-256 of its canonical bytes."""
    return hashlib.sha256(encode(model)).hexdigest()


def decode(model_class: type[ModelT], data: bytes) -> ModelT:
    """Reads protobuf bytes as a model of the given class, unknown fields included.

    upb parses the bytes, and the message is then converted. upb keeps two kinds of
    malformed record as unknown fields instead of rejecting them, a record in a wire
    type its field does not use and field number 0 in a message type without fields;
    both are rejected here.

    Raises:
        google.protobuf.message.DecodeError: The bytes are not a message of the type.
        ModelConversionError: The message holds a Timestamp or Duration that the model
            cannot hold exactly.
    """
    plan = _model_plan(model_class)
    message = plan.message_class.FromString(data)
    # Looking for unknown fields in each message as it is converted would cost more
    # than converting it, so upb drops them at every depth, and only if that changes
    # the size is the input read again and converted with them.
    size = message.ByteSize()
    message.DiscardUnknownFields()
    if message.ByteSize() == size:
        return _read(message, plan, 0, False)  # type: ignore[return-value]
    message = plan.message_class.FromString(data)
    misplaced = _misplaced_record(message)
    if misplaced is not None:
        raise DecodeError(f"{plan.descriptor.full_name}: {misplaced}")
    return _read(message, plan, 0, True)  # type: ignore[return-value]


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
_Encode = Callable[[Any, int], bytes]
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
    # Model to canonical bytes: (model attribute, the plan of a singular message field,
    # its tag, encode, required, skip_when_false, oneof) per field, by number.
    encoders: tuple[tuple[str, _Plan | None, bytes, _Encode, bool, bool, str | None], ...] = ()
    # Writes a model's canonical bytes directly, given its depth; raises
    # _UnusualModelError for a model it leaves to the converting route.
    encode: Callable[[Any, int], bytes] = dataclasses.field(init=False)

    def __post_init__(self) -> None:
        self.encode = _encode_first(self)


_PLANS: dict[type[Message], _Plan] = {}
_MODEL_PLANS: dict[type[betterproto2.Message], _Plan] = {}


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
    if plan is None:
        descriptor = cast(Descriptor, message_class.DESCRIPTOR)
        plan = _Plan(_model_class(descriptor), message_class, descriptor)
        _PLANS[message_class] = _MODEL_PLANS[plan.model_class] = plan
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
    writers, encoders = [], []
    plan.defaults["_unknown_fields"] = b""
    for field in sorted(plan.descriptor.fields, key=lambda f: f.number):
        name = names[field.number]
        if is_map(field):
            plan.dict_fields += (name,)
            plan.readers[field] = (name, _map_reader(field, value_classes[f"{name}.value"]), None)
            write = _map_writer(field)
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
        is_float = field.cpp_type in (FieldDescriptor.CPPTYPE_DOUBLE, FieldDescriptor.CPPTYPE_FLOAT)
        oneof = field.containing_oneof
        writer = _Writer(
            name=name,
            proto_name=field.name,
            child=None if field.is_repeated or is_map(field) else _child_plan(field),
            write=write,
            required=not field.has_presence,
            skip_when_false=field.is_repeated or not (field.has_presence or is_float),
            # A proto3 optional field is the only member of its oneof.
            oneof=oneof.name if oneof is not None and len(oneof.fields) > 1 else None,
        )
        # A tuple unpacks faster than a dataclass reads its attributes.
        writers.append(tuple(getattr(writer, f.name) for f in dataclasses.fields(writer)))
        encoders.append(
            (
                name,
                writer.child,
                field_tag(field.number, _wire_type(field)),
                _field_encoder(field),
                writer.required,
                writer.skip_when_false,
                writer.oneof,
            )
        )
    plan.writers = tuple(writers)
    plan.encoders = tuple(encoders)


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


# Model to canonical bytes


class _UnusualModelError(Exception):
    """A model that the direct encoder leaves to the converting route."""


def _compile_encoder(plan: _Plan) -> Callable[[Any, int], bytes]:
    """Writes the source of a function that encodes one message type and compiles it.

    A loop over a type's fields costs more than all the work on the few that are set,
    so each field gets its own lines, as dataclasses does for __init__: read the value,
    skip it when unset, write it. A singular message field is written inline.
    """
    lines = [
        "def encode(model, depth):",
        "    if type(model) is not model_class or depth > max_depth:",
        "        raise unusual",
        "    values = model.__dict__",
        "    if values['_unknown_fields']:",
        "        raise unusual",
        "    out = []",
    ]
    names: dict[str, Any] = {
        "model_class": plan.model_class,
        "max_depth": canonical.MAX_DEPTH,
        "unusual": _UnusualModelError,
        "varint": varint,
        "encode_text": _encode_text,
    }
    oneofs = sorted({oneof for *_, oneof in plan.encoders if oneof is not None})
    lines += [f"    set_{index} = 0" for index in range(len(oneofs))]
    fields = sorted(plan.descriptor.fields, key=lambda f: f.number)
    for index, (name, child, tag, encode, required, skip_when_false, oneof) in enumerate(
        plan.encoders
    ):
        write = _inline_write(fields[index], index)
        names[f"tag_{index}"], names[f"encode_{index}"] = tag, encode
        names[f"plan_{index}"] = child
        lines.append(f"    value = values[{name!r}]")
        if required and skip_when_false:
            lines += ["    if value:", *_indent(write, 8), "    elif value is None:"]
            lines.append("        raise unusual")
            continue
        if required:
            lines += [
                "    if value is None:",
                "        raise unusual",
                f"    out.append(encode_{index}(value, depth))",
            ]
            continue
        lines.append("    if value is not None:")
        if oneof is not None:
            lines.append(f"        set_{oneofs.index(oneof)} += 1")
        if child is None:
            lines += _indent(write, 8)
        else:
            lines += [
                f"        body = plan_{index}.encode(value, depth + 1)",
                f"        out.append(tag_{index} + varint(len(body)) + body)",
            ]
    if oneofs:
        lines.append(f"    if max({', '.join(f'set_{i}' for i in range(len(oneofs)))}, 0) > 1:")
        lines.append("        raise unusual")
    lines.append("    return b''.join(out)")
    names["pack_double"] = struct.Struct("<d").pack
    exec("\n".join(lines), names)
    return cast(Callable[[Any, int], bytes], names["encode"])


def _inline_write(field: FieldDescriptor, index: int) -> list[str]:
    """Returns the lines that write a set field's value: the common scalar kinds are
    written inline when their value has the exact type, everything else by the
    field's encoder, which also judges values of other types."""
    call = [f"out.append(encode_{index}(value, depth))"]
    kind = field.type
    if field.is_repeated or field.message_type is not None:
        return call
    if kind in _INTEGER_RANGES and kind not in _ZIGZAG_KINDS and kind != field.TYPE_ENUM:
        low, high = _INTEGER_RANGES[kind]
        check = f"type(value) is int and {low} <= value <= {high}"
        write = f"out.append(tag_{index} + varint(value & {UINT64_MASK}))"
    elif kind == field.TYPE_STRING:
        check = "type(value) is str"
        write = f"data = encode_text(value); out.append(tag_{index} + varint(len(data)) + data)"
    elif kind == field.TYPE_BYTES:
        check = "type(value) is bytes"
        write = f"out.append(tag_{index} + varint(len(value)) + value)"
    elif kind == field.TYPE_BOOL:
        check = "type(value) is bool"
        write = f"out.append(tag_{index} + (b'\\x01' if value else b'\\x00'))"
    elif kind == field.TYPE_DOUBLE and field.has_presence:
        check = "type(value) is float"
        write = f"out.append(tag_{index} + pack_double(value))"
    else:
        return call
    return [f"if {check}:", f"    {write}", "else:", f"    {call[0]}"]


def _indent(lines: list[str], spaces: int) -> list[str]:
    return [" " * spaces + line for line in lines]


def _encode_first(plan: _Plan) -> Callable[[Any, int], bytes]:
    """Returns the encoder a plan starts with: it compiles the real one on its first
    call (a plan's encoders refer to plans that may not be filled yet)."""

    def encode(model: Any, depth: int) -> bytes:
        plan.encode = _compile_encoder(plan)
        return plan.encode(model, depth)

    return encode


def _field_encoder(field: FieldDescriptor) -> _Encode:
    """Returns the function that writes a set field's records (rules 3 to 6)."""
    tag = field_tag(field.number, _wire_type(field))
    if is_map(field):
        return _map_encoder(field, tag)
    write = _value_encoder(field, levels=1)
    is_float = field.cpp_type in (FieldDescriptor.CPPTYPE_DOUBLE, FieldDescriptor.CPPTYPE_FLOAT)
    if not field.is_repeated:
        if is_float and not field.has_presence:  # positive zero is the default; -0.0 is not
            return lambda value, depth: (
                b"" if value == 0.0 and math.copysign(1.0, value) > 0 else tag + write(value, depth)
            )
        return lambda value, depth: tag + write(value, depth)
    if _wire_type(field) != WIRE_LEN:  # packed
        packed_tag = field_tag(field.number, WIRE_LEN)

        def encode_packed(values: list[Any], depth: int) -> bytes:
            if type(values) is not list:
                raise _UnusualModelError
            body = b"".join([write(value, depth) for value in values])
            return packed_tag + varint(len(body)) + body

        return encode_packed

    def encode_repeated(values: list[Any], depth: int) -> bytes:
        if type(values) is not list:
            raise _UnusualModelError
        return b"".join([tag + write(value, depth) for value in values])

    return encode_repeated


def _map_encoder(field: FieldDescriptor, tag: bytes) -> _Encode:
    entry = _message_type(field)
    key_field, value_field = entry.fields_by_number[1], entry.fields_by_number[2]
    key_tag = field_tag(1, _wire_type(key_field))
    value_tag = field_tag(2, _wire_type(value_field))
    write_key = _value_encoder(key_field, levels=0)
    write_value = _value_encoder(value_field, levels=1)

    def encode_map(entries: dict[Any, Any], depth: int) -> bytes:
        if type(entries) is not dict:
            raise _UnusualModelError
        # Integer keys sort by value and bool keys false first; string keys sort by
        # code point, which is the order of their UTF-8 bytes (rule 6).
        try:
            keys = sorted(entries)
        except TypeError:  # keys of types that do not compare; write_key judges the rest
            raise _UnusualModelError from None
        records = []
        for key in keys:
            value = entries[key]
            if value is None:
                raise _UnusualModelError
            body = key_tag + write_key(key, depth) + value_tag + write_value(value, depth + 1)
            records.append(tag + varint(len(body)) + body)
        return b"".join(records)

    return encode_map


def _value_encoder(field: FieldDescriptor, levels: int) -> _Encode:
    """Returns the function that writes one value of a field without its tag, given the
    depth of the message (or map entry) that holds it."""
    kind = field.type
    if field.message_type is not None:
        time = _TIME_ENCODERS.get(field.message_type.full_name)
        if time is not None:

            def encode_time(value: Any, _depth: int) -> bytes:
                body = time(value)
                return varint(len(body)) + body

            return encode_time
        plan = _message_plan(message_factory.GetMessageClass(field.message_type))

        def encode_message(value: Any, depth: int) -> bytes:
            body = plan.encode(value, depth + levels)
            return varint(len(body)) + body

        return encode_message
    if kind in _INTEGER_RANGES:
        low, high = _INTEGER_RANGES[kind]
        zigzag = kind in _ZIGZAG_KINDS

        def encode_integer(value: Any, _depth: int) -> bytes:
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                raise _UnusualModelError
            if zigzag:
                value = value << 1 if value >= 0 else (-value << 1) - 1
            # A negative int32, int64 or enum is sign-extended to ten bytes (rule 7).
            return varint(value & UINT64_MASK)

        return encode_integer
    if kind in _FIXED_FORMATS:
        pack = struct.Struct(_FIXED_FORMATS[kind]).pack
        is_float = kind in (FieldDescriptor.TYPE_DOUBLE, FieldDescriptor.TYPE_FLOAT)
        expected = float if is_float else int

        def encode_fixed(value: Any, _depth: int) -> bytes:
            if type(value) is not expected:
                raise _UnusualModelError
            try:
                return pack(value)
            except (struct.error, OverflowError):  # out of the field's range
                raise _UnusualModelError from None

        return encode_fixed
    if kind == FieldDescriptor.TYPE_BOOL:

        def encode_bool(value: Any, _depth: int) -> bytes:
            if type(value) is not bool:
                raise _UnusualModelError
            return b"\x01" if value else b"\x00"

        return encode_bool
    if kind == FieldDescriptor.TYPE_STRING:

        def encode_string(value: Any, _depth: int) -> bytes:
            if type(value) is not str:
                raise _UnusualModelError
            data = _encode_text(value)
            return varint(len(data)) + data

        return encode_string

    def encode_bytes(value: Any, _depth: int) -> bytes:
        if type(value) is not bytes:
            raise _UnusualModelError
        return varint(len(value)) + value

    return encode_bytes


def _encode_text(value: str) -> bytes:
    """Returns a string's UTF-8 bytes; a string that has none (a lone surrogate) is left
    to the converting route, which names its field."""
    try:
        return value.encode()
    except UnicodeEncodeError:
        raise _UnusualModelError from None


def _timestamp_body(value: Any) -> bytes:
    if not isinstance(value, datetime.datetime) or value.utcoffset() is None:
        raise _UnusualModelError
    offset = value - _EPOCH
    micros = (offset.days * 86400 + offset.seconds) * 1_000_000 + offset.microseconds
    seconds, micro = divmod(micros, 1_000_000)
    return _time_body(seconds, micro * 1000 + getattr(value, "nanosecond", 0))


def _duration_body(value: Any) -> bytes:
    if not isinstance(value, datetime.timedelta):
        raise _UnusualModelError
    micros = (value.days * 86400 + value.seconds) * 1_000_000 + value.microseconds
    nanos = micros * 1000 + getattr(value, "nanoseconds", 0)
    seconds, rest = divmod(abs(nanos), _NANOS_PER_SECOND)
    return _time_body(seconds, rest) if nanos >= 0 else _time_body(-seconds, -rest)


def _time_body(seconds: int, nanos: int) -> bytes:
    """Writes a Timestamp's or Duration's fields: seconds (1) and nanos (2)."""
    body = b"\x08" + varint(seconds & UINT64_MASK) if seconds else b""
    return body + b"\x10" + varint(nanos & UINT64_MASK) if nanos else body


_TIME_ENCODERS: dict[str, Callable[[Any], bytes]] = {
    "google.protobuf.Timestamp": _timestamp_body,
    "google.protobuf.Duration": _duration_body,
}
_ZIGZAG_KINDS = (FieldDescriptor.TYPE_SINT32, FieldDescriptor.TYPE_SINT64)
_INTEGER_RANGES = {
    FieldDescriptor.TYPE_INT32: (-(1 << 31), (1 << 31) - 1),
    FieldDescriptor.TYPE_SINT32: (-(1 << 31), (1 << 31) - 1),
    FieldDescriptor.TYPE_ENUM: (-(1 << 31), (1 << 31) - 1),
    FieldDescriptor.TYPE_INT64: (-(1 << 63), (1 << 63) - 1),
    FieldDescriptor.TYPE_SINT64: (-(1 << 63), (1 << 63) - 1),
    FieldDescriptor.TYPE_UINT32: (0, (1 << 32) - 1),
    FieldDescriptor.TYPE_UINT64: (0, (1 << 64) - 1),
}
_FIXED_FORMATS = {
    FieldDescriptor.TYPE_FIXED32: "<I",
    FieldDescriptor.TYPE_SFIXED32: "<i",
    FieldDescriptor.TYPE_FLOAT: "<f",
    FieldDescriptor.TYPE_FIXED64: "<Q",
    FieldDescriptor.TYPE_SFIXED64: "<q",
    FieldDescriptor.TYPE_DOUBLE: "<d",
}


def _wire_type(field: FieldDescriptor) -> int:
    kind = field.type
    if kind in (
        FieldDescriptor.TYPE_STRING,
        FieldDescriptor.TYPE_BYTES,
        FieldDescriptor.TYPE_MESSAGE,
    ):
        return WIRE_LEN
    if kind in (
        FieldDescriptor.TYPE_FIXED64,
        FieldDescriptor.TYPE_SFIXED64,
        FieldDescriptor.TYPE_DOUBLE,
    ):
        return WIRE_FIXED64
    if kind in (
        FieldDescriptor.TYPE_FIXED32,
        FieldDescriptor.TYPE_SFIXED32,
        FieldDescriptor.TYPE_FLOAT,
    ):
        return WIRE_FIXED32
    return WIRE_VARINT


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
