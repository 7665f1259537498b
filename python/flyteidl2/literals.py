"""Conversion between Python values and `flyteidl2.core.v1` literals.

Each supported Python type has one literal type and one literal form:

| Python type | `LiteralType` | `Literal` |
| --- | --- | --- |
| `int` | `SIMPLE_TYPE_INTEGER` | `primitive.integer` (64-bit signed) |
| `float` | `SIMPLE_TYPE_FLOAT` | `primitive.float_value`, negative zero as zero |
| `str` | `SIMPLE_TYPE_STRING` | `primitive.string_value` |
| `bool` | `SIMPLE_TYPE_BOOLEAN` | `primitive.boolean` |
| `bytes` | `SIMPLE_TYPE_BINARY` | `binary` with an empty tag |
| `datetime` (aware) | `SIMPLE_TYPE_DATETIME` | `primitive.datetime`, read back in UTC |
| `timedelta` | `SIMPLE_TYPE_DURATION` | `primitive.duration` |
| `None` | `SIMPLE_TYPE_NONE` | `none_value` |
| `Enum` with string values | `enum_type` of the values | `primitive.string_value` |
| `list[T]` | `collection_type` | `collection` |
| `dict[str, T]` | `map_type` | `map` |
| `T1 \\| T2`, `Optional[T]` | `union_type`, one tagged variant each | `union_value` |
| dataclass | `SIMPLE_TYPE_STRUCT` | `binary` tagged `msgpack` |

    >>> lit = to_literal([1, 2, 3], list[int])
    >>> from_literal(lit, list[int])
    [1, 2, 3]
    >>> to_literal_map({"x": [1, "2"]}, {"x": list[int]})
    Traceback (most recent call last):
    ...
    flyteidl2.literals.LiteralConversionError: inputs['x'][1]: expected int, got str

A union variant's tag is its type's name: `int`, `None`, `list[int]`, or the module and
qualified name of an Enum or a dataclass. A value goes to the variant of its own class when
there is one, otherwise to the first variant that accepts it.

A dataclass travels as a msgpack map of its fields in declaration order. Field values are
plain msgpack values: an aware datetime is a msgpack timestamp, a timedelta its seconds as
a float, an Enum its value, a nested dataclass a map, a dict a map in key order, and a
union member the value of its variant; so equal dataclasses have equal bytes.

An `int` is accepted where a `float` is expected, a `bool` never where an `int` is.
Nothing is dropped or rounded: a datetime finer than a microsecond, an unknown dataclass
field or a value out of range raises `LiteralConversionError`. Converters are built once
per type and kept, so the functions may be called from several threads at once.
"""

import datetime
import enum
import functools
import importlib
import re
import threading
import types
import typing
from collections.abc import Callable, Mapping
from operator import add
from typing import Any, TypeVar, overload

from flyteidl2.core.v1.literals_pb2 import Literal, LiteralMap, Primitive
from flyteidl2.core.v1.types_pb2 import LiteralType, SimpleType

__all__ = [
    "LiteralConversionError",
    "from_literal",
    "from_literal_map",
    "literal_type_of",
    "to_literal",
    "to_literal_map",
]

T = TypeVar("T")

_INT64_MIN = -(1 << 63)
_INT64_MAX = (1 << 63) - 1
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
_MICROS_PER_SECOND = 1_000_000
# Collections shorter than this convert element by element: the bulk route's fixed cost
# (two serializations and a parse) only pays off from about this many elements.
_BULK_MIN_LENGTH = 16


class LiteralConversionError(TypeError):
    """Raised when a value does not fit its Python type, or a literal does not fit it.

    Attributes:
        path: Where the mismatch is, such as `inputs['x'][3]` or `value.config.name`.
        reason: What is wrong there, such as `expected int, got str`.
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class _MismatchError(Exception):
    """Carries a mismatch up from where it is found; each container on the way adds its
    own path segment, so the happy path never builds a path."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.segments: list[str] = []

    def at(self, root: str) -> LiteralConversionError:
        return LiteralConversionError(root + "".join(reversed(self.segments)), self.reason)


def to_literal(value: object, python_type: object) -> Literal:
    """Converts a Python value to the literal of its type.

    Args:
        value: The value to convert.
        python_type: The value's type, such as `int` or `dict[str, list[float]]`.

    Returns:
        A new `Literal`.

    Raises:
        LiteralConversionError: The type is not supported, or the value does not fit it;
            the message names the path below `value`.
    """
    converter = _converter_at(python_type, "value")
    literal = Literal()
    try:
        converter.write(value, literal)
    except _MismatchError as mismatch:
        raise mismatch.at("value") from None
    return literal


@overload
def from_literal(literal: Literal, python_type: type[T]) -> T: ...
@overload
def from_literal(literal: Literal, python_type: object) -> Any: ...
def from_literal(literal: Literal, python_type: object) -> Any:
    """Converts a literal to a Python value of the given type.

    Args:
        literal: The literal to read.
        python_type: The type to read it as, the same one it was written with.

    Returns:
        A new value of `python_type`.

    Raises:
        LiteralConversionError: The type is not supported, or the literal does not hold
            a value of it; the message names the path below `value`.
    """
    converter = _converter_at(python_type, "value")
    try:
        return converter.read(literal)
    except _MismatchError as mismatch:
        raise mismatch.at("value") from None


