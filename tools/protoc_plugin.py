"""Shared plumbing for the project's own protoc plugins.

A protoc plugin reads one CodeGeneratorRequest on stdin and writes one
CodeGeneratorResponse on stdout. `run` does both and turns any exception the
plugin raises into the response's error field, which buf prints.
"""

import sys
from collections.abc import Callable, Iterable

from google.protobuf.compiler import plugin_pb2

GeneratedFile = tuple[str, str]
"""A file the plugin writes: its path below the output folder and its text."""


def run(generate: Callable[[plugin_pb2.CodeGeneratorRequest], Iterable[GeneratedFile]]) -> None:
    """Runs `generate` on the request from stdin and answers on stdout."""
    request = plugin_pb2.CodeGeneratorRequest.FromString(sys.stdin.buffer.read())
    response = plugin_pb2.CodeGeneratorResponse(
        supported_features=plugin_pb2.CodeGeneratorResponse.FEATURE_PROTO3_OPTIONAL,
    )
    try:
        for name, content in generate(request):
            response.file.add(name=name, content=content)
    except Exception as error:
        del response.file[:]
        response.error = f"{type(error).__name__}: {error}"
    sys.stdout.buffer.write(response.SerializeToString())
