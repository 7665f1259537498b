"""The message types of the IDL, read from a descriptor set, and the values the corpus
builds from them.

The runner reads the schema itself, rather than through a protobuf runtime's classes, so
that its expectations do not depend on any implementation under test.
"""

from __future__ import annotations

import dataclasses
import pathlib
import subprocess

from google.protobuf import descriptor_pb2

ROOT = pathlib.Path(__file__).resolve().parents[3]
# The field kinds, as plain ints (the enum wrapper looks each one up, slowly).
FieldType = descriptor_pb2.FieldDescriptorProto

# The families under test: every package of the IDL, not the protocol's own package.
IDL_PREFIX = "flyteidl2."
PROTOCOL_PACKAGE = "flyteidl2.conformance."


@dataclasses.dataclass(frozen=True)
class Field:
    """One field of a message type."""

    name: str
    json_name: str
    number: int
    kind: int  # a FieldDescriptorProto.Type value
    repeated: bool
    type_name: str  # the message or enum type's full name, "" for other kinds
    oneof: str | None  # the oneof it belongs to; None for a proto3 `optional` field
    explicit_presence: bool


@dataclasses.dataclass(frozen=True)
class MessageType:
    """A message type and its fields in declaration order."""

    full_name: str
    fields: tuple[Field, ...]
    map_entry: bool

    def field(self, name: str) -> Field:
        for field in self.fields:
            if field.name == name:
                return field
        raise KeyError(f"{self.full_name} has no field {name!r}")

    def oneofs(self) -> dict[str, list[Field]]:
        members: dict[str, list[Field]] = {}
        for field in self.fields:
            if field.oneof is not None:
                members.setdefault(field.oneof, []).append(field)
        return members


@dataclasses.dataclass
class Message:
    """A message value: field number to value, plus raw unknown-field records.

    A scalar is an int, float, bool, str or bytes (an enum is its number); a message is a
    Message; a repeated field is a list; a map is a dict. A field with implicit presence
    may be absent or hold its default; a field with explicit presence is set exactly
    when its number is present.
    """

    type_name: str
    values: dict[int, object] = dataclasses.field(default_factory=dict)
    unknown: list[tuple[int, bytes]] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class Schema:
    """Every message and enum type of a descriptor set, by full name."""

    messages: dict[str, MessageType]
    enums: dict[str, tuple[int, ...]]  # the numbers each enum names

    def message(self, type_name: str) -> MessageType:
        try:
            return self.messages[type_name]
        except KeyError:
            raise KeyError(f"unknown message type {type_name!r}") from None

    def map_entry(self, field: Field) -> MessageType | None:
        """Returns the entry type when the field is a map, else None."""
        if field.kind != FieldType.TYPE_MESSAGE or not field.repeated:
            return None
        entry = self.messages[field.type_name]
        return entry if entry.map_entry else None

    def idl_types(self) -> list[str]:
        """Returns the IDL's message types in a stable order, map entries left out."""
        return sorted(
            name
            for name, message in self.messages.items()
            if name.startswith(IDL_PREFIX)
            and not name.startswith(PROTOCOL_PACKAGE)
            and not message.map_entry
        )


def build_descriptor_set() -> bytes:
    """Returns the descriptor set of protos/, built by the pinned buf."""
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "buf"), "build", "protos", "-o", "-"],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"buf build protos failed: {result.stderr.decode(errors='replace')}")
    return result.stdout


def load_schema(descriptor_set: bytes) -> Schema:
    """Reads every message and enum type of a serialized FileDescriptorSet."""
    files = descriptor_pb2.FileDescriptorSet.FromString(descriptor_set).file
    messages: dict[str, MessageType] = {}
    enums: dict[str, tuple[int, ...]] = {}
    for file in files:
        if file.syntax != "proto3":
            raise ValueError(f"{file.name}: only proto3 files are supported, not {file.syntax!r}")
        for enum in file.enum_type:
            enums[f"{file.package}.{enum.name}"] = tuple(value.number for value in enum.value)
        for message in file.message_type:
            _add_message(message, file.package, messages, enums)
    return Schema(messages, enums)


def _add_message(
    proto: descriptor_pb2.DescriptorProto,
    scope: str,
    messages: dict[str, MessageType],
    enums: dict[str, tuple[int, ...]],
) -> None:
    full_name = f"{scope}.{proto.name}"
    fields = []
    for field in proto.field:
        if field.type == FieldType.TYPE_GROUP:
            raise ValueError(f"{full_name}.{field.name}: groups are not supported")
        in_oneof = field.HasField("oneof_index")
        real_oneof = in_oneof and not field.proto3_optional
        repeated = field.label == descriptor_pb2.FieldDescriptorProto.LABEL_REPEATED
        fields.append(
            Field(
                name=field.name,
                json_name=field.json_name,
                number=field.number,
                kind=field.type,
                repeated=repeated,
                type_name=field.type_name.removeprefix("."),
                oneof=proto.oneof_decl[field.oneof_index].name if real_oneof else None,
                explicit_presence=in_oneof
                or (field.type == FieldType.TYPE_MESSAGE and not repeated),
            )
        )
    messages[full_name] = MessageType(full_name, tuple(fields), proto.options.map_entry)
    for enum in proto.enum_type:
        enums[f"{full_name}.{enum.name}"] = tuple(value.number for value in enum.value)
    for nested in proto.nested_type:
        _add_message(nested, full_name, messages, enums)
