"""The conformance testee for the two Python implementations (tests/conformance/README.md).

Reads length-prefixed ConformanceRequests on stdin until it ends, and answers each with
one length-prefixed ConformanceResponse on stdout. Run it from the repository root:

    PYTHONPATH=gen/python:python:tests/conformance/gen/python \\
        .venv/bin/python tests/conformance/python/testee.py --implementation upb

`--implementation upb` reads and writes with the protobuf classes in gen/python and
flyteidl2.canonical; `--implementation betterproto2` reads every payload into the
betterproto2 models in flyteidl2.models and writes from them, through
flyteidl2.models_codec.
"""

from __future__ import annotations

import argparse
import importlib
import pathlib
import struct
import sys
from typing import Any, BinaryIO, Protocol

import betterproto2
from google.protobuf import json_format, message_factory, symbol_database
from google.protobuf.message import DecodeError, Message

from flyteidl2 import canonical, models_codec
from flyteidl2.conformance.v1 import conformance_pb2
from flyteidl2.models.message_pool import default_message_pool

ROOT = pathlib.Path(__file__).resolve().parents[3]
GENERATED = ROOT / "gen" / "python"
_LENGTH = struct.Struct("<I")
# betterproto2 registers each model under the type URL of its message type.
_TYPE_URL_PREFIX = "type.googleapis.com/"


class UnknownMessageTypeError(LookupError):
    """Raised when a request names a message type the implementation does not have."""


class Implementation(Protocol):
    """What the testee needs of an implementation; a message is whatever it reads to."""

    # The exceptions that mean the payload could not be read; anything else that a read
    # raises is a fault of the testee.
    read_errors: tuple[type[BaseException], ...]

    def read_binary(self, message_type: str, payload: bytes) -> Any: ...

    def read_json(self, message_type: str, payload: str) -> Any: ...

    def canonical_binary(self, message: Any) -> bytes: ...

    def inputs_hash(self, message: Any) -> str: ...

    def json(self, message: Any) -> str: ...


def _import_modules(pattern: str) -> None:
    for path in sorted(GENERATED.glob(pattern)):
        module = ".".join(path.relative_to(GENERATED).with_suffix("").parts)
        importlib.import_module(module.removesuffix(".__init__"))


def _upb_class(message_type: str) -> type[Message]:
    try:
        descriptor = symbol_database.Default().pool.FindMessageTypeByName(message_type)
    except KeyError:
        raise UnknownMessageTypeError(f"no message type named {message_type!r}") from None
    return message_factory.GetMessageClass(descriptor)


class Upb:
    """The protobuf classes on the upb runtime, with flyteidl2.canonical."""

    read_errors = (DecodeError, json_format.ParseError)

    def __init__(self) -> None:
        _import_modules("flyteidl2/*/v1/*_pb2.py")

    def read_binary(self, message_type: str, payload: bytes) -> Message:
        return _upb_class(message_type).FromString(payload)

    def read_json(self, message_type: str, payload: str) -> Message:
        return json_format.Parse(payload, _upb_class(message_type)())

    def canonical_binary(self, message: Message) -> bytes:
        return canonical.encode(message)

    def inputs_hash(self, message: Message) -> str:
        return canonical.inputs_hash(message)

    def json(self, message: Message) -> str:
        return json_format.MessageToJson(message)


