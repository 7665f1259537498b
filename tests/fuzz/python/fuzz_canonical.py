"""The atheris fuzz target of flyteidl2.canonical on the upb runtime.

Reads a fuzz input (a message type's full name, a newline and a payload) with the
protobuf classes in gen/python. Whatever upb reads and flyteidl2.canonical encodes must
read back and encode to the same bytes, and upb's own encoding of it must read back to
the same canonical bytes. Any other exception is a failure. Arguments are libFuzzer's:

    PYTHONPATH=gen/python:python .venv/bin/python tests/fuzz/python/fuzz_canonical.py \\
        -seed=1 -runs=20000 target/fuzz/seeds tests/fuzz/regressions
"""

from __future__ import annotations

import functools
import importlib
import pathlib
import sys

import atheris
from google.protobuf import message_factory, symbol_database
from google.protobuf.message import DecodeError, Message

with atheris.instrument_imports():
    from flyteidl2 import canonical

GENERATED = pathlib.Path(__file__).resolve().parents[3] / "gen" / "python"


def _import_generated_modules() -> None:
    for path in sorted(GENERATED.glob("flyteidl2/*/v1/*_pb2.py")):
        importlib.import_module(".".join(path.relative_to(GENERATED).with_suffix("").parts))


@functools.cache
def _message_class(name: bytes) -> type[Message] | None:
    try:
        descriptor = symbol_database.Default().pool.FindMessageTypeByName(name.decode())
    except (KeyError, UnicodeDecodeError):
        return None
    return message_factory.GetMessageClass(descriptor)


def _encode_after_reading(message_class: type[Message], data: bytes) -> bytes:
    """Reads bytes that an encoder wrote, which must be readable, and returns their
    canonical bytes."""
    return canonical.encode(message_class.FromString(data))


def check(data: bytes) -> None:
    name, newline, payload = data.partition(b"\n")
    message_class = _message_class(name) if newline else None
    if message_class is None:
        return
    try:
        message = message_class.FromString(payload)
        first = canonical.encode(message)
    except (DecodeError, canonical.CanonicalEncodingError):
        return
    type_name = message_class.DESCRIPTOR.full_name
    if _encode_after_reading(message_class, first) != first:
        raise AssertionError(f"{type_name}: canonical bytes change when read and encoded again")
    if _encode_after_reading(message_class, message.SerializeToString()) != first:
        raise AssertionError(f"{type_name}: upb's own bytes read back to other canonical bytes")


def main() -> None:
    _import_generated_modules()
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
