"""The streams benchmark: the Rust controller and a Python asyncio grpcio client, each
holding 10,000 concurrent watch streams against the same in-memory Rust server.

For each client it starts a fresh server (tests/interop/rust in release mode) that
simulates an executor: once every stream is open, it writes UPDATES states to each
action. The client measures its own resident memory before and after opening the
streams, and the status updates per second from the first update to the last action
reaching a terminal phase. Prints one result as bench/README.md defines it; progress
goes to stderr.

The release binaries must be built first (make bench does it).
"""

import json
import os
import pathlib
import resource
import selectors
import shlex
import signal
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[3]
RELEASE = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")) / "release"
SERVER = [str(RELEASE / "flyteidl2-interop"), "server", "--port", "0"]

STREAMS = 10_000
# 1,000 streams per connection: above the 100 or 200 concurrent streams some servers
# allow on one connection, within the 20,000 the Rust server advertises.
CONNECTIONS = 10
# Writes per action: waiting for resources, initializing, 47 running attempts, success.
UPDATES = 50
# Seconds the server may take to print its address, and a client to run.
START_TIMEOUT = 15
RUN_TIMEOUT = 300
RUNS = 3
# The goals.
MAX_RSS_PER_STREAM_KIB = 20
MIN_SPEEDUP = 5

CLIENTS = {
    "Rust (tonic, examples/controller)": lambda target: [
        str(RELEASE / "flyteidl2-streams-bench"),
        "--target",
        f"http://{target}",
    ],
    "Python (grpcio asyncio)": lambda target: [
        sys.executable,
        str(pathlib.Path(__file__).with_name("python_client.py")),
        "--target",
        target,
    ],
}


def measure(client) -> dict:
    """Runs one client against a fresh simulating server and returns its figures."""
    server_command = [
        *SERVER,
        "--simulate-updates",
        str(UPDATES),
        "--simulate-after-watches",
        str(STREAMS),
    ]
    server = subprocess.Popen(server_command, stdout=subprocess.PIPE, text=True)
    try:
        with selectors.DefaultSelector() as selector:
            selector.register(server.stdout, selectors.EVENT_READ)
            ready = selector.select(timeout=START_TIMEOUT)
        line = server.stdout.readline() if ready else ""
        if not line.startswith("listening on "):
            if line:
                why = f"it printed {line.strip()!r} first"
            elif ready:
                why = "its output ended before a 'listening on' line"
            else:
                why = f"no 'listening on' line within {START_TIMEOUT} s"
            raise RuntimeError(f"the server {shlex.join(server_command)} did not start: {why}")
        target = line.removeprefix("listening on ").strip()
        command = [
            *client(target),
            "--streams",
            str(STREAMS),
            "--connections",
            str(CONNECTIONS),
            "--updates",
            str(UPDATES),
        ]
        env = {**os.environ, "PYTHONPATH": str(ROOT / "gen" / "python")}
        finished = subprocess.run(
            command, capture_output=True, text=True, env=env, timeout=RUN_TIMEOUT, check=False
        )
        if finished.returncode != 0:
            raise RuntimeError(f"{command[0]} failed: {finished.stderr.strip()}")
        return json.loads(finished.stdout)
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.communicate()


def kib_per_stream(figures: dict, field: str) -> float:
    return (figures[field] - figures["rss_before_bytes"]) / figures["streams"] / 1024


def updates_per_second(measured: dict) -> float:
    return measured["updates"] / measured["update_seconds"]


