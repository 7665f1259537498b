"""Tests of flyteidl2.literals: every supported type both ways, and every kind of misfit."""

import concurrent.futures
import dataclasses
import datetime
import doctest
import enum
import threading
from typing import Optional

import msgpack
import pytest

from flyteidl2 import literals
from flyteidl2.core.v1 import literals_pb2, types_pb2
from flyteidl2.literals import (
    LiteralConversionError,
    from_literal,
    from_literal_map,
    literal_type_of,
    to_literal,
    to_literal_map,
)

SimpleType = types_pb2.SimpleType
UTC = datetime.UTC


class Color(enum.Enum):
    RED = "red"
    GREEN = "green"


class Level(enum.IntEnum):
    LOW = 1


@dataclasses.dataclass
class Inner:
    count: int
    tags: list[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class Config:
    name: str
    inner: Inner
    ratio: float
    color: Color
    started: datetime.datetime
    timeout: datetime.timedelta
    note: str | None = None
    weights: dict[str, float] = dataclasses.field(default_factory=dict)
    blob: bytes = b""


@dataclasses.dataclass
class Node:
    children: list["Node"]


CONFIG = Config(
    name="c",
    inner=Inner(count=3, tags=["a", "b"]),
    ratio=0.5,
    color=Color.GREEN,
    started=datetime.datetime(2026, 1, 2, 3, 4, 5, 600_000, tzinfo=UTC),
    timeout=datetime.timedelta(minutes=-5, microseconds=7),
    weights={"w": 1.5},
    blob=b"\x00\xff",
)


def integer_literal(value: int) -> literals_pb2.Literal:
    return literals_pb2.Literal(primitive=literals_pb2.Primitive(integer=value))


def test_module_examples_hold() -> None:
    assert doctest.testmod(literals).failed == 0


@pytest.mark.parametrize(
    ("value", "python_type"),
    [
        (0, int),
        (-(2**63), int),
        (2**63 - 1, int),
        (1.25, float),
        ("", str),
        ("héllo", str),
        (True, bool),
        (False, bool),
        (b"\x00\x01", bytes),
        (datetime.datetime(1, 1, 1, tzinfo=UTC), datetime.datetime),
        (datetime.datetime(2026, 5, 6, 7, 8, 9, 123_456, tzinfo=UTC), datetime.datetime),
        (datetime.timedelta(days=-3, microseconds=1), datetime.timedelta),
        (datetime.timedelta(0), datetime.timedelta),
        (None, None),
        (None, type(None)),
        (Color.RED, Color),
        ([], list[int]),
        ([1, 2, 3], list[int]),
        (list(range(-500, 500)), list[int]),
        ([2**63 - 1, -(2**63), 0, 127, 128, 16_383, 16_384] * 4, list[int]),
        ([[1], [], [2, 3]], list[list[int]]),
        ({"a": 1, "b": 2}, dict[str, int]),
        ({f"k{i}": i * 1_000_003 for i in range(100)}, dict[str, int]),
        ({"": [1.5], "é": []}, dict[str, list[float]]),
        (None, Optional[int]),  # noqa: UP045 (the spelling under test)
        (5, Optional[int]),  # noqa: UP045
        (5, int | None),
        ("x", int | str),
        (True, int | bool),
        ([None, 1], list[int | None]),
        (CONFIG, Config),
        ([CONFIG, CONFIG], list[Config]),
    ],
)
def test_value_survives_the_round_trip(value: object, python_type: object) -> None:
    literal = to_literal(value, python_type)

    assert from_literal(literal, python_type) == value
    assert literals_pb2.Literal.FromString(literal.SerializeToString()) == literal


def test_scalars_take_the_members_the_protos_name() -> None:
    assert to_literal(7, int).primitive.integer == 7
    assert to_literal(7, float).primitive.float_value == 7.0
    assert to_literal("s", str).primitive.string_value == "s"
    assert to_literal(b"b", bytes).binary == literals_pb2.Binary(value=b"b", tag="")
    assert to_literal(None, None).HasField("none_value")
    assert to_literal(Color.RED, Color).primitive.string_value == "red"
    moment = to_literal(datetime.datetime(1970, 1, 1, 0, 0, 1, 5, tzinfo=UTC), datetime.datetime)
    assert (moment.primitive.datetime.seconds, moment.primitive.datetime.nanos) == (1, 5000)


def test_negative_durations_keep_one_sign() -> None:
    duration = to_literal(datetime.timedelta(seconds=-1, microseconds=-500), datetime.timedelta)

    assert duration.primitive.duration.seconds == -1
    assert duration.primitive.duration.nanos == -500_000


def test_negative_zero_is_written_as_zero() -> None:
    literal = to_literal(-0.0, float)

    assert literal.SerializeToString() == to_literal(0.0, float).SerializeToString()


def test_equal_dataclasses_have_equal_bytes() -> None:
    first = dataclasses.replace(CONFIG, ratio=-0.0, weights={"a": 1.0, "b": 2.0})
    second = dataclasses.replace(CONFIG, ratio=0.0, weights={"b": 2.0, "a": 1.0})

    assert to_literal(first, Config).binary.value == to_literal(second, Config).binary.value


def test_an_int_is_a_float_but_a_bool_is_no_int() -> None:
    assert from_literal(to_literal(3, float), float) == 3.0
    with pytest.raises(LiteralConversionError, match=r"^value: expected int, got bool$"):
        to_literal(True, int)
    with pytest.raises(LiteralConversionError, match=r"^value: expected float, got bool$"):
        to_literal(False, float)


def test_aware_datetimes_come_back_in_utc() -> None:
    plus_two = datetime.timezone(datetime.timedelta(hours=2))
    moment = datetime.datetime(2026, 1, 1, 12, tzinfo=plus_two)

    back = from_literal(to_literal(moment, datetime.datetime), datetime.datetime)

    assert back == moment
    assert back.tzinfo == UTC


def test_unions_tag_each_variant_with_its_type_name() -> None:
    literal = to_literal([1], list[int] | None)

    assert literal.union_value.tag == "list[int]"
    assert to_literal(None, int | None).union_value.tag == "None"
    union_type = literal_type_of(Config | Color | None).union_type
    assert [variant.structure.tag for variant in union_type.variants] == [
        f"{__name__}.Config",
        f"{__name__}.Color",
        "None",
    ]


def test_a_value_takes_the_variant_of_its_own_class_first() -> None:
    assert to_literal(2, float | int).union_value.tag == "int"
    assert to_literal(2.5, float | int).union_value.tag == "float"


@pytest.mark.parametrize(
    ("python_type", "expected"),
    [
        (int, types_pb2.LiteralType(simple=SimpleType.SIMPLE_TYPE_INTEGER)),
        (float, types_pb2.LiteralType(simple=SimpleType.SIMPLE_TYPE_FLOAT)),
        (str, types_pb2.LiteralType(simple=SimpleType.SIMPLE_TYPE_STRING)),
        (bool, types_pb2.LiteralType(simple=SimpleType.SIMPLE_TYPE_BOOLEAN)),
        (bytes, types_pb2.LiteralType(simple=SimpleType.SIMPLE_TYPE_BINARY)),
        (datetime.datetime, types_pb2.LiteralType(simple=SimpleType.SIMPLE_TYPE_DATETIME)),
        (datetime.timedelta, types_pb2.LiteralType(simple=SimpleType.SIMPLE_TYPE_DURATION)),
        (None, types_pb2.LiteralType(simple=SimpleType.SIMPLE_TYPE_NONE)),
        (Config, types_pb2.LiteralType(simple=SimpleType.SIMPLE_TYPE_STRUCT)),
        (Color, types_pb2.LiteralType(enum_type=types_pb2.EnumType(values=["red", "green"]))),
        (
            list[int],
            types_pb2.LiteralType(
                collection_type=types_pb2.CollectionType(
                    element_type=types_pb2.LiteralType(simple=SimpleType.SIMPLE_TYPE_INTEGER)
                )
            ),
        ),
        (
            dict[str, bool],
            types_pb2.LiteralType(
                map_type=types_pb2.MapType(
                    value_type=types_pb2.LiteralType(simple=SimpleType.SIMPLE_TYPE_BOOLEAN)
                )
            ),
        ),
        (
            int | None,
            types_pb2.LiteralType(
                union_type=types_pb2.UnionType(
                    variants=[
                        types_pb2.LiteralType(
                            simple=SimpleType.SIMPLE_TYPE_INTEGER,
                            structure=types_pb2.TypeStructure(tag="int"),
                        ),
                        types_pb2.LiteralType(
                            simple=SimpleType.SIMPLE_TYPE_NONE,
                            structure=types_pb2.TypeStructure(tag="None"),
                        ),
                    ]
                )
            ),
        ),
    ],
)
def test_literal_types_describe_the_python_types(
    python_type: object, expected: types_pb2.LiteralType
) -> None:
    assert literal_type_of(python_type) == expected


def test_literal_types_are_fresh_copies() -> None:
    literal_type_of(int).simple = SimpleType.SIMPLE_TYPE_STRING

    assert literal_type_of(int).simple == SimpleType.SIMPLE_TYPE_INTEGER


@pytest.mark.parametrize("length", [1, 15, 16, 17, 1000])
def test_integer_collections_are_the_messages_built_element_by_element(length: int) -> None:
    values = [(i * 7_919 - 3_000) * (-1) ** i * 10**i % 2**62 for i in range(length)]
    expected = literals_pb2.Literal(
        collection=literals_pb2.LiteralCollection(literals=[integer_literal(v) for v in values])
    )
    expected_map = literals_pb2.Literal(
        map=literals_pb2.LiteralMap(
            literals={f"k{i}": integer_literal(v) for i, v in enumerate(values)}
        )
    )
    mapping = {f"k{i}": v for i, v in enumerate(values)}

    assert to_literal(values, list[int]) == expected
    assert from_literal(expected, list[int]) == values
    assert to_literal(mapping, dict[str, int]) == expected_map
    assert from_literal(expected_map, dict[str, int]) == mapping


def test_integers_whose_varints_end_in_header_bytes_survive_the_bulk_route() -> None:
    # Varints ending in 0x0a, 0x1a or 0x08, the bytes that start the headers.
    values = [10, 26, 8, 3 + (10 << 7), 1 + (26 << 7), 1 + (8 << 7), -10] * 5
    mapping = {f"k{i}": v for i, v in enumerate(values)}

    collection = to_literal(values, list[int]).collection.SerializeToString()

    assert from_literal(to_literal(values, list[int]), list[int]) == values
    assert from_literal(to_literal(mapping, dict[str, int]), dict[str, int]) == mapping
    # The bulk route itself reads them, rather than leaving them to the element route.
    assert literals._int64s_from_collection(collection) == values


def test_integer_literals_with_more_than_the_integer_are_read_one_by_one() -> None:
    collection = literals_pb2.Literal(
        collection=literals_pb2.LiteralCollection(literals=[integer_literal(i) for i in range(40)])
    )
    collection.collection.literals[5].hash = "h"
    collection.collection.literals[6].metadata["k"] = "v"

    assert from_literal(collection, list[int]) == list(range(40))


def test_inputs_errors_name_the_input_and_the_element() -> None:
    values = [0, 1, 2, "3", *range(100)]

    with pytest.raises(LiteralConversionError) as raised:
        to_literal_map({"x": values}, {"x": list[int]})

    assert str(raised.value) == "inputs['x'][3]: expected int, got str"
    assert raised.value.path == "inputs['x'][3]"
    assert raised.value.reason == "expected int, got str"


@pytest.mark.parametrize(
    ("value", "python_type", "message"),
    [
        ("1", int, "value: expected int, got str"),
        (2**63, int, r"value: expected int, got 9223372036854775808 \(outside the signed 64-bit"),
        ([*range(20), 2**64], list[int], r"value\[20\]: expected int, got 18446744073709551616"),
        (10**400, float, "value: expected float, got 1000.*0 \\(too large for a float\\)"),
        (1, str, "value: expected str, got int"),
        ("\ud800", str, "value: expected str, got a str that is not valid unicode"),
        (1, bool, "value: expected bool, got int"),
        ("b", bytes, "value: expected bytes, got str"),
        (datetime.datetime(2026, 1, 1), datetime.datetime, "naive datetime"),
        (1.0, datetime.timedelta, "value: expected timedelta, got float"),
        (0, None, "value: expected None, got int"),
        ("red", Color, f"value: expected {__name__}.Color, got str"),
        ((1, "2"), list[int], r"value\[1\]: expected int, got str"),
        ({1, 2}, list[int], r"value: expected list\[int\], got set"),
        ({"a": {"b": "c"}}, dict[str, dict[str, int]], r"value\['a'\]\['b'\]: expected int"),
        ({1: 2}, dict[str, int], r"value: expected dict\[str, int\], got a key of type int: 1"),
        ([1, 2], dict[str, int], r"value: expected dict\[str, int\], got list"),
        ("x", int | None, r"value: expected int \| None, got str"),
        (Inner(count=1), Config, f"value: expected {__name__}.Config, got {__name__}.Inner"),
        (
            dataclasses.replace(CONFIG, inner=Inner(count="3")),  # type: ignore[arg-type]
            Config,
            r"value\.inner\.count: expected int, got str",
        ),
        (
            dataclasses.replace(CONFIG, inner=Inner(count=1, tags=["a", 2])),  # type: ignore[list-item]
            list[Config],
            "expected list",
        ),
        (
            [CONFIG, dataclasses.replace(CONFIG, started=datetime.datetime(2026, 1, 1))],
            list[Config],
            r"value\[1\]\.started: expected datetime, got a naive datetime",
        ),
    ],
)
def test_values_that_do_not_fit_are_refused(
    value: object, python_type: object, message: str
) -> None:
    with pytest.raises(LiteralConversionError, match=message):
        to_literal(value, python_type)


@pytest.mark.parametrize(
    ("literal", "python_type", "message"),
    [
        (literals_pb2.Literal(), int, "value: expected int, got an empty literal"),
        (to_literal("1", str), int, "value: expected int, got str"),
        (to_literal(1, int), float, "value: expected float, got int"),
        (
            to_literal([1], list[int]),
            dict[str, int],
            r"expected dict\[str, int\], got a collection",
        ),
        (to_literal({"a": 1}, dict[str, int]), list[int], r"expected list\[int\], got a map"),
        (to_literal(b"", bytes), Config, f"expected {__name__}.Config, got binary"),
        (to_literal(1, int | None), int, "value: expected int, got a union value"),
        (to_literal(1, int), int | None, "got int"),
        (to_literal("1", int | str), int | None, "got a union value tagged 'str'"),
        (to_literal("blue", str), Color, r"expected one of \['red', 'green'\], got 'blue'"),
        (
            to_literal([*range(30), "x"], list[int | str]),
            list[int],
            r"value\[0\]: expected int, got a union value",
        ),
        (
            literals_pb2.Literal(
                collection=literals_pb2.LiteralCollection(
                    literals=[integer_literal(i) for i in range(30)] + [literals_pb2.Literal()]
                )
            ),
            list[int],
            r"value\[30\]: expected int, got an empty literal",
        ),
        (
            literals_pb2.Literal(
                primitive=literals_pb2.Primitive(
                    datetime={"seconds": 1, "nanos": 1},  # type: ignore[arg-type]
                )
            ),
            datetime.datetime,
            "got 1 ns, finer than a microsecond",
        ),
        (
            literals_pb2.Literal(
                primitive=literals_pb2.Primitive(
                    duration={"seconds": 10**15},  # type: ignore[arg-type]
                )
            ),
            datetime.timedelta,
            "out of range",
        ),
        (
            literals_pb2.Literal(binary=literals_pb2.Binary(value=b"\xc1", tag="msgpack")),
            Config,
            "got bytes that are not msgpack",
        ),
        (
            literals_pb2.Literal(
                binary=literals_pb2.Binary(value=msgpack.packb({"count": 1, "x": 2}), tag="msgpack")
            ),
            Inner,
            "got the unknown field 'x'",
        ),
        (
            literals_pb2.Literal(
                binary=literals_pb2.Binary(value=msgpack.packb({"tags": []}), tag="msgpack")
            ),
            Inner,
            "got no value for the field 'count'",
        ),
        (
            literals_pb2.Literal(
                binary=literals_pb2.Binary(value=msgpack.packb({"count": 1.5}), tag="msgpack")
            ),
            Inner,
            r"value\.count: expected int, got float",
        ),
    ],
)
def test_literals_that_do_not_fit_are_refused(
    literal: literals_pb2.Literal, python_type: object, message: str
) -> None:
    with pytest.raises(LiteralConversionError, match=message):
        from_literal(literal, python_type)


@pytest.mark.parametrize(
    ("python_type", "message"),
    [
        (set[int], r"unsupported type set\[int\]"),
        (dict[int, int], r"unsupported type dict\[int, int\]: keys must be str"),
        (object, "unsupported type object"),
        (list[object], "unsupported type object"),
        (Level, f"unsupported type {__name__}.Level: enum values must be non-empty strings"),
        ([int], "not hashable"),
    ],
)
def test_unsupported_types_are_named(python_type: object, message: str) -> None:
    with pytest.raises(LiteralConversionError, match=message):
        literal_type_of(python_type)
    with pytest.raises(LiteralConversionError, match=message):
        to_literal(None, python_type)


def test_a_dataclass_that_contains_itself_is_refused() -> None:
    with pytest.raises(LiteralConversionError, match="it contains itself"):
        to_literal(Node(children=[]), Node)


def test_inputs_maps_hold_every_input_and_no_other() -> None:
    types = {"n": int, "names": list[str], "config": Config | None}
    values = {"n": 1, "names": ["a"], "config": CONFIG}

    literal_map = to_literal_map(values, types)

    assert set(literal_map.literals) == {"n", "names", "config"}
    assert from_literal_map(literal_map, types) == values
    with pytest.raises(LiteralConversionError, match=r"^inputs\['n'\]: missing$"):
        to_literal_map({"names": [], "config": None}, types)
    with pytest.raises(LiteralConversionError, match=r"^inputs\['extra'\]: not a declared input$"):
        to_literal_map({**values, "extra": 1}, types)
    with pytest.raises(LiteralConversionError, match=r"^inputs\['n'\]: missing$"):
        from_literal_map(to_literal_map({}, {}), {"n": int})
    with pytest.raises(LiteralConversionError, match=r"^inputs\['names'\]: not a declared"):
        from_literal_map(literal_map, {"n": int, "config": Config | None})
    with pytest.raises(LiteralConversionError, match=r"^inputs\['n'\]: expected str, got int$"):
        from_literal_map(literal_map, {**types, "n": str})


def test_threads_may_build_the_same_converter_at_once() -> None:
    @dataclasses.dataclass
    class Fresh:
        values: list[dict[str, int]]

    barrier = threading.Barrier(8)
    value = Fresh(values=[{"a": 1}])

    def convert() -> object:
        barrier.wait()
        return from_literal(to_literal([value], list[Fresh] | None), list[Fresh] | None)

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        results = [pool.submit(convert) for _ in range(8)]

    assert [result.result() for result in results] == [[value]] * 8
