"""The Python side of the streams benchmark: an asyncio grpcio client doing the work of
the Rust controller (examples/controller) with the same flow, and printing the same
JSON line as the Rust benchmark program.

It enqueues each action under a parent of its own, opens one WatchState stream per
action spread over several channels (each its own HTTP/2 connection), keeps the latest
state of every action in a dict, and ends each stream once its action is terminal.

Usage: python_client.py --target 127.0.0.1:PORT --streams N --connections C --updates K
"""

import argparse
import asyncio
import json
import pathlib
import sys
import time

import grpc

from flyteidl2.common.v1 import identifier_pb2, phase_pb2
from flyteidl2.workflow.v1 import (
    queue_service_pb2,
    queue_service_pb2_grpc,
    state_service_pb2,
    state_service_pb2_grpc,
)

ENQUEUE_BATCH = 1000
ENQUEUE_TIMEOUT = 30.0
TERMINAL_PHASES = {
    phase_pb2.ACTION_PHASE_SUCCEEDED,
    phase_pb2.ACTION_PHASE_FAILED,
    phase_pb2.ACTION_PHASE_ABORTED,
    phase_pb2.ACTION_PHASE_TIMED_OUT,
}
RUN = identifier_pb2.RunIdentifier(org="acme", project="bench", domain="development", name="r1")
# Without a local subchannel pool, grpcio shares one connection between channels
# that have the same target and options.
CHANNEL_OPTIONS = [("grpc.use_local_subchannel_pool", 1)]


def memory_bytes(field: str) -> int:
    """Reads a field of /proc/self/status (VmRSS, VmHWM) in bytes."""
    for line in pathlib.Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"/proc/self/status has no {field}")


def action(name: str) -> identifier_pb2.ActionIdentifier:
    return identifier_pb2.ActionIdentifier(run=RUN, name=name)


def parent_name(name: str) -> str:
    return f"{name}-parent"


class View:
    """The latest phase, attempt count and revision of every action."""

    def __init__(self, actions: int) -> None:
        self.actions: dict[str, tuple[int, int, int]] = {}
        self.updates = 0
        self.snapshots = 0
        self.first_update: float | None = None
        self.all_snapshots = asyncio.Event()
        self._expected = actions

    def apply(self, state, from_snapshot: bool) -> bool:
        """Records a state unless a newer one is known; returns whether it is terminal."""
        if not from_snapshot:
            if self.first_update is None:
                self.first_update = time.perf_counter()
            self.updates += 1
        name = state.action_id.name
        known = self.actions.get(name)
        if known is None or known[2] < state.revision:
            self.actions[name] = (state.status.phase, state.status.attempt_count, state.revision)
        return self.actions[name][0] in TERMINAL_PHASES

    def snapshot_received(self) -> None:
        self.snapshots += 1
        if self.snapshots == self._expected:
            self.all_snapshots.set()


async def follow(stub, name: str, view: View) -> None:
    request = state_service_pb2.WatchStateRequest(parent_action_id=action(parent_name(name)))
    call = stub.WatchState(request)
    snapshot_complete = False
    async for response in call:
        finished = False
        for state in response.states:
            finished |= view.apply(state, not snapshot_complete)
        if response.snapshot_complete and not snapshot_complete:
            snapshot_complete = True
            view.snapshot_received()
        if finished:
            call.cancel()
            return
    raise RuntimeError(f"the watch of {name} ended before its action finished")


async def run(args: argparse.Namespace) -> dict:
    channels = [
        grpc.aio.insecure_channel(args.target, options=CHANNEL_OPTIONS)
        for _ in range(args.connections)
    ]
    for channel in channels:
        await asyncio.wait_for(channel.channel_ready(), ENQUEUE_TIMEOUT)
    queue = queue_service_pb2_grpc.QueueServiceStub(channels[0])
    states = [state_service_pb2_grpc.StateServiceStub(channel) for channel in channels]
    names = [f"a{index}" for index in range(args.streams)]
    for start in range(0, len(names), ENQUEUE_BATCH):
        requests = [
            queue_service_pb2.EnqueueActionRequest(
                action_id=action(name), parent_action_name=parent_name(name)
            )
            for name in names[start : start + ENQUEUE_BATCH]
        ]
        await queue.EnqueueActions(
            queue_service_pb2.EnqueueActionsRequest(requests=requests), timeout=ENQUEUE_TIMEOUT
        )
    rss_before = memory_bytes("VmRSS")

    view = View(len(names))
    opening = time.perf_counter()
    watches = [
        asyncio.create_task(follow(states[index % len(states)], name, view))
        for index, name in enumerate(names)
    ]
    await view.all_snapshots.wait()
    open_seconds = time.perf_counter() - opening
    rss_open = memory_bytes("VmRSS")
    cpu_open = time.process_time()
    await asyncio.gather(*watches)
    done = time.perf_counter()
    cpu_update_seconds = time.process_time() - cpu_open
    rss_peak = memory_bytes("VmHWM")
    for channel in channels:
        await channel.close()

    expected = args.updates * len(names)
    if view.updates != expected:
        raise RuntimeError(f"received {view.updates} updates, the server writes {expected}")
    unfinished = [
        name
        for name, (phase, _, _) in view.actions.items()
        if phase != phase_pb2.ACTION_PHASE_SUCCEEDED
    ]
    if unfinished:
        raise RuntimeError(f"action {unfinished[0]} did not succeed")
    return {
        "streams": len(names),
        "connections": args.connections,
        "rss_before_bytes": rss_before,
        "rss_open_bytes": rss_open,
        "rss_peak_bytes": rss_peak,
        "open_seconds": open_seconds,
        "updates": view.updates,
        "update_seconds": done - view.first_update,
        "cpu_update_seconds": cpu_update_seconds,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", required=True)
    parser.add_argument("--streams", type=int, required=True)
    parser.add_argument("--connections", type=int, required=True)
    parser.add_argument("--updates", type=int, required=True)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
