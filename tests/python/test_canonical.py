"""Tests flyteidl2.canonical against docs/canonical-encoding.md.

Expected bytes are written out by hand from the rules. Where the IDL has no field of the
kind a rule is about (integer and bool map keys, every scalar type beside a map), a small
schema of this file's own stands in for it.
"""

import importlib
import json
import math
import pathlib

import pytest
from google.protobuf import (
    descriptor_pb2,
    descriptor_pool,
    json_format,
    message_factory,
    struct_pb2,
    symbol_database,
)
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import DecodeError, Message

from flyteidl2.canonical import MAX_DEPTH, CanonicalEncodingError, encode, inputs_hash
from flyteidl2.core.v1 import literals_pb2, policies_pb2
from flyteidl2.logs.v1 import log_service_pb2

ROOT = pathlib.Path(__file__).resolve().parents[2]
GENERATED = ROOT / "gen" / "python"
EXAMPLES = sorted((ROOT / "tests" / "examples").glob("*/*.json"))

for _module in sorted(GENERATED.glob("flyteidl2/*/v1/*_pb2.py")):
    importlib.import_module(".".join(_module.relative_to(GENERATED).with_suffix("").parts))


def _message_class(full_name: str) -> type[Message]:
    descriptor = symbol_database.Default().pool.FindMessageTypeByName(full_name)
    return message_factory.GetMessageClass(descriptor)


# A schema of the test's own, for key and field types the IDL does not use.

_Type = descriptor_pb2.FieldDescriptorProto.Type
_REPEATED = descriptor_pb2.FieldDescriptorProto.LABEL_REPEATED
_OPTIONAL = descriptor_pb2.FieldDescriptorProto.LABEL_OPTIONAL
_SCALARS = [
    ("i32", _Type.TYPE_INT32),
    ("i64", _Type.TYPE_INT64),
    ("u32", _Type.TYPE_UINT32),
    ("u64", _Type.TYPE_UINT64),
    ("s32", _Type.TYPE_SINT32),
    ("s64", _Type.TYPE_SINT64),
    ("f32", _Type.TYPE_FIXED32),
    ("f64", _Type.TYPE_FIXED64),
    ("sf32", _Type.TYPE_SFIXED32),
    ("sf64", _Type.TYPE_SFIXED64),
    ("flt", _Type.TYPE_FLOAT),
    ("dbl", _Type.TYPE_DOUBLE),
    ("flag", _Type.TYPE_BOOL),
    ("text", _Type.TYPE_STRING),
    ("data", _Type.TYPE_BYTES),
]


def _test_schema() -> descriptor_pool.DescriptorPool:
    file = descriptor_pb2.FileDescriptorProto(
        name="canonical_test.proto", package="canonical_test", syntax="proto3"
    )

    def add_map(message: descriptor_pb2.DescriptorProto, name: str, number: int,
                key: int, value: int, value_type: str = "") -> None:  # fmt: skip
        entry = message.nested_type.add(name=f"{name.title().replace('_', '')}Entry")
        entry.options.map_entry = True
        entry.field.add(name="key", number=1, type=key, label=_OPTIONAL)
        entry.field.add(name="value", number=2, type=value, label=_OPTIONAL)
        if value_type:
            entry.field[1].type_name = value_type
        message.field.add(
            name=name,
            number=number,
            type=_Type.TYPE_MESSAGE,
            type_name=f".canonical_test.{message.name}.{entry.name}",
            label=_REPEATED,
        )

    # Every scalar type, singular and repeated, beside a map so that the encoder writes
    # the fields itself rather than leaving them to upb.
    scalars = file.message_type.add(name="Scalars")
    add_map(scalars, "labels", 1, _Type.TYPE_STRING, _Type.TYPE_STRING)
    for offset, (name, kind) in enumerate(_SCALARS):
        scalars.field.add(name=name, number=2 + offset, type=kind, label=_OPTIONAL)
        scalars.field.add(name=f"many_{name}", number=20 + offset, type=kind, label=_REPEATED)
    scalars.oneof_decl.add(name="_maybe")
    scalars.field.add(
        name="maybe", number=40, type=_Type.TYPE_INT32, label=_OPTIONAL, oneof_index=0,
        proto3_optional=True,
    )  # fmt: skip

    keys = file.message_type.add(name="Keys")
    add_map(keys, "by_int32", 1, _Type.TYPE_INT32, _Type.TYPE_STRING)
    add_map(keys, "by_uint64", 2, _Type.TYPE_UINT64, _Type.TYPE_STRING)
    add_map(keys, "by_sint64", 3, _Type.TYPE_SINT64, _Type.TYPE_STRING)
    add_map(keys, "by_bool", 4, _Type.TYPE_BOOL, _Type.TYPE_STRING)
    add_map(keys, "by_fixed32", 5, _Type.TYPE_FIXED32, _Type.TYPE_MESSAGE,
            ".canonical_test.Scalars")  # fmt: skip

    pool = descriptor_pool.DescriptorPool()
    pool.Add(file)
    return pool


