"""Checks tools/check_protos.py against descriptor sets built in the test."""

import pathlib
import subprocess
import sys

from google.protobuf import descriptor_pb2

ROOT = pathlib.Path(__file__).resolve().parents[2]
Field = descriptor_pb2.FieldDescriptorProto


def _check(message: descriptor_pb2.DescriptorProto) -> subprocess.CompletedProcess[str]:
    proto = descriptor_pb2.FileDescriptorProto(
        name="example/v1/example.proto", package="example.v1", message_type=[message]
    )
    return subprocess.run(
        [sys.executable, str(ROOT / "tools" / "check_protos.py")],
        input=descriptor_pb2.FileDescriptorSet(file=[proto]).SerializeToString(),
        capture_output=True,
        check=False,
    )


def _message(*fields: tuple[str, int, int | None]) -> descriptor_pb2.DescriptorProto:
    """Builds a message from (name, number, oneof index or None) triples; the
    oneofs are named choice0, choice1, ..."""
    message = descriptor_pb2.DescriptorProto(name="Example")
    oneof_count = 1 + max((index for _, _, index in fields if index is not None), default=-1)
    for index in range(oneof_count):
        message.oneof_decl.add(name=f"choice{index}")
    for name, number, index in fields:
        field = message.field.add(name=name, number=number, type=Field.TYPE_STRING)
        if index is not None:
            field.oneof_index = index
    return message


def test_accepts_oneofs_after_regular_fields() -> None:
    result = _check(_message(("a", 1, None), ("b", 2, None), ("c", 3, 0), ("d", 4, 0), ("e", 5, 1)))
    assert result.returncode == 0, result.stdout
    assert b"0 numbering violations" in result.stdout


def test_rejects_oneof_below_a_regular_field() -> None:
    result = _check(_message(("c", 1, 0), ("d", 2, 0), ("a", 3, None)))
    assert result.returncode == 1
    expected = b"example/v1/example.proto: example.v1.Example: oneof choice0 starts at 1"
    assert expected in result.stdout
    assert b"regular field(s) a" in result.stdout


def test_rejects_oneof_with_a_gap() -> None:
    result = _check(_message(("a", 1, None), ("c", 2, 0), ("d", 4, 0)))
    assert result.returncode == 1
    assert b"oneof choice0 is numbered [2, 4], not contiguously" in result.stdout


def test_rejects_oneofs_numbered_out_of_declaration_order() -> None:
    result = _check(_message(("a", 1, None), ("c", 4, 0), ("d", 2, 1), ("e", 3, 1)))
    assert result.returncode == 1
    assert b"oneof choice1 starts at 2, below oneof choice0, which is declared before it" in (
        result.stdout
    )


def test_counts_proto3_optional_fields_as_regular() -> None:
    message = descriptor_pb2.DescriptorProto(name="Example")
    message.oneof_decl.add(name="_b")
    message.oneof_decl.add(name="choice")
    message.field.add(name="a", number=1, type=Field.TYPE_STRING)
    message.field.add(
        name="b", number=2, type=Field.TYPE_STRING, oneof_index=0, proto3_optional=True
    )
    message.field.add(name="c", number=3, type=Field.TYPE_STRING, oneof_index=1)
    message.field.add(name="d", number=4, type=Field.TYPE_STRING, oneof_index=1)
    assert _check(message).returncode == 0

    message.field[1].number = 5  # the optional field now sits above the oneof
    result = _check(message)
    assert result.returncode == 1
    assert b"oneof choice starts at 3, below regular field(s) b" in result.stdout
