"""Runs every interop client against every interop server over loopback gRPC.

For each server language and each client language it starts a fresh server on an
ephemeral 127.0.0.1 port, runs the client against it, then stops the server, which
reports how many watch streams it still holds open. A pair passes when the client
passed every case in CASES and the server holds no stream. Prints the matrix and
each failure; with --verbose, every case of every pair. Exits non-zero on any failure.

The Rust and Go binaries must be built first (make test-interop does it).
"""

import argparse
import os
import pathlib
import selectors
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from typing import IO

ROOT = pathlib.Path(__file__).resolve().parents[2]
TARGET = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
RUST = str(TARGET / "debug" / "flyteidl2-interop")
GO = str(ROOT / ".tools" / "interop" / "go-interop")
PYTHON = sys.executable
HERE = pathlib.Path(__file__).resolve().parent

# Every case each client runs, in order (tests/interop/README.md says what each checks).
CASES = [
    "unary/enqueue",
    "unary/get-state",
    "unary/put-state",
    "error/not-found",
    "error/failed-precondition",
    "error/details",
    "stream/watch-and-cancel",
    "stream/deadline",
]
SERVERS = {
    "rust": [RUST, "server", "--port", "0"],
    "python": [PYTHON, str(HERE / "python" / "server.py"), "--port", "0"],
    "go": [GO, "server", "--port", "0"],
}
CLIENTS = {
    "rust": lambda address: [RUST, "client", "--target", f"http://{address}"],
    "python": lambda address: [PYTHON, str(HERE / "python" / "client.py"), "--target", address],
    "go": lambda address: [GO, "client", "--target", address],
}
# Seconds a server may take to start listening, a client to run every case, and a
# server to stop. Every call inside a client has its own deadline of a few seconds.
START_TIMEOUT = 15
CLIENT_TIMEOUT = 60
STOP_TIMEOUT = 10
OPEN_STREAMS_LINE = "open watch streams: "
# Lines of a failed server's stderr shown with the failure.
STDERR_TAIL_LINES = 20


