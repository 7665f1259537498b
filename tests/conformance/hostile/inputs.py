"""The hostile-input corpus: bytes that no well-behaved writer produces, built from the
IDL's descriptors and fixed seeds, plus the checked-in regression inputs.

An input's name is `<message type>/<kind>/...`, such as
`flyteidl2.core.v1.Literal/truncated/17`. Every decoder must answer each input quickly,
without crashing, and with the same decision as the others.
"""

from __future__ import annotations

import dataclasses
import pathlib
import random
from collections.abc import Iterator

from runner import oracle, wire, writer
from runner.schema import ROOT, Field, FieldType, Schema
from runner.values import Builder

REGRESSIONS = ROOT / "tests" / "fuzz" / "regressions"

BIT_FLIPS_PER_TYPE = 16
# The deepest nesting the corpus builds, far past every decoder's limit of 100 and past
# the recursion limits of the languages themselves.
DEEP_LEVELS = 1_000_000
# The types nested DEEP_LEVELS deep: those whose canonical bytes are hashed, and the
# recursive well-known types they hold. Each such input is several megabytes, so the
# corpus builds a few rather than one per recursive type.
DEEP_TYPES = (
    "flyteidl2.core.v1.Literal",
    "flyteidl2.core.v1.LiteralMap",
    "google.protobuf.Struct",
    "google.protobuf.Value",
)
# How deep the unknown groups of the deep inputs nest: within every decoder's limit of
# 100, just past it, past protobuf-go's default limit of 10,000, and DEEP_LEVELS.
GROUP_LEVELS = (50, 101, 10_001, DEEP_LEVELS)
# Length prefixes far past the end of any input: 2**31, 2**32 - 1, 2**63, 2**64 - 1.
HUGE_LENGTHS = (1 << 31, (1 << 32) - 1, 1 << 63, (1 << 64) - 1)
# Byte sequences that are not UTF-8, each preceded by valid text.
INVALID_UTF8 = {
    "lone-continuation": b"\x80",
    "overlong-nul": b"\xc0\x80",
    "overlong-slash": b"\xe0\x80\xaf",
    "surrogate": b"\xed\xa0\x80",
    "past-max-code-point": b"\xf4\x90\x80\x80",
    "truncated-sequence": b"\xe2\x82",
    "invalid-byte": b"\xff",
}


@dataclasses.dataclass(frozen=True)
class HostileInput:
    name: str
    message_type: str
    payload: bytes


def build_inputs(schema: Schema) -> list[HostileInput]:
    """Builds every hostile input, regressions first."""
    inputs = list(load_regressions())
    for type_name in schema.idl_types():
        inputs.extend(_TypeInputs(schema, type_name).inputs())
    for type_name in DEEP_TYPES:
        inputs.extend(_deep_inputs(schema, type_name))
    return inputs


def load_regressions(directory: pathlib.Path = REGRESSIONS) -> Iterator[HostileInput]:
    """Reads the checked-in inputs that once crashed, hung or split the decoders. Each
    file holds a message type's full name, a newline, and the payload (the format every
    fuzz target reads)."""
    for path in sorted(directory.glob("*.bin")):
        message_type, payload = split_fuzz_input(path.read_bytes(), str(path))
        yield HostileInput(f"{message_type}/regression/{path.stem}", message_type, payload)


def split_fuzz_input(data: bytes, source: str) -> tuple[str, bytes]:
    """Splits a fuzz input into its message type and payload."""
    name, newline, payload = data.partition(b"\n")
    if not newline or not name:
        raise ValueError(f"{source}: expected a message type name, a newline and a payload")
    return name.decode("ascii"), payload


