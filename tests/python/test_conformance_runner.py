"""Checks the conformance runner's own logic: the reference encoder against bytes worked
out by hand, the non-canonical writer against the upb runtime, the known-failure
bookkeeping and the framing."""

import io
import math
import pathlib
import sys
import textwrap

import pytest
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path[:0] = [
    str(ROOT / "tests" / "conformance"),
    str(ROOT / "tests" / "conformance" / "gen" / "python"),
]

from runner import corpus, known_failures, oracle, report, testees, writer  # noqa: E402
from runner.checks import Result, bytes_diff  # noqa: E402
from runner.schema import Message, Schema, load_schema  # noqa: E402

Field = descriptor_pb2.FieldDescriptorProto
PACKAGE = "flyteidl2.example.v1"
KINDS = f"{PACKAGE}.Kinds"


def _example_file() -> descriptor_pb2.FileDescriptorProto:
    """A proto3 file with every construct the encoder handles; fields are declared out
    of number order on purpose."""
    file = descriptor_pb2.FileDescriptorProto(
        name="flyteidl2/example/v1/example.proto", package=PACKAGE, syntax="proto3"
    )
    color = file.enum_type.add(name="Color")
    color.value.add(name="COLOR_UNSPECIFIED", number=0)
    color.value.add(name="COLOR_RED", number=1)

    kinds = file.message_type.add(name="Kinds")
    optional = Field.LABEL_OPTIONAL
    repeated = Field.LABEL_REPEATED

    def add(name: str, number: int, kind: int, label: int = optional, **extra: object) -> None:
        kinds.field.add(name=name, number=number, type=kind, label=label, json_name=name, **extra)

    add("text", 3, Field.TYPE_STRING)
    add("count", 1, Field.TYPE_INT32)
    add("delta", 2, Field.TYPE_SINT32)
    add("ratio", 4, Field.TYPE_DOUBLE)
    add("flag", 5, Field.TYPE_BOOL)
    add("numbers", 6, Field.TYPE_UINT64, repeated)
    add("names", 7, Field.TYPE_STRING, repeated)
    add("color", 8, Field.TYPE_ENUM, type_name=f".{PACKAGE}.Color")
    add("child", 9, Field.TYPE_MESSAGE, type_name=f".{KINDS}")
    add("by_id", 10, Field.TYPE_MESSAGE, repeated, type_name=f".{KINDS}.ByIdEntry")
    add("by_name", 11, Field.TYPE_MESSAGE, repeated, type_name=f".{KINDS}.ByNameEntry")
    add("fixed", 12, Field.TYPE_FIXED32)
    add("maybe", 13, Field.TYPE_INT32, oneof_index=1, proto3_optional=True)
    add("word", 14, Field.TYPE_STRING, oneof_index=0)
    add("blob", 15, Field.TYPE_BYTES, oneof_index=0)
    kinds.oneof_decl.add(name="choice")
    kinds.oneof_decl.add(name="_maybe")
    for entry_name, key_kind, value_kind in (
        ("ByIdEntry", Field.TYPE_SINT64, Field.TYPE_STRING),
        ("ByNameEntry", Field.TYPE_STRING, Field.TYPE_INT32),
    ):
        entry = kinds.nested_type.add(name=entry_name)
        entry.options.map_entry = True
        entry.field.add(name="key", number=1, type=key_kind, label=optional, json_name="key")
        entry.field.add(name="value", number=2, type=value_kind, label=optional, json_name="value")
    return file


@pytest.fixture(scope="module")
def schema() -> Schema:
    files = descriptor_pb2.FileDescriptorSet(file=[_example_file()])
    return load_schema(files.SerializeToString())


@pytest.fixture(scope="module")
def upb_class() -> type:
    pool = descriptor_pool.DescriptorPool()
    pool.Add(_example_file())
    return message_factory.GetMessageClass(pool.FindMessageTypeByName(KINDS))


def _canonical_hex(schema: Schema, **values: object) -> str:
    message_type = schema.message(KINDS)
    message = Message(KINDS, {message_type.field(k).number: v for k, v in values.items()})
    return oracle.canonical_bytes(schema, message).hex(" ")


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({}, ""),
        ({"count": 0, "text": "", "ratio": 0.0, "flag": False, "numbers": []}, ""),
        ({"count": -1}, "08 ff ff ff ff ff ff ff ff ff 01"),
        ({"count": 300}, "08 ac 02"),
        ({"delta": -1}, "10 01"),
        ({"delta": 1}, "10 02"),
        ({"ratio": -0.0}, "21 00 00 00 00 00 00 00 80"),
        ({"ratio": math.nan}, "21 00 00 00 00 00 00 f8 7f"),
        ({"fixed": 1}, "65 01 00 00 00"),
        ({"numbers": [1, 300]}, "32 03 01 ac 02"),
        ({"names": ["", "a"]}, "3a 00 3a 01 61"),
        ({"color": 7}, "40 07"),
        ({"color": -1}, "40 ff ff ff ff ff ff ff ff ff 01"),
        ({"maybe": 0}, "68 00"),
        ({"word": ""}, "72 00"),
        ({"blob": b""}, "7a 00"),
        ({"child": Message(KINDS)}, "4a 00"),
        # Ascending field numbers, whatever the order of declaration or of the values.
        ({"text": "a", "flag": True, "count": 1}, "08 01 1a 01 61 28 01"),
        # Integer keys by signed value; key and value written even when default.
        (
            {"by_id": {1: "a", -1: "", 0: "b"}},
            "52 04 08 01 12 00 52 05 08 00 12 01 62 52 05 08 02 12 01 61",
        ),
        # String keys by UTF-8 bytes: "" < "B" < "b" < "é".
        (
            {"by_name": {"é": 1, "b": 0, "": 2, "B": 3}},
            "5a 04 0a 00 10 02 5a 05 0a 01 42 10 03 5a 05 0a 01 62 10 00 5a 06 0a 02 c3 a9 10 01",
        ),
    ],
)
def test_oracle_writes_hand_computed_bytes(
    schema: Schema, values: dict[str, object], expected: str
) -> None:
    assert _canonical_hex(schema, **values) == expected