_POOL = _test_schema()
Scalars = message_factory.GetMessageClass(_POOL.FindMessageTypeByName("canonical_test.Scalars"))
Keys = message_factory.GetMessageClass(_POOL.FindMessageTypeByName("canonical_test.Keys"))


# Hashes


def test_inputs_hash_of_an_empty_literal_map_is_the_hash_of_no_bytes() -> None:
    assert encode(literals_pb2.LiteralMap()) == b""
    assert inputs_hash(literals_pb2.LiteralMap()) == (
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    )


def test_inputs_hash_is_the_sha256_of_the_canonical_bytes() -> None:
    literal = literals_pb2.Literal(hash="h")  # canonical bytes 12 01 68
    assert inputs_hash(literal) == (
        "e9e764a544d449e75a240028ad7f5ee0b6cac6c1514f3b8c7824b932e32855f8"
    )


# Maps


def test_string_keys_are_ordered_by_their_utf8_bytes() -> None:
    literal = literals_pb2.Literal()
    # U+FF61 sorts before U+1F600 by UTF-8 bytes (EF < F0), after it by UTF-16 units.
    for key in ["b", "\U0001f600", "a", "", "\uff61", "é", "Z", "ab"]:
        literal.metadata[key] = "v"

    def entry(key: bytes) -> bytes:
        body = b"\x0a" + bytes([len(key)]) + key + b"\x12\x01v"
        return b"\x0a" + bytes([len(body)]) + body

    in_order = [b"", b"Z", b"a", b"ab", b"b"]
    in_order += [b"\xc3\xa9", b"\xef\xbd\xa1", b"\xf0\x9f\x98\x80"]  # é, U+FF61, U+1F600
    assert encode(literal) == b"".join(entry(key) for key in in_order)


def test_map_order_does_not_depend_on_insertion_order() -> None:
    forward, backward = literals_pb2.LiteralMap(), literals_pb2.LiteralMap()
    keys = [f"input-{i}" for i in range(50)]
    for key in keys:
        forward.literals[key].primitive.string_value = key
    for key in reversed(keys):
        backward.literals[key].primitive.string_value = key
    assert encode(forward) == encode(backward)


def test_integer_keys_are_ordered_by_value_with_signed_types_as_signed() -> None:
    keys = Keys()
    for key in [3, -1, 2147483647, 0, -2147483648]:
        keys.by_int32[key] = ""
    keys.by_uint64[1 << 63] = ""
    keys.by_uint64[1] = ""
    for key in [1, -1, 0]:
        keys.by_sint64[key] = ""

    def entry(field: int, key_varint: str) -> str:
        body = f"08{key_varint}1200"
        return f"{field << 3 | 2:02x}{len(body) // 2:02x}{body}"

    expected = [
        entry(1, "80808080f8ffffffff01"),  # int32 -2^31, sign-extended to ten bytes
        entry(1, "ffffffffffffffffff01"),  # -1
        entry(1, "00"),
        entry(1, "03"),
        entry(1, "ffffffff07"),  # 2^31 - 1
        entry(2, "01"),
        entry(2, "80808080808080808001"),  # 2^63
        entry(3, "01"),  # sint64 -1, zigzag
        entry(3, "00"),
        entry(3, "02"),
    ]
    assert encode(keys).hex() == "".join(expected)


def test_bool_keys_put_false_first() -> None:
    keys = Keys(by_bool={True: "t", False: "f"})
    assert encode(keys) == b"\x22\x05\x08\x00\x12\x01f\x22\x05\x08\x01\x12\x01t"


