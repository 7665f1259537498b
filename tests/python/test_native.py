"""Tests of flyteidl2._native, the compiled module behind flyteidl2.canonical, on schemas
and bytes written by hand: what it refuses to build a schema from, what bytes it refuses,
and how it orders map entries of each key type.

test_canonical.py tests the same module through `canonical.encode` on real messages.
"""

import random
import re

import pytest
from google.protobuf.descriptor import FieldDescriptor as F

from flyteidl2._native import MAX_DEPTH, NotCanonicalError, Schema
from flyteidl2._wire import varint

ROOT, BY_NAME, BY_SINT = 0, 1, 2
SCHEMA = Schema(
    [
        (
            "t.Root",
            False,
            [
                (1, "count", F.TYPE_INT32, False, None),
                (2, "name", F.TYPE_STRING, False, None),
                (3, "child", F.TYPE_MESSAGE, False, ROOT),
                (4, "by_name", F.TYPE_MESSAGE, True, BY_NAME),
                (5, "by_sint", F.TYPE_MESSAGE, True, BY_SINT),
                (6, "numbers", F.TYPE_INT32, True, None),
            ],
        ),
        (
            "t.Root.ByNameEntry",
            True,
            [(1, "key", F.TYPE_STRING, False, None), (2, "value", F.TYPE_INT32, False, None)],
        ),
        (
            "t.Root.BySintEntry",
            True,
            [(1, "key", F.TYPE_SINT64, False, None), (2, "value", F.TYPE_MESSAGE, False, ROOT)],
        ),
    ]
)


def record(number: int, wire_type: int, body: bytes) -> bytes:
    tag = varint(number << 3 | wire_type)
    return tag + (varint(len(body)) + body if wire_type == 2 else body)


def by_name(key: bytes, value: int) -> bytes:
    return record(4, 2, record(1, 2, key) + record(2, 0, varint(value)))


def by_sint(zigzag_key: int, value: bytes) -> bytes:
    return record(5, 2, record(1, 0, varint(zigzag_key)) + record(2, 2, value))


def test_bytes_in_canonical_order_come_back_as_the_same_object() -> None:
    data = record(1, 0, b"\x07") + by_name(b"a", 1) + by_name(b"b", 2) + record(6, 2, b"\x01\x02")
    assert SCHEMA.order_maps(ROOT, data) is data


def test_string_keys_are_put_in_the_order_of_their_bytes() -> None:
    keys = [b"b", b"ab", b"a", b"", b"\xc3\xa9", b"z"]
    entries = [by_name(key, index) for index, key in enumerate(keys)]
    ordered = sorted(zip(keys, entries, strict=True))
    data = record(1, 0, b"\x01") + b"".join(entries) + record(6, 2, b"\x05")
    expected = record(1, 0, b"\x01") + b"".join(e for _, e in ordered) + record(6, 2, b"\x05")
    assert SCHEMA.order_maps(ROOT, data) == expected


def test_signed_keys_order_negative_first_and_nested_maps_are_ordered_too() -> None:
    inner_out_of_order = by_name(b"y", 1) + by_name(b"x", 2)
    inner_ordered = by_name(b"x", 2) + by_name(b"y", 1)
    # sint64 keys 1, -1, 0 (zigzag 2, 1, 0); the value of key 1 holds a map of its own.
    data = by_sint(2, inner_out_of_order) + by_sint(1, b"") + by_sint(0, b"")
    expected = by_sint(1, b"") + by_sint(0, b"") + by_sint(2, inner_ordered)
    assert SCHEMA.order_maps(ROOT, data) == expected


