"""Checks the hostile-input driver and its bookkeeping: that a testee which hangs,
crashes or blows up is caught on the request that did it, that decisions are compared
and known differences matched as documented, and that the corpus holds what it says."""

import pathlib
import sys
import textwrap

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path[:0] = [
    str(ROOT / "tests" / "conformance"),
    str(ROOT / "tests" / "conformance" / "gen" / "python"),
]

from hostile import decisions, driver, inputs  # noqa: E402
from runner import testees  # noqa: E402

from flyteidl2.conformance.v1 import conformance_pb2  # noqa: E402

# A testee that answers each request as its test_name says: hang, crash, grow, or answer
# with empty canonical bytes.
MISBEHAVING_TESTEE = textwrap.dedent(
    """
    import struct, sys, time
    sys.path.insert(0, "tests/conformance/gen/python")
    from flyteidl2.conformance.v1 import conformance_pb2
    held = []
    while header := sys.stdin.buffer.read(4):
        (length,) = struct.unpack("<I", header)
        request = conformance_pb2.ConformanceRequest.FromString(sys.stdin.buffer.read(length))
        if request.test_name == "hang":
            time.sleep(60)
        if request.test_name == "crash":
            sys.exit("crashed on purpose")
        if request.test_name == "grow":
            held.append(b"x" * (300 << 20))
        data = conformance_pb2.ConformanceResponse(canonical_binary=b"").SerializeToString()
        sys.stdout.buffer.write(struct.pack("<I", len(data)) + data)
        sys.stdout.buffer.flush()
    """
)


def _request(name: str) -> bytes:
    return conformance_pb2.ConformanceRequest(
        test_name=name,
        message_type="google.protobuf.Empty",
        requested_output=conformance_pb2.OUTPUT_CANONICAL_BINARY,
        binary_payload=b"",
    ).SerializeToString()


def test_session_pins_hangs_crashes_and_blow_ups_on_their_request() -> None:
    testee = testees.Testee("misbehaving", (sys.executable, "-c", MISBEHAVING_TESTEE))
    with driver.Session(testee, memory_limit_bytes=200 << 20) as session:
        answers = {name: session.ask(name, _request(name)) for name in ("ok", "hang", "after")}
        answers["crash"] = session.ask("crash", _request("crash"))
        answers["grow"] = session.ask("grow", _request("grow"))
        answers["last"] = session.ask("last", _request("last"))
    assert isinstance(answers["ok"], conformance_pb2.ConformanceResponse)
    assert "no answer within 1.0 s" in answers["hang"]
    assert isinstance(answers["after"], conformance_pb2.ConformanceResponse)
    assert "crashed on purpose" in answers["crash"]
    assert "past 200 MiB" in answers["grow"]
    assert isinstance(answers["last"], conformance_pb2.ConformanceResponse)
    assert session.usage.restarts == 3
    assert session.usage.requests == 6


def _accept(data: bytes) -> conformance_pb2.ConformanceResponse:
    return conformance_pb2.ConformanceResponse(canonical_binary=data)


REJECT = conformance_pb2.ConformanceResponse(parse_error="truncated")
REFUSE = conformance_pb2.ConformanceResponse(serialize_error="unknown fields")
DIFFERENCES = decisions.Difference(
    "*/bit-flip/*", {"a": "accept", "others": "refuse"}, "a drops data", "file:2"
)


@pytest.mark.parametrize(
    ("answers", "status"),
    [
        ({"a": REJECT, "b": REJECT, "c": REJECT}, "agreed"),
        ({"a": _accept(b"x"), "b": _accept(b"x")}, "agreed"),
        ({"a": _accept(b"x"), "b": _accept(b"y")}, "failed"),
        ({"a": _accept(b"x"), "b": REFUSE, "c": REFUSE}, "known"),
        ({"a": _accept(b"x"), "b": REFUSE, "c": REJECT}, "failed"),
        ({"a": REFUSE, "b": _accept(b"x"), "c": _accept(b"x")}, "failed"),
        ({"a": _accept(b"x"), "b": REFUSE}, "known"),
        ({"a": _accept(b"x"), "b": "no answer within 1.0 s"}, "failed"),
        ({"a": REJECT, "b": conformance_pb2.ConformanceResponse(runtime_error="x")}, "failed"),
    ],
)
def test_compare(answers: dict, status: str) -> None:
    assert decisions.compare("T/bit-flip/1", answers, [DIFFERENCES]).status == status


def test_difference_applies_only_to_inputs_its_glob_matches() -> None:
    answers = {"a": _accept(b"x"), "b": REFUSE, "c": REFUSE}
    assert decisions.compare("T/truncated/1", answers, [DIFFERENCES]).status == "failed"


def test_known_differences_parse_and_report_unmatched_entries(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "known_differences.txt"
    path.write_text("# a drops data\n* a=accept b=refuse\n\n# never seen\n* b=reject\n")
    entries = decisions.load(path, tmp_path)
    assert [entry.decisions for entry in entries] == [
        {"a": "accept", "b": "refuse"},
        {"b": "reject"},
    ]
    outcome = decisions.compare("T/x", {"a": _accept(b""), "b": REFUSE}, entries)
    assert outcome.difference is entries[0]
    assert decisions.unmatched(entries, [outcome]) == [entries[1]]


@pytest.mark.parametrize("line", ["* a=accept b=crash", "* nothing-listed"])
def test_known_differences_reject_malformed_entries(tmp_path: pathlib.Path, line: str) -> None:
    path = tmp_path / "known_differences.txt"
    path.write_text(f"# reason\n{line}\n")
    with pytest.raises(ValueError, match="testee=decision"):
        decisions.load(path, tmp_path)


def test_nesting_is_built_from_the_inside_out() -> None:
    assert inputs._nest([1, 2]) == bytes([0x0A, 0x02, 0x12, 0x00])
    deep = inputs._nest([1] * 200)
    assert deep.endswith(bytes([0x0A, 0x00]))
    assert deep.startswith(bytes([0x0A]))


def test_fuzz_inputs_split_into_type_and_payload() -> None:
    assert inputs.split_fuzz_input(b"a.B\n\x00\n", "x") == ("a.B", b"\x00\n")
    with pytest.raises(ValueError, match="message type name"):
        inputs.split_fuzz_input(b"no newline", "x")
