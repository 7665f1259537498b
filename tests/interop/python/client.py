"""The Python interop client: the cases of tests/interop/README.md, in order, against
any server. Each case prints `pass <name>` or `fail <name>: why`; the exit status is
non-zero when one failed.

Usage: client.py --target 127.0.0.1:PORT
"""

import argparse
import sys
import time
from collections.abc import Callable

import details
import grpc

from flyteidl2.common.v1 import identifier_pb2, phase_pb2
from flyteidl2.workflow.v1 import (
    action_pb2,
    queue_service_pb2,
    queue_service_pb2_grpc,
    state_service_pb2,
    state_service_pb2_grpc,
)

# The deadline of every call but the one that tests deadlines, in seconds.
CALL_TIMEOUT = 5.0
# The deadline of the watch that must expire, in seconds.
SHORT_TIMEOUT = 0.3


class CaseError(Exception):
    """A case saw something other than what it expects."""


def ensure(condition: bool, why: str) -> None:
    if not condition:
        raise CaseError(why)


def expect_status(error: grpc.RpcError, code: grpc.StatusCode, message: str) -> None:
    ensure(
        error.code() == code and error.details() == message,
        f"want {code.name} {message!r}, got {error.code().name} {error.details()!r}",
    )


def ended_by_deadline(watch, error: grpc.RpcError) -> bool:
    """Whether a call ended because its own deadline passed. At the deadline a server may
    reset the stream instead of sending a status: grpc-go's transport resets it with
    CANCEL when its deadline timer fires, racing the handler's DEADLINE_EXCEEDED. grpcio
    reports that reset as CANCELLED when it arrives before its own deadline timer fires.
    A reset once the call's deadline has passed is that deadline; one before is not."""
    if error.code() == grpc.StatusCode.DEADLINE_EXCEEDED:
        return True
    return (
        error.code() == grpc.StatusCode.CANCELLED
        and "RST_STREAM" in error.details()
        and watch.time_remaining() == 0
    )


def action(name: str) -> identifier_pb2.ActionIdentifier:
    run = identifier_pb2.RunIdentifier(
        org="acme", project="interop", domain="development", name="r1"
    )
    return identifier_pb2.ActionIdentifier(run=run, name=name)


