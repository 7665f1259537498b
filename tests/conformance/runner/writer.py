"""A protobuf encoder that departs from the canonical encoding on purpose.

Every testee must read these encodings to the same value as the canonical bytes, and
answer with the canonical bytes. With the default style it writes fields in number
order and packs repeated scalars, but unlike the oracle it also writes unknown fields
and messages of any depth, which the corpus needs for its unknown-field and nesting
cases.
"""

from __future__ import annotations

import dataclasses
import random

from runner import wire
from runner.schema import Field, FieldType, Message, Schema


@dataclasses.dataclass(frozen=True)
class Style:
    """The ways an encoding departs from the canonical one."""

    # Shuffles the records of every message (and the key and value of map entries),
    # keeping the elements of each repeated field in order.
    shuffle_seed: int | None = None
    # Writes repeated scalars as one record per element instead of packed.
    unpacked: bool = False
    # Precedes every set singular scalar with a record of another value (the last
    # record wins), and splits every set message field into two records that merge.
    decoys: bool = False
    # Writes implicit-presence scalars that hold their default.
    explicit_defaults: bool = False


def encode(schema: Schema, message: Message, style: Style = Style()) -> bytes:
    return _Writer(schema, style).message(message)


class _Writer:
    def __init__(self, schema: Schema, style: Style) -> None:
        self._schema = schema
        self._style = style
        self._rng = None if style.shuffle_seed is None else random.Random(style.shuffle_seed)

    def message(self, message: Message) -> bytes:
        message_type = self._schema.message(message.type_name)
        if stray := sorted(set(message.values) - {field.number for field in message_type.fields}):
            raise ValueError(f"{message.type_name}: no fields numbered {stray}")
        groups: list[list[bytes]] = []
        for field in sorted(message_type.fields, key=lambda field: field.number):
            if field.number in message.values:
                groups.extend(self._field(field, message.values[field.number]))
            elif self._style.explicit_defaults and not (field.explicit_presence or field.repeated):
                groups.append([self._scalar(field, wire.zero(field))])
        groups.extend([raw] for _, raw in message.unknown)
        return self._arrange(groups)

    def _arrange(self, groups: list[list[bytes]]) -> bytes:
        """Concatenates groups of records, shuffled across groups when the style says."""
        if self._rng is None:
            return b"".join(record for group in groups for record in group)
        slots = [index for index, group in enumerate(groups) for _ in group]
        self._rng.shuffle(slots)
        pending = [iter(group) for group in groups]
        return b"".join(next(pending[index]) for index in slots)

    def _field(self, field: Field, value: object) -> list[list[bytes]]:
        entry = self._schema.map_entry(field)
        if entry is not None:
            assert isinstance(value, dict)
            key_field, value_field = entry.fields
            return [
                [
                    wire.record(
                        field.number,
                        wire.LEN,
                        self._arrange(
                            [[self._single(key_field, key)], [self._single(value_field, item)]]
                        ),
                    )
                ]
                for key, item in value.items()
            ]
        if field.repeated:
            assert isinstance(value, list)
            if not value:
                return []
            if wire.packable(field) and not self._style.unpacked:
                packed = b"".join(wire.scalar(field, element) for element in value)
                return [[wire.record(field.number, wire.LEN, packed)]]
            return [[self._single(field, element) for element in value]]
        if field.kind == FieldType.TYPE_MESSAGE:
            assert isinstance(value, Message)
            if self._style.decoys:
                return [[self._message_record(field, part) for part in _split(value)]]
            return [[self._message_record(field, value)]]
        implicit_default = not field.explicit_presence and wire.is_default(field, value)
        records = []
        if self._style.decoys:
            records.append(self._scalar(field, _decoy(field, value)))
        if records or self._style.explicit_defaults or not implicit_default:
            records.append(self._scalar(field, value))
        return [records]

    def _single(self, field: Field, value: object) -> bytes:
        if field.kind == FieldType.TYPE_MESSAGE:
            assert isinstance(value, Message)
            return self._message_record(field, value)
        return self._scalar(field, value)

    def _message_record(self, field: Field, value: Message) -> bytes:
        return wire.record(field.number, wire.LEN, self.message(value))

    def _scalar(self, field: Field, value: object) -> bytes:
        return wire.record(field.number, wire.wire_type(field), wire.scalar(field, value))


def _split(message: Message) -> list[Message]:
    """Splits a message into two whose merge is the message: first half of its fields
    in one, the rest and the unknown fields in the other."""
    numbers = sorted(message.values)
    first = numbers[: len(numbers) // 2]
    return [
        Message(message.type_name, {number: message.values[number] for number in first}),
        Message(
            message.type_name,
            {number: message.values[number] for number in numbers[len(first) :]},
            message.unknown,
        ),
    ]


def _decoy(field: Field, value: object) -> object:
    """Returns a valid value of the field's kind that differs from value."""
    candidates: dict[int, tuple[object, object]] = {
        FieldType.TYPE_STRING: ("decoy", "other"),
        FieldType.TYPE_BYTES: (b"decoy", b"other"),
        FieldType.TYPE_BOOL: (not value, not value),
        FieldType.TYPE_DOUBLE: (1.5, 2.5),
        FieldType.TYPE_FLOAT: (1.5, 2.5),
    }
    first, second = candidates.get(field.kind, (1, 2))
    return second if first == value else first
