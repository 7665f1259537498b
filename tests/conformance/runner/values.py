"""Builds message values of any IDL type: fully populated, seeded random, or with one
kind of edge-case value everywhere in the tree.

Values of Google's well-known types stay inside what ProtoJSON can represent
(timestamps in years 1 to 9999, durations within 10,000 years, finite numbers in a
`google.protobuf.Value`), so that every value the corpus builds also has a JSON form.
"""

from __future__ import annotations

import math
import random
import sys

from runner import wire
from runner.schema import Field, FieldType, Message, Schema

# The edge cases a builder can apply: each replaces one kind of value everywhere.
EDGES = (
    "integer-max",
    "integer-min",
    "negative-zero",
    "nan",
    "infinity",
    "negative-infinity",
    "double-max",
    "double-subnormal",
    "astral-unicode",
    "large-bytes",
    "zero-values",
    "unknown-enum",
    "negative-enum",
    "map-keys",
)

# Sorted by UTF-8 bytes these are "", "Z", "a", "ab", "é", "ﬁ", "😀", "􏿽"; sorted by UTF-16
# code units the last three would come out in another order.
MAP_KEYS = ("ab", "😀", "", "é", "Z", "\ufb01", "a", "\U0010fffd")
ASTRAL = "𝄞 😀 \U0010fffd 𠜎"
LARGE_BYTES_SIZE = 1 << 20

_TIMESTAMP_SECONDS = (-62135596800, 253402300799)  # 0001-01-01 to 9999-12-31
_DURATION_SECONDS = 315576000000  # 10,000 years
_NANOS = 999999999
_FLOAT_EDGES = {
    "negative-zero": -0.0,
    "nan": math.nan,
    "infinity": math.inf,
    "negative-infinity": -math.inf,
    "double-max": sys.float_info.max,
    "double-subnormal": 5e-324,
}
# Types whose oneof always holds a member: ProtoJSON has no form for a
# google.protobuf.Value that holds nothing (`null` reads back as a null_value).
_REQUIRED_ONEOF_TYPES = {"google.protobuf.Value"}
_RANDOM_CHARACTERS = 'abcXYZ019 -_./:é中文ß€\u00a0\n"\\😀𝄞'
# The depth to which a fully populated value sets message fields, and the depth from
# which it writes one element per repeated message field. Every type also has its own
# fully populated case, so every field is covered at the top level; these depths only
# bound how much of each type's tree is filled in around it.
_FULL_DEPTH = 4
_FULL_REPEATS_DEPTH = 1
_RANDOM_DEPTH = 4