@pytest.mark.parametrize(
    ("key_type", "keys", "expected_order"),
    [
        pytest.param(
            F.TYPE_INT32, [b"\x01", b"\xff" * 9 + b"\x01", b"\x00"], [1, 2, 0], id="int32"
        ),
        pytest.param(F.TYPE_UINT64, [b"\xff" * 9 + b"\x01", b"\x01"], [1, 0], id="uint64"),
        pytest.param(F.TYPE_BOOL, [b"\x01", b"\x00"], [1, 0], id="bool"),
        pytest.param(
            F.TYPE_FIXED32, [b"\xff\xff\xff\xff", b"\x01\x00\x00\x00"], [1, 0], id="fixed32"
        ),
        pytest.param(
            F.TYPE_SFIXED32, [b"\x01\x00\x00\x00", b"\xff\xff\xff\xff"], [1, 0], id="sfixed32"
        ),
        pytest.param(F.TYPE_FIXED64, [b"\xff" * 8, b"\x02" + b"\x00" * 7], [1, 0], id="fixed64"),
        pytest.param(F.TYPE_SFIXED64, [b"\x00" * 8, b"\xff" * 8], [1, 0], id="sfixed64"),
    ],
)
def test_number_keys_are_ordered_by_value(
    key_type: int, keys: list[bytes], expected_order: list[int]
) -> None:
    wire_type = {F.TYPE_FIXED32: 5, F.TYPE_SFIXED32: 5, F.TYPE_FIXED64: 1, F.TYPE_SFIXED64: 1}
    key_wire = wire_type.get(key_type, 0)
    schema = Schema(
        [
            ("t.M", False, [(1, "m", F.TYPE_MESSAGE, True, 1)]),
            (
                "t.M.MEntry",
                True,
                [(1, "key", key_type, False, None), (2, "value", F.TYPE_BOOL, False, None)],
            ),
        ]
    )
    entries = [record(1, 2, record(1, key_wire, key) + record(2, 0, b"\x01")) for key in keys]
    data = b"".join(entries)
    assert schema.order_maps(0, data) == b"".join(entries[i] for i in expected_order)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(
            record(9, 0, b"\x01"),
            "t.Root holds a record of field 9 in wire type 0, which its schema does not define",
            id="unknown-field",
        ),
        pytest.param(
            record(1, 2, b""),
            "t.Root holds a record of field 1 in wire type 2, which its schema does not define",
            id="wrong-wire-type",
        ),
        pytest.param(
            record(2, 2, b"a") + record(1, 0, b"\x01"),
            "t.Root holds a record of field count (1) out of field-number order",
            id="out-of-order",
        ),
        pytest.param(
            record(1, 0, b"\x01") + record(1, 0, b"\x02"),
            "t.Root holds a record of field count (1) out of field-number order",
            id="singular-field-twice",
        ),
        pytest.param(
            by_name(b"a", 1) + by_name(b"a", 2),
            "t.Root holds two entries with the same key in map field by_name (4)",
            id="duplicate-key",
        ),
        pytest.param(
            by_name(b"b", 1) + by_name(b"a", 2) + by_name(b"b", 3),
            "t.Root holds two entries with the same key in map field by_name (4)",
            id="duplicate-key-out-of-order",
        ),
        pytest.param(
            record(4, 2, record(1, 2, b"a")),
            "t.Root holds an entry of map field by_name (4) that is not a key followed by a value",
            id="entry-without-value",
        ),
        pytest.param(
            record(4, 2, record(1, 2, b"a") + record(2, 0, b"\x01") + record(3, 0, b"\x01")),
            "t.Root holds an entry of map field by_name (4) that is not a key followed by a value",
            id="entry-with-unknown-field",
        ),
        pytest.param(
            record(3, 2, record(9, 5, b"\x00\x00\x00\x00")),
            "t.Root holds a record of field 9 in wire type 5, which its schema does not define",
            id="unknown-field-nested",
        ),
        pytest.param(
            b"\x12\x05ab",
            "t.Root is not valid protobuf: a record is cut short at byte 2",
            id="truncated",
        ),
        pytest.param(
            b"\x08" + b"\xff" * 10 + b"\x01",
            "t.Root is not valid protobuf: the varint at byte 1 is over ten bytes",
            id="varint-too-long",
        ),
    ],
)
def test_bytes_the_encoding_cannot_hold_are_refused_by_name(data: bytes, message: str) -> None:
    with pytest.raises(NotCanonicalError) as raised:
        SCHEMA.order_maps(ROOT, data)
    assert str(raised.value) == message


def nested(levels: int) -> bytes:
    """A t.Root whose innermost child is `levels` below it."""
    data = b""
    for _ in range(levels):
        data = record(3, 2, data)
    return data


def test_nesting_is_limited_to_max_depth_levels() -> None:
    at_limit = nested(MAX_DEPTH)
    assert SCHEMA.order_maps(ROOT, at_limit) is at_limit
    with pytest.raises(NotCanonicalError, match=f"nest more than {MAX_DEPTH} deep"):
        SCHEMA.order_maps(ROOT, nested(MAX_DEPTH + 1))


