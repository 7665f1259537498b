"""A protoc plugin that writes gRPC Python stubs (`*_pb2_grpc.py`).

grpcio-tools builds its gRPC generator into its bundled protoc and ships no
standalone plugin, so this plugin hands the request's descriptors to that
protoc (through `--descriptor_set_in`) and returns what it writes.
"""

import pathlib
import tempfile

from google.protobuf import descriptor_pb2
from google.protobuf.compiler import plugin_pb2
from grpc_tools import protoc

import protoc_plugin


def generate(request: plugin_pb2.CodeGeneratorRequest) -> list[protoc_plugin.GeneratedFile]:
    with tempfile.TemporaryDirectory() as scratch:
        root = pathlib.Path(scratch)
        descriptors = root / "descriptors.binpb"
        out = root / "out"
        out.mkdir()
        descriptors.write_bytes(
            descriptor_pb2.FileDescriptorSet(file=request.proto_file).SerializeToString()
        )
        status = protoc.main(
            [
                "protoc",
                f"--descriptor_set_in={descriptors}",
                f"--grpc_python_out={out}",
                *request.file_to_generate,
            ]
        )
        if status != 0:
            raise RuntimeError(f"grpc_tools protoc exited with status {status}")
        return sorted((str(path.relative_to(out)), path.read_text()) for path in out.rglob("*.py"))


if __name__ == "__main__":
    protoc_plugin.run(generate)