def literal_type_of(python_type: object) -> LiteralType:
    """Returns the literal type that describes a Python type.

    Args:
        python_type: A supported type, such as `int | None` or a dataclass.

    Returns:
        A new `LiteralType`; changing it changes no later result.

    Raises:
        LiteralConversionError: The type, or a type inside it, is not supported.
    """
    literal_type = LiteralType()
    literal_type.CopyFrom(_converter_at(python_type, "type").literal_type)
    return literal_type


def to_literal_map(values: Mapping[str, object], types: Mapping[str, object]) -> LiteralMap:
    """Converts a whole set of named inputs (or outputs) to one literal map.

    Args:
        values: The value of every input, by name.
        types: The Python type of every input, by name; `values` must name the same inputs.

    Returns:
        A new `LiteralMap` with one entry per input.

    Raises:
        LiteralConversionError: An input is missing, unknown, of an unsupported type, or
            does not fit its type; the message names it, as in `inputs['x'][3]`.
    """
    _check_names(values, types)
    literal_map = LiteralMap()
    literals = literal_map.literals
    for name, python_type in types.items():
        converter = _converter_at(python_type, f"inputs[{name!r}]")
        try:
            converter.write(values[name], literals[name])
        except _MismatchError as mismatch:
            raise mismatch.at(f"inputs[{name!r}]") from None
    return literal_map


def from_literal_map(literal_map: LiteralMap, types: Mapping[str, object]) -> dict[str, Any]:
    """Converts a literal map of named inputs (or outputs) back to Python values.

    Args:
        literal_map: The map to read.
        types: The Python type of every input, by name; the map must hold the same inputs.

    Returns:
        A new dict with the value of every input, by name.

    Raises:
        LiteralConversionError: An input is missing, unknown, of an unsupported type, or
            its literal does not fit its type; the message names it.
    """
    literals = literal_map.literals
    _check_names(literals, types)
    values = {}
    for name, python_type in types.items():
        converter = _converter_at(python_type, f"inputs[{name!r}]")
        try:
            values[name] = converter.read(literals[name])
        except _MismatchError as mismatch:
            raise mismatch.at(f"inputs[{name!r}]") from None
    return values


def _check_names(present: Mapping[str, object], types: Mapping[str, object]) -> None:
    for name in present:
        if name not in types:
            raise LiteralConversionError(f"inputs[{name!r}]", "not a declared input")
    for name in types:
        if name not in present:
            raise LiteralConversionError(f"inputs[{name!r}]", "missing")


# Converters. Each supported Python type has one `_Converter`, built on first use and
# kept; it carries the literal type and the functions that write and read literals of
# it, so that converting a value does no reflection on its type.


class _Converter:
    __slots__ = ("int64", "literal_type", "name", "read", "write")

    def __init__(
        self,
        name: str,
        literal_type: LiteralType,
        write: Callable[[Any, Literal], None],
        read: Callable[[Literal], Any],
    ) -> None:
        self.name = name
        self.literal_type = literal_type
        self.write = write
        self.read = read
        # Whether the values are integers, which collections and maps of them convert in
        # bulk (see _int64_primitives).
        self.int64 = False


_converters: dict[object, _Converter] = {}
_building: set[object] = set()
_build_lock = threading.RLock()


def _converter_at(python_type: object, root: str) -> _Converter:
    """Returns the converter of a type, naming `root` in the error for a type that has
    none."""
    try:
        return _converter(python_type)
    except _MismatchError as mismatch:
        raise mismatch.at(root) from None


def _converter(python_type: object) -> _Converter:
    try:
        return _converters[python_type]
    except KeyError:
        pass
    except TypeError:
        raise _MismatchError(f"unsupported type {python_type!r}: not hashable") from None
    # One thread builds at a time, so that a type being built is one this thread is in.
    with _build_lock:
        if python_type in _converters:
            return _converters[python_type]
        if python_type in _building:
            reason = f"unsupported type {_type_name(python_type)}: it contains itself"
            raise _MismatchError(reason)
        _building.add(python_type)
        try:
            converter = _build_converter(python_type)
        finally:
            _building.discard(python_type)
        _converters[python_type] = converter
        return converter


def _build_converter(python_type: object) -> _Converter:
    scalar = _SCALARS.get(python_type)
    if scalar is not None:
        return scalar()
    origin = typing.get_origin(python_type)
    args = typing.get_args(python_type)
    if origin is list and len(args) == 1:
        return _list_converter(python_type, _converter(args[0]))
    if origin is dict and len(args) == 2:
        if args[0] is not str:
            raise _MismatchError(f"unsupported type {_type_name(python_type)}: keys must be str")
        return _dict_converter(python_type, _converter(args[1]))
    if origin in (typing.Union, types.UnionType):
        return _union_converter(python_type, [_converter(arg) for arg in args])
    if isinstance(python_type, type) and issubclass(python_type, enum.Enum):
        return _enum_converter(python_type)
    if isinstance(python_type, type) and hasattr(python_type, "__dataclass_fields__"):
        return _dataclass_converter(python_type)
    raise _MismatchError(f"unsupported type {_type_name(python_type)}")


