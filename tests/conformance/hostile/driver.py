"""Runs a testee one request at a time, under a time limit per request and a memory
limit per process, so that a hang or a blow-up is pinned on the input that caused it.

A testee that crashes, hangs or grows past the memory limit is restarted for the next
request; the request it failed on gets the reason as its answer. A testee that fails
to start is not started again: every later request gets that failure as its answer.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import resource
import subprocess
import tempfile
import threading
import time

from google.protobuf.message import DecodeError
from runner.schema import ROOT
from runner.testees import Answer, Testee, read_frame, write_frame

from flyteidl2.conformance.v1 import conformance_pb2
from hostile.inputs import HostileInput

# Every input must be answered within this time, framing included.
REQUEST_TIMEOUT_SECONDS = 1.0
# The most resident memory a testee process may reach (its VmHWM); a process that grows
# past it is reported on the request that made it grow, and restarted.
MEMORY_LIMIT_BYTES = 1 << 30
# How long a testee may take to start and answer a first, uncounted request.
STARTUP_TIMEOUT_SECONDS = 60.0
# The address-space limit each testee runs under, so that a runaway allocation fails
# inside the testee instead of exhausting the machine.
ADDRESS_SPACE_LIMIT_BYTES = 16 << 30
_WATCHDOG_PERIOD_SECONDS = 0.05
_STDERR_TAIL_BYTES = 600


@dataclasses.dataclass
class Usage:
    """What a session measured over all of its requests."""

    requests: int = 0
    restarts: int = 0
    slowest_seconds: float = 0.0
    slowest_request: str = ""
    peak_memory_bytes: int = 0


class Session:
    """One testee process, restarted as needed, that answers one request at a time."""

    def __init__(self, testee: Testee, memory_limit_bytes: int = MEMORY_LIMIT_BYTES) -> None:
        self.testee = testee
        self.memory_limit_bytes = memory_limit_bytes
        self.usage = Usage()
        self._process: subprocess.Popen[bytes] | None = None
        # Why the testee failed to start, once it has: every later request is answered
        # with it at once rather than wait out another start.
        self._start_failure: str | None = None
        # Closed by close(); the process writes its stderr here, read back when it stops.
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115
        self._deadline: float | None = None
        self._killed_for_time = False
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._watchdog = threading.Thread(target=self._watch, daemon=True)
        self._watchdog.start()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def ask(self, name: str, request: bytes) -> Answer:
        """Sends one serialized ConformanceRequest and returns the testee's response, or
        why there is none."""
        process = self._running()
        if isinstance(process, str):
            return process
        started = time.monotonic()
        answer = self._exchange(process, request, REQUEST_TIMEOUT_SECONDS)
        self._account(name, time.monotonic() - started)
        if self._killed_for_time:
            self._stop(restart=True)
            return f"no answer within {REQUEST_TIMEOUT_SECONDS} s; the testee was killed"
        if isinstance(answer, str):
            return f"{answer}: {self._stop(restart=True)}"
        memory = _peak_memory(process.pid)
        self.usage.peak_memory_bytes = max(self.usage.peak_memory_bytes, memory)
        if memory > self.memory_limit_bytes:
            self._stop(restart=True)
            limit = self.memory_limit_bytes >> 20
            return f"the testee grew to {memory >> 20} MiB, past {limit} MiB"
        return answer

    def close(self) -> None:
        self._stopping.set()
        if self._process is not None:
            self._stop(restart=False)
        self._watchdog.join()
        self._stderr.close()

    def _running(self) -> subprocess.Popen[bytes] | str:
        """Returns the process, started and warmed up if need be, or why it cannot run."""
        if self._process is not None:
            return self._process
        if self._start_failure is not None:
            return f"not sent, {self.testee.name} failed to start earlier: {self._start_failure}"
        try:
            self._process = subprocess.Popen(
                self.testee.command,
                cwd=ROOT,
                env={**os.environ, **self.testee.env},
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self._stderr,
                preexec_fn=_limit_address_space,
            )
        except OSError as error:
            self._start_failure = f"cannot start {' '.join(self.testee.command)}: {error.strerror}"
            return self._start_failure
        # Starting up (an interpreter importing every module) is not the time to answer an
        # input, so a first request, whose answer does not matter, waits for it.
        warm_up = conformance_pb2.ConformanceRequest(
            test_name="warm-up",
            message_type="google.protobuf.Empty",
            requested_output=conformance_pb2.OUTPUT_CANONICAL_BINARY,
            binary_payload=b"",
        ).SerializeToString()
        answer = self._exchange(self._process, warm_up, STARTUP_TIMEOUT_SECONDS)
        if isinstance(answer, str):
            if self._killed_for_time:
                answer = f"no answer to a first request within {STARTUP_TIMEOUT_SECONDS} s"
            self._start_failure = f"the testee did not start: {answer}: {self._stop(restart=False)}"
            return self._start_failure
        return self._process

    def _exchange(self, process: subprocess.Popen[bytes], request: bytes, timeout: float) -> Answer:
        """Writes one request and reads its response while the watchdog is armed."""
        assert process.stdin
        assert process.stdout
        with self._lock:
            self._deadline = time.monotonic() + timeout
        try:
            write_frame(process.stdin, request)
            process.stdin.flush()
            frame = read_frame(process.stdout)
            answer: Answer = (
                conformance_pb2.ConformanceResponse.FromString(frame)
                if frame is not None
                else "testee exited"
            )
        except (OSError, EOFError, ValueError) as error:
            answer = f"testee stopped mid-request ({error})"
        except DecodeError as error:
            answer = f"testee wrote a response that does not decode ({error})"
        with self._lock:
            self._deadline = None
        return answer

    def _stop(self, restart: bool) -> str:
        """Ends the process, counting it when the next request restarts it, and says how
        it ended."""
        process, self._process = self._process, None
        assert process is not None
        self.usage.restarts += restart
        for stream in (process.stdin, process.stdout):
            with contextlib.suppress(OSError):  # a pipe the testee already closed
                stream.close()
        try:
            code = process.wait(timeout=REQUEST_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            code = process.wait()
        with self._lock:
            self._killed_for_time = False
        self._stderr.seek(0)
        tail = self._stderr.read()[-_STDERR_TAIL_BYTES:].decode(errors="replace").strip()
        self._stderr.seek(0)
        self._stderr.truncate()
        return f"exit code {code}; stderr ends: {tail or '(nothing)'}"

    def _account(self, name: str, elapsed: float) -> None:
        self.usage.requests += 1
        if elapsed > self.usage.slowest_seconds:
            self.usage.slowest_seconds = elapsed
            self.usage.slowest_request = name

    def _watch(self) -> None:
        """Kills the process when a request outlives its deadline."""
        while not self._stopping.wait(_WATCHDOG_PERIOD_SECONDS):
            with self._lock:
                overdue = self._deadline is not None and time.monotonic() > self._deadline
                if overdue and self._process is not None:
                    self._killed_for_time = True
                    self._deadline = None
                    self._process.kill()


def _limit_address_space() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_LIMIT_BYTES, ADDRESS_SPACE_LIMIT_BYTES))


def _peak_memory(pid: int) -> int:
    """Returns the peak resident memory of a process, in bytes (0 once it has gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def select_testees(available: list[Testee], names: list[str] | None) -> list[Testee]:
    """Returns the named testees, or every testee the manifest does not leave out."""
    if not names:
        return [testee for testee in available if not testee.left_out]
    if unknown := sorted(set(names) - {testee.name for testee in available}):
        raise SystemExit(f"hostile: unknown testee(s) {unknown}")
    return [testee for testee in available if testee.name in names]


def run_everywhere(sessions: list[Session], inputs: list[HostileInput]) -> dict[str, list[Answer]]:
    """Sends every input to every session's testee, the testees side by side."""
    requests = [
        conformance_pb2.ConformanceRequest(
            test_name=hostile.name,
            message_type=hostile.message_type,
            requested_output=conformance_pb2.OUTPUT_CANONICAL_BINARY,
            binary_payload=hostile.payload,
        ).SerializeToString()
        for hostile in inputs
    ]
    answers: dict[str, list[Answer]] = {}
    # What went wrong in the driver itself while it asked a testee, by testee.
    errors: dict[str, Exception] = {}

    def run(session: Session) -> None:
        try:
            answers[session.testee.name] = [
                session.ask(hostile.name, request)
                for hostile, request in zip(inputs, requests, strict=True)
            ]
        except Exception as error:  # raised again below, with the testee
            errors[session.testee.name] = error

    threads = [threading.Thread(target=run, args=(session,)) for session in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for name, error in errors.items():
        raise RuntimeError(f"hostile: asking {name} failed: {error!r}") from error
    return answers
