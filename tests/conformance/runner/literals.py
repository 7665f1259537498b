"""Hand-written cases for literals, the values whose canonical bytes become cache keys
and input hashes: every kind of literal, and the values where runtimes are known to
disagree (map order, zero oneof members, negative zero, NaN)."""

from __future__ import annotations

import math
from collections.abc import Iterator

from runner.schema import Message, Schema

LITERAL = "flyteidl2.core.v1.Literal"
LITERAL_MAP = "flyteidl2.core.v1.LiteralMap"


def literal_cases(schema: Schema, type_name: str) -> Iterator[tuple[str, Message]]:
    """Yields (label, value) for the hand-written cases of a literal type, if any."""
    if type_name not in (LITERAL, LITERAL_MAP):
        return
    make = _Maker(schema)
    cases = _literal_map_cases(make) if type_name == LITERAL_MAP else _literal_cases(make)
    for label, message in cases.items():
        yield f"literal/{label}", message


class _Maker:
    """Builds a message from field names, so the cases read like the protos."""

    def __init__(self, schema: Schema) -> None:
        self._schema = schema

    def __call__(self, type_name: str, **values: object) -> Message:
        message_type = self._schema.message(type_name)
        return Message(
            type_name, {message_type.field(name).number: value for name, value in values.items()}
        )

    def primitive(self, **value: object) -> Message:
        return self(LITERAL, primitive=self("flyteidl2.core.v1.Primitive", **value))

    def literal_map(self, literals: dict[str, Message]) -> Message:
        return self(LITERAL_MAP, literals=literals)


def _literal_map_cases(make: _Maker) -> dict[str, Message]:
    timestamp = make("google.protobuf.Timestamp", seconds=1767225600, nanos=1)
    negative_duration = make("google.protobuf.Duration", seconds=-90, nanos=-500000000)
    blob_type = make("flyteidl2.core.v1.BlobType", format="parquet", dimensionality=2)
    every_kind = {
        "integer": make.primitive(integer=-7),
        "float": make.primitive(float_value=0.1),
        "string": make.primitive(string_value="héllo"),
        "boolean": make.primitive(boolean=True),
        "datetime": make.primitive(datetime=timestamp),
        "duration": make.primitive(duration=negative_duration),
        "none": make(LITERAL, none_value=make("flyteidl2.core.v1.NoneValue")),
        "blob": make(
            LITERAL,
            blob=make(
                "flyteidl2.core.v1.Blob",
                uri="s3://bucket/key",
                metadata=make("flyteidl2.core.v1.BlobMetadata", blob_type=blob_type),
            ),
        ),
        "binary": make(
            LITERAL, binary=make("flyteidl2.core.v1.Binary", value=b"\x80\x04\x95", tag="pickle")
        ),
        "error": make(
            LITERAL,
            error=make(
                "flyteidl2.core.v1.ExecutionError", kind=1, code="ValueError", message="bad"
            ),
        ),
        "union": make(
            LITERAL,
            union_value=make("flyteidl2.core.v1.Union", value=make.primitive(integer=3), tag="int"),
        ),
        "collection": make(
            LITERAL,
            collection=make(
                "flyteidl2.core.v1.LiteralCollection",
                literals=[make.primitive(integer=2), make.primitive(integer=1)],
            ),
        ),
        "map": make(LITERAL, map=make.literal_map({"y": make.primitive(integer=1)})),
        "offloaded": make(
            LITERAL,
            offloaded=make(
                "flyteidl2.core.v1.OffloadedLiteral",
                uri="s3://bucket/offloaded",
                size_bytes=(1 << 64) - 1,
                content_sha256="0" * 64,
                inferred_type=make("flyteidl2.core.v1.LiteralType", simple=2),
            ),
        ),
        "with-metadata": make(
            LITERAL,
            metadata={"zeta": "1", "alpha": "2", "": "empty key"},
            hash="sha256:abc",
            primitive=make("flyteidl2.core.v1.Primitive", integer=1),
        ),
    }
    return {
        "every-kind": make.literal_map(every_kind),
        "unicode-keys": make.literal_map(
            {key: make.primitive(integer=index) for index, key in enumerate(_UNICODE_KEYS)}
        ),
        "zero-primitives": make.literal_map(
            {
                "integer": make.primitive(integer=0),
                "float": make.primitive(float_value=0.0),
                "string": make.primitive(string_value=""),
                "boolean": make.primitive(boolean=False),
                "datetime": make.primitive(datetime=make("google.protobuf.Timestamp")),
            }
        ),
        "float-specials": make.literal_map(
            {
                "negative-zero": make.primitive(float_value=-0.0),
                "nan": make.primitive(float_value=math.nan),
                "infinity": make.primitive(float_value=math.inf),
                "negative-infinity": make.primitive(float_value=-math.inf),
                "subnormal": make.primitive(float_value=5e-324),
            }
        ),
        "integer-extremes": make.literal_map(
            {
                "min": make.primitive(integer=-(1 << 63)),
                "max": make.primitive(integer=(1 << 63) - 1),
                "minus-one": make.primitive(integer=-1),
            }
        ),
        "empty-containers": make.literal_map(
            {
                "collection": make(LITERAL, collection=make("flyteidl2.core.v1.LiteralCollection")),
                "map": make(LITERAL, map=make.literal_map({})),
                "literal": make(LITERAL),
            }
        ),
        "nested-containers": make.literal_map({"outer": _nested_containers(make, 6)}),
    }


def _literal_cases(make: _Maker) -> dict[str, Message]:
    return {
        "astral-string": make.primitive(string_value="𝄞😀\U0010fffd"),
        "negative-zero": make.primitive(float_value=-0.0),
        "zero-integer": make.primitive(integer=0),
        "empty-binary": make(LITERAL, binary=make("flyteidl2.core.v1.Binary")),
        "nested-containers": _nested_containers(make, 8),
    }


def _nested_containers(make: _Maker, levels: int) -> Message:
    """Alternates collections and maps, `levels` literals deep."""
    literal = make.primitive(string_value="leaf")
    for level in range(levels):
        if level % 2:
            literal = make(LITERAL, map=make.literal_map({f"k{level}": literal, "": literal}))
        else:
            literal = make(
                LITERAL,
                collection=make(
                    "flyteidl2.core.v1.LiteralCollection", literals=[literal, make(LITERAL)]
                ),
            )
    return literal


# Byte order and UTF-16 order disagree on the last two; "" must come first.
_UNICODE_KEYS = ("b", "a", "", "ä", "A", "z", "日本", "\ufb01", "😀")