def test_map_entries_write_a_default_key_and_value() -> None:
    assert encode(literals_pb2.Literal(metadata={"": ""})) == b"\x0a\x04\x0a\x00\x12\x00"
    literal_map = literals_pb2.LiteralMap()
    literal_map.literals[""].SetInParent()
    assert encode(literal_map) == b"\x0a\x04\x0a\x00\x12\x00"
    assert encode(Keys(by_int32={0: ""})) == b"\x0a\x04\x08\x00\x12\x00"


def test_map_values_are_encoded_canonically_too() -> None:
    keys = Keys()
    keys.by_fixed32[7].labels.update({"b": "", "a": ""})
    labels = b"\x0a\x05\x0a\x01a\x12\x00\x0a\x05\x0a\x01b\x12\x00"
    entry = b"\x0d\x07\x00\x00\x00\x12" + bytes([len(labels)]) + labels
    assert encode(keys) == b"\x2a" + bytes([len(entry)]) + entry


# Values


def test_negative_zero_is_written_and_positive_zero_left_out() -> None:
    assert encode(policies_pb2.RetryPolicy(backoff_multiplier=-0.0)) == (
        b"\x21" + b"\x00" * 7 + b"\x80"
    )
    assert encode(policies_pb2.RetryPolicy(backoff_multiplier=0.0)) == b""
    negative_zeros = Scalars(labels={"k": ""}, flt=-0.0, dbl=-0.0)  # fields 12 and 13
    assert encode(negative_zeros).hex() == "0a050a016b1200" + "6500000080" + "69" + "00" * 7 + "80"
    assert encode(Scalars(dbl=0.0, flt=0.0)) == b""


def test_oneof_member_at_its_zero_value_is_written() -> None:
    assert encode(literals_pb2.Primitive(integer=0)) == b"\x08\x00"
    assert encode(literals_pb2.Literal(primitive=literals_pb2.Primitive(boolean=False))) == (
        b"\x1a\x02\x20\x00"
    )
    assert encode(struct_pb2.Value(number_value=0.0)) == b"\x11" + b"\x00" * 8
    assert encode(Scalars(maybe=0)) == b"\xc0\x02\x00"


def test_set_but_empty_message_is_written_as_tag_and_zero_length() -> None:
    assert encode(literals_pb2.Literal(none_value=literals_pb2.NoneValue())) == b"\x22\x00"
    assert encode(literals_pb2.Literal(collection=literals_pb2.LiteralCollection())) == (
        b"\x52\x00"
    )


def test_repeated_numbers_are_packed_and_keep_unnamed_enum_numbers() -> None:
    request = log_service_pb2.TailLogsRequest(streams=[2, 0, 7])
    assert encode(request) == b"\x32\x03\x02\x00\x07"
    assert encode(Scalars(many_i32=[1, -1], many_flag=[True, False])).hex() == (
        "a2010b01ffffffffffffffffff01" + "8202020100"  # many_i32 = 20, many_flag = 32
    )


def test_every_scalar_type_is_written_as_upb_writes_it() -> None:
    # With at most one map entry, upb's bytes are canonical: they check the encoder's
    # own writing of each scalar type, at edge values.
    values = {
        "i32": -2147483648,
        "i64": -(1 << 63),
        "u32": (1 << 32) - 1,
        "u64": (1 << 64) - 1,
        "s32": -2147483648,
        "s64": (1 << 63) - 1,
        "f32": (1 << 32) - 1,
        "f64": (1 << 64) - 1,
        "sf32": -1,
        "sf64": -(1 << 63),
        "flt": -1.5,
        "dbl": math.nan,
        "flag": True,
        "text": "héllo \U0001f600",
        "data": b"\x00\xff",
    }
    message = Scalars(labels={"k": "v"}, maybe=-5, **values)
    for name, value in values.items():
        getattr(message, f"many_{name}").extend([value, value])
    assert encode(message) == message.SerializeToString()


# Rejections


def _with_unknown_field(message: Message, record: bytes) -> Message:
    return type(message).FromString(message.SerializeToString() + record)


def test_unknown_fields_are_rejected_with_their_numbers() -> None:
    literal = _with_unknown_field(literals_pb2.Literal(hash="h"), b"\xa0\x06\x01\xf8\x07\x02")
    with pytest.raises(CanonicalEncodingError) as raised:
        encode(literal)
    assert str(raised.value) == (
        "flyteidl2.core.v1.Literal has no canonical encoding: "
        "flyteidl2.core.v1.Literal holds unknown fields 100, 127"
    )


