"""Runs testee programs: the manifest that names them, the length-prefixed framing, and
batches of requests written on one thread while responses are read on another."""

from __future__ import annotations

import dataclasses
import json
import os
import pathlib
import struct
import subprocess
import threading
from typing import IO, BinaryIO

from google.protobuf.message import DecodeError

from flyteidl2.conformance.v1 import conformance_pb2
from runner.schema import ROOT

MANIFEST = ROOT / "tests" / "conformance" / "testees.json"
# A testee that crashes this many times in one batch is not restarted again.
MAX_RESTARTS = 20
# A batch that takes longer than this is killed; every request still unanswered fails.
BATCH_TIMEOUT_SECONDS = 600
_LENGTH = struct.Struct("<I")

# The answer to one request: the testee's response, or why there is none.
Answer = conformance_pb2.ConformanceResponse | str


@dataclasses.dataclass(frozen=True)
class Testee:
    """One implementation's conformance program, run from the repository root."""

    name: str
    command: tuple[str, ...]
    env: dict[str, str] = dataclasses.field(default_factory=dict)
    # Why a full run leaves this testee out; empty for a testee that every run includes.
    # A testee left out still runs when named with --testee.
    left_out: str = ""


def load_manifest(path: pathlib.Path = MANIFEST) -> list[Testee]:
    """Reads testees.json: {"testees": [{"name", "command", optional "env",
    optional "left_out"}]}."""
    try:
        entries = json.loads(path.read_text())["testees"]
        testees = [
            Testee(
                entry["name"],
                tuple(entry["command"]),
                dict(entry.get("env", {})),
                entry.get("left_out", ""),
            )
            for entry in entries
        ]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ValueError(f"cannot read the testee manifest {path}: {error!r}") from error
    names = [testee.name for testee in testees]
    if duplicates := sorted({name for name in names if names.count(name) > 1}):
        raise ValueError(f"{path}: testee names appear more than once: {duplicates}")
    return testees


def write_frame(stream: BinaryIO, message: bytes) -> None:
    stream.write(_LENGTH.pack(len(message)) + message)


def read_frame(stream: BinaryIO) -> bytes | None:
    """Reads one length-prefixed message; None at a clean end of stream."""
    header = stream.read(_LENGTH.size)
    if not header:
        return None
    if len(header) < _LENGTH.size:
        raise EOFError(f"stream ended inside a length prefix ({len(header)} of 4 bytes)")
    (length,) = _LENGTH.unpack(header)
    body = stream.read(length)
    if len(body) < length:
        raise EOFError(f"stream ended inside a message ({len(body)} of {length} bytes)")
    return body


def run_batch(testee: Testee, requests: list[bytes]) -> list[Answer]:
    """Answers serialized ConformanceRequests in order. A testee that exits before
    answering everything is restarted after the request it failed on, which then gets
    the reason as its answer."""
    answers: list[Answer] = []
    restarts = 0
    while len(answers) < len(requests):
        responses, failure, retry = _run_process(testee, requests[len(answers) :])
        answers.extend(responses)
        if failure is None:
            continue
        if not retry or restarts == MAX_RESTARTS:
            answers.extend([failure] * (len(requests) - len(answers)))
            break
        answers.append(failure)
        restarts += 1
    return answers


def _run_process(
    testee: Testee, requests: list[bytes]
) -> tuple[list[conformance_pb2.ConformanceResponse], str | None, bool]:
    """Runs the testee once over requests. Returns its responses; when it stopped
    before answering all of them, why; and whether restarting it could help."""
    try:
        process = subprocess.Popen(
            testee.command,
            cwd=ROOT,
            env={**os.environ, **testee.env},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
    except OSError as error:
        return [], f"cannot start {' '.join(testee.command)}: {error.strerror}", False
    assert process.stdin
    assert process.stdout
    assert process.stderr
    feeder = threading.Thread(target=_feed, args=(process.stdin, requests), daemon=True)
    feeder.start()
    stderr_tail = _Tail(process.stderr)
    timed_out = threading.Event()
    timer = threading.Timer(BATCH_TIMEOUT_SECONDS, lambda: (timed_out.set(), process.kill()))
    timer.start()
    responses: list[conformance_pb2.ConformanceResponse] = []
    problem = "exited"
    try:
        while len(responses) < len(requests):
            frame = read_frame(process.stdout)
            if frame is None:
                break
            responses.append(conformance_pb2.ConformanceResponse.FromString(frame))
        else:
            problem = "wrote more than one response per request" if process.stdout.read(1) else ""
    except (EOFError, DecodeError) as error:
        problem = f"wrote a bad frame ({error})"
    finally:
        timer.cancel()
        process.stdout.close()
        feeder.join()
        code = process.wait()
        stderr_tail.join()
    if timed_out.is_set():
        return responses, f"testee killed after {BATCH_TIMEOUT_SECONDS} s", False
    if not problem and code == 0:
        return responses, None, True
    return (
        responses,
        f"testee {problem or 'exited'} with code {code}; stderr ends: {stderr_tail.text()}",
        True,
    )


class _Tail(threading.Thread):
    """Drains a testee's stderr, so it never blocks on a full pipe, keeping the end."""

    _KEEP = 600

    def __init__(self, stream: IO[bytes]) -> None:
        super().__init__(daemon=True)
        self._fd = stream.fileno()
        self._data = b""
        self.start()

    def run(self) -> None:
        while chunk := os.read(self._fd, 65536):
            self._data = (self._data + chunk)[-self._KEEP :]

    def text(self) -> str:
        return self._data.decode(errors="replace").strip() or "(nothing)"


def _feed(stdin: BinaryIO, requests: list[bytes]) -> None:
    """Writes every request and closes stdin; stops quietly if the testee has exited."""
    try:
        for request in requests:
            write_frame(stdin, request)
        stdin.close()
    except (BrokenPipeError, ValueError):  # ValueError: stdin closed under us
        pass