def test_a_map_entry_counts_as_a_level() -> None:
    # The entry is one level below the map's message and its value two.
    at_limit = by_sint(0, nested(MAX_DEPTH - 2))
    assert SCHEMA.order_maps(ROOT, at_limit) is at_limit
    with pytest.raises(NotCanonicalError, match=r"a t\.Root is below that"):
        SCHEMA.order_maps(ROOT, by_sint(0, nested(MAX_DEPTH - 1)))


def test_an_unknown_type_index_is_refused() -> None:
    with pytest.raises(IndexError, match="type index 3 is out of range: the schema has 3 types"):
        SCHEMA.order_maps(3, b"")


@pytest.mark.parametrize(
    ("types", "message"),
    [
        pytest.param(
            [("t.G", False, [(1, "g", F.TYPE_GROUP, False, None)])],
            "t.G.g (1): a field type without a canonical encoding (groups are not supported)",
            id="group",
        ),
        pytest.param(
            [("t.M", False, [(1, "m", F.TYPE_MESSAGE, False, None)])],
            "t.M.m (1): a message type is given exactly for message fields",
            id="message-without-type",
        ),
        pytest.param(
            [("t.M", False, [(1, "n", F.TYPE_INT32, False, 0)])],
            "t.M.n (1): a message type is given exactly for message fields",
            id="scalar-with-type",
        ),
        pytest.param(
            [("t.M", False, [(1, "m", F.TYPE_MESSAGE, False, 5)])],
            "t.M.m (1): the message type's index is out of range",
            id="index-out-of-range",
        ),
        pytest.param(
            [("t.E", True, [(1, "key", F.TYPE_STRING, False, None)])],
            "t.E: a map entry has a key (1) and a value (2)",
            id="entry-without-value",
        ),
        pytest.param(
            [
                (
                    "t.E",
                    True,
                    [(1, "key", F.TYPE_DOUBLE, False, None), (2, "v", F.TYPE_INT32, False, None)],
                )
            ],
            "t.E: a map key of a type that maps cannot have",
            id="double-key",
        ),
        pytest.param(
            [
                ("t.M", False, [(1, "m", F.TYPE_MESSAGE, False, 1)]),
                (
                    "t.E",
                    True,
                    [(1, "key", F.TYPE_STRING, False, None), (2, "v", F.TYPE_INT32, False, None)],
                ),
            ],
            "t.M.m: a map entry type is the type of a singular field",
            id="singular-map",
        ),
    ],
)
def test_a_schema_that_cannot_be_walked_is_refused_by_name(
    types: list[tuple[str, bool, list[tuple[int, str, int, bool, int | None]]]], message: str
) -> None:
    with pytest.raises(ValueError, match=re.escape(message) + "$"):
        Schema(types)


def test_arbitrary_bytes_are_ordered_or_refused_never_a_crash() -> None:
    # Mutations of bytes that hold every kind of record, with a fixed seed: each either
    # comes back as bytes of the same length, which order_maps leaves as they are, or is
    # refused by NotCanonicalError (a panic would surface as pyo3's PanicException,
    # which is no ValueError).
    base = (
        record(1, 0, b"\x07")
        + record(2, 2, b"name")
        + record(3, 2, by_name(b"b", 1) + by_name(b"a", 2))
        + by_name(b"z", 1)
        + by_name(b"y", 300)
        + by_sint(3, record(1, 0, b"\x01"))
        + by_sint(1, b"")
        + record(6, 2, b"\x01\x02\x03")
    )
    generator = random.Random(20261204)
    outcomes = {"ordered": 0, "refused": 0}
    for _ in range(20_000):
        data = bytearray(base)
        for _ in range(generator.randint(1, 4)):
            data[generator.randrange(len(data))] = generator.randrange(256)
        cut = bytes(data[: generator.randint(0, len(data))])
        try:
            ordered = SCHEMA.order_maps(ROOT, cut)
            assert len(ordered) == len(cut)
            assert SCHEMA.order_maps(ROOT, ordered) is ordered
            outcomes["ordered"] += 1
        except NotCanonicalError:
            outcomes["refused"] += 1
    assert min(outcomes.values()) > 1_000, outcomes