def test_unknown_fields_are_found_at_any_depth() -> None:
    literal_map = literals_pb2.LiteralMap()
    primitive = _with_unknown_field(literals_pb2.Primitive(integer=3), b"\xb8\x01\x01")
    literal_map.literals["x"].collection.literals.add().primitive.CopyFrom(primitive)
    before = literal_map.SerializeToString()
    with pytest.raises(CanonicalEncodingError) as raised:
        inputs_hash(literal_map)
    assert str(raised.value) == (
        "flyteidl2.core.v1.LiteralMap has no canonical encoding: flyteidl2.core.v1.Primitive "
        "at literals['x'].collection.literals[0].primitive holds unknown fields 23"
    )
    assert literal_map.SerializeToString() == before  # the caller's message is untouched


def test_a_map_entry_with_unknown_fields_is_rejected() -> None:
    entry = b"\x0a\x01a\x12\x00\x18\x01"  # key "a", an empty Literal, unknown field 3
    literal_map = literals_pb2.LiteralMap.FromString(b"\x0a" + bytes([len(entry)]) + entry)
    with pytest.raises(CanonicalEncodingError, match="an entry of map field literals with"):
        encode(literal_map)


def _literal_nested(through_maps: int, through_collections: int) -> Message:
    """Returns a Literal whose innermost Literal is 3 levels down per map (Literal,
    LiteralMap, entry) and 2 per collection."""
    top = literals_pb2.Literal()
    innermost = top
    for _ in range(through_maps):
        innermost = innermost.map.literals["k"]
    for _ in range(through_collections):
        innermost = innermost.collection.literals.add()
    return top


def _innermost(literal: Message) -> Message:
    while literal.WhichOneof("value") in ("map", "collection"):
        children = literal.map.literals if literal.HasField("map") else literal.collection.literals
        literal = next(iter(children.values())) if literal.HasField("map") else children[0]
    return literal


@pytest.mark.parametrize(
    ("through_maps", "through_collections", "deepest"),
    [
        pytest.param(0, 49, "timestamp", id="timestamp-at-100"),
        pytest.param(33, 0, "primitive", id="primitive-at-100-below-maps"),
        pytest.param(33, 0, "entry", id="map-entry-at-100"),
    ],
)
def test_nesting_100_deep_is_encoded(
    through_maps: int, through_collections: int, deepest: str
) -> None:
    literal = _literal_nested(through_maps, through_collections)
    innermost = _innermost(literal)
    if deepest == "timestamp":
        innermost.primitive.datetime.seconds = 1
    elif deepest == "primitive":
        innermost.primitive.SetInParent()
    else:
        innermost.metadata["k"] = "v"
    assert literals_pb2.Literal.FromString(encode(literal)) == literal


@pytest.mark.parametrize(
    ("through_maps", "through_collections", "deepest", "at"),
    [
        pytest.param(0, 50, "timestamp", "flyteidl2.core.v1.Primitive", id="primitive-at-101"),
        pytest.param(
            32, 2, "entry", "flyteidl2.core.v1.Literal.MetadataEntry", id="map-entry-at-101"
        ),
        pytest.param(0, 200, "timestamp", "flyteidl2.core.v1.LiteralCollection", id="far-too-deep"),
    ],
)
def test_nesting_deeper_than_100_is_rejected_as_the_parser_does(
    through_maps: int, through_collections: int, deepest: str, at: str
) -> None:
    literal = _literal_nested(through_maps, through_collections)
    innermost = _innermost(literal)
    if deepest == "timestamp":
        innermost.primitive.datetime.seconds = 1
    else:
        innermost.metadata["k"] = "v"
    with pytest.raises(CanonicalEncodingError, match=f"more than {MAX_DEPTH} deep") as raised:
        encode(literal)
    assert f"({at} at " in str(raised.value)
    assert "at depth 101)" in str(raised.value)
    with pytest.raises(DecodeError):
        literals_pb2.Literal.FromString(literal.SerializeToString())


def test_nesting_is_limited_even_when_the_parser_limit_is_lifted() -> None:
    from google._upb import _message as upb  # the runtime the encoder is written for

    literal = _literal_nested(0, 50)
    _innermost(literal).primitive.integer = 1
    upb.SetAllowOversizeProtos(True)
    try:
        literals_pb2.Literal.FromString(literal.SerializeToString())  # upb reads it now
        with pytest.raises(CanonicalEncodingError, match="at depth 101"):
            encode(literal)
    finally:
        upb.SetAllowOversizeProtos(False)


