"""The canonical encoding of flyteidl2 messages, and input hashes computed over it.

A message value has exactly one canonical encoding (`docs/canonical-encoding.md`): an
ordinary protobuf encoding with fields in ascending number order, map entries ordered by
key, and no unknown fields. Cache keys and input hashes are computed over these bytes, so
the Python SDK and the Rust and Go services agree on them.

    >>> from flyteidl2.core.v1 import literals_pb2
    >>> inputs_hash(literals_pb2.LiteralMap())
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'

upb already writes fields in ascending number order, keeps negative zero and writes map
entries in full, but it orders map entries its own way. So upb writes every subtree in
which no map holds two or more entries (most subtrees: their message types can hold no
map at all), and only the path down to the other maps is walked here, writing their
entries in key order. Unknown fields are looked for in upb too, before encoding.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import hashlib
import struct
from collections.abc import Callable, Iterator
from typing import Any

from google.protobuf import unknown_fields
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message

__all__ = ["MAX_DEPTH", "CanonicalEncodingError", "encode", "inputs_hash"]

MAX_DEPTH = 100
"""How deep messages may nest below the message being encoded (a map entry counts as a
level), the same limit the protobuf parsers apply when reading."""

_WIRE_VARINT = 0
_WIRE_FIXED64 = 1
_WIRE_LEN = 2
_WIRE_FIXED32 = 5
_UINT64_MASK = (1 << 64) - 1


class CanonicalEncodingError(ValueError):
    """Raised when a message has no canonical encoding.

    The message says which message type is at fault, where it sits below the encoded
    message, and why: the unknown field numbers it holds, or how deep it nests.
    """


class _TooDeepError(Exception):
    """Stops the encoder at the first message nested deeper than MAX_DEPTH; `encode`
    then finds that message again to name it."""


def encode(message: Message) -> bytes:
    """Returns the canonical bytes of a message.

    Args:
        message: A message of any flyteidl2 type (a upb-backed protobuf message).

    Returns:
        The message's canonical encoding, which any protobuf parser reads back to an
        equal message.

    Raises:
        CanonicalEncodingError: The message, or a message nested in it, holds unknown
            fields, or messages nest more than MAX_DEPTH deep.
    """
    if _holds_unknown_fields(message):
        raise _unknown_fields_error(message)
    try:
        return _encode_message(message, 0)
    except _TooDeepError:
        raise _too_deep_error(message) from None


def inputs_hash(message: Message) -> str:
    """Returns the input hash of a message: the SHA-256 of its canonical bytes.

    Args:
        message: A message of any flyteidl2 type.

    Returns:
        64 lowercase hexadecimal characters.

    Raises:
        CanonicalEncodingError: The message has no canonical encoding (see `encode`).
    """
    return hashlib.sha256(encode(message)).hexdigest()


# Encoding


def _encode_message(message: Message, depth: int) -> bytes:
    layout = _layout(message.DESCRIPTOR)
    if layout.holds_no_maps:
        if layout.height is None or depth + layout.height > MAX_DEPTH:
            _check_depth(message, depth)
        return message.SerializeToString()
    if depth > MAX_DEPTH:
        raise _TooDeepError
    height = _height_if_upb_order_is_canonical(message)
    if height is not None and depth + height <= MAX_DEPTH:
        return message.SerializeToString()
    # ListFields returns the set fields in ascending number order, and leaves out a field
    # with implicit presence that holds its default (but not negative zero).
    return b"".join(_field_writer(field)(value, depth) for field, value in message.ListFields())


def _height_if_upb_order_is_canonical(message: Message) -> int | None:
    """Returns at most how many levels of messages nest below this one, when no map in it
    holds two or more entries (so upb's own bytes for it are canonical); None when one
    does, or when the nesting is unbounded."""
    layout = _layout(message.DESCRIPTOR)
    height = layout.height_apart_from_maps
    if height is None:
        return None
    for name, kind in layout.fields_towards_maps:
        if kind is _Towards.SINGULAR:
            if not message.HasField(name):
                continue
            children = [getattr(message, name)]
            levels = 1
        elif kind is _Towards.REPEATED:
            children = getattr(message, name)
            levels = 1
        else:
            entries = getattr(message, name)
            if len(entries) > 1:
                return None
            if not entries or kind is _Towards.MAP_OF_SCALARS:
                height = max(height, len(entries))
                continue
            children = entries.values()
            levels = 2  # the entry, then its value
        for child in children:
            below = _height_if_upb_order_is_canonical(child)
            if below is None:
                return None
            height = max(height, levels + below)
    return height


def _check_depth(message: Message, depth: int) -> None:
    if any(visit.depth > MAX_DEPTH for visit in _walk(message, depth, "")):
        raise _TooDeepError


_FieldWriter = Callable[[Any, int], bytes]


@functools.cache
def _field_writer(field: FieldDescriptor) -> _FieldWriter:
    """Returns the function that writes a set field's records, given its value and the
    depth of the message that holds it."""
    if _is_map(field):
        return _map_writer(field)
    if field.type == FieldDescriptor.TYPE_MESSAGE:
        tag = _tag(field.number, _WIRE_LEN)

        def write_message(value: Message, depth: int) -> bytes:
            body = _encode_message(value, depth + 1)
            return tag + _varint(len(body)) + body

        if field.is_repeated:
            return lambda values, depth: b"".join(write_message(v, depth) for v in values)
        return write_message
    wire_type, write_value = _SCALARS[field.type]
    if not field.is_repeated:
        tag = _tag(field.number, wire_type)
        return lambda value, _depth: tag + write_value(value)
    if wire_type == _WIRE_LEN:
        tag = _tag(field.number, _WIRE_LEN)
        return lambda values, _depth: b"".join(tag + write_value(v) for v in values)
    packed_tag = _tag(field.number, _WIRE_LEN)

    def write_packed(values: list[Any], _depth: int) -> bytes:
        body = b"".join(write_value(v) for v in values)
        return packed_tag + _varint(len(body)) + body

    return write_packed


def _map_writer(field: FieldDescriptor) -> _FieldWriter:
    key_field = field.message_type.fields_by_number[1]
    value_field = field.message_type.fields_by_number[2]
    tag = _tag(field.number, _WIRE_LEN)
    key_type, write_key = _SCALARS[key_field.type]
    key_tag = _tag(1, key_type)
    if value_field.type == FieldDescriptor.TYPE_MESSAGE:
        value_tag = _tag(2, _WIRE_LEN)

        def write_value(value: Message, entry_depth: int) -> bytes:
            body = _encode_message(value, entry_depth + 1)
            return value_tag + _varint(len(body)) + body

    else:
        value_type, write_scalar = _SCALARS[value_field.type]
        value_tag = _tag(2, value_type)

        def write_value(value: Message, entry_depth: int) -> bytes:
            return value_tag + write_scalar(value)

    def write_map(entries: Any, depth: int) -> bytes:
        entry_depth = depth + 1
        if entry_depth > MAX_DEPTH:
            raise _TooDeepError
        records = []
        # Integer keys sort by value and bool keys false first, as the encoding asks;
        # string keys sort by code point, which is the order of their UTF-8 bytes.
        for key in sorted(entries):
            body = key_tag + write_key(key) + write_value(entries[key], entry_depth)
            records.append(tag + _varint(len(body)) + body)
        return b"".join(records)

    return write_map


def _varint(value: int) -> bytes:
    value &= _UINT64_MASK  # a negative int32, int64 or enum is written as ten bytes
    if value < 0x80:
        return bytes((value,))
    out = bytearray()
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def _tag(number: int, wire_type: int) -> bytes:
    return _varint(number << 3 | wire_type)


def _zigzag(value: int) -> bytes:
    return _varint(value << 1 if value >= 0 else (-value << 1) - 1)


def _length_prefixed(data: bytes) -> bytes:
    return _varint(len(data)) + data


def _packer(layout: str) -> Callable[[Any], bytes]:
    return struct.Struct(layout).pack


_SCALARS: dict[int, tuple[int, Callable[[Any], bytes]]] = {
    FieldDescriptor.TYPE_INT32: (_WIRE_VARINT, _varint),
    FieldDescriptor.TYPE_INT64: (_WIRE_VARINT, _varint),
    FieldDescriptor.TYPE_UINT32: (_WIRE_VARINT, _varint),
    FieldDescriptor.TYPE_UINT64: (_WIRE_VARINT, _varint),
    FieldDescriptor.TYPE_ENUM: (_WIRE_VARINT, _varint),
    FieldDescriptor.TYPE_BOOL: (_WIRE_VARINT, _varint),
    FieldDescriptor.TYPE_SINT32: (_WIRE_VARINT, _zigzag),
    FieldDescriptor.TYPE_SINT64: (_WIRE_VARINT, _zigzag),
    FieldDescriptor.TYPE_FIXED32: (_WIRE_FIXED32, _packer("<I")),
    FieldDescriptor.TYPE_SFIXED32: (_WIRE_FIXED32, _packer("<i")),
    FieldDescriptor.TYPE_FLOAT: (_WIRE_FIXED32, _packer("<f")),
    FieldDescriptor.TYPE_FIXED64: (_WIRE_FIXED64, _packer("<Q")),
    FieldDescriptor.TYPE_SFIXED64: (_WIRE_FIXED64, _packer("<q")),
    FieldDescriptor.TYPE_DOUBLE: (_WIRE_FIXED64, _packer("<d")),
    FieldDescriptor.TYPE_STRING: (_WIRE_LEN, lambda value: _length_prefixed(value.encode())),
    FieldDescriptor.TYPE_BYTES: (_WIRE_LEN, _length_prefixed),
}


# What each message type can hold


class _Towards(enum.Enum):
    """How a field leads to maps."""

    SINGULAR = enum.auto()
    REPEATED = enum.auto()
    MAP_OF_SCALARS = enum.auto()
    MAP_OF_MESSAGES = enum.auto()


@dataclasses.dataclass(frozen=True)
class _Layout:
    holds_no_maps: bool
    """No message of this type, nor any message nested in one, can hold a map field."""
    height: int | None
    """How many levels of messages can nest below one of this type; None when types
    recurse and nesting is unbounded."""
    fields_towards_maps: tuple[tuple[str, _Towards], ...]
    """The map fields, and the message fields whose messages can hold maps, by name."""
    height_apart_from_maps: int | None
    """How many levels of messages can nest below one of this type through its other
    fields; None when unbounded."""


def _is_map(field: FieldDescriptor) -> bool:
    return field.message_type is not None and field.message_type.GetOptions().map_entry


def _children(descriptor: Descriptor) -> set[Descriptor]:
    return {field.message_type for field in descriptor.fields if field.message_type is not None}


@functools.cache
def _reachable(descriptor: Descriptor) -> frozenset[Descriptor]:
    """Returns every message type nested at any depth in one of this type (map entry
    types included), not counting the type itself unless it recurses."""
    seen: set[Descriptor] = set()
    pending = list(_children(descriptor))
    while pending:
        current = pending.pop()
        if current not in seen:
            seen.add(current)
            pending.extend(_children(current))
    return frozenset(seen)


@functools.cache
def _can_hold_maps(descriptor: Descriptor) -> bool:
    return any(d.GetOptions().map_entry for d in _reachable(descriptor) | {descriptor})


@functools.cache
def _height(descriptor: Descriptor) -> int | None:
    if any(child in _reachable(child) for child in _reachable(descriptor) | {descriptor}):
        return None
    heights = [_height(child) for child in _children(descriptor)]
    return 1 + max(h for h in heights if h is not None) if heights else 0


@functools.cache
def _layout(descriptor: Descriptor) -> _Layout:
    towards_maps = []
    other_heights = []
    for field in descriptor.fields:
        if field.message_type is None:
            continue
        if _is_map(field):
            holds_messages = field.message_type.fields_by_number[2].message_type is not None
            kind = _Towards.MAP_OF_MESSAGES if holds_messages else _Towards.MAP_OF_SCALARS
            towards_maps.append((field.name, kind))
        elif _can_hold_maps(field.message_type):
            kind = _Towards.REPEATED if field.is_repeated else _Towards.SINGULAR
            towards_maps.append((field.name, kind))
        else:
            other_heights.append(_height(field.message_type))
    bounded_heights = [h for h in other_heights if h is not None]
    return _Layout(
        holds_no_maps=not _can_hold_maps(descriptor),
        height=_height(descriptor),
        fields_towards_maps=tuple(towards_maps),
        height_apart_from_maps=(
            None
            if len(bounded_heights) < len(other_heights)
            else max((1 + h for h in bounded_heights), default=0)
        ),
    )


# Finding what makes a message impossible to encode


@dataclasses.dataclass(frozen=True)
class _Visit:
    type_name: str
    path: str
    depth: int
    message: Message | None  # None for a map entry, which is no object of its own


def _walk(message: Message, depth: int, path: str) -> Iterator[_Visit]:
    """Yields a message and every message nested in it, depth first in field order,
    stopping below the first level deeper than MAX_DEPTH."""
    yield _Visit(message.DESCRIPTOR.full_name, path, depth, message)
    if depth > MAX_DEPTH:
        return
    for field, value in message.ListFields():
        if field.message_type is None:
            continue
        field_path = f"{path}.{field.name}" if path else field.name
        if _is_map(field):
            entry_type = field.message_type.full_name
            holds_messages = field.message_type.fields_by_number[2].message_type is not None
            for key in sorted(value):
                entry_path = f"{field_path}[{key!r}]"
                yield _Visit(entry_type, entry_path, depth + 1, None)
                if holds_messages and depth + 1 <= MAX_DEPTH:
                    yield from _walk(value[key], depth + 2, entry_path)
        elif field.is_repeated:
            for index, element in enumerate(value):
                yield from _walk(element, depth + 1, f"{field_path}[{index}]")
        else:
            yield from _walk(value, depth + 1, field_path)


def _holds_unknown_fields(message: Message) -> bool:
    # Unknown fields count towards ByteSize at any depth, and DiscardUnknownFields drops
    # them at every depth; both run in upb, far faster than a walk here would.
    probe = type(message)()
    probe.CopyFrom(message)
    probe.DiscardUnknownFields()
    return probe.ByteSize() != message.ByteSize()


def _unknown_fields_error(root: Message) -> CanonicalEncodingError:
    for visit in _walk(root, 0, ""):
        if visit.message is None:
            continue
        numbers = {f.field_number for f in unknown_fields.UnknownFieldSet(visit.message)}
        if not numbers:
            continue
        fields = visit.message.DESCRIPTOR.fields_by_number
        reasons = []
        if unknown := sorted(numbers - set(fields)):
            reasons.append(f"unknown fields {', '.join(map(str, unknown))}")
        # upb keeps a record under a known field's number as unknown when it cannot read
        # it: a map entry that holds unknown fields, or a wire type the field's type
        # does not use.
        reasons += [
            f"an entry of map field {fields[n].name} with unknown fields"
            if _is_map(fields[n])
            else f"a record of field {fields[n].name} ({n}) in a wire type its type does not use"
            for n in sorted(numbers & set(fields))
        ]
        return CanonicalEncodingError(
            f"{root.DESCRIPTOR.full_name} has no canonical encoding: "
            f"{visit.type_name}{_where(visit.path)} holds {' and '.join(reasons)}"
        )
    raise AssertionError("upb counted unknown fields that no message holds")


def _too_deep_error(root: Message) -> CanonicalEncodingError:
    visit = next(v for v in _walk(root, 0, "") if v.depth > MAX_DEPTH)
    return CanonicalEncodingError(
        f"{root.DESCRIPTOR.full_name} has no canonical encoding: messages nest more than "
        f"{MAX_DEPTH} deep ({visit.type_name}{_where(visit.path)} is at depth {visit.depth})"
    )


def _where(path: str) -> str:
    return f" at {path}" if path else ""