class Client:
    def __init__(self, channel: grpc.Channel) -> None:
        self.queue = queue_service_pb2_grpc.QueueServiceStub(channel)
        self.state = state_service_pb2_grpc.StateServiceStub(channel)

    def enqueue_one(self, name: str, parent: str) -> bool:
        request = queue_service_pb2.EnqueueActionRequest(
            action_id=action(name), parent_action_name=parent
        )
        return self.queue.EnqueueAction(request, timeout=CALL_TIMEOUT).already_existed

    def read_state(self, name: str):
        request = state_service_pb2.GetStateRequest(action_id=action(name))
        return self.state.GetState(request, timeout=CALL_TIMEOUT).state

    def write_state(self, name: str, phase: int, expected_revision: int | None) -> int:
        request = state_service_pb2.PutStateRequest(
            action_id=action(name),
            parent_action_name="a0",
            status=action_pb2.ActionStatus(phase=phase, attempt_count=1),
            expected_revision=expected_revision,
        )
        return self.state.PutState(request, timeout=CALL_TIMEOUT).revision

    def open_watch(self, timeout: float):
        request = state_service_pb2.WatchStateRequest(parent_action_id=action("a0"))
        return self.state.WatchState(request, timeout=timeout)

    def enqueue(self) -> None:
        ensure(not self.enqueue_one("a0", ""), "a0 already existed")
        ensure(not self.enqueue_one("a1", "a0"), "a1 already existed")
        ensure(self.enqueue_one("a1", "a0"), "a1 enqueued twice is new again")

    def get_state(self) -> None:
        state = self.read_state("a1")
        ensure(state.action_id == action("a1"), f"wrong action {state.action_id}")
        ensure(state.parent_action_name == "a0", f"parent {state.parent_action_name!r}")
        ensure(state.status.phase == phase_pb2.ACTION_PHASE_QUEUED, f"phase {state.status.phase}")
        ensure(state.revision >= 1, f"revision {state.revision}")

    def put_state(self) -> None:
        before = self.read_state("a1")
        revision = self.write_state("a1", phase_pb2.ACTION_PHASE_RUNNING, before.revision)
        ensure(revision > before.revision, f"revision {revision} after {before.revision}")
        after = self.read_state("a1")
        ensure(after.status.phase == phase_pb2.ACTION_PHASE_RUNNING, f"phase {after.status}")
        ensure(after.revision == revision, f"read revision {after.revision}, wrote {revision}")

    def not_found(self) -> None:
        try:
            state = self.read_state("a9")
        except grpc.RpcError as error:
            expect_status(error, grpc.StatusCode.NOT_FOUND, 'no state for action "a9"')
            trailers = dict(error.trailing_metadata() or ())
            ensure(details.DETAILS_KEY not in trailers, "NOT_FOUND carries details")
        else:
            raise CaseError(f"GetState a9 returned {state}")

    def failed_precondition(self) -> None:
        try:
            revision = self.write_state("a1", phase_pb2.ACTION_PHASE_QUEUED, None)
        except grpc.RpcError as error:
            expect_status(
                error,
                grpc.StatusCode.FAILED_PRECONDITION,
                'action "a1" cannot move from ACTION_PHASE_RUNNING to ACTION_PHASE_QUEUED',
            )
        else:
            raise CaseError(f"moving a1 back to queued wrote revision {revision}")

    def status_details(self) -> None:
        stored = self.read_state("a1")
        expected = stored.revision - 1
        try:
            revision = self.write_state("a1", phase_pb2.ACTION_PHASE_SUCCEEDED, expected)
        except grpc.RpcError as error:
            message = details.revision_mismatch_message("a1", stored.revision, expected)
            expect_status(error, grpc.StatusCode.ABORTED, message)
            try:
                info, got_stored = details.read_revision_mismatch(error)
            except ValueError as bad:
                raise CaseError(str(bad)) from None
            want_info = details.revision_mismatch_info(stored.revision, expected)
            ensure(info == want_info, f"ErrorInfo {info}, want {want_info}")
            ensure(got_stored == stored, f"stored state {got_stored}, want {stored}")
        else:
            raise CaseError(f"a stale write succeeded with revision {revision}")

    def watch_and_cancel(self) -> None:
        watch = self.open_watch(CALL_TIMEOUT)
        snapshot = next(watch)
        a1 = self.read_state("a1")
        ensure(snapshot.snapshot_complete, "the snapshot is not complete in one response")
        ensure(list(snapshot.states) == [a1], f"snapshot {snapshot.states}, want [{a1}]")
        ensure(snapshot.revision == a1.revision, f"snapshot revision {snapshot.revision}")

        ensure(not self.enqueue_one("a2", "a0"), "a2 already existed")
        change = next(watch)
        a2 = self.read_state("a2")
        ensure(list(change.states) == [a2], f"change {change.states}, want [{a2}]")
        ensure(change.revision == a1.revision + 1, f"change revision {change.revision}")
        ensure(change.snapshot_complete, "a change after the snapshot is not complete")

        watch.cancel()
        try:
            extra = next(watch)
        except grpc.RpcError as error:
            ensure(error.code() == grpc.StatusCode.CANCELLED, f"cancel ended with {error}")
        else:
            raise CaseError(f"the cancelled watch went on with {extra}")
        ensure(self.read_state("a2") == a2, "a2 changed after the cancelled watch")

    def watch_deadline(self) -> None:
        started = time.monotonic()
        watch = self.open_watch(SHORT_TIMEOUT)
        snapshot = next(watch)
        ensure(len(snapshot.states) == 2, f"snapshot of {len(snapshot.states)} states")
        try:
            extra = next(watch)
        except grpc.RpcError as error:
            elapsed = time.monotonic() - started
            ensure(ended_by_deadline(watch, error), f"ended with {error}")
            ensure(SHORT_TIMEOUT <= elapsed < CALL_TIMEOUT, f"ended after {elapsed:.3f} s")
        else:
            raise CaseError(f"the stream went on past its deadline with {extra}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", required=True)
    args = parser.parse_args()
    with grpc.insecure_channel(args.target) as channel:
        grpc.channel_ready_future(channel).result(timeout=CALL_TIMEOUT)
        client = Client(channel)
        cases: list[tuple[str, Callable[[], None]]] = [
            ("unary/enqueue", client.enqueue),
            ("unary/get-state", client.get_state),
            ("unary/put-state", client.put_state),
            ("error/not-found", client.not_found),
            ("error/failed-precondition", client.failed_precondition),
            ("error/details", client.status_details),
            ("stream/watch-and-cancel", client.watch_and_cancel),
            ("stream/deadline", client.watch_deadline),
        ]
        passed = True
        for name, case in cases:
            try:
                case()
            except (CaseError, grpc.RpcError, StopIteration) as error:
                passed = False
                # One line per case: protobuf's text form spans several.
                why = " ".join(str(error).split())
                print(f"fail {name}: {type(error).__name__}: {why}", flush=True)
            else:
                print(f"pass {name}", flush=True)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