def test_oracle_rejects_unknown_fields_naming_type_and_numbers(schema: Schema) -> None:
    message = Message(KINDS, unknown=[(99, b"\x98\x06\x01")])
    with pytest.raises(oracle.CanonicalError, match=r"flyteidl2\.example\.v1\.Kinds.*\[99\]"):
        oracle.canonical_bytes(schema, message)


def test_oracle_rejects_nesting_past_the_limit(schema: Schema) -> None:
    def chain(levels: int) -> Message:
        message = Message(KINDS)
        for _ in range(levels):
            message = Message(KINDS, {9: message})
        return message

    assert len(oracle.canonical_bytes(schema, chain(oracle.MAX_DEPTH))) > 0
    with pytest.raises(oracle.CanonicalError, match="deeper than 100"):
        oracle.canonical_bytes(schema, chain(oracle.MAX_DEPTH + 1))


def test_oracle_rejects_out_of_range_values_naming_the_field(schema: Schema) -> None:
    with pytest.raises(ValueError, match=r"field count: 2147483648 is out of range"):
        _canonical_hex(schema, count=1 << 31)


def _reencoded(upb_class: type, data: bytes) -> bytes:
    """Reads bytes with upb and writes them back, so that two encodings of one value
    compare equal (and -0.0 differs from 0.0, which message equality would hide)."""
    return upb_class.FromString(data).SerializeToString(deterministic=True)


@pytest.mark.parametrize(
    "style",
    [
        writer.Style(shuffle_seed=3),
        writer.Style(unpacked=True),
        writer.Style(decoys=True),
        writer.Style(explicit_defaults=True),
    ],
)
def test_writer_variants_read_back_to_the_canonical_value(
    schema: Schema, upb_class: type, style: writer.Style
) -> None:
    child = Message(KINDS, {1: 5, 3: "inner", 6: [7, 8]})
    values = {1: 0, 3: "x", 4: -0.0, 6: [1, 2, 3], 7: ["a", "b"], 9: child, 10: {2: "y", -3: "z"}}
    message = Message(KINDS, {**values, 11: {"k": 0}, 13: 0, 14: "w"})
    canonical = oracle.canonical_bytes(schema, message)
    variant = writer.encode(schema, message, style)
    assert variant != canonical
    assert _reencoded(upb_class, variant) == _reencoded(upb_class, canonical)


def test_corpus_is_deterministic_with_well_formed_names(schema: Schema) -> None:
    first = corpus.build_corpus(schema)
    second = corpus.build_corpus(schema)
    assert [(case.full_name, case.payload) for case in first] == [
        (case.full_name, case.payload) for case in second
    ]
    names = [case.full_name for case in first]
    assert len(names) == len(set(names))
    for name in names:
        check, type_name, *segments = name.split("/")
        assert check in {"binary", "json", "malformed", "unknown-fields", "inputs-hash"}
        assert type_name == KINDS
        assert all(segment and segment == segment.lower() for segment in segments), name
    assert len(first) >= 20


def test_corpus_expectations_match_the_oracle(schema: Schema, upb_class: type) -> None:
    for case in corpus.build_corpus(schema):
        if case.check == "binary":
            assert isinstance(case.payload, bytes)
            assert isinstance(case.expected.value, bytes)
            expected = _reencoded(upb_class, case.expected.value)
            assert _reencoded(upb_class, case.payload) == expected, case.name


KNOWN = textwrap.dedent(
    """\
    # reason one
    binary/a/*
    json/a/x

    # reason two, spread
    # over two lines
    malformed/b
    """
)


def test_known_failures_parse_reasons_and_locations() -> None:
    entries = known_failures.parse(KNOWN, "known_failures/t.txt")
    assert [(e.pattern, e.reason, e.location) for e in entries] == [
        ("binary/a/*", "reason one", "known_failures/t.txt:2"),
        ("json/a/x", "reason one", "known_failures/t.txt:3"),
        ("malformed/b", "reason two, spread over two lines", "known_failures/t.txt:7"),
    ]


