"""The Python interop server: the queue and state services over an in-memory store.

It behaves as the Rust server does (tests/interop/README.md): same checks, same status
codes and messages, same details. Prints `listening on 127.0.0.1:PORT` once ready, and
on SIGINT or SIGTERM prints how many watch streams were still open and exits.

Usage: server.py [--port N]
"""

import argparse
import collections
import dataclasses
import itertools
import queue
import signal
import sys
import threading
import time
from concurrent import futures

import details
import grpc

from flyteidl2.common.v1 import phase_pb2
from flyteidl2.workflow.v1 import (
    action_pb2,
    queue_service_pb2,
    queue_service_pb2_grpc,
    state_pb2,
    state_service_pb2,
    state_service_pb2_grpc,
)

TERMINAL_PHASES = {
    phase_pb2.ACTION_PHASE_SUCCEEDED,
    phase_pb2.ACTION_PHASE_FAILED,
    phase_pb2.ACTION_PHASE_ABORTED,
    phase_pb2.ACTION_PHASE_TIMED_OUT,
}
MAX_STATES_PER_RESPONSE = 1000
# Each open watch holds a worker thread, so the pool bounds the open watches.
WORKER_THREADS = 64


class RichStatus(grpc.Status):
    """A status with trailing metadata, for `abort_with_status`."""

    def __init__(self, code: grpc.StatusCode, message: str, trailing_metadata: tuple) -> None:
        self.code = code
        self.details = message
        self.trailing_metadata = trailing_metadata


class StatusError(Exception):
    """A failed call: the status code, message and optional details to answer with."""

    def __init__(self, code: grpc.StatusCode, message: str, details_bin: bytes = b"") -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.details_bin = details_bin

    def abort(self, context: grpc.ServicerContext) -> None:
        metadata = ((details.DETAILS_KEY, self.details_bin),) if self.details_bin else ()
        context.abort_with_status(RichStatus(self.code, self.message, metadata))


def action_key(action_id) -> tuple:
    run = action_id.run
    return (run.org, run.project, run.domain, run.name, action_id.name)


def parent_key(action_id, parent_name: str) -> tuple:
    return (*action_key(action_id)[:4], parent_name)


@dataclasses.dataclass
class Family:
    """The children of one parent and the queues of the streams watching them."""

    revision: int = 0
    children: list = dataclasses.field(default_factory=list)
    watchers: dict = dataclasses.field(default_factory=dict)

    def broadcast(self, state: state_pb2.ActionState) -> None:
        response = state_service_pb2.WatchStateResponse(
            states=[state], snapshot_complete=True, revision=self.revision
        )
        for watcher in self.watchers.values():
            watcher.put(response)


