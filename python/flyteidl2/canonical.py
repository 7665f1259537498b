"""The canonical encoding of flyteidl2 messages, and input hashes computed over it.

A message value has exactly one canonical encoding (`docs/canonical-encoding.md`): an
ordinary protobuf encoding with fields in ascending number order, map entries ordered by
key, and no unknown fields. Cache keys and input hashes are computed over these bytes, so
the Python SDK and the Rust and Go services agree on them.

    >>> from flyteidl2.core.v1 import literals_pb2
    >>> inputs_hash(literals_pb2.LiteralMap())
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'

upb's deterministic serialization comes close: it writes fields in ascending number
order, keeps negative zero and writes map entries in full. It orders string keys by
their bytes too, except that it puts a key after every key it is a prefix of ("ab"
before "a"), and it orders integer and bool keys its own way. So upb writes the bytes,
and reading them back with upb checks the rest: its parser rejects the nesting that the
encoding rejects, and what it reads holds unknown fields exactly when the message does.
Only a message with a map that upb would order differently is written here: its maps
in key order, and every subtree without such a map by upb.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import itertools
import math
import struct
from collections.abc import Callable, Iterator
from typing import Any, cast

from google.protobuf import struct_pb2, unknown_fields
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import DecodeError, EncodeError, Message

from flyteidl2._wire import (
    UINT64_MASK,
    WIRE_FIXED32,
    WIRE_FIXED64,
    WIRE_LEN,
    WIRE_VARINT,
    field_tag,
    is_map,
    varint,
)

__all__ = ["MAX_DEPTH", "CanonicalEncodingError", "encode", "inputs_hash"]

MAX_DEPTH = 100
"""How deep messages may nest below the message being encoded (a map entry counts as a
level), the same limit the protobuf parsers apply when reading."""


class CanonicalEncodingError(ValueError):
    """Raised when a message has no canonical encoding.

    The message says which message type is at fault, where it sits below the encoded
    message, and why: the unknown field numbers it holds, or how deep it nests.
    """


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
    try:
        data = message.SerializeToString(deterministic=True)
        read_back = type(message).FromString(data)
    except (DecodeError, EncodeError) as error:
        raise _too_deep_error(message, error) from None
    if (
        _nesting_height(message.DESCRIPTOR) > MAX_DEPTH
        and not _parser_limits_depth()
        and any(v.depth > MAX_DEPTH for v in _walk(message, 0, ""))
    ):
        raise _too_deep_error(message, AssertionError("the parser's depth limit is lifted"))
    # Unknown fields count towards ByteSize at any depth, and DiscardUnknownFields drops
    # them at every depth; both run in upb, far faster than a walk here would.
    read_back.DiscardUnknownFields()
    if read_back.ByteSize() != len(data):
        raise _unknown_fields_error(message)
    return data if _upb_order_is_canonical(message, None) else _write_message(message, {})


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


def _parser_limits_depth() -> bool:
    """Tells whether upb's parser rejects nesting deeper than MAX_DEPTH, as it does
    unless the program has lifted its limit (upb's SetAllowOversizeProtos)."""
    try:
        struct_pb2.Value.FromString(_too_deep_value())
    except DecodeError:
        return True
    return False


@functools.cache
def _nesting_height(descriptor: Descriptor) -> float:
    """Returns how deep messages can nest below a message of this type, counted as
    MAX_DEPTH counts them: infinite when the type can hold itself, however indirectly."""
    if descriptor in _measuring:
        # The type is on a cycle with every type between it and here; none of them has a
        # finite height, so caching their infinite heights is right.
        return math.inf
    _measuring.add(descriptor)
    try:
        height = 0.0
        for field in descriptor.fields:
            if field.message_type is None:
                continue
            if is_map(field):
                value_type = field.message_type.fields_by_number[2].message_type
                below = 0.0 if value_type is None else 1 + _nesting_height(value_type)
            else:
                below = _nesting_height(field.message_type)
            height = max(height, 1 + below)
        return height
    finally:
        _measuring.discard(descriptor)


_measuring: set[Descriptor] = set()
"""The types whose nesting height is being measured."""


@functools.cache
def _too_deep_value() -> bytes:
    value = struct_pb2.Value()
    innermost = value
    for _ in range(MAX_DEPTH // 2 + 1):  # a ListValue and the Value in it: two levels
        innermost = innermost.list_value.values.add()
    innermost.bool_value = True
    return value.SerializeToString()


# Where upb's order differs


@dataclasses.dataclass(frozen=True)
class _MapSearch:
    """The fields of one message type through which a map can be reached, by name."""

    maps: tuple[tuple[str, bool], ...]
    """Each map field, and whether its keys are strings."""
    maps_of_messages: tuple[str, ...]
    """The map fields whose values can hold maps."""
    singular: tuple[str, ...]
    """The singular message fields outside oneofs that can hold maps."""
    repeated: tuple[str, ...]
    """The repeated message fields whose elements can hold maps."""
    oneofs: tuple[tuple[str, frozenset[str]], ...]
    """Each oneof, with its members that can hold maps."""


_Verdicts = dict[int, tuple[Message, bool]]
"""The verdicts of `_upb_order_is_canonical` on the messages of one message being
written in key order, by id, so that each message is judged once however deep it sits.
Each keeps its message, so that no other message takes its id; upb hands out the same
object for a nested message while one is held, and any other is judged anew."""


def _upb_order_is_canonical(message: Message, verdicts: _Verdicts | None) -> bool:
    """Tells whether upb orders every map in the message as the encoding does: no map of
    two or more entries has integer or bool keys, or a key that is a prefix of another.
    Given verdicts, looks the verdict on each message up there and records it."""
    if verdicts is None:
        return _judge(message, None)
    known = verdicts.get(id(message))
    if known is not None and known[0] is message:
        return known[1]
    verdict = _judge(message, verdicts)
    verdicts[id(message)] = (message, verdict)
    return verdict


def _judge(message: Message, verdicts: _Verdicts | None) -> bool:
    search = _map_search(message.DESCRIPTOR)
    for name, string_keys in search.maps:
        entries = getattr(message, name)
        if len(entries) > 1 and not (string_keys and _prefix_free(entries)):
            return False
    same_verdicts = itertools.repeat(verdicts)
    for name in search.maps_of_messages:
        values = getattr(message, name).values()
        if not all(map(_upb_order_is_canonical, values, same_verdicts)):
            return False
    for name in search.singular:
        if message.HasField(name) and not _upb_order_is_canonical(getattr(message, name), verdicts):
            return False
    for name in search.repeated:
        if not all(map(_upb_order_is_canonical, getattr(message, name), same_verdicts)):
            return False
    for oneof, members in search.oneofs:
        member = message.WhichOneof(oneof)
        if member in members and not _upb_order_is_canonical(getattr(message, member), verdicts):
            return False
    return True


def _prefix_free(keys: Any) -> bool:
    # In sorted order, a key that is a prefix of any other is a prefix of the next one.
    ordered = sorted(keys)
    return not any(b.startswith(a) for a, b in itertools.pairwise(ordered))


@functools.cache
def _map_search(descriptor: Descriptor) -> _MapSearch:
    maps, of_messages, singular, repeated = [], [], [], []
    oneofs: dict[str, set[str]] = {}
    for field in descriptor.fields:
        if field.message_type is None:
            continue
        if is_map(field):
            key_field, value_field = (
                field.message_type.fields_by_number[1],
                field.message_type.fields_by_number[2],
            )
            maps.append((field.name, key_field.type == FieldDescriptor.TYPE_STRING))
            if value_field.message_type is not None and _reaches_map(value_field.message_type):
                of_messages.append(field.name)
        elif not _reaches_map(field.message_type):
            continue
        elif field.containing_oneof is not None:
            oneofs.setdefault(field.containing_oneof.name, set()).add(field.name)
        elif field.is_repeated:
            repeated.append(field.name)
        else:
            singular.append(field.name)
    return _MapSearch(
        maps=tuple(maps),
        maps_of_messages=tuple(of_messages),
        singular=tuple(singular),
        repeated=tuple(repeated),
        oneofs=tuple((name, frozenset(members)) for name, members in oneofs.items()),
    )


@functools.cache
def _reaches_map(descriptor: Descriptor) -> bool:
    """Tells whether a message of this type, or one nested in it, can hold a map."""
    seen: set[Descriptor] = set()
    pending = [descriptor]
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        for field in current.fields:
            if field.message_type is None:
                continue
            if is_map(field):
                return True
            pending.append(field.message_type)
    return False


# Writing in key order


def _write_message(message: Message, verdicts: _Verdicts) -> bytes:
    if _upb_order_is_canonical(message, verdicts):
        return message.SerializeToString(deterministic=True)
    # ListFields returns the set fields in ascending number order, and leaves out a field
    # with implicit presence that holds its default (but not negative zero).
    return b"".join(_field_writer(field)(value, verdicts) for field, value in message.ListFields())


_FieldWriter = Callable[[Any, _Verdicts], bytes]


@functools.cache
def _field_writer(field: FieldDescriptor) -> _FieldWriter:
    """Returns the function that writes a set field's records, given its value and the
    verdicts on upb's order recorded so far."""
    if is_map(field):
        return _map_writer(field)
    if field.type == FieldDescriptor.TYPE_MESSAGE:
        tag = field_tag(field.number, WIRE_LEN)

        def write_message(value: Message, verdicts: _Verdicts) -> bytes:
            return tag + _length_prefixed(_write_message(value, verdicts))

        if field.is_repeated:
            return lambda values, verdicts: b"".join(write_message(v, verdicts) for v in values)
        return write_message
    wire_type, write_value = _SCALARS[field.type]
    if not field.is_repeated:
        tag = field_tag(field.number, wire_type)
        return lambda value, _verdicts: tag + write_value(value)
    if wire_type == WIRE_LEN:
        tag = field_tag(field.number, WIRE_LEN)
        return lambda values, _verdicts: b"".join(tag + write_value(v) for v in values)
    packed_tag = field_tag(field.number, WIRE_LEN)
    return lambda values, _verdicts: (
        packed_tag + _length_prefixed(b"".join(map(write_value, values)))
    )


def _map_writer(field: FieldDescriptor) -> _FieldWriter:
    entry = cast(Descriptor, field.message_type)  # a map field's type is its entry message
    key_field, value_field = entry.fields_by_number[1], entry.fields_by_number[2]
    tag = field_tag(field.number, WIRE_LEN)
    key_type, write_key = _SCALARS[key_field.type]
    key_tag = field_tag(1, key_type)
    if value_field.type == FieldDescriptor.TYPE_MESSAGE:
        value_tag = field_tag(2, WIRE_LEN)

        def write_value(value: Any, verdicts: _Verdicts) -> bytes:
            return value_tag + _length_prefixed(_write_message(value, verdicts))

    else:
        value_type, write_scalar = _SCALARS[value_field.type]
        value_tag = field_tag(2, value_type)

        def write_value(value: Any, verdicts: _Verdicts) -> bytes:
            return value_tag + write_scalar(value)

    def write_map(entries: Any, verdicts: _Verdicts) -> bytes:
        # Integer keys sort by value and bool keys false first, as the encoding asks;
        # string keys sort by code point, which is the order of their UTF-8 bytes.
        return b"".join(
            tag + _length_prefixed(key_tag + write_key(key) + write_value(entries[key], verdicts))
            for key in sorted(entries)
        )

    return write_map


def _integer(value: int) -> bytes:
    return varint(value & UINT64_MASK)  # a negative int32, int64 or enum takes ten bytes


def _zigzag(value: int) -> bytes:
    return varint(value << 1 if value >= 0 else (-value << 1) - 1)


def _length_prefixed(data: bytes) -> bytes:
    return varint(len(data)) + data


def _packer(layout: str) -> Callable[[Any], bytes]:
    return struct.Struct(layout).pack


_SCALARS: dict[int, tuple[int, Callable[[Any], bytes]]] = {
    FieldDescriptor.TYPE_INT32: (WIRE_VARINT, _integer),
    FieldDescriptor.TYPE_INT64: (WIRE_VARINT, _integer),
    FieldDescriptor.TYPE_UINT32: (WIRE_VARINT, _integer),
    FieldDescriptor.TYPE_UINT64: (WIRE_VARINT, _integer),
    FieldDescriptor.TYPE_ENUM: (WIRE_VARINT, _integer),
    FieldDescriptor.TYPE_BOOL: (WIRE_VARINT, _integer),
    FieldDescriptor.TYPE_SINT32: (WIRE_VARINT, _zigzag),
    FieldDescriptor.TYPE_SINT64: (WIRE_VARINT, _zigzag),
    FieldDescriptor.TYPE_FIXED32: (WIRE_FIXED32, _packer("<I")),
    FieldDescriptor.TYPE_SFIXED32: (WIRE_FIXED32, _packer("<i")),
    FieldDescriptor.TYPE_FLOAT: (WIRE_FIXED32, _packer("<f")),
    FieldDescriptor.TYPE_FIXED64: (WIRE_FIXED64, _packer("<Q")),
    FieldDescriptor.TYPE_SFIXED64: (WIRE_FIXED64, _packer("<q")),
    FieldDescriptor.TYPE_DOUBLE: (WIRE_FIXED64, _packer("<d")),
    FieldDescriptor.TYPE_STRING: (WIRE_LEN, lambda value: _length_prefixed(value.encode())),
    FieldDescriptor.TYPE_BYTES: (WIRE_LEN, _length_prefixed),
}


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
        if is_map(field):
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


def _unknown_fields_error(root: Message) -> CanonicalEncodingError:
    for visit in _walk(root, 0, ""):
        if visit.message is None:
            continue
        unknown_set = unknown_fields.UnknownFieldSet(visit.message)
        numbers = {unknown_set[i].field_number for i in range(len(unknown_set))}
        if not numbers:
            continue
        descriptor = cast(Descriptor, visit.message.DESCRIPTOR)
        fields = descriptor.fields_by_number
        reasons = []
        if unknown := sorted(numbers - set(fields)):
            reasons.append(f"unknown fields {', '.join(map(str, unknown))}")
        # upb keeps a record under a known field's number as unknown when it cannot read
        # it: a map entry that holds unknown fields, or a wire type the field's type
        # does not use.
        reasons += [
            f"an entry of map field {fields[n].name} with unknown fields"
            if is_map(fields[n])
            else f"a record of field {fields[n].name} ({n}) in a wire type its type does not use"
            for n in sorted(numbers & set(fields))
        ]
        return CanonicalEncodingError(
            f"{root.DESCRIPTOR.full_name} has no canonical encoding: "
            f"{visit.type_name}{_where(visit.path)} holds {' and '.join(reasons)}"
        )
    raise AssertionError("upb counted unknown fields that no message holds")


def _too_deep_error(root: Message, cause: Exception) -> CanonicalEncodingError:
    visit = next((v for v in _walk(root, 0, "") if v.depth > MAX_DEPTH), None)
    if visit is None:
        raise AssertionError(f"upb could not read back the bytes it wrote: {cause}")
    return CanonicalEncodingError(
        f"{root.DESCRIPTOR.full_name} has no canonical encoding: messages nest more than "
        f"{MAX_DEPTH} deep ({visit.type_name}{_where(visit.path)} is at depth {visit.depth})"
    )


def _where(path: str) -> str:
    return f" at {path}" if path else ""
