"""The pieces of the protobuf wire format that the canonical writers share: wire types,
varints and tags."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from google.protobuf.descriptor import FieldDescriptor

WIRE_VARINT, WIRE_FIXED64, WIRE_LEN, WIRE_START_GROUP, WIRE_END_GROUP, WIRE_FIXED32 = range(6)
UINT64_MASK = (1 << 64) - 1

_ONE_BYTE = [bytes((value,)) for value in range(0x80)]


def varint(value: int) -> bytes:
    """Writes a varint; the value must be 0 to 2**64 - 1 (mask a negative integer with
    UINT64_MASK, which writes it sign-extended to ten bytes)."""
    if value < 0x80:
        return _ONE_BYTE[value]
    out = bytearray()
    while value >= 0x80:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def field_tag(number: int, wire_type: int) -> bytes:
    """Writes the tag that starts a record of a field."""
    return varint(number << 3 | wire_type)


def is_map(field: FieldDescriptor) -> bool:
    return field.message_type is not None and bool(field.message_type.GetOptions().map_entry)