# The examples, against an independent reading of the rules


def _read_varint(data: bytes, position: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[position]
        value |= (byte & 0x7F) << shift
        position += 1
        shift += 7
        if byte < 0x80:
            return value, position


def _records(data: bytes) -> list[tuple[int, int, bytes]]:
    """Splits an encoded message into (field number, wire type, payload) records."""
    records, position = [], 0
    while position < len(data):
        tag, position = _read_varint(data, position)
        number, wire_type = tag >> 3, tag & 7
        start = position
        if wire_type == 0:
            _, position = _read_varint(data, position)
        elif wire_type == 1:
            position += 8
        elif wire_type == 5:
            position += 4
        else:
            length, start = _read_varint(data, position)
            position = start + length
        records.append((number, wire_type, data[start:position]))
    return records


def _map_key(entry: Descriptor, payload: bytes) -> object:
    key_field = entry.fields_by_number[1]
    key_record = _records(payload)[0]
    assert key_record[0] == 1, "a map entry starts with its key"
    if key_field.type == FieldDescriptor.TYPE_STRING:
        return key_record[2]
    return _read_varint(key_record[2], 0)[0]


def _assert_canonical_form(data: bytes, descriptor: Descriptor, where: str) -> None:
    records = _records(data)
    numbers = [number for number, _, _ in records]
    assert numbers == sorted(numbers), f"{where}: fields out of order {numbers}"
    for number, wire_type, payload in records:
        field = descriptor.fields_by_number[number]
        if field.is_repeated and field.message_type is None and wire_type != 2:
            pytest.fail(f"{where}.{field.name}: a repeated number is not packed")
        if not field.is_repeated:
            assert numbers.count(number) == 1, f"{where}.{field.name} written twice"
        if field.message_type is not None:
            _assert_canonical_form(payload, field.message_type, f"{where}.{field.name}")
        if field.message_type is not None and field.message_type.GetOptions().map_entry:
            entry_numbers = [n for n, _, _ in _records(payload)]
            assert entry_numbers == [1, 2], f"{where}.{field.name}: entry fields {entry_numbers}"
    for field in descriptor.fields:
        if field.message_type is not None and field.message_type.GetOptions().map_entry:
            keys = [_map_key(field.message_type, p) for n, _, p in records if n == field.number]
            assert keys == sorted(keys), f"{where}.{field.name}: keys out of order"


def _reversed_object(pairs: list[tuple[str, object]]) -> dict[str, object]:
    return dict(reversed(pairs))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_examples_encode_to_their_one_canonical_form(path: pathlib.Path) -> None:
    cls = _message_class(path.parent.name)
    message = json_format.Parse(path.read_text(), cls())
    data = encode(message)

    assert cls.FromString(data) == message
    _assert_canonical_form(data, cls.DESCRIPTOR, cls.DESCRIPTOR.full_name)
    # The same value built in the opposite order, map insertion order included.
    reversed_json = json.dumps(json.loads(path.read_text(), object_pairs_hook=_reversed_object))
    assert encode(json_format.Parse(reversed_json, cls())) == data


@pytest.mark.parametrize("prefixed_keys_at", ["nowhere", "top", "deep"])
def test_maps_are_in_key_order_wherever_a_key_prefixes_another(prefixed_keys_at: str) -> None:
    def build(keys: list[str]) -> Message:
        literal_map = literals_pb2.LiteralMap()
        for key in keys:
            literal_map.literals[key].primitive.integer = len(key)
        nested = literal_map.literals["n-00"].collection.literals.add()
        for key in reversed(keys):
            nested.map.literals[key].metadata.update({"k-1": "v", "k-0": "v"})
        if prefixed_keys_at == "top":
            literal_map.literals["n"].primitive.integer = 1
        if prefixed_keys_at == "deep":
            nested.map.literals["n-01"].metadata.update({"b": "", "a": "", "ab": "", "": ""})
        return literal_map

    keys = [f"n-{i:02d}" for i in range(1, 30)]  # none a prefix of another
    data = encode(build(keys))
    _assert_canonical_form(data, literals_pb2.LiteralMap.DESCRIPTOR, "LiteralMap")
    assert literals_pb2.LiteralMap.FromString(data) == build(keys)
    assert encode(build(list(reversed(keys)))) == data
