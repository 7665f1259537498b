"""google.rpc.Status and google.rpc.ErrorInfo, built from descriptors at import.

grpcio ships neither message, and grpcio-status would add googleapis-common-protos
to the tool set for two messages. They live in a private descriptor pool, so they
never clash with the same names loaded from another package.
"""

from google.protobuf import any_pb2, descriptor_pb2, descriptor_pool, message_factory

_FIELD = descriptor_pb2.FieldDescriptorProto


def _build() -> descriptor_pool.DescriptorPool:
    file = descriptor_pb2.FileDescriptorProto(
        name="interop/google_rpc_status.proto",
        package="google.rpc",
        dependency=["google/protobuf/any.proto"],
        syntax="proto3",
    )
    status = file.message_type.add(name="Status")
    status.field.add(name="code", number=1, type=_FIELD.TYPE_INT32, label=_FIELD.LABEL_OPTIONAL)
    status.field.add(name="message", number=2, type=_FIELD.TYPE_STRING, label=_FIELD.LABEL_OPTIONAL)
    status.field.add(
        name="details",
        number=3,
        type=_FIELD.TYPE_MESSAGE,
        type_name=".google.protobuf.Any",
        label=_FIELD.LABEL_REPEATED,
    )
    info = file.message_type.add(name="ErrorInfo")
    info.field.add(name="reason", number=1, type=_FIELD.TYPE_STRING, label=_FIELD.LABEL_OPTIONAL)
    info.field.add(name="domain", number=2, type=_FIELD.TYPE_STRING, label=_FIELD.LABEL_OPTIONAL)
    entry = info.nested_type.add(name="MetadataEntry")
    entry.options.map_entry = True
    entry.field.add(name="key", number=1, type=_FIELD.TYPE_STRING, label=_FIELD.LABEL_OPTIONAL)
    entry.field.add(name="value", number=2, type=_FIELD.TYPE_STRING, label=_FIELD.LABEL_OPTIONAL)
    info.field.add(
        name="metadata",
        number=3,
        type=_FIELD.TYPE_MESSAGE,
        type_name=".google.rpc.ErrorInfo.MetadataEntry",
        label=_FIELD.LABEL_REPEATED,
    )
    pool = descriptor_pool.DescriptorPool()
    pool.AddSerializedFile(any_pb2.DESCRIPTOR.serialized_pb)
    pool.Add(file)
    return pool


_POOL = _build()
Status = message_factory.GetMessageClass(_POOL.FindMessageTypeByName("google.rpc.Status"))
ErrorInfo = message_factory.GetMessageClass(_POOL.FindMessageTypeByName("google.rpc.ErrorInfo"))