def _type_name(python_type: object) -> str:
    if python_type is None or python_type is type(None):
        return "None"
    if python_type in _SCALARS:
        return typing.cast(type, python_type).__name__
    origin = typing.get_origin(python_type)
    args = typing.get_args(python_type)
    if origin in (typing.Union, types.UnionType):
        return " | ".join(_type_name(arg) for arg in args)
    if origin is not None:
        return f"{origin.__name__}[{', '.join(_type_name(arg) for arg in args)}]"
    if isinstance(python_type, type):
        if python_type.__module__ == "builtins":
            return python_type.__qualname__
        return f"{python_type.__module__}.{python_type.__qualname__}"
    return repr(python_type)


def _simple(simple_type: SimpleType.ValueType) -> LiteralType:
    return LiteralType(simple=simple_type)


def _got(value: object) -> str:
    if value is None:
        return "None"
    return _type_name(type(value))


# What a literal holds, named the way a mismatch reports it.
_PRIMITIVE_NAMES = {
    "integer": "int",
    "float_value": "float",
    "string_value": "str",
    "boolean": "bool",
    "datetime": "datetime",
    "duration": "timedelta",
}
_LITERAL_NAMES = {
    "none_value": "None",
    "blob": "a blob",
    "structured_dataset": "a structured dataset",
    "binary": "binary",
    "error": "an error",
    "union_value": "a union value",
    "collection": "a collection",
    "map": "a map",
    "offloaded": "an offloaded literal",
}


def _held(literal: Literal) -> str:
    kind = literal.WhichOneof("value")
    if kind is None:
        return "an empty literal"
    if kind == "primitive":
        primitive_kind = literal.primitive.WhichOneof("value")
        return _PRIMITIVE_NAMES[primitive_kind] if primitive_kind else "an empty primitive"
    if kind == "binary" and literal.binary.tag:
        return f"binary tagged {literal.binary.tag!r}"
    return _LITERAL_NAMES[kind]


def _primitive(literal: Literal, member: str, expected: str) -> Primitive:
    """Returns the literal's primitive, which must hold the member; the error says what
    was expected and what the literal holds."""
    primitive = literal.primitive
    if primitive.WhichOneof("value") != member:
        raise _MismatchError(f"expected {expected}, got {_held(literal)}")
    return primitive


def _int_converter() -> _Converter:
    def write(value: Any, literal: Literal) -> None:
        if type(value) is not int and (not isinstance(value, int) or isinstance(value, bool)):
            raise _MismatchError(f"expected int, got {_got(value)}")
        if not _INT64_MIN <= value <= _INT64_MAX:
            raise _MismatchError(f"expected int, got {value} (outside the signed 64-bit range)")
        literal.primitive.integer = value

    def read(literal: Literal) -> int:
        return _primitive(literal, "integer", "int").integer

    converter = _Converter("int", _simple(SimpleType.SIMPLE_TYPE_INTEGER), write, read)
    converter.int64 = True
    return converter


def _float_converter() -> _Converter:
    def write(value: Any, literal: Literal) -> None:
        if type(value) is not float and (
            not isinstance(value, (int, float)) or isinstance(value, bool)
        ):
            raise _MismatchError(f"expected float, got {_got(value)}")
        try:
            # Adding 0.0 turns negative zero into zero, as the literal requires.
            literal.primitive.float_value = float(value) + 0.0
        except OverflowError:
            raise _MismatchError(f"expected float, got {value} (too large for a float)") from None

    def read(literal: Literal) -> float:
        return _primitive(literal, "float_value", "float").float_value

    return _Converter("float", _simple(SimpleType.SIMPLE_TYPE_FLOAT), write, read)


def _str_converter() -> _Converter:
    def write(value: Any, literal: Literal) -> None:
        if not isinstance(value, str):
            raise _MismatchError(f"expected str, got {_got(value)}")
        try:
            literal.primitive.string_value = value
        except ValueError:
            raise _MismatchError("expected str, got a str that is not valid unicode") from None

    def read(literal: Literal) -> str:
        return _primitive(literal, "string_value", "str").string_value

    return _Converter("str", _simple(SimpleType.SIMPLE_TYPE_STRING), write, read)


def _bool_converter() -> _Converter:
    def write(value: Any, literal: Literal) -> None:
        if not isinstance(value, bool):
            raise _MismatchError(f"expected bool, got {_got(value)}")
        literal.primitive.boolean = value

    def read(literal: Literal) -> bool:
        return _primitive(literal, "boolean", "bool").boolean

    return _Converter("bool", _simple(SimpleType.SIMPLE_TYPE_BOOLEAN), write, read)


