"""The atheris fuzz target of flyteidl2.canonical on the upb runtime.

Reads a fuzz input (a message type's full name, a newline and a payload) with the
protobuf classes in gen/python. Whatever upb reads and flyteidl2.canonical encodes must
read back and encode to the same bytes, and upb's own encoding of it must read back to
the same canonical bytes. Any other exception is a failure. Arguments are libFuzzer's:

    PYTHONPATH=gen/python:python .venv/bin/python tests/fuzz/python/fuzz_canonical.py \\
        -seed=1 -runs=20000 target/fuzz/seeds tests/fuzz/regressions
"""

from __future__ import annotations

import importlib
import pathlib
import sys

import atheris
from google.protobuf import message_factory
from google.protobuf.message import DecodeError, Message

with atheris.instrument_imports():
    from flyteidl2 import canonical

GENERATED = pathlib.Path(__file__).resolve().parents[3] / "gen" / "python"
# Every this many inputs that reach a decoder, the target says how many have; the rest
# of libFuzzer's executions are inputs whose message type name a mutation broke.
REPORT_EVERY = 1 << 16

# The message classes by full name: every flyteidl2 type and the types it uses.
_CLASSES: dict[bytes, type[Message]] = {}
_decoded = 0


def _load_message_classes() -> None:
    """Imports every generated module and collects the message types of its file and of
    the files it depends on."""
    files = [
        importlib.import_module(
            ".".join(path.relative_to(GENERATED).with_suffix("").parts)
        ).DESCRIPTOR
        for path in sorted(GENERATED.glob("flyteidl2/*/v1/*_pb2.py"))
    ]
    seen = set()
    while files:
        file = files.pop()
        if file.name in seen:
            continue
        seen.add(file.name)
        files.extend(file.dependencies)
        messages = list(file.message_types_by_name.values())
        while messages:
            descriptor = messages.pop()
            messages.extend(descriptor.nested_types)
            if not descriptor.GetOptions().map_entry:
                _CLASSES[descriptor.full_name.encode()] = message_factory.GetMessageClass(
                    descriptor
                )


def _encode_after_reading(message_class: type[Message], data: bytes) -> bytes:
    """Reads bytes that an encoder wrote, which must be readable, and returns their
    canonical bytes."""
    return canonical.encode(message_class.FromString(data))


def _is_unknown_fields_refusal(error: canonical.CanonicalEncodingError) -> bool:
    """Whether flyteidl2.canonical refused a message for the unknown fields that upb kept
    while reading it: records of unknown field numbers, or of known ones that upb could
    not read. That is the one refusal that bytes upb reads may earn: its parser, with
    the depth limit in place, rejects nesting past MAX_DEPTH as it reads. The error has
    no subclass per cause, so its text is matched."""
    _, found, problem = str(error).partition(" has no canonical encoding: ")
    return bool(found) and " holds " in problem


def check(data: bytes) -> None:
    global _decoded
    name, newline, payload = data.partition(b"\n")
    message_class = _CLASSES.get(name) if newline else None
    if message_class is None:
        return
    _decoded += 1
    if _decoded % REPORT_EVERY == 0:
        print(f"decoded: {_decoded} inputs", file=sys.stderr)
    try:
        message = message_class.FromString(payload)
    except DecodeError:
        return
    try:
        first = canonical.encode(message)
    except canonical.CanonicalEncodingError as error:
        if _is_unknown_fields_refusal(error):
            return
        raise
    type_name = message_class.DESCRIPTOR.full_name
    if _encode_after_reading(message_class, first) != first:
        raise AssertionError(f"{type_name}: canonical bytes change when read and encoded again")
    if _encode_after_reading(message_class, message.SerializeToString()) != first:
        raise AssertionError(f"{type_name}: upb's own bytes read back to other canonical bytes")


def main() -> None:
    _load_message_classes()
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