def main() -> int:
    runs: dict[str, list[dict]] = {name: [] for name in CLIENTS}
    # The clients take turns, so a neighbour's load on the shared cores falls on both.
    for round_number in range(1, RUNS + 1):
        for name, client in CLIENTS.items():
            print(f"streams: run {round_number} of {RUNS}: {name}", file=sys.stderr)
            runs[name].append(measure(client))
            print(f"streams: {json.dumps(runs[name][-1])}", file=sys.stderr)
    rows = []
    for name, measured_runs in runs.items():
        rates = sorted(map(updates_per_second, measured_runs))
        measured = sorted(measured_runs, key=updates_per_second)[len(measured_runs) // 2]
        rows.append(
            [
                name,
                measured["streams"],
                measured["connections"],
                kib_per_stream(measured, "rss_open_bytes"),
                kib_per_stream(measured, "rss_peak_bytes"),
                measured["open_seconds"],
                measured["updates"],
                updates_per_second(measured),
                f"{rates[0]:,.0f} to {rates[-1]:,.0f}",
                measured["cpu_update_seconds"] / measured["updates"] * 1e6,
            ]
        )
    rust, python = (rows[0], rows[1])
    speedup = rust[7] / python[7]
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    result = {
        "name": "streams",
        "title": "Watch streams of the controller",
        "description": (
            f"The example controller (examples/controller) and a Python asyncio grpcio client"
            f" each enqueue {STREAMS:,} actions and hold one WatchState stream per action,"
            f" spread over {CONNECTIONS} HTTP/2 connections, against the in-memory Rust"
            f" server of tests/interop, which then writes {UPDATES} states to every action."
            f" Both clients share the machine's cores with the server. Memory is each"
            f" client's own resident set (/proc/self/status) after enqueueing, subtracted"
            f" from its resident set once every stream has its snapshot, and from its peak;"
            f" updates per second count every state after the snapshots, from the first to"
            f" the moment the last action succeeded; client CPU per update divides the CPU"
            f" time (user and system) the client used after the snapshots by the updates."
            f" Both clients run on one thread: the Rust one on tokio's current-thread"
            f" runtime, since its multi-threaded runtime was slower on two cores shared with"
            f" the server. Each client runs {RUNS} times, taking turns with the other; the"
            f" table shows each client's median run by updates per second."
        ),
        "tables": [
            {
                "title": f"{STREAMS:,} concurrent watch streams",
                "columns": [
                    "client",
                    "streams",
                    "connections",
                    "RSS per open stream (KiB)",
                    "peak RSS per stream (KiB)",
                    "time to open (s)",
                    "updates",
                    "updates/s",
                    f"updates/s over {RUNS} runs",
                    "client CPU per update (µs)",
                ],
                "rows": rows,
                "note": (
                    f"Open file limit (ulimit -n) {soft} soft, {hard} hard; the run uses one"
                    f" descriptor per connection on each side. The server advertises"
                    f" SETTINGS_MAX_CONCURRENT_STREAMS 20,000 per connection (tonic advertises"
                    f" none unless told); each connection carries {STREAMS // CONNECTIONS:,}"
                    f" streams, more than the 100 or 200 some servers allow. The Rust client"
                    f" raises its connection receive window to 4 MiB; grpcio keeps its own."
                ),
                "chart": {
                    "label_columns": ["client"],
                    "value_column": "updates/s",
                    "unit": "updates/s",
                },
            }
        ],
        "goals": [
            {
                "goal": f"the Rust client holds {STREAMS:,} streams under"
                f" {MAX_RSS_PER_STREAM_KIB} KiB each",
                "measured": f"{rust[3]:.1f} KiB per open stream, {rust[4]:.1f} KiB at the peak",
                "met": rust[3] < MAX_RSS_PER_STREAM_KIB and rust[4] < MAX_RSS_PER_STREAM_KIB,
            },
            {
                "goal": f"the Rust client processes at least {MIN_SPEEDUP} times the updates"
                " per second of the Python client",
                "measured": f"{rust[7]:,.0f} against {python[7]:,.0f} updates/s,"
                f" {speedup:.1f} times (median runs); per update the Rust client used"
                f" {rust[9]:.1f} µs of CPU, the Python one {python[9]:.1f} µs",
                "met": speedup >= MIN_SPEEDUP,
            },
        ],
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
