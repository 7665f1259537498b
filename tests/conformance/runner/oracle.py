"""The reference canonical encoder, written from docs/canonical-encoding.md alone.

It shares no code with any implementation under test, so its bytes are the expected
answer for every testee. Rule numbers below refer to that document.
"""

from __future__ import annotations

import hashlib

from runner import wire
from runner.schema import Field, FieldType, Message, Schema

# Rule 10. The top-level message is at depth 0 and every nested message record, a map
# entry included, is one level deeper; upb and prost count the same way.
MAX_DEPTH = 100


class CanonicalError(Exception):
    """The message has no canonical encoding."""


def canonical_bytes(schema: Schema, message: Message) -> bytes:
    """Returns the message's canonical encoding or raises CanonicalError."""
    return _encode(schema, message, 0)


def inputs_hash(schema: Schema, message: Message) -> str:
    """Returns the lowercase hex SHA-256 of the canonical bytes."""
    return hashlib.sha256(canonical_bytes(schema, message)).hexdigest()


def _encode(schema: Schema, message: Message, depth: int) -> bytes:
    if depth > MAX_DEPTH:
        raise CanonicalError(f"{message.type_name}: nests deeper than {MAX_DEPTH} messages")
    if message.unknown:  # rule 9
        numbers = sorted({number for number, _ in message.unknown})
        raise CanonicalError(f"{message.type_name}: holds unknown fields {numbers}")
    message_type = schema.message(message.type_name)
    known = {field.number for field in message_type.fields}
    if stray := sorted(set(message.values) - known):
        raise ValueError(f"{message.type_name}: no fields numbered {stray}")
    out = bytearray()
    for field in sorted(message_type.fields, key=lambda field: field.number):  # rule 2
        if field.number in message.values:
            out += _field(schema, field, message.values[field.number], depth)
    return bytes(out)


def _field(schema: Schema, field: Field, value: object, depth: int) -> bytes:
    entry = schema.map_entry(field)
    if entry is not None:  # rule 6
        assert isinstance(value, dict)
        key_field, value_field = entry.fields
        out = bytearray()
        for key in sorted(value, key=_map_order):
            body = _single(schema, key_field, key, depth + 1) + _single(
                schema, value_field, value[key], depth + 1
            )
            out += wire.record(field.number, wire.LEN, body)
        return bytes(out)
    if field.repeated:  # rule 5
        assert isinstance(value, list)
        if not value:
            return b""
        if wire.packable(field):
            packed = b"".join(wire.scalar(field, element) for element in value)
            return wire.record(field.number, wire.LEN, packed)
        return b"".join(_single(schema, field, element, depth) for element in value)
    if not field.explicit_presence and wire.is_default(field, value):  # rule 3
        return b""
    return _single(schema, field, value, depth)  # rule 4


def _single(schema: Schema, field: Field, value: object, depth: int) -> bytes:
    """Writes one record for one value, whatever it holds."""
    if field.kind == FieldType.TYPE_MESSAGE:
        if not isinstance(value, Message) or value.type_name != field.type_name:
            raise TypeError(f"field {field.name}: expected a {field.type_name} message")
        return wire.record(field.number, wire.LEN, _encode(schema, value, depth + 1))
    return wire.record(field.number, wire.wire_type(field), wire.scalar(field, value))


def _map_order(key: object) -> object:
    """Strings sort by their UTF-8 bytes; integers by value; False before True."""
    return key.encode("utf-8") if isinstance(key, str) else key
