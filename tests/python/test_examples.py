"""Reads every example message under tests/examples with the Python bindings.

Each example lives at `tests/examples/<message type>/<case>.json` in ProtoJSON.
The test parses it strictly (an unknown field fails), then checks that the
message survives a binary round trip and a JSON round trip unchanged.
"""

import importlib
import json
import pathlib

import pytest
from google.protobuf import json_format, message_factory, symbol_database

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "tests" / "examples").glob("*/*.json"))
GENERATED = ROOT / "gen" / "python"


def _import_every_message_module() -> None:
    for path in sorted(GENERATED.glob("flyteidl2/*/v1/*_pb2.py")):
        importlib.import_module(".".join(path.relative_to(GENERATED).with_suffix("").parts))


_import_every_message_module()


def _message_class(full_name: str) -> type:
    descriptor = symbol_database.Default().pool.FindMessageTypeByName(full_name)
    return message_factory.GetMessageClass(descriptor)


def test_every_package_has_an_example() -> None:
    packages = {
        ".".join(path.relative_to(ROOT / "protos").parts[:-1])
        for path in (ROOT / "protos").rglob("*.proto")
    }
    with_examples = {path.parent.name.rsplit(".", 1)[0] for path in EXAMPLES}
    assert packages - with_examples == set()


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_example_round_trips(path: pathlib.Path) -> None:
    cls = _message_class(path.parent.name)
    message = json_format.Parse(path.read_text(), cls())
    assert message.ByteSize() > 0, f"{path}: the example parsed to an empty message"

    from_binary = cls.FromString(message.SerializeToString())
    assert from_binary == message

    from_json = json_format.Parse(json_format.MessageToJson(message), cls())
    assert from_json == message


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_example_has_no_default_values_spelled_out(path: pathlib.Path) -> None:
    """Keeps the examples in the form every runtime writes back: a field set to
    its default is left out, so the re-written JSON equals the file."""
    cls = _message_class(path.parent.name)
    original = json.loads(path.read_text())
    rewritten = json_format.MessageToDict(json_format.Parse(path.read_text(), cls()))
    assert rewritten == original