def test_known_failures_need_a_reason() -> None:
    with pytest.raises(ValueError, match=r"t.txt:4: entry 'binary/b' has no '#' reason"):
        known_failures.parse("# reason\nbinary/a\n\nbinary/b\n", "t.txt")


def test_known_failures_judge_listed_passes_and_unmatched_patterns() -> None:
    entries = known_failures.parse(KNOWN, "t.txt")
    results = [
        Result("t", "binary/a/1", "failed", "differs"),
        Result("t", "binary/a/2", "passed"),
        Result("t", "binary/c", "failed", "differs"),
        Result("t", "binary/d", "passed"),
        Result("t", "json/a/x", "skipped", "not supported"),
    ]
    verdicts = known_failures.judge(results, entries)
    assert [v.status for v in verdicts] == [
        "known",
        "listed-but-passed",
        "failed",
        "passed",
        "skipped",
    ]
    assert [v.unexpected for v in verdicts] == [False, True, True, False, False]
    unmatched = known_failures.unmatched(entries, verdicts)
    assert [entry.pattern for entry in unmatched] == ["malformed/b"]


def test_frames_round_trip_and_truncation_is_an_error() -> None:
    stream = io.BytesIO()
    testees.write_frame(stream, b"abc")
    testees.write_frame(stream, b"")
    assert stream.getvalue() == b"\x03\x00\x00\x00abc\x00\x00\x00\x00"
    stream.seek(0)
    assert testees.read_frame(stream) == b"abc"
    assert testees.read_frame(stream) == b""
    assert testees.read_frame(stream) is None
    with pytest.raises(EOFError, match="inside a length prefix"):
        testees.read_frame(io.BytesIO(b"\x03\x00"))
    with pytest.raises(EOFError, match="inside a message"):
        testees.read_frame(io.BytesIO(b"\x03\x00\x00\x00ab"))


ECHO_TESTEE = """
import struct, sys
from flyteidl2.conformance.v1 import conformance_pb2
while header := sys.stdin.buffer.read(4):
    request = conformance_pb2.ConformanceRequest.FromString(
        sys.stdin.buffer.read(struct.unpack("<I", header)[0]))
    if request.test_name == "crash":
        sys.stderr.write("boom")
        sys.exit(3)
    body = conformance_pb2.ConformanceResponse(
        canonical_binary=request.binary_payload).SerializeToString()
    sys.stdout.buffer.write(struct.pack("<I", len(body)) + body)
    sys.stdout.buffer.flush()
"""


def test_run_batch_answers_in_order_and_restarts_after_a_crash(tmp_path: pathlib.Path) -> None:
    script = tmp_path / "echo_testee.py"
    script.write_text(ECHO_TESTEE)
    gen = str(ROOT / "tests" / "conformance" / "gen" / "python")
    testee = testees.Testee("echo", (sys.executable, str(script)), {"PYTHONPATH": gen})
    names = ["one", "crash", "two", "three"]
    requests = [
        testees.conformance_pb2.ConformanceRequest(
            test_name=name, binary_payload=name.encode()
        ).SerializeToString()
        for name in names
    ]
    answers = testees.run_batch(testee, requests)
    assert len(answers) == 4
    assert [a if isinstance(a, str) else a.canonical_binary for a in answers[2:]] == [
        b"two",
        b"three",
    ]
    assert not isinstance(answers[0], str)
    assert answers[0].canonical_binary == b"one"
    assert isinstance(answers[1], str)
    assert "exited with code 3" in answers[1]
    assert "boom" in answers[1]


def test_run_batch_fails_every_request_of_a_testee_that_cannot_start() -> None:
    testee = testees.Testee("missing", ("/nonexistent/testee",))
    answers = testees.run_batch(testee, [b"", b""])
    assert len(answers) == 2
    assert all(isinstance(a, str) and "cannot start /nonexistent/testee" in a for a in answers)


def test_bytes_diff_names_the_offset_and_field() -> None:
    hint = bytes_diff(bytes.fromhex("08011a0161"), bytes.fromhex("08011a0162"))
    assert "first difference at byte 4 (in field 3)" in hint


def test_coverage_counts_cases_per_type_and_names_the_short_ones() -> None:
    few = report.MIN_CASES_PER_TYPE - 1
    types = ["pkg.Covered", "pkg.Few", "pkg.Missing"]
    cases = ["pkg.Covered"] * report.MIN_CASES_PER_TYPE + ["pkg.Few"] * few + ["other.Type"]
    coverage = report.coverage(types, cases)
    assert coverage.cases_per_type == {
        "pkg.Covered": report.MIN_CASES_PER_TYPE,
        "pkg.Few": few,
        "pkg.Missing": 0,
    }
    assert coverage.covered == 2
    assert coverage.fewest == (0, "pkg.Missing")
    assert coverage.short == ["pkg.Few", "pkg.Missing"]
    assert coverage.summary().startswith("coverage: 2 of 3 message types, at least 0 cases")
