"""The canonical encoding of flyteidl2 messages, and input hashes computed over it.

A message value has exactly one canonical encoding (`docs/canonical-encoding.md`): an
ordinary protobuf encoding with fields in ascending number order, map entries ordered by
key, and no unknown fields. Cache keys and input hashes are computed over these bytes, so
the Python SDK and the Rust and Go services agree on them.

    >>> from flyteidl2.core.v1 import literals_pb2
    >>> inputs_hash(literals_pb2.LiteralMap())
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'

upb's deterministic serialization comes close: it writes fields in ascending number
order, keeps negative zero and writes map entries in full. It orders string keys by
their bytes too, except that it puts a key after every key it is a prefix of ("ab"
before "a"), and it orders integer and bool keys its own way. So upb writes the bytes,
and the package's compiled module (`flyteidl2._native`) walks them once against the
message's schema: it puts every map's entries in key order and refuses what the
encoding cannot hold (unknown fields, nesting deeper than MAX_DEPTH). When it refuses,
the message itself is searched here for the reason and where it sits.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
from collections.abc import Iterator
from typing import cast

from google.protobuf import unknown_fields
from google.protobuf.descriptor import Descriptor
from google.protobuf.message import EncodeError, Message

from flyteidl2 import _native
from flyteidl2._wire import is_map

__all__ = ["MAX_DEPTH", "CanonicalEncodingError", "encode", "inputs_hash"]

MAX_DEPTH = _native.MAX_DEPTH
"""How deep messages may nest below the message being encoded (a map entry counts as a
level), the same limit the protobuf parsers apply when reading."""


class CanonicalEncodingError(ValueError):
    """Raised when a message has no canonical encoding.

    The message says which message type is at fault, where it sits below the encoded
    message, and why: the unknown field numbers it holds, or how deep it nests.
    """


def encode(message: Message) -> bytes:
    """Returns the canonical bytes of a message.

    Args:
        message: A message of any flyteidl2 type (a upb-backed protobuf message).

    Returns:
        The message's canonical encoding, which any protobuf parser reads back to an
        equal message.

    Raises:
        CanonicalEncodingError: The message, or a message nested in it, holds unknown
            fields, or messages nest more than MAX_DEPTH deep.
    """
    try:
        data = message.SerializeToString(deterministic=True)
    except EncodeError as error:
        raise _no_encoding_error(message, error) from None
    try:
        return _schema(message.DESCRIPTOR).order_maps(0, data)
    except _native.NotCanonicalError as error:
        raise _no_encoding_error(message, error) from None


def inputs_hash(message: Message) -> str:
    """Returns the input hash of a message: the SHA-256 of its canonical bytes.

    Args:
        message: A message of any flyteidl2 type.

    Returns:
        64 lowercase hexadecimal characters.

    Raises:
        CanonicalEncodingError: The message has no canonical encoding (see `encode`).
    """
    return hashlib.sha256(encode(message)).hexdigest()


@functools.cache
def _schema(descriptor: Descriptor) -> _native.Schema:
    """Returns the schema of a message type and every type its messages can hold, with
    the type itself at index 0."""
    types = [descriptor]
    index = {descriptor.full_name: 0}
    for current in types:  # grows as the loop finds types
        for field in current.fields:
            held = field.message_type
            if held is not None and held.full_name not in index:
                index[held.full_name] = len(types)
                types.append(held)
    return _native.Schema(
        [
            (
                current.full_name,
                bool(current.GetOptions().map_entry),
                [
                    (
                        field.number,
                        field.name,
                        field.type,
                        field.is_repeated,
                        None if field.message_type is None else index[field.message_type.full_name],
                    )
                    for field in current.fields
                ],
            )
            for current in types
        ]
    )


# Finding what makes a message impossible to encode


@dataclasses.dataclass(frozen=True)
class _Visit:
    type_name: str
    path: str
    depth: int
    message: Message | None  # None for a map entry, which is no object of its own


def _walk(message: Message, depth: int, path: str) -> Iterator[_Visit]:
    """Yields a message and every message nested in it, depth first in field order,
    stopping below the first level deeper than MAX_DEPTH."""
    yield _Visit(message.DESCRIPTOR.full_name, path, depth, message)
    if depth > MAX_DEPTH:
        return
    for field, value in message.ListFields():
        if field.message_type is None:
            continue
        field_path = f"{path}.{field.name}" if path else field.name
        if is_map(field):
            entry_type = field.message_type.full_name
            holds_messages = field.message_type.fields_by_number[2].message_type is not None
            for key in sorted(value):
                entry_path = f"{field_path}[{key!r}]"
                yield _Visit(entry_type, entry_path, depth + 1, None)
                if holds_messages and depth + 1 <= MAX_DEPTH:
                    yield from _walk(value[key], depth + 2, entry_path)
        elif field.is_repeated:
            for index, element in enumerate(value):
                yield from _walk(element, depth + 1, f"{field_path}[{index}]")
        else:
            yield from _walk(value, depth + 1, field_path)


def _unknown_fields_error(root: Message, cause: Exception) -> CanonicalEncodingError:
    for visit in _walk(root, 0, ""):
        if visit.message is None:
            continue
        unknown_set = unknown_fields.UnknownFieldSet(visit.message)
        numbers = {unknown_set[i].field_number for i in range(len(unknown_set))}
        if not numbers:
            continue
        descriptor = cast(Descriptor, visit.message.DESCRIPTOR)
        fields = descriptor.fields_by_number
        reasons = []
        if unknown := sorted(numbers - set(fields)):
            reasons.append(f"unknown fields {', '.join(map(str, unknown))}")
        # upb keeps a record under a known field's number as unknown when it cannot read
        # it: a map entry that holds unknown fields, or a wire type the field's type
        # does not use.
        reasons += [
            f"an entry of map field {fields[n].name} with unknown fields"
            if is_map(fields[n])
            else f"a record of field {fields[n].name} ({n}) in a wire type its type does not use"
            for n in sorted(numbers & set(fields))
        ]
        return CanonicalEncodingError(
            f"{root.DESCRIPTOR.full_name} has no canonical encoding: "
            f"{visit.type_name}{_where(visit.path)} holds {' and '.join(reasons)}"
        )
    raise AssertionError(f"no message holds what was refused: {cause}")


def _no_encoding_error(root: Message, cause: Exception) -> CanonicalEncodingError:
    """Finds in the message why upb or the compiled module refused it, and says where."""
    too_deep = next((v for v in _walk(root, 0, "") if v.depth > MAX_DEPTH), None)
    if too_deep is not None:
        return CanonicalEncodingError(
            f"{root.DESCRIPTOR.full_name} has no canonical encoding: messages nest more "
            f"than {MAX_DEPTH} deep ({too_deep.type_name}{_where(too_deep.path)} is at "
            f"depth {too_deep.depth})"
        )
    return _unknown_fields_error(root, cause)


def _where(path: str) -> str:
    return f" at {path}" if path else ""