class Builder:
    """Builds values of one flavour: fully populated (no rng), random (an rng), and
    either with an edge applied everywhere.

    `oneof_choice` names the top-level oneof member to set instead of the first, and
    `oneof_zero` sets that member to its zero value.
    """

    def __init__(
        self,
        schema: Schema,
        rng: random.Random | None = None,
        edge: str | None = None,
        oneof_choice: Field | None = None,
        oneof_zero: bool = False,
    ) -> None:
        if edge is not None and edge not in EDGES:
            raise ValueError(f"unknown edge case {edge!r}")
        self._schema = schema
        self._rng = rng
        self._edge = edge
        self._oneof_choice = oneof_choice
        self._oneof_zero = oneof_zero

    def message(self, type_name: str, depth: int = 0, stack: tuple[str, ...] = ()) -> Message:
        if type_name == "google.protobuf.Timestamp":
            return self._time(type_name, _TIMESTAMP_SECONDS, 0)
        if type_name == "google.protobuf.Duration":
            return self._time(type_name, (-_DURATION_SECONDS, _DURATION_SECONDS), -_NANOS)
        message_type = self._schema.message(type_name)
        message = Message(type_name)
        stack = (*stack, type_name)
        for field in message_type.fields:
            if field.oneof is None and self._include(field, depth, stack):
                message.values[field.number] = self._field_value(field, depth, stack)
        for members in message_type.oneofs().values():
            member = self._pick_member(members, depth, stack)
            if member is None:
                continue
            if depth == 0 and self._oneof_zero and member == self._oneof_choice:
                message.values[member.number] = self._zero(member)
            else:
                message.values[member.number] = self._single_value(member, depth, stack)
        return message

    def _include(self, field: Field, depth: int, stack: tuple[str, ...]) -> bool:
        if not self._can_descend(field, depth, stack):
            return False
        if self._rng is None:
            return True
        return self._rng.random() < 0.7 - 0.1 * depth

    def _can_descend(self, field: Field, depth: int, stack: tuple[str, ...]) -> bool:
        """Tells whether a message-valued field may be set here: random values stop at
        a fixed depth; full ones also leave out types already being built, so that
        recursive types end."""
        target = self._value_type(field)
        if target is None:
            return True
        if self._rng is not None:
            return depth < _RANDOM_DEPTH
        return depth < _FULL_DEPTH and target not in stack

    def _value_type(self, field: Field) -> str | None:
        """Returns the message type a field's values hold, if any (a map's value type)."""
        entry = self._schema.map_entry(field)
        if entry is not None:
            field = entry.fields[1]
        return field.type_name if field.kind == FieldType.TYPE_MESSAGE else None

    def _pick_member(
        self, members: list[Field], depth: int, stack: tuple[str, ...]
    ) -> Field | None:
        if depth == 0 and self._oneof_choice in members:
            return self._oneof_choice
        allowed = [member for member in members if self._can_descend(member, depth, stack)]
        if not allowed:
            return None
        if self._rng is None:
            return allowed[0]
        if self._rng.random() < 0.2 and stack[-1] not in _REQUIRED_ONEOF_TYPES:
            return None
        return self._rng.choice(allowed)

    def _field_value(self, field: Field, depth: int, stack: tuple[str, ...]) -> object:
        entry = self._schema.map_entry(field)
        if entry is not None:
            key_field, value_field = entry.fields
            keys = self._map_keys(key_field)
            return {key: self._single_value(value_field, depth + 1, stack) for key in keys}
        if field.repeated:
            return [
                self._single_value(field, depth, stack) for _ in range(self._repeats(field, depth))
            ]
        if self._rng is not None and self._rng.random() < 0.15:
            return self._zero(field)
        return self._single_value(field, depth, stack)

    def _repeats(self, field: Field, depth: int) -> int:
        if self._rng is not None:
            return self._rng.randint(0, 3)
        if field.kind == FieldType.TYPE_MESSAGE and depth >= _FULL_REPEATS_DEPTH:
            return 1
        return 2

    def _map_keys(self, key_field: Field) -> list[object]:
        if key_field.kind == FieldType.TYPE_STRING:
            if self._edge == "map-keys":
                return list(MAP_KEYS)
            if self._rng is not None:
                return [self._string() for _ in range(self._rng.randint(0, 3))]
            return ["b", "a"]
        if key_field.kind == FieldType.TYPE_BOOL:
            return [True, False]
        low, high = wire.integer_range(key_field)
        if self._edge == "map-keys":
            return sorted({high, 1, 0, -1 if low < 0 else 2, low})[::-1]
        if self._rng is not None:
            return [self._rng.randint(low, high) for _ in range(self._rng.randint(0, 3))]
        return [2, 1]

    def _single_value(self, field: Field, depth: int, stack: tuple[str, ...]) -> object:
        if field.kind == FieldType.TYPE_MESSAGE:
            return self.message(field.type_name, depth + 1, stack)
        if self._edge == "zero-values":
            return self._zero(field)
        if field.kind == FieldType.TYPE_ENUM:
            return self._enum(field)
        if field.kind == FieldType.TYPE_BOOL:
            return True if self._rng is None else self._rng.random() < 0.5
        if field.kind == FieldType.TYPE_STRING:
            return self._string(field.name)
        if field.kind == FieldType.TYPE_BYTES:
            return self._bytes()
        if field.kind in (FieldType.TYPE_DOUBLE, FieldType.TYPE_FLOAT):
            return self._double(stack)
        return self._integer(field)

    def _zero(self, field: Field) -> object:
        if field.kind == FieldType.TYPE_MESSAGE:
            return Message(field.type_name)
        return wire.zero(field)

    def _enum(self, field: Field) -> int:
        named = self._schema.enums[field.type_name]
        # NullValue has a single value and a JSON form (`null`) that cannot carry another.
        if not field.type_name.startswith("google.protobuf."):
            if self._edge == "unknown-enum":
                return max(named) + 1000
            if self._edge == "negative-enum" and -1 not in named:
                return -1
        if self._rng is not None:
            return self._rng.choice(named)
        return next((number for number in named if number != 0), 0)

    def _string(self, field_name: str = "key") -> str:
        if self._edge == "astral-unicode":
            return ASTRAL
        if self._rng is None:
            return f"{field_name}-value"
        length = self._rng.choice((0, 1, 3, 8, 20))
        return "".join(self._rng.choice(_RANDOM_CHARACTERS) for _ in range(length))

    def _bytes(self) -> bytes:
        if self._edge == "large-bytes":
            return bytes(range(256)) * (LARGE_BYTES_SIZE // 256)
        if self._rng is None:
            return b"\x00\x01\x7f\x80\xfe\xff"
        return self._rng.randbytes(self._rng.choice((0, 1, 5, 33)))

    def _double(self, stack: tuple[str, ...]) -> float:
        edge_value = _FLOAT_EDGES.get(self._edge or "")
        # ProtoJSON has no form for a non-finite number in a google.protobuf.Value.
        if edge_value is not None and (
            math.isfinite(edge_value) or stack[-1] != "google.protobuf.Value"
        ):
            return edge_value
        if self._rng is None:
            return 2.5
        return self._rng.choice((0.0, 1.0, -1.5, 0.1, 1e21, -2.5e-8, self._rng.uniform(-1e6, 1e6)))

    def _integer(self, field: Field) -> int:
        low, high = wire.integer_range(field)
        if self._edge == "integer-max":
            return high
        if self._edge == "integer-min":
            return low
        if self._rng is None:
            return 42
        return self._rng.choice((0, 1, high, low, self._rng.randint(low, high)))

    def _time(self, type_name: str, seconds_range: tuple[int, int], nanos_low: int) -> Message:
        """Builds a Timestamp or Duration within ProtoJSON's range; a duration's nanos
        take the sign of its seconds."""
        low, high = seconds_range
        if self._edge == "zero-values":
            seconds, nanos = 0, 0
        elif self._edge == "integer-max":
            seconds, nanos = high, _NANOS
        elif self._edge == "integer-min":
            seconds, nanos = low, nanos_low
        elif self._rng is None:
            seconds, nanos = 1700000000, 123456789
        else:
            seconds = self._rng.randint(low, high)
            nanos = self._rng.choice((0, self._rng.randint(0, _NANOS)))
            if seconds < 0 and nanos_low < 0:
                nanos = -nanos
        values: dict[int, object] = {1: seconds, 2: nanos}
        return Message(type_name, {number: value for number, value in values.items() if value})