class _TypeInputs:
    def __init__(self, schema: Schema, type_name: str) -> None:
        self._schema = schema
        self._type_name = type_name
        self._type = schema.message(type_name)
        self._full = Builder(schema).message(type_name)
        self._full_bytes = oracle.canonical_bytes(schema, self._full)
        self._unused = max((f.number for f in self._type.fields), default=0) + 100

    def inputs(self) -> Iterator[HostileInput]:
        for kind, payloads in (
            ("truncated", self._truncations()),
            ("bit-flip", self._bit_flips()),
            ("invalid-utf8", self._invalid_utf8()),
            ("huge-length", self._huge_lengths()),
            ("oneof", self._repeated_oneof_members()),
            ("map-entry", self._odd_map_entries()),
            ("packing", self._packing_mixes()),
        ):
            for label, payload in payloads:
                yield HostileInput(f"{self._type_name}/{kind}/{label}", self._type_name, payload)

    def _truncations(self) -> Iterator[tuple[str, bytes]]:
        """The full value cut at every offset."""
        for offset in range(len(self._full_bytes)):
            yield str(offset), self._full_bytes[:offset]

    def _bit_flips(self) -> Iterator[tuple[str, bytes]]:
        """The full value with one to four random bits flipped."""
        if not self._full_bytes:
            return
        rng = random.Random(f"{self._type_name}/bit-flip")
        for index in range(BIT_FLIPS_PER_TYPE):
            data = bytearray(self._full_bytes)
            for _ in range(1 + index % 4):
                data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
            yield str(index), bytes(data)

    def _invalid_utf8(self) -> Iterator[tuple[str, bytes]]:
        """Each string field, map key and map value of the type holding invalid UTF-8."""
        for field in self._type.fields:
            entry = self._schema.map_entry(field)
            for label, bad in INVALID_UTF8.items():
                text = b"ok" + bad
                if entry is not None:
                    key, value = entry.fields
                    if key.kind == FieldType.TYPE_STRING:
                        body = wire.record(1, wire.LEN, text)
                        yield f"{field.name}/key/{label}", wire.record(field.number, wire.LEN, body)
                    if value.kind == FieldType.TYPE_STRING:
                        body = wire.record(2, wire.LEN, text)
                        yield (
                            f"{field.name}/value/{label}",
                            wire.record(field.number, wire.LEN, body),
                        )
                elif field.kind == FieldType.TYPE_STRING:
                    yield f"{field.name}/{label}", wire.record(field.number, wire.LEN, text)

    def _huge_lengths(self) -> Iterator[tuple[str, bytes]]:
        """Length prefixes far past the end, on the first length-delimited field (a packed
        one counts), on the first repeated scalar, and on an unknown field."""
        targets = [("unknown", self._unused)]
        for field in self._type.fields:
            if wire.wire_type(field) == wire.LEN or field.repeated:
                targets.append((field.name, field.number))
                break
        for label, number in targets:
            for length in HUGE_LENGTHS:
                yield f"{label}/{length}", wire.tag(number, wire.LEN) + wire.varint(length) + b"ab"

    def _repeated_oneof_members(self) -> Iterator[tuple[str, bytes]]:
        """For every pair of members of each oneof, the value with one member set followed
        by the value with the other set (the last member read wins), and each member
        twice over (a message member merges)."""
        for members in self._type.oneofs().values():
            encoded = {}
            for member in members:
                value = Builder(self._schema, oneof_choice=member).message(self._type_name)
                encoded[member.name] = writer.encode(self._schema, value)
            for first, first_bytes in encoded.items():
                for second, second_bytes in encoded.items():
                    yield f"{first}/then/{second}", first_bytes + second_bytes

    def _odd_map_entries(self) -> Iterator[tuple[str, bytes]]:
        """For each map field, entries that leave out their key or value, write them out
        of order or twice, and two entries with the same key (the last one wins)."""
        for field in self._type.fields:
            entry = self._schema.map_entry(field)
            if entry is None:
                continue
            key_field, value_field = entry.fields
            keys = [_entry_value(key_field, index) for index in range(2)]
            values = [_entry_value(value_field, index) for index in range(2)]
            key = [wire.record(1, wire.wire_type(key_field), k) for k in keys]
            value = [wire.record(2, wire.wire_type(value_field), v) for v in values]
            bodies = {
                "no-key": value[0],
                "no-value": key[0],
                "value-before-key": value[0] + key[0],
                "key-twice": key[0] + key[1] + value[0],
                "value-twice": key[0] + value[0] + value[1],
            }
            for label, body in bodies.items():
                yield f"{field.name}/{label}", wire.record(field.number, wire.LEN, body)
            first = wire.record(field.number, wire.LEN, key[0] + value[0])
            again = wire.record(field.number, wire.LEN, key[0] + value[1])
            yield f"{field.name}/same-key-twice", first + again

    def _packing_mixes(self) -> Iterator[tuple[str, bytes]]:
        """Each repeated scalar field written as packed, unpacked and empty packed records
        interleaved, which every reader joins in order; and packed records that end
        inside an element."""
        for field in self._type.fields:
            if not field.repeated or not wire.packable(field):
                continue
            values = [_sample(field, index) for index in range(4)]
            packed = wire.record(
                field.number, wire.LEN, b"".join(wire.scalar(field, v) for v in values[:2])
            )
            unpacked = wire.record(
                field.number, wire.wire_type(field), wire.scalar(field, values[2])
            )
            empty = wire.record(field.number, wire.LEN, b"")
            last = wire.record(field.number, wire.LEN, wire.scalar(field, values[3]))
            yield f"{field.name}/mixed", packed + unpacked + empty + last
            element = wire.scalar(field, values[3])
            cut = element[:-1] if len(element) > 1 else b"\x80"
            yield f"{field.name}/cut-element", wire.record(field.number, wire.LEN, element + cut)


