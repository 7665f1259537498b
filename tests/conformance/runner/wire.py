"""Protobuf wire-format primitives: varints, tags, records and scalar values."""

from __future__ import annotations

import functools
import struct

from runner.schema import Field, FieldType

VARINT, I64, LEN, SGROUP, EGROUP, I32 = 0, 1, 2, 3, 4, 5
MAX_FIELD_NUMBER = (1 << 29) - 1

_RANGES = {
    FieldType.TYPE_INT32: (-(1 << 31), (1 << 31) - 1),
    FieldType.TYPE_SINT32: (-(1 << 31), (1 << 31) - 1),
    FieldType.TYPE_SFIXED32: (-(1 << 31), (1 << 31) - 1),
    FieldType.TYPE_ENUM: (-(1 << 31), (1 << 31) - 1),
    FieldType.TYPE_INT64: (-(1 << 63), (1 << 63) - 1),
    FieldType.TYPE_SINT64: (-(1 << 63), (1 << 63) - 1),
    FieldType.TYPE_SFIXED64: (-(1 << 63), (1 << 63) - 1),
    FieldType.TYPE_UINT32: (0, (1 << 32) - 1),
    FieldType.TYPE_FIXED32: (0, (1 << 32) - 1),
    FieldType.TYPE_UINT64: (0, (1 << 64) - 1),
    FieldType.TYPE_FIXED64: (0, (1 << 64) - 1),
}
_FIXED_FORMATS = {
    FieldType.TYPE_FIXED32: "<I",
    FieldType.TYPE_SFIXED32: "<i",
    FieldType.TYPE_FLOAT: "<f",
    FieldType.TYPE_FIXED64: "<Q",
    FieldType.TYPE_SFIXED64: "<q",
    FieldType.TYPE_DOUBLE: "<d",
}
_ZIGZAG_BITS = {FieldType.TYPE_SINT32: 32, FieldType.TYPE_SINT64: 64}
_ONE_BYTE = [bytes((value,)) for value in range(0x80)]


def integer_range(field: Field) -> tuple[int, int]:
    """Returns the lowest and highest value of an integer or enum field."""
    try:
        return _RANGES[field.kind]
    except KeyError:
        raise ValueError(f"field {field.name} is not an integer field") from None


def varint(value: int) -> bytes:
    """Encodes a non-negative integer below 2**64 as a minimal varint."""
    if 0 <= value < 0x80:
        return _ONE_BYTE[value]
    if not 0 <= value < 1 << 64:
        raise ValueError(f"varint out of range: {value}")
    out = bytearray()
    while value > 0x7F:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


@functools.cache
def tag(number: int, wire_type: int) -> bytes:
    return varint(number << 3 | wire_type)


def record(number: int, wire_type: int, payload: bytes) -> bytes:
    """Writes one record; a length-delimited payload gets its length prefix."""
    if wire_type == LEN:
        return tag(number, LEN) + varint(len(payload)) + payload
    return tag(number, wire_type) + payload


def wire_type(field: Field) -> int:
    if field.kind in (FieldType.TYPE_STRING, FieldType.TYPE_BYTES, FieldType.TYPE_MESSAGE):
        return LEN
    if field.kind in (FieldType.TYPE_FIXED64, FieldType.TYPE_SFIXED64, FieldType.TYPE_DOUBLE):
        return I64
    if field.kind in (FieldType.TYPE_FIXED32, FieldType.TYPE_SFIXED32, FieldType.TYPE_FLOAT):
        return I32
    return VARINT


def packable(field: Field) -> bool:
    """Tells whether a repeated field of this kind is packed in proto3."""
    return wire_type(field) != LEN


def is_default(field: Field, value: object) -> bool:
    """Tells whether a scalar holds its kind's default; only +0.0 is a float default."""
    if field.kind in (FieldType.TYPE_DOUBLE, FieldType.TYPE_FLOAT):
        return struct.pack("<d", value) == bytes(8)
    return value in (0, "", b"")  # False == 0


def zero(field: Field) -> object:
    """Returns the default of a scalar field's kind."""
    zeros: dict[int, object] = {
        FieldType.TYPE_STRING: "",
        FieldType.TYPE_BYTES: b"",
        FieldType.TYPE_BOOL: False,
        FieldType.TYPE_DOUBLE: 0.0,
        FieldType.TYPE_FLOAT: 0.0,
    }
    return zeros.get(field.kind, 0)


def scalar(field: Field, value: object) -> bytes:
    """Encodes a scalar value's payload (without tag); strings and bytes without length."""
    kind = field.kind
    if kind == FieldType.TYPE_STRING:
        if not isinstance(value, str):
            raise TypeError(f"field {field.name}: expected str, got {type(value).__name__}")
        return value.encode("utf-8")
    if kind == FieldType.TYPE_BYTES:
        if not isinstance(value, bytes):
            raise TypeError(f"field {field.name}: expected bytes, got {type(value).__name__}")
        return value
    if kind == FieldType.TYPE_BOOL:
        if not isinstance(value, bool):
            raise TypeError(f"field {field.name}: expected bool, got {type(value).__name__}")
        return b"\x01" if value else b"\x00"
    if kind in (FieldType.TYPE_DOUBLE, FieldType.TYPE_FLOAT):
        if not isinstance(value, float):
            raise TypeError(f"field {field.name}: expected float, got {type(value).__name__}")
        return struct.pack(_FIXED_FORMATS[kind], value)
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"field {field.name}: expected int, got {type(value).__name__}")
    low, high = _RANGES[kind]
    if not low <= value <= high:
        raise ValueError(f"field {field.name}: {value} is out of range [{low}, {high}]")
    if kind in _FIXED_FORMATS:
        return struct.pack(_FIXED_FORMATS[kind], value)
    if kind in _ZIGZAG_BITS:
        return varint((value << 1) ^ (value >> (_ZIGZAG_BITS[kind] - 1)))
    # Negative int32, int64 and enum values are sign-extended to 64 bits: ten bytes.
    return varint(value & ((1 << 64) - 1))


def read_varint(data: bytes, offset: int) -> tuple[int, int]:
    """Reads a varint at offset; returns its value and the offset after it."""
    value = shift = 0
    while True:
        if offset >= len(data) or shift > 63:
            raise ValueError(f"truncated or overlong varint at byte {offset}")
        byte = data[offset]
        value |= (byte & 0x7F) << shift
        offset += 1
        shift += 7
        if byte < 0x80:
            return value, offset


def top_level_records(data: bytes) -> list[tuple[int, int, int]]:
    """Splits well-formed bytes into (field number, start, end) records, for diagnostics."""
    records = []
    offset = 0
    while offset < len(data):
        start = offset
        key, offset = read_varint(data, offset)
        kind = key & 7
        if kind == VARINT:
            _, offset = read_varint(data, offset)
        elif kind == I64:
            offset += 8
        elif kind == I32:
            offset += 4
        elif kind == LEN:
            length, offset = read_varint(data, offset)
            offset += length
        else:
            raise ValueError(f"unsupported wire type {kind} at byte {start}")
        if offset > len(data):
            raise ValueError(f"record at byte {start} runs past the end")
        records.append((key >> 3, start, offset))
    return records
