"""Checks the field-numbering rules of docs/proto-conventions.md and counts
the IDL.

Reads a FileDescriptorSet (`buf build -o -`) on stdin. For every message it
checks that each oneof's members are numbered contiguously, that every
oneof is numbered above all of the message's regular fields, and that the
oneofs are numbered in declaration order; proto3 `optional` fields count as
regular fields. Prints one line per violation,
naming the file, message and fields, then the counts of files, messages,
enums, services, RPCs and server-streaming RPCs. Exits 1 on any violation.
"""

import sys
from collections.abc import Iterator

from google.protobuf import descriptor_pb2


def main() -> int:
    descriptors = descriptor_pb2.FileDescriptorSet.FromString(sys.stdin.buffer.read())
    files = [f for f in descriptors.file if not f.package.startswith("google.protobuf")]
    violations = [
        f"{proto.name}: {name}: {problem}"
        for proto in files
        for name, message in _messages(proto.package, proto.message_type)
        for problem in _numbering_problems(message)
    ]
    for line in violations:
        print(line)

    messages = [m for f in files for _, m in _messages(f.package, f.message_type)]
    enums = sum(len(f.enum_type) for f in files) + sum(len(m.enum_type) for m in messages)
    methods = [method for f in files for s in f.service for method in s.method]
    print(
        f"check_protos: {len(files)} files, "
        f"{sum(not m.options.map_entry for m in messages)} messages, {enums} enums, "
        f"{sum(len(f.service) for f in files)} services, {len(methods)} RPCs "
        f"({sum(m.server_streaming for m in methods)} server-streaming); "
        f"{len(violations)} numbering violations"
    )
    return 1 if violations else 0


def _messages(
    scope: str, messages: "list[descriptor_pb2.DescriptorProto]"
) -> Iterator[tuple[str, descriptor_pb2.DescriptorProto]]:
    """Yields every message, nested ones included, with its full name."""
    for message in messages:
        name = f"{scope}.{message.name}"
        yield name, message
        yield from _messages(name, message.nested_type)


def _numbering_problems(message: descriptor_pb2.DescriptorProto) -> Iterator[str]:
    real_oneofs: dict[int, list[descriptor_pb2.FieldDescriptorProto]] = {}
    regular: list[descriptor_pb2.FieldDescriptorProto] = []
    for field in message.field:
        if field.HasField("oneof_index") and not field.proto3_optional:
            real_oneofs.setdefault(field.oneof_index, []).append(field)
        else:
            regular.append(field)
    highest_regular = max((f.number for f in regular), default=0)
    earlier: tuple[str, int] | None = None  # the previous oneof and its highest number
    for index, members in sorted(real_oneofs.items()):
        oneof = message.oneof_decl[index].name
        numbers = sorted(f.number for f in members)
        if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
            yield f"oneof {oneof} is numbered {numbers}, not contiguously"
        if numbers[0] < highest_regular:
            below = [f.name for f in regular if f.number > numbers[0]]
            yield (
                f"oneof {oneof} starts at {numbers[0]}, below regular field(s) {', '.join(below)}"
            )
        if earlier is not None and numbers[0] < earlier[1]:
            yield (
                f"oneof {oneof} starts at {numbers[0]}, below oneof {earlier[0]}, "
                "which is declared before it"
            )
        earlier = (oneof, max(numbers[-1], earlier[1] if earlier else 0))


if __name__ == "__main__":
    sys.exit(main())