def _entry_value(field: Field, index: int) -> bytes:
    """The payload of a map key or value (wire.record adds a length prefix): an empty
    message, a short string, or a packable scalar."""
    if field.kind == FieldType.TYPE_MESSAGE:
        return b""
    if field.kind in (FieldType.TYPE_STRING, FieldType.TYPE_BYTES):
        return f"entry-{index}".encode()
    return wire.scalar(field, _sample(field, index))


def _sample(field: Field, index: int) -> object:
    """A value of a packable scalar field: a few distinct values, one negative where the
    kind allows."""
    if field.kind == FieldType.TYPE_BOOL:
        return index % 2 == 0
    if field.kind in (FieldType.TYPE_DOUBLE, FieldType.TYPE_FLOAT):
        return (-1.5, 0.0, 2.25, -0.0)[index]
    low, high = wire.integer_range(field)
    return (1, max(low, -1), high, 300)[index]


def _deep_inputs(schema: Schema, type_name: str) -> Iterator[HostileInput]:
    """Messages nested DEEP_LEVELS deep along the type's first recursive chain of fields,
    and unknown fields of groups nested GROUP_LEVELS deep."""
    prefix, cycle = _recursive_chain(schema, type_name)
    repeats = DEEP_LEVELS // len(cycle) + 1
    yield HostileInput(
        f"{type_name}/deep/{DEEP_LEVELS}-messages",
        type_name,
        _nest(prefix + cycle * repeats),
    )
    unused = max(field.number for field in schema.message(type_name).fields) + 100
    for levels in GROUP_LEVELS:
        groups = wire.tag(unused, wire.SGROUP) * levels + wire.tag(unused, wire.EGROUP) * levels
        yield HostileInput(f"{type_name}/deep/{levels}-groups", type_name, groups)


def _recursive_chain(schema: Schema, type_name: str) -> tuple[list[int], list[int]]:
    """Finds, depth first, a chain of message fields from the type that returns to a type
    on it. Returns the field numbers of the records before the loop and of one turn of
    it; a map field is two records (the entry, then its value)."""
    path: list[tuple[str, list[int]]] = []
    dead_ends: set[str] = set()  # types from which no chain returns to the path

    def search(current: str) -> tuple[list[int], list[int]] | None:
        if current in dead_ends:
            return None
        for seen, (name, _) in enumerate(path):
            if name == current:
                numbers = [number for _, step in path for number in step]
                split = sum(len(step) for _, step in path[:seen])
                return numbers[:split], numbers[split:]
        for field in schema.message(current).fields:
            entry = schema.map_entry(field)
            target = entry.fields[1] if entry is not None else field
            if target.kind != FieldType.TYPE_MESSAGE:
                continue
            path.append((current, [field.number, 2] if entry is not None else [field.number]))
            found = search(target.type_name)
            if found is not None:
                return found
            path.pop()
        if not path:
            return None
        dead_ends.add(current)
        return None

    found = search(type_name)
    if found is None:
        raise ValueError(f"{type_name} has no recursive chain of message fields")
    return found


def _nest(numbers: list[int]) -> bytes:
    """Nests empty records, the first number outermost, computing each header from the
    inside out so that a million levels cost linear time and no recursion."""
    headers = []
    length = 0
    for number in reversed(numbers):
        header = wire.tag(number, wire.LEN) + wire.varint(length)
        headers.append(header)
        length += len(header)
    return b"".join(reversed(headers))