class Betterproto2:
    """The betterproto2 models, read and written through flyteidl2.models_codec: each
    payload becomes a model, and every answer is computed from that model alone."""

    read_errors = (DecodeError, json_format.ParseError, models_codec.ModelConversionError)

    def __init__(self) -> None:
        _import_modules("flyteidl2/*/v1/*_pb2.py")
        _import_modules("flyteidl2/models/flyteidl2/*/v1/__init__.py")

    def _model(self, message_type: str) -> type[betterproto2.Message]:
        model = default_message_pool.url_to_type.get(_TYPE_URL_PREFIX + message_type)
        if model is None:
            raise UnknownMessageTypeError(f"no betterproto2 model for {message_type!r}")
        return model

    def read_binary(self, message_type: str, payload: bytes) -> betterproto2.Message:
        return models_codec.decode(self._model(message_type), payload)

    def read_json(self, message_type: str, payload: str) -> betterproto2.Message:
        return models_codec.from_json(self._model(message_type), payload)

    def canonical_binary(self, message: betterproto2.Message) -> bytes:
        return models_codec.encode(message)

    def inputs_hash(self, message: betterproto2.Message) -> str:
        return models_codec.inputs_hash(message)

    def json(self, message: betterproto2.Message) -> str:
        return models_codec.to_json(message)


IMPLEMENTATIONS = {"upb": Upb, "betterproto2": Betterproto2}


def answer(
    implementation: Implementation, request: conformance_pb2.ConformanceRequest
) -> conformance_pb2.ConformanceResponse:
    """Returns the response to one request."""
    response = conformance_pb2.ConformanceResponse
    payload = request.WhichOneof("payload")
    if payload is None:
        return response(runtime_error="the request holds no payload")
    if request.requested_output == conformance_pb2.OUTPUT_UNSPECIFIED:
        return response(runtime_error="the request asks for no output")

    try:
        if payload == "binary_payload":
            message = implementation.read_binary(request.message_type, request.binary_payload)
        else:
            message = implementation.read_json(request.message_type, request.json_payload)
    except UnknownMessageTypeError as error:
        return response(runtime_error=str(error))
    except implementation.read_errors as error:
        return response(parse_error=f"{type(error).__name__}: {error}")

    try:
        if request.requested_output == conformance_pb2.OUTPUT_CANONICAL_BINARY:
            return response(canonical_binary=implementation.canonical_binary(message))
        if request.requested_output == conformance_pb2.OUTPUT_INPUTS_HASH:
            return response(inputs_hash=implementation.inputs_hash(message))
        if request.requested_output == conformance_pb2.OUTPUT_JSON:
            return response(json=implementation.json(message))
    except canonical.CanonicalEncodingError as error:
        return response(serialize_error=str(error))
    return response(runtime_error=f"unknown requested output {request.requested_output}")


def _read_frame(stream: BinaryIO) -> bytes | None:
    """Returns the next length-prefixed frame, or None when the stream ends between
    frames."""
    prefix = stream.read(_LENGTH.size)
    if not prefix:
        return None
    if len(prefix) < _LENGTH.size:
        raise EOFError(f"stdin ended inside a length prefix ({len(prefix)} of 4 bytes)")
    (length,) = _LENGTH.unpack(prefix)
    frame = stream.read(length)
    if len(frame) < length:
        raise EOFError(f"stdin ended inside a request ({len(frame)} of {length} bytes)")
    return frame


def serve(implementation: Implementation, requests: BinaryIO, responses: BinaryIO) -> None:
    """Answers every request on `requests` until it ends."""
    while (frame := _read_frame(requests)) is not None:
        request = conformance_pb2.ConformanceRequest.FromString(frame)
        try:
            result = answer(implementation, request)
        except Exception as error:  # a fault of the testee must not end the whole run
            result = conformance_pb2.ConformanceResponse(
                runtime_error=f"testee failed on {request.test_name}: "
                f"{type(error).__name__}: {error}"
            )
        data = result.SerializeToString()
        responses.write(_LENGTH.pack(len(data)) + data)
        responses.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--implementation", required=True, choices=sorted(IMPLEMENTATIONS))
    args = parser.parse_args()
    implementation = IMPLEMENTATIONS[args.implementation]()
    responses = sys.stdout.buffer
    # Anything a library prints must not corrupt the response stream.
    sys.stdout = sys.stderr
    try:
        serve(implementation, sys.stdin.buffer, responses)
    except EOFError as error:
        sys.exit(f"testee: {error}")


if __name__ == "__main__":
    main()