class Server:
    """A server process started on an ephemeral port. Its stderr goes to a file, so a
    talkative server never blocks on a full pipe and its last words can be shown."""

    def __init__(self, command: list[str], env: dict[str, str], stderr: IO[str]) -> None:
        self.command = shlex.join(command)
        self.stderr = stderr
        try:
            self.process = subprocess.Popen(
                command, stdout=subprocess.PIPE, stderr=stderr, text=True, env=env
            )
        except OSError as error:
            raise RuntimeError(f"server {self.command} did not start: {error}") from None
        self.address = self._read_address()

    def _read_address(self) -> str:
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            ready = selector.select(timeout=START_TIMEOUT)
        line = self.process.stdout.readline() if ready else ""
        if not line.startswith("listening on "):
            self._kill()
            if line:
                why = f"it printed {line.strip()!r} first"
            elif ready and self.process.returncode != -signal.SIGKILL:
                why = f"it exited with status {self.process.returncode}"
            else:
                why = f"no 'listening on' line within {START_TIMEOUT} s"
            raise RuntimeError(f"server {self.command} did not start: {why}{self._stderr_tail()}")
        return line.removeprefix("listening on ").strip()

    def stop(self) -> tuple[int | None, str]:
        """Stops the server; returns the open streams it reported, or None and why not."""
        self.process.send_signal(signal.SIGTERM)
        try:
            stdout, _ = self.process.communicate(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self._kill()
            return None, f"the server did not stop on SIGTERM{self._stderr_tail()}"
        for line in stdout.splitlines():
            if line.startswith(OPEN_STREAMS_LINE):
                count = line.removeprefix(OPEN_STREAMS_LINE).strip()
                if count.isdigit():
                    return int(count), ""
                return None, f"the server reported {line!r} on stopping{self._stderr_tail()}"
        return None, f"the server reported no open streams on stopping{self._stderr_tail()}"

    def _kill(self) -> None:
        self.process.kill()
        self.process.communicate()

    def _stderr_tail(self) -> str:
        """The last lines of the server's stderr, indented under a failure, or nothing."""
        self.stderr.seek(0)
        lines = self.stderr.read().splitlines()[-STDERR_TAIL_LINES:]
        if not lines:
            return ""
        return "; its stderr ends with:" + "".join(f"\n    {line}" for line in lines)


def case_of(line: str) -> tuple[str, str]:
    """Splits a client's `pass NAME` or `fail NAME: why` line into verdict and name."""
    verdict, _, rest = line.partition(" ")
    return verdict, rest.partition(":")[0]


def run_client(command: list[str], env: dict[str, str]) -> tuple[list[str], list[str]]:
    """Runs one client; returns its failures and its case lines."""
    try:
        client = subprocess.run(
            command, capture_output=True, text=True, env=env, timeout=CLIENT_TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired:
        return [f"the client ran over {CLIENT_TIMEOUT} s"], []
    except OSError as error:
        return [f"client {shlex.join(command)} did not start: {error}"], []
    lines = client.stdout.splitlines()
    verdicts = {}
    failures = []
    for line in lines:
        verdict, case = case_of(line)
        if verdict not in ("pass", "fail") or case not in CASES:
            failures.append(f"unexpected output: {line}")
        verdicts[case] = verdict
        if verdict == "fail":
            failures.append(line.removeprefix("fail "))
    failures.extend(f"{case}: not run" for case in CASES if case not in verdicts)
    if client.returncode != 0 and not failures:
        failures.append(f"the client exited {client.returncode}: {client.stderr.strip()}")
    return failures, lines


def run_pair(
    server_language: str, client_language: str, env: dict[str, str]
) -> tuple[list[str], list[str]]:
    """Runs one client against one fresh server, which is stopped whatever the client
    does; returns the failures and the client's case lines."""
    with tempfile.TemporaryFile("w+", errors="replace") as server_stderr:
        try:
            server = Server(SERVERS[server_language], env, server_stderr)
        except RuntimeError as error:
            return [str(error)], []
        try:
            failures, lines = run_client(CLIENTS[client_language](server.address), env)
        finally:
            open_streams, server_failure = server.stop()
    if open_streams is None:
        failures.append(server_failure)
    elif open_streams:
        failures.append(f"the server still holds {open_streams} watch streams open")
    return failures, lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print every case of every pair")
    args = parser.parse_args()
    python_path = os.pathsep.join([str(ROOT / "gen" / "python"), str(HERE / "python")])
    env = {**os.environ, "PYTHONPATH": python_path}
    started = time.monotonic()
    outcome: dict[tuple[str, str], list[str]] = {}
    for server_language in SERVERS:
        for client_language in CLIENTS:
            failures, lines = run_pair(server_language, client_language, env)
            outcome[server_language, client_language] = failures
            if args.verbose:
                print(f"{server_language} server, {client_language} client:")
                print("".join(f"  {line}\n" for line in lines), end="")
    width = max(map(len, CLIENTS)) + 2
    print("server \\ client".ljust(16) + "".join(name.ljust(width) for name in CLIENTS))
    for server_language in SERVERS:
        cells = [
            ("fail" if outcome[server_language, client] else "pass").ljust(width)
            for client in CLIENTS
        ]
        print(server_language.ljust(16) + "".join(cells))
    failed = {pair: failures for pair, failures in outcome.items() if failures}
    for (server_language, client_language), failures in failed.items():
        print(f"{server_language} server, {client_language} client:")
        for failure in failures:
            print(f"  {failure}")
    pairs = len(outcome)
    print(
        f"interop: {pairs - len(failed)} of {pairs} pairs passed, {len(CASES)} cases each,"
        f" in {time.monotonic() - started:.1f} s"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