class Store:
    """Every enqueued action's state, grouped by parent, as the Rust store keeps them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._actions: dict[tuple, tuple[tuple, int]] = {}
        self._families: dict[tuple, Family] = collections.defaultdict(Family)
        self._watch_ids = itertools.count()

    def open_watches(self) -> int:
        with self._lock:
            return sum(len(family.watchers) for family in self._families.values())

    def enqueue(self, action_id, parent_name: str) -> bool:
        with self._lock:
            existing = self._actions.get(action_key(action_id))
            if existing is not None:
                if existing[0][4] != parent_name:
                    raise StatusError(
                        grpc.StatusCode.ALREADY_EXISTS,
                        f'action "{action_id.name}" was enqueued under parent '
                        f'"{existing[0][4]}", not "{parent_name}"',
                    )
                return True
            now = time.time_ns()
            parent = parent_key(action_id, parent_name)
            family = self._families[parent]
            family.revision += 1
            state = state_pb2.ActionState(
                action_id=action_id,
                parent_action_name=parent_name,
                status=action_pb2.ActionStatus(phase=phase_pb2.ACTION_PHASE_QUEUED),
                revision=family.revision,
            )
            state.status.start_time.FromNanoseconds(now)
            state.update_time.FromNanoseconds(now)
            family.broadcast(state)
            family.children.append(state)
            self._actions[action_key(action_id)] = (parent, len(family.children) - 1)
            return False

    def get(self, action_id) -> state_pb2.ActionState:
        with self._lock:
            found = self._actions.get(action_key(action_id))
            if found is None:
                raise StatusError(
                    grpc.StatusCode.NOT_FOUND, f'no state for action "{action_id.name}"'
                )
            parent, index = found
            return self._families[parent].children[index]

    def put(self, request: state_service_pb2.PutStateRequest) -> int:
        name = request.action_id.name
        new_phase = request.status.phase
        if new_phase == phase_pb2.ACTION_PHASE_UNSPECIFIED:
            raise StatusError(grpc.StatusCode.INVALID_ARGUMENT, "status.phase is required")
        with self._lock:
            found = self._actions.get(action_key(request.action_id))
            if found is None:
                raise StatusError(grpc.StatusCode.NOT_FOUND, f'action "{name}" was never enqueued')
            parent, index = found
            if parent[4] != request.parent_action_name:
                raise StatusError(
                    grpc.StatusCode.INVALID_ARGUMENT,
                    f'action "{name}" was enqueued under parent "{parent[4]}", '
                    f'not "{request.parent_action_name}"',
                )
            family = self._families[parent]
            stored = family.children[index]
            if request.HasField("expected_revision") and (
                request.expected_revision != stored.revision
            ):
                raise StatusError(
                    grpc.StatusCode.ABORTED,
                    details.revision_mismatch_message(
                        name, stored.revision, request.expected_revision
                    ),
                    details.revision_mismatch_details(stored, request.expected_revision),
                )
            old_phase = stored.status.phase
            if old_phase in TERMINAL_PHASES or new_phase < old_phase:
                raise StatusError(
                    grpc.StatusCode.FAILED_PRECONDITION,
                    f'action "{name}" cannot move from {phase_pb2.ActionPhase.Name(old_phase)} '
                    f"to {phase_pb2.ActionPhase.Name(new_phase)}",
                )
            family.revision += 1
            state = state_pb2.ActionState()
            state.CopyFrom(stored)
            state.status.CopyFrom(request.status)
            state.revision = family.revision
            state.update_time.GetCurrentTime()
            family.broadcast(state)
            family.children[index] = state
            return family.revision

    def watch(self, parent_id, after_revision: int) -> tuple[int, tuple, queue.SimpleQueue]:
        """Registers a watch and queues its snapshot; returns its id, parent and queue."""
        parent = action_key(parent_id)
        with self._lock:
            if parent not in self._families and parent not in self._actions:
                raise StatusError(grpc.StatusCode.NOT_FOUND, f'no action "{parent_id.name}"')
            family = self._families[parent]
            watcher: queue.SimpleQueue = queue.SimpleQueue()
            if after_revision > 0:
                if after_revision < family.revision:
                    raise StatusError(
                        grpc.StatusCode.OUT_OF_RANGE,
                        f"changes after revision {after_revision} are no longer kept",
                    )
            else:
                states = sorted(family.children, key=lambda state: state.revision)
                chunks = [
                    states[start : start + MAX_STATES_PER_RESPONSE]
                    for start in range(0, len(states), MAX_STATES_PER_RESPONSE)
                ] or [[]]
                for position, chunk in enumerate(chunks):
                    watcher.put(
                        state_service_pb2.WatchStateResponse(
                            states=chunk,
                            snapshot_complete=position == len(chunks) - 1,
                            revision=family.revision,
                        )
                    )
            watch_id = next(self._watch_ids)
            family.watchers[watch_id] = watcher
            return watch_id, parent, watcher

    def unwatch(self, watch_id: int, parent: tuple) -> None:
        with self._lock:
            self._families[parent].watchers.pop(watch_id, None)


def required(action_id, field: str, present: bool):
    if not present:
        raise StatusError(grpc.StatusCode.INVALID_ARGUMENT, f"{field} is required")
    if not action_id.HasField("run") or not action_id.name:
        raise StatusError(grpc.StatusCode.INVALID_ARGUMENT, f"{field} needs a run and a name")
    return action_id


def answering(method):
    """Turns a StatusError raised by a handler into the status it names."""

    def handler(self, request, context):
        try:
            return method(self, request, context)
        except StatusError as error:
            error.abort(context)

    return handler


class QueueService(queue_service_pb2_grpc.QueueServiceServicer):
    """Enqueues actions; the other methods answer UNIMPLEMENTED, as in the Rust server."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @answering
    def EnqueueAction(self, request, context):  # noqa: N802, the proto names the method
        action_id = required(request.action_id, "action_id", request.HasField("action_id"))
        already_existed = self._store.enqueue(action_id, request.parent_action_name)
        return queue_service_pb2.EnqueueActionResponse(already_existed=already_existed)


class StateService(state_service_pb2_grpc.StateServiceServicer):
    def __init__(self, store: Store) -> None:
        self._store = store

    @answering
    def PutState(self, request, context):  # noqa: N802, the proto names the method
        required(request.action_id, "action_id", request.HasField("action_id"))
        if not request.HasField("status"):
            raise StatusError(grpc.StatusCode.INVALID_ARGUMENT, "status is required")
        return state_service_pb2.PutStateResponse(revision=self._store.put(request))

    @answering
    def GetState(self, request, context):  # noqa: N802, the proto names the method
        action_id = required(request.action_id, "action_id", request.HasField("action_id"))
        return state_service_pb2.GetStateResponse(state=self._store.get(action_id))

    def WatchState(self, request, context):  # noqa: N802, the proto names the method
        try:
            parent_id = required(
                request.parent_action_id, "parent_action_id", request.HasField("parent_action_id")
            )
            watch_id, parent, watcher = self._store.watch(parent_id, request.after_revision)
        except StatusError as error:
            error.abort(context)
        # The callback runs when the call ends for any reason: the client cancelled,
        # its deadline passed, or the server stopped; it wakes the loop below.
        context.add_callback(lambda: watcher.put(None))
        try:
            while (response := watcher.get()) is not None:
                yield response
        finally:
            self._store.unwatch(watch_id, parent)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    stop_signals = {signal.SIGINT, signal.SIGTERM}
    # Blocked before the server's threads start, so they inherit the mask and the
    # signal waits for sigwait below.
    signal.pthread_sigmask(signal.SIG_BLOCK, stop_signals)
    store = Store()
    workers = futures.ThreadPoolExecutor(max_workers=WORKER_THREADS)
    server = grpc.server(workers)
    queue_service_pb2_grpc.add_QueueServiceServicer_to_server(QueueService(store), server)
    state_service_pb2_grpc.add_StateServiceServicer_to_server(StateService(store), server)
    port = server.add_insecure_port(f"127.0.0.1:{args.port}")
    server.start()
    print(f"listening on 127.0.0.1:{port}", flush=True)
    signal.sigwait(stop_signals)
    # A client that has just exited has ended its calls, but grpc wakes each watch's
    # handler and runs its cleanup on a worker thread a little after it sees the call
    # end. So the watches are counted once the server has stopped, ending any call
    # still running, and every handler has returned: a watch that a handler failed to
    # release when its call ended still counts, and one that never wakes keeps the
    # server from stopping.
    server.stop(grace=None)
    workers.shutdown(wait=True)
    print(f"open watch streams: {store.open_watches()}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
