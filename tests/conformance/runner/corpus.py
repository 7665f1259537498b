"""The conformance corpus: for every IDL message type, valid values and their
non-canonical encodings, unknown fields, and malformed input, each with the answer the
specification expects.

Everything is derived from the schema and fixed seeds, so two runs build the same
cases. A case's name is `<message type>/<kind>/...`; the check it belongs to is
prefixed when results are reported (`binary/flyteidl2.core.v1.LiteralMap/random/7`).
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import random
from collections.abc import Iterator

from flyteidl2.conformance.v1 import conformance_pb2
from runner import oracle, wire, writer
from runner.literals import literal_cases
from runner.schema import Field, FieldType, Message, MessageType, Schema
from runner.values import EDGES, Builder

CANONICAL = conformance_pb2.OUTPUT_CANONICAL_BINARY
JSON = conformance_pb2.OUTPUT_JSON
HASH = conformance_pb2.OUTPUT_INPUTS_HASH

RANDOM_CASES = 10
# The types whose inputs hash the testees compute for the inputs-hash check.
HASHED_TYPES = ("flyteidl2.core.v1.LiteralMap",)
# A nesting bomb: far past the limit, and past Python's default recursion limit too.
BOMB_LEVELS = 10_000
_VARIANTS = {
    "shuffled": writer.Style(shuffle_seed=1),
    "unpacked": writer.Style(unpacked=True),
    "repeated-singular": writer.Style(decoys=True),
    "explicit-defaults": writer.Style(explicit_defaults=True),
}


@dataclasses.dataclass(frozen=True)
class Expected:
    """The answer a case expects: the ConformanceResponse member that must be set and,
    where the answer is exact, its value."""

    result: str
    value: bytes | str | None = None
    # Text an error must contain: the message type and field numbers it names.
    mentions: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class Case:
    """One request and the answer every testee must give to it."""

    check: str
    name: str
    message_type: str
    payload: bytes | str  # a str is a ProtoJSON payload
    output: int  # a conformance_pb2.Output value
    expected: Expected
    # For a JSON-writing case: the canonical bytes the written JSON must read back to.
    readback: bytes | None = None

    @property
    def full_name(self) -> str:
        return f"{self.check}/{self.name}"

    def request(self) -> conformance_pb2.ConformanceRequest:
        request = conformance_pb2.ConformanceRequest(
            test_name=self.full_name, message_type=self.message_type, requested_output=self.output
        )
        if isinstance(self.payload, str):
            request.json_payload = self.payload
        else:
            request.binary_payload = self.payload
        return request


def build_corpus(schema: Schema) -> list[Case]:
    """Builds every case of every IDL message type."""
    chains = _NestingChains(schema, oracle.MAX_DEPTH + 1)
    cases: list[Case] = []
    for type_name in schema.idl_types():
        cases.extend(_TypeCases(schema, type_name, chains).cases())
    return cases


class _TypeCases:
    def __init__(self, schema: Schema, type_name: str, chains: _NestingChains) -> None:
        self._schema = schema
        self._type_name = type_name
        self._type = schema.message(type_name)
        self._chains = chains
        self._full = Builder(schema).message(type_name)
        self._full_bytes = oracle.canonical_bytes(schema, self._full)

    def cases(self) -> Iterator[Case]:
        seen: set[bytes] = set()
        for label, message in self._values():
            expected = oracle.canonical_bytes(self._schema, message)
            if expected in seen:  # a value another case already covers
                continue
            seen.add(expected)
            yield from self._valid(label, message, expected)
        yield from self._unknown_fields()
        yield from self._malformed()

    def _values(self) -> Iterator[tuple[str, Message]]:
        yield "empty", Message(self._type_name)
        yield "full", self._full
        for member in [field for field in self._type.fields if field.oneof is not None]:
            yield (
                f"oneof/{_kebab(member.name)}",
                Builder(self._schema, oneof_choice=member).message(self._type_name),
            )
            zero = Builder(self._schema, oneof_choice=member, oneof_zero=True)
            yield f"oneof/{_kebab(member.name)}/zero", zero.message(self._type_name)
        for seed in range(RANDOM_CASES):
            rng = random.Random(f"{self._type_name}/{seed}")
            yield f"random/{seed}", Builder(self._schema, rng).message(self._type_name)
        for edge in EDGES:
            yield f"edge/{edge}", Builder(self._schema, edge=edge).message(self._type_name)
        yield from literal_cases(self._schema, self._type_name)
        chain = self._chains.steps(self._type_name, oracle.MAX_DEPTH)
        if chain is not None:
            yield "nesting/at-limit", _nested_message(self._schema, self._type_name, chain)

    def _valid(self, label: str, message: Message, expected: bytes) -> Iterator[Case]:
        name = f"{self._type_name}/{label}"
        payloads = {name: expected}
        for variant, style in _VARIANTS.items():
            encoded = writer.encode(self._schema, message, style)
            if encoded not in payloads.values():
                payloads[f"{name}/{variant}"] = encoded
        for case_name, payload in payloads.items():
            yield self._case(
                "binary", case_name, payload, CANONICAL, Expected("canonical_binary", expected)
            )
        yield Case(
            "json", f"{name}/write", self._type_name, expected, JSON, Expected("json"), expected
        )
        if self._type_name in HASHED_TYPES:
            digest = hashlib.sha256(expected).hexdigest()
            for case_name, payload in payloads.items():
                yield self._case(
                    "inputs-hash", case_name, payload, HASH, Expected("inputs_hash", digest)
                )

    def _case(
        self, check: str, name: str, payload: bytes | str, output: int, expected: Expected
    ) -> Case:
        return Case(check, name, self._type_name, payload, output, expected)

    def _unknown_fields(self) -> Iterator[Case]:
        """Cases of the full value plus unknown fields, which no canonical encoder may
        write: an error naming the type that holds them and their numbers is expected."""
        number = _unused_number(self._type)
        largest = wire.MAX_FIELD_NUMBER
        group = wire.record(1, wire.VARINT, wire.varint(1)) + wire.tag(number, wire.EGROUP)
        unknown_records = {
            "varint": [(number, wire.VARINT, wire.varint(150))],
            "negative-varint": [(number, wire.VARINT, wire.varint((1 << 64) - 1))],
            "fixed32": [(number, wire.I32, b"\x01\x02\x03\x04")],
            "fixed64": [(number, wire.I64, bytes(range(8)))],
            "length-delimited": [(number, wire.LEN, b"newer field")],
            "group": [(number, wire.SGROUP, group)],
            "largest-field-number": [(largest, wire.VARINT, wire.varint(1))],
            "several": [(number + 1, wire.VARINT, wire.varint(2)), (number, wire.I32, bytes(4))],
        }
        for label, records in unknown_records.items():
            message = copy.deepcopy(self._full)
            message.unknown = [(n, wire.record(n, kind, data)) for n, kind, data in records]
            yield from self._unknown_case(label, message, message)
        message = copy.deepcopy(self._full)
        nested = _first_nested(message)
        if nested is not None:
            inner = _unused_number(self._schema.message(nested.type_name))
            nested.unknown = [(inner, wire.record(inner, wire.VARINT, wire.varint(7)))]
            yield from self._unknown_case("nested", message, nested)

    def _unknown_case(self, label: str, message: Message, holder: Message) -> Iterator[Case]:
        payload = writer.encode(self._schema, message)
        numbers = [str(number) for number, _ in holder.unknown]
        expected = Expected("serialize_error", mentions=(holder.type_name, *numbers))
        name = f"{self._type_name}/unknown/{label}"
        yield self._case("unknown-fields", name, payload, CANONICAL, expected)
        if self._type_name in HASHED_TYPES:
            yield self._case("inputs-hash", name, payload, HASH, expected)

    def _malformed(self) -> Iterator[Case]:
        for label, payload in self._malformed_payloads():
            name = f"{self._type_name}/malformed/{label}"
            yield self._case("malformed", name, payload, CANONICAL, Expected("parse_error"))

    def _malformed_payloads(self) -> Iterator[tuple[str, bytes | str]]:
        unused = _unused_number(self._type)
        full = self._full_bytes or wire.record(unused, wire.VARINT, wire.varint(1))
        yield "truncated", full[:-1]
        yield "truncated-tag", b"\x80"
        yield "varint-too-long", wire.tag(unused, wire.VARINT) + b"\xff" * 10 + b"\x01"
        yield "overlong-length", wire.tag(unused, wire.LEN) + wire.varint(10) + b"ab"
        yield "truncated-length", wire.tag(unused, wire.LEN) + b"\x80"
        yield (
            "unterminated-group",
            wire.tag(unused, wire.SGROUP) + wire.record(1, wire.VARINT, b"\x01"),
        )
        yield "field-number-zero", b"\x00\x00"
        yield "unmatched-end-group", wire.tag(unused, wire.EGROUP)
        if self._type.fields:
            yield "wrong-wire-type", _wrong_wire_type(self._type.fields[0])
        string_path = _path_to_string(self._schema, self._type_name)
        if string_path is not None:
            wrappers, number = string_path
            for label, bad in (("invalid-utf8", b"\xff\xfe"), ("utf8-surrogate", b"\xed\xa0\x80")):
                yield label, _wrap(wrappers, wire.record(number, wire.LEN, b"ok" + bad))
        chain = self._chains.steps(self._type_name, oracle.MAX_DEPTH + 1)
        if chain is not None:
            yield "nesting/past-limit", _wrap(_wrappers(self._schema, chain), b"")
            yield "nesting/bomb", _wrap(self._chains.bomb(chain, BOMB_LEVELS), b"")
        yield from self._malformed_json()

    def _malformed_json(self) -> Iterator[tuple[str, str]]:
        yield "json/unknown-field", '{"noSuchFieldInThisType": 1}'
        yield "json/not-an-object", "[]"
        if self._type.fields:
            field = self._type.fields[0]
            wrong = 12 if field.kind == FieldType.TYPE_MESSAGE or field.repeated else {}
            yield "json/wrong-value-type", json.dumps({field.json_name: wrong})
        enum = next((f for f in self._type.fields if f.kind == FieldType.TYPE_ENUM), None)
        if enum is not None and self._schema.map_entry(enum) is None:
            yield "json/unknown-enum-name", _json_field(enum, "NO_SUCH_ENUM_VALUE")
        integer = next((f for f in self._type.fields if _is_integer(f)), None)
        if integer is not None:
            _, high = wire.integer_range(integer)
            too_big = str(high + 1) if high >= 1 << 32 else high + 1  # 64-bit ints are strings
            yield "json/number-out-of-range", _json_field(integer, too_big)


class _NestingChains:
    """Finds, for each type, a chain of message fields that nests exactly n levels deep,
    for the nesting cases; a map field is two levels (its entry, then its value)."""

    def __init__(self, schema: Schema, deepest: int) -> None:
        self._schema = schema
        # reach[n][type] is the first field of a chain n levels deep below that type.
        self._reach: list[dict[str, Field]] = [{}]
        for levels in range(1, deepest + 1):
            step: dict[str, Field] = {}
            for type_name, message_type in schema.messages.items():
                for field in message_type.fields:
                    target, cost = self._descent(field)
                    if (
                        target is not None
                        and levels >= cost
                        and self._reaches(target, levels - cost)
                    ):
                        step[type_name] = field
                        break
            self._reach.append(step)

    def _reaches(self, type_name: str, levels: int) -> bool:
        return levels == 0 or type_name in self._reach[levels]

    def _descent(self, field: Field) -> tuple[str | None, int]:
        entry = self._schema.map_entry(field)
        if entry is not None:
            value = entry.fields[1]
            return (value.type_name if value.kind == FieldType.TYPE_MESSAGE else None), 2
        return (field.type_name if field.kind == FieldType.TYPE_MESSAGE else None), 1

    def steps(self, type_name: str, levels: int) -> list[Field] | None:
        """Returns the fields of a chain exactly `levels` deep, or None if there is none."""
        if not self._reaches(type_name, levels):
            return None
        chain = []
        while levels > 0:
            field = self._reach[levels][type_name]
            chain.append(field)
            target, cost = self._descent(field)
            assert target is not None
            type_name, levels = target, levels - cost
        return chain

    def bomb(self, chain: list[Field], levels: int) -> list[int]:
        """Repeats the first cycle of a chain until it nests at least `levels` deep; returns
        the field numbers of the length-delimited records to wrap."""
        seen: dict[str, int] = {}
        for index, field in enumerate(chain):
            target, _ = self._descent(field)
            assert target is not None
            if target in seen:
                prefix = _wrappers(self._schema, chain[: seen[target]])
                cycle = _wrappers(self._schema, chain[seen[target] : index + 1])
                return prefix + cycle * (levels // len(cycle) + 1)
            seen[target] = index + 1
        raise ValueError(f"the nesting chain from {chain[0].name} has no cycle")


def _nested_message(schema: Schema, type_name: str, chain: list[Field]) -> Message:
    """Builds the value that follows a chain of fields, each holding one empty level."""
    root = message = Message(type_name)
    for field in chain:
        entry = schema.map_entry(field)
        if entry is not None:
            child = Message(entry.fields[1].type_name)
            message.values[field.number] = {_zero_key(entry.fields[0]): child}
        else:
            child = Message(field.type_name)
            message.values[field.number] = [child] if field.repeated else child
        message = child
    if message.type_name == "google.protobuf.Value":
        message.values[1] = 0  # null_value: ProtoJSON has no form for an empty Value
    return root


def _wrappers(schema: Schema, chain: list[Field]) -> list[int]:
    """The field numbers of the length-delimited records a chain nests in, outermost
    first (a map field's entry, then its value field 2)."""
    numbers = []
    for field in chain:
        numbers.append(field.number)
        if schema.map_entry(field) is not None:
            numbers.append(2)
    return numbers


def _wrap(numbers: list[int], innermost: bytes) -> bytes:
    """Nests bytes in length-delimited records, the last number innermost. Each record's
    header is computed from the inside out and the headers joined once, so that a
    nesting bomb costs linear time and no recursion."""
    headers = []
    length = len(innermost)
    for number in reversed(numbers):
        header = wire.tag(number, wire.LEN) + wire.varint(length)
        headers.append(header)
        length += len(header)
    return b"".join(reversed(headers)) + innermost


def _path_to_string(schema: Schema, type_name: str) -> tuple[list[int], int] | None:
    """Finds the shallowest string field below a type: the numbers of the records that
    lead to it, and its own number."""
    queue: list[tuple[str, list[int]]] = [(type_name, [])]
    visited = {type_name}
    while queue:
        current, path = queue.pop(0)
        for field in schema.message(current).fields:
            entry = schema.map_entry(field)
            inner_path, inner = path, field
            if entry is not None:
                key, value = entry.fields
                if key.kind == FieldType.TYPE_STRING:
                    return [*path, field.number], key.number
                inner_path, inner = [*path, field.number], value
            if inner.kind == FieldType.TYPE_STRING:
                return inner_path, inner.number
            if inner.kind == FieldType.TYPE_MESSAGE and inner.type_name not in visited:
                visited.add(inner.type_name)
                queue.append((inner.type_name, [*inner_path, inner.number]))
    return None


def _first_nested(message: Message) -> Message | None:
    for value in message.values.values():
        if isinstance(value, Message):
            return value
    return None


def _unused_number(message_type: MessageType) -> int:
    """Returns a field number that the type does not use, nor the number after it."""
    return max((field.number for field in message_type.fields), default=0) + 100


def _wrong_wire_type(field: Field) -> bytes:
    """A record for the field with a wire type it can never have: LEN fields get a
    varint, every other field a fixed32 (even packed repeated scalars cannot be that;
    fixed32 fields get a fixed64)."""
    expected = wire.wire_type(field)
    if expected == wire.LEN:
        return wire.record(field.number, wire.VARINT, wire.varint(1))
    if expected == wire.I32:
        return wire.record(field.number, wire.I64, bytes(8))
    return wire.record(field.number, wire.I32, bytes(4))


def _is_integer(field: Field) -> bool:
    try:
        wire.integer_range(field)
    except ValueError:
        return False
    return field.kind != FieldType.TYPE_ENUM


def _json_field(field: Field, value: object) -> str:
    return json.dumps({field.json_name: [value] if field.repeated else value})


def _zero_key(field: Field) -> object:
    return {FieldType.TYPE_STRING: "", FieldType.TYPE_BOOL: False}.get(field.kind, 0)


def _kebab(name: str) -> str:
    return name.replace("_", "-")