def _bytes_converter() -> _Converter:
    def write(value: Any, literal: Literal) -> None:
        if not isinstance(value, (bytes, bytearray)):
            raise _MismatchError(f"expected bytes, got {_got(value)}")
        binary = literal.binary
        binary.value = bytes(value)
        binary.tag = ""

    def read(literal: Literal) -> bytes:
        # Any tag is accepted: SIMPLE_TYPE_BINARY is opaque bytes in any encoding.
        if not literal.HasField("binary"):
            raise _MismatchError(f"expected bytes, got {_held(literal)}")
        return literal.binary.value

    return _Converter("bytes", _simple(SimpleType.SIMPLE_TYPE_BINARY), write, read)


def _datetime_converter() -> _Converter:
    def write(value: Any, literal: Literal) -> None:
        if not isinstance(value, datetime.datetime):
            raise _MismatchError(f"expected datetime, got {_got(value)}")
        if value.utcoffset() is None:
            raise _MismatchError("expected datetime, got a naive datetime (give it a timezone)")
        since_epoch = value - _EPOCH
        timestamp = literal.primitive.datetime
        timestamp.seconds = since_epoch.days * 86400 + since_epoch.seconds
        timestamp.nanos = since_epoch.microseconds * 1000

    def read(literal: Literal) -> datetime.datetime:
        primitive = _primitive(literal, "datetime", "datetime")
        seconds, nanos = primitive.datetime.seconds, primitive.datetime.nanos
        if nanos % 1000:
            raise _MismatchError(f"expected datetime, got {nanos} ns, finer than a microsecond")
        try:
            return _EPOCH + datetime.timedelta(seconds=seconds, microseconds=nanos // 1000)
        except OverflowError:
            raise _MismatchError(f"expected datetime, got {seconds} s, out of range") from None

    return _Converter("datetime", _simple(SimpleType.SIMPLE_TYPE_DATETIME), write, read)


def _timedelta_converter() -> _Converter:
    def write(value: Any, literal: Literal) -> None:
        if not isinstance(value, datetime.timedelta):
            raise _MismatchError(f"expected timedelta, got {_got(value)}")
        micros = (value.days * 86400 + value.seconds) * _MICROS_PER_SECOND + value.microseconds
        # A duration's seconds and nanos share the sign of the whole.
        magnitude_seconds, magnitude_micros = divmod(abs(micros), _MICROS_PER_SECOND)
        sign = -1 if micros < 0 else 1
        duration = literal.primitive.duration
        duration.seconds = sign * magnitude_seconds
        duration.nanos = sign * magnitude_micros * 1000

    def read(literal: Literal) -> datetime.timedelta:
        primitive = _primitive(literal, "duration", "timedelta")
        seconds, nanos = primitive.duration.seconds, primitive.duration.nanos
        if nanos % 1000:
            raise _MismatchError(f"expected timedelta, got {nanos} ns, finer than a microsecond")
        try:
            return datetime.timedelta(seconds=seconds, microseconds=nanos // 1000)
        except OverflowError:
            raise _MismatchError(f"expected timedelta, got {seconds} s, out of range") from None

    return _Converter("timedelta", _simple(SimpleType.SIMPLE_TYPE_DURATION), write, read)


def _none_converter() -> _Converter:
    def write(value: Any, literal: Literal) -> None:
        if value is not None:
            raise _MismatchError(f"expected None, got {_got(value)}")
        literal.none_value.SetInParent()

    def read(literal: Literal) -> None:
        if not literal.HasField("none_value"):
            raise _MismatchError(f"expected None, got {_held(literal)}")

    return _Converter("None", _simple(SimpleType.SIMPLE_TYPE_NONE), write, read)


_SCALARS: dict[object, Callable[[], _Converter]] = {
    int: _int_converter,
    float: _float_converter,
    str: _str_converter,
    bool: _bool_converter,
    bytes: _bytes_converter,
    datetime.datetime: _datetime_converter,
    datetime.timedelta: _timedelta_converter,
    None: _none_converter,
    type(None): _none_converter,
}


def _enum_converter(enum_type: type[enum.Enum]) -> _Converter:
    name = _type_name(enum_type)
    members = {member.value: member for member in enum_type}
    if not members or not all(isinstance(value, str) and value for value in members):
        raise _MismatchError(f"unsupported type {name}: enum values must be non-empty strings")
    literal_type = LiteralType()
    literal_type.enum_type.values.extend(members)

    def write(value: Any, literal: Literal) -> None:
        if not isinstance(value, enum_type):
            raise _MismatchError(f"expected {name}, got {_got(value)}")
        literal.primitive.string_value = value.value

    def read(literal: Literal) -> enum.Enum:
        primitive = _primitive(literal, "string_value", name)
        try:
            return members[primitive.string_value]
        except KeyError:
            raise _MismatchError(
                f"expected one of {list(members)}, got {primitive.string_value!r}"
            ) from None

    return _Converter(name, literal_type, write, read)


def _list_converter(python_type: object, element: _Converter) -> _Converter:
    literal_type = LiteralType()
    literal_type.collection_type.element_type.CopyFrom(element.literal_type)
    name = _type_name(python_type)
    write_element, read_element = element.write, element.read
    bulk = element.int64

    def write(value: Any, literal: Literal) -> None:
        if not isinstance(value, (list, tuple)):
            raise _MismatchError(f"expected {name}, got {_got(value)}")
        collection = literal.collection
        collection.SetInParent()
        if bulk and len(value) >= _BULK_MIN_LENGTH:
            encoded = _int64_collection(value)
            if encoded is not None:
                collection.ParseFromString(encoded)
                return
        literals = collection.literals
        add = literals.add
        try:
            for item in value:
                write_element(item, add())
        except _MismatchError as mismatch:
            mismatch.segments.append(f"[{len(literals) - 1}]")
            raise

    def read(literal: Literal) -> list[Any]:
        if not literal.HasField("collection"):
            raise _MismatchError(f"expected {name}, got {_held(literal)}")
        literals = literal.collection.literals
        if bulk and len(literals) >= _BULK_MIN_LENGTH:
            values = _int64s_from_collection(literal.collection.SerializeToString())
            if values is not None:
                return values
        values = []
        append = values.append
        try:
            for item in literals:
                append(read_element(item))
        except _MismatchError as mismatch:
            mismatch.segments.append(f"[{len(values)}]")
            raise
        return values

    return _Converter(name, literal_type, write, read)


def _dict_converter(python_type: object, value_converter: _Converter) -> _Converter:
    literal_type = LiteralType()
    literal_type.map_type.value_type.CopyFrom(value_converter.literal_type)
    name = _type_name(python_type)
    write_value, read_value = value_converter.write, value_converter.read
    bulk = value_converter.int64

    def write(value: Any, literal: Literal) -> None:
        if not isinstance(value, dict):
            raise _MismatchError(f"expected {name}, got {_got(value)}")
        literal_map = literal.map
        literal_map.SetInParent()
        for key in value:
            if type(key) is not str:
                raise _MismatchError(f"expected {name}, got a key of type {_got(key)}: {key!r}")
        if bulk and len(value) >= _BULK_MIN_LENGTH:
            encoded = _int64_literals(list(value.values()))
            if encoded is not None:
                literal_map.ParseFromString(_encode_map_view(value.keys(), encoded))
                return
        literals = literal_map.literals
        for key, item in value.items():
            try:
                write_value(item, literals[key])
            except _MismatchError as mismatch:
                mismatch.segments.append(f"[{key!r}]")
                raise

    def read(literal: Literal) -> dict[str, Any]:
        if not literal.HasField("map"):
            raise _MismatchError(f"expected {name}, got {_held(literal)}")
        literals = literal.map.literals
        if bulk and len(literals) >= _BULK_MIN_LENGTH:
            keys, encoded = _decode_map_view(literal.map)
            values = _int64s_from_literals(encoded)
            if values is not None:
                return dict(zip(keys, values, strict=True))
        result = {}
        for key, item in literals.items():
            try:
                result[key] = read_value(item)
            except _MismatchError as mismatch:
                mismatch.segments.append(f"[{key!r}]")
                raise
        return result

    return _Converter(name, literal_type, write, read)


def _union_converter(python_type: object, variants: list[_Converter]) -> _Converter:
    name = _type_name(python_type)
    literal_type = LiteralType()
    for variant in variants:
        variant_type = literal_type.union_type.variants.add()
        variant_type.CopyFrom(variant.literal_type)
        variant_type.structure.tag = variant.name
    by_tag = {variant.name: variant for variant in variants}
    # The variant of a value's own class, where a variant is a plain class (the common
    # case: `int | None`), is found without trying the others.
    by_class = {
        python_class: variant
        for python_class, variant in zip(typing.get_args(python_type), variants, strict=True)
        if isinstance(python_class, type) and not typing.get_args(python_class)
    }

    def write(value: Any, literal: Literal) -> None:
        union = literal.union_value
        own = by_class.get(type(value))
        if own is not None:
            own.write(value, union.value)
            union.tag = own.name
            return
        for variant in variants:
            try:
                variant.write(value, union.value)
            except _MismatchError:
                union.value.Clear()
                continue
            union.tag = variant.name
            return
        raise _MismatchError(f"expected {name}, got {_got(value)}")

    def read(literal: Literal) -> Any:
        if not literal.HasField("union_value"):
            raise _MismatchError(f"expected {name}, got {_held(literal)}")
        union = literal.union_value
        variant = by_tag.get(union.tag)
        if variant is None:
            raise _MismatchError(f"expected {name}, got a union value tagged {union.tag!r}")
        return variant.read(union.value)

    return _Converter(name, literal_type, write, read)


def _dataclass_converter(dataclass_type: type) -> _Converter:
    name = _type_name(dataclass_type)
    to_plain, from_plain = _plain_codec(dataclass_type)
    msgpack = _msgpack()

    def write(value: Any, literal: Literal) -> None:
        binary = literal.binary
        binary.value = msgpack.packb(to_plain(value), use_bin_type=True, datetime=True)
        binary.tag = "msgpack"

    def read(literal: Literal) -> Any:
        if not literal.HasField("binary") or literal.binary.tag != "msgpack":
            raise _MismatchError(f"expected {name}, got {_held(literal)}")
        try:
            plain = msgpack.unpackb(literal.binary.value, raw=False, timestamp=3)
        except (ValueError, msgpack.UnpackException) as error:
            raise _MismatchError(
                f"expected {name}, got bytes that are not msgpack: {error}"
            ) from None
        return from_plain(plain)

    return _Converter(name, _simple(SimpleType.SIMPLE_TYPE_STRUCT), write, read)


def _msgpack() -> Any:
    # Imported here: only dataclasses need msgpack, and most programs never load it.
    return importlib.import_module("msgpack")


# Plain values: how the fields of a dataclass travel inside its msgpack map.

_PlainCodec = tuple[Callable[[Any], Any], Callable[[Any], Any]]
_plain_codecs: dict[object, _PlainCodec] = {}
_building_plain: set[object] = set()


def _plain_codec(python_type: object) -> _PlainCodec:
    codec = _plain_codecs.get(python_type)
    if codec is not None:
        return codec
    with _build_lock:
        codec = _plain_codecs.get(python_type)
        if codec is not None:
            return codec
        if python_type in _building_plain:
            raise _MismatchError(f"unsupported type {_type_name(python_type)}: it contains itself")
        _building_plain.add(python_type)
        try:
            codec = _build_plain_codec(python_type)
        finally:
            _building_plain.discard(python_type)
        _plain_codecs[python_type] = codec
    return codec


def _checked(expected: str, accepts: Callable[[Any], bool]) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if not accepts(value):
            raise _MismatchError(f"expected {expected}, got {_got(value)}")
        return value

    return check


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _build_plain_codec(python_type: object) -> _PlainCodec:
    if python_type is int:
        check_int = _checked("int", _is_int)
        return check_int, check_int
    if python_type is float:
        check_number = _checked("float", _is_number)
        # Adding 0.0 turns negative zero into zero, as for a float literal.
        return (lambda value: float(check_number(value)) + 0.0), (
            lambda value: float(check_number(value))
        )
    if python_type in (str, bool, bytes):
        check = _checked(_type_name(python_type), lambda value: isinstance(value, python_type))
        return check, check
    if python_type is None or python_type is type(None):
        check_none = _checked("None", lambda value: value is None)
        return check_none, check_none
    if python_type is datetime.datetime:
        return _datetime_to_plain, _datetime_from_plain
    if python_type is datetime.timedelta:
        return _timedelta_to_plain, _timedelta_from_plain
    if isinstance(python_type, type) and issubclass(python_type, enum.Enum):
        converter = _converter(python_type)  # validates the enum's values
        members = {member.value: member for member in python_type}

        def enum_to_plain(value: Any) -> Any:
            if not isinstance(value, python_type):
                raise _MismatchError(f"expected {converter.name}, got {_got(value)}")
            return value.value

        def enum_from_plain(value: Any) -> Any:
            try:
                return members[value]
            except (KeyError, TypeError):
                raise _MismatchError(f"expected one of {list(members)}, got {value!r}") from None

        return enum_to_plain, enum_from_plain
    if isinstance(python_type, type) and hasattr(python_type, "__dataclass_fields__"):
        return _dataclass_plain_codec(python_type)
    origin = typing.get_origin(python_type)
    args = typing.get_args(python_type)
    if origin is list and len(args) == 1:
        return _list_plain_codec(_type_name(python_type), _plain_codec(args[0]))
    if origin is dict and len(args) == 2 and args[0] is str:
        return _dict_plain_codec(_type_name(python_type), _plain_codec(args[1]))
    if origin in (typing.Union, types.UnionType):
        return _union_plain_codec(_type_name(python_type), [_plain_codec(arg) for arg in args])
    raise _MismatchError(f"unsupported type {_type_name(python_type)}")


def _datetime_to_plain(value: Any) -> Any:
    if not isinstance(value, datetime.datetime):
        raise _MismatchError(f"expected datetime, got {_got(value)}")
    if value.utcoffset() is None:
        raise _MismatchError("expected datetime, got a naive datetime (give it a timezone)")
    return value


def _datetime_from_plain(value: Any) -> Any:
    if not isinstance(value, datetime.datetime):
        raise _MismatchError(f"expected datetime, got {_got(value)}")
    return value


def _timedelta_to_plain(value: Any) -> Any:
    if not isinstance(value, datetime.timedelta):
        raise _MismatchError(f"expected timedelta, got {_got(value)}")
    return value.total_seconds()


def _timedelta_from_plain(value: Any) -> Any:
    if not _is_number(value):
        raise _MismatchError(f"expected timedelta, got {_got(value)}")
    try:
        return datetime.timedelta(seconds=value)
    except OverflowError:
        raise _MismatchError(f"expected timedelta, got {value} s, out of range") from None


def _list_plain_codec(name: str, element: _PlainCodec) -> _PlainCodec:
    def convert(value: Any, convert_element: Callable[[Any], Any]) -> Any:
        if not isinstance(value, (list, tuple)):
            raise _MismatchError(f"expected {name}, got {_got(value)}")
        converted: list[Any] = []
        try:
            for item in value:
                converted.append(convert_element(item))
        except _MismatchError as mismatch:
            mismatch.segments.append(f"[{len(converted)}]")
            raise
        return converted

    element_to_plain, element_from_plain = element
    return (lambda value: convert(value, element_to_plain)), (
        lambda value: convert(value, element_from_plain)
    )


def _dict_plain_codec(name: str, value_codec: _PlainCodec) -> _PlainCodec:
    def convert(value: Any, convert_value: Callable[[Any], Any]) -> Any:
        if not isinstance(value, dict):
            raise _MismatchError(f"expected {name}, got {_got(value)}")
        for key in value:
            if type(key) is not str:
                raise _MismatchError(f"expected {name}, got a key of type {_got(key)}: {key!r}")
        # In key order, so that equal dicts have equal bytes (and equal cache keys).
        result = {}
        for key in sorted(value):
            try:
                result[key] = convert_value(value[key])
            except _MismatchError as mismatch:
                mismatch.segments.append(f"[{key!r}]")
                raise
        return result

    value_to_plain, value_from_plain = value_codec
    return (lambda value: convert(value, value_to_plain)), (
        lambda value: convert(value, value_from_plain)
    )


def _union_plain_codec(name: str, variants: list[_PlainCodec]) -> _PlainCodec:
    def convert(value: Any, direction: int) -> Any:
        for variant in variants:
            try:
                return variant[direction](value)
            except _MismatchError:
                continue
        raise _MismatchError(f"expected {name}, got {_got(value)}")

    return (lambda value: convert(value, 0)), (lambda value: convert(value, 1))


def _dataclass_plain_codec(dataclass_type: type) -> _PlainCodec:
    # Imported here: dataclasses imports inspect, too slow to load for every program.
    import dataclasses

    name = _type_name(dataclass_type)
    try:
        hints = typing.get_type_hints(dataclass_type)
    except NameError as error:
        raise _MismatchError(f"unsupported type {name}: {error}") from None
    fields = [field for field in dataclasses.fields(dataclass_type) if field.init]
    codecs = {field.name: _plain_codec(hints[field.name]) for field in fields}
    required = [
        field.name
        for field in fields
        if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
    ]

    def to_plain(value: Any) -> Any:
        if not isinstance(value, dataclass_type):
            raise _MismatchError(f"expected {name}, got {_got(value)}")
        plain = {}
        for field_name, (field_to_plain, _) in codecs.items():
            try:
                plain[field_name] = field_to_plain(getattr(value, field_name))
            except _MismatchError as mismatch:
                mismatch.segments.append(f".{field_name}")
                raise
        return plain

    def from_plain(plain: Any) -> Any:
        if not isinstance(plain, dict):
            raise _MismatchError(f"expected {name}, got {_got(plain)}")
        for key in plain:
            if key not in codecs:
                raise _MismatchError(f"expected {name}, got the unknown field {key!r}")
        for field_name in required:
            if field_name not in plain:
                raise _MismatchError(f"expected {name}, got no value for the field {field_name!r}")
        values = {}
        for field_name, item in plain.items():
            try:
                values[field_name] = codecs[field_name][1](item)
            except _MismatchError as mismatch:
                mismatch.segments.append(f".{field_name}")
                raise
        return dataclass_type(**values)

    return to_plain, from_plain


# The bulk route for collections and maps of integers. upb writes and parses whole
# messages at C speed but pays a Python object per nested message reached from Python.
# So the elements are written as bytes in one go instead: a repeated int64 field,
# unpacked, serializes each integer exactly as a `Primitive` holding it does (tag 0x08
# and the varint), so each element is that primitive behind a header of fixed bytes and
# lengths. Reading goes the other way once a pattern has proved that every element is an
# integer primitive and nothing else. Anything else takes the element-by-element route,
# which names the element at fault.

# Keyed by the length n of a primitive: a Literal holding it is 1a n <primitive>, and a
# LiteralCollection element holding that literal is 0a (n+2) 1a n <primitive>.
_LITERAL_HEADERS = {n: b"\x1a" + bytes([n]) for n in range(2, 12)}
_ELEMENT_HEADERS = {n: b"\x0a" + bytes([n + 2]) + b"\x1a" + bytes([n]) for n in range(2, 12)}


class _Int64Patterns(typing.NamedTuple):
    primitive: re.Pattern[bytes]
    literals: re.Pattern[bytes]
    literal_header: re.Pattern[bytes]
    elements: re.Pattern[bytes]
    element_header: re.Pattern[bytes]


@functools.cache
def _int64_patterns() -> _Int64Patterns:
    # Compiled on first use: compiling takes longer than importing the rest of the module.
    # A k-byte varint is k-1 bytes with the high bit set and one without.
    varints = [b"[\x80-\xff]" * (k - 1) + b"[\x00-\x7f]" for k in range(1, 11)]
    literals = [_LITERAL_HEADERS[k + 1] + b"\x08" + varint for k, varint in enumerate(varints, 1)]
    elements = [_ELEMENT_HEADERS[k + 1] + b"\x08" + varint for k, varint in enumerate(varints, 1)]
    return _Int64Patterns(
        primitive=re.compile(rb"\x08[\x80-\xff]*[\x00-\x7f]"),
        literals=re.compile(b"(?:" + b"|".join(literals) + b")*"),
        literal_header=re.compile(rb"\x1a[\x02-\x0b](?=\x08)"),
        elements=re.compile(b"(?:" + b"|".join(elements) + b")*"),
        element_header=re.compile(rb"\x0a[\x04-\x0d]\x1a[\x02-\x0b](?=\x08)"),
    )


def _int64_primitives(values: list[Any] | tuple[Any, ...]) -> list[bytes] | None:
    if set(map(type, values)) - {int}:
        return None
    message = _view("Int64List")
    try:
        message.values.extend(values)
    except ValueError:  # outside the signed 64-bit range
        return None
    return _int64_patterns().primitive.findall(message.SerializeToString())


def _int64_collection(values: list[Any] | tuple[Any, ...]) -> bytes | None:
    """Returns the bytes of the LiteralCollection of these integers, or None."""
    primitives = _int64_primitives(values)
    if primitives is None:
        return None
    return b"".join(map(add, map(_ELEMENT_HEADERS.__getitem__, map(len, primitives)), primitives))


def _int64_literals(values: list[Any]) -> list[bytes] | None:
    """Returns the bytes of the Literal of each of these integers, or None."""
    primitives = _int64_primitives(values)
    if primitives is None:
        return None
    return list(map(add, map(_LITERAL_HEADERS.__getitem__, map(len, primitives)), primitives))


def _int64s_from_collection(collection: bytes) -> list[Any] | None:
    """Returns the integers of a LiteralCollection's bytes, or None if it holds others."""
    patterns = _int64_patterns()
    if patterns.elements.fullmatch(collection) is None:
        return None
    # Without their headers the primitives are the int64 list's encoding. Every header
    # starts an element: inside an element, only a varint's last byte can be 0x0a, and
    # the next element's header then follows it, so the pattern cannot match there.
    primitives = patterns.element_header.sub(b"", collection)
    return list(_view("Int64List").FromString(primitives).values)


def _int64s_from_literals(literals: list[bytes]) -> list[Any] | None:
    """Returns the integers of these Literals' bytes, or None if any holds another value."""
    patterns = _int64_patterns()
    joined = b"".join(literals)
    if patterns.literals.fullmatch(joined) is None:
        return None
    values = list(_view("Int64List").FromString(patterns.literal_header.sub(b"", joined)).values)
    # An empty literal adds no bytes to the join: one value short means one such element.
    return values if len(values) == len(literals) else None


# Messages of a private schema that share the wire form of the literal messages but hold
# their elements as bytes, so that many elements cross from Python in one call.
_view_classes: dict[str, Any] = {}


def _view(name: str) -> Any:
    if not _view_classes:
        _view_classes.update(_build_view_classes())
    return _view_classes[name]()


def _encode_map_view(keys: Any, literals: list[bytes]) -> bytes:
    view = _view("LiteralBytesMap")
    view.literals.update(zip(keys, literals, strict=True))
    return typing.cast(bytes, view.SerializeToString())


def _decode_map_view(literal_map: Any) -> tuple[list[str], list[bytes]]:
    view = _view("LiteralBytesMap")
    view.ParseFromString(literal_map.SerializeToString())
    entries = dict(view.literals)
    return list(entries), list(entries.values())


def _build_view_classes() -> dict[str, Any]:
    # Imported here: the descriptor messages take a few milliseconds to load, paid only
    # by programs that convert large collections.
    from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

    field = descriptor_pb2.FieldDescriptorProto
    file = descriptor_pb2.FileDescriptorProto(
        name="flyteidl2_literal_views.proto", package="flyteidl2_literal_views", syntax="proto3"
    )
    # LiteralMap's wire form: field 1, entries of a string key and a Literal's bytes.
    entry = descriptor_pb2.DescriptorProto(
        name="LiteralsEntry", options=descriptor_pb2.MessageOptions(map_entry=True)
    )
    entry.field.add(name="key", number=1, type=field.TYPE_STRING, label=field.LABEL_OPTIONAL)
    entry.field.add(name="value", number=2, type=field.TYPE_BYTES, label=field.LABEL_OPTIONAL)
    literal_map = file.message_type.add(name="LiteralBytesMap")
    literal_map.nested_type.append(entry)
    literal_map.field.add(
        name="literals",
        number=1,
        type=field.TYPE_MESSAGE,
        label=field.LABEL_REPEATED,
        type_name=".flyteidl2_literal_views.LiteralBytesMap.LiteralsEntry",
    )
    # Unpacked, each element is written as Primitive.integer writes it.
    file.message_type.add(name="Int64List").field.add(
        name="values",
        number=1,
        type=field.TYPE_INT64,
        label=field.LABEL_REPEATED,
        options=descriptor_pb2.FieldOptions(packed=False),
    )
    pool = descriptor_pool.DescriptorPool()
    pool.Add(file)
    return {
        name: message_factory.GetMessageClass(pool.FindMessageTypeByName(f"{file.package}.{name}"))
        for name in ("LiteralBytesMap", "Int64List")
    }
