"""The one status with details every interop server returns: ABORTED on a revision
mismatch, with a google.rpc.ErrorInfo and the stored ActionState in
grpc-status-details-bin."""

import grpc
import rpc_status

from flyteidl2.workflow.v1 import state_pb2

ERROR_DOMAIN = "flyteidl2.workflow.v1.StateService"
REVISION_MISMATCH = "REVISION_MISMATCH"
DETAILS_KEY = "grpc-status-details-bin"
_TYPE_URL_PREFIX = "type.googleapis.com/"


def revision_mismatch_message(name: str, revision: int, expected: int) -> str:
    return f'action "{name}" is at revision {revision}, not {expected}'


def revision_mismatch_info(revision: int, expected: int) -> rpc_status.ErrorInfo:
    return rpc_status.ErrorInfo(
        reason=REVISION_MISMATCH,
        domain=ERROR_DOMAIN,
        metadata={"revision": str(revision), "expected_revision": str(expected)},
    )


def revision_mismatch_details(stored: state_pb2.ActionState, expected: int) -> bytes:
    """Returns the serialized google.rpc.Status of a revision mismatch."""
    message = revision_mismatch_message(stored.action_id.name, stored.revision, expected)
    status = rpc_status.Status(code=grpc.StatusCode.ABORTED.value[0], message=message)
    for detail in (revision_mismatch_info(stored.revision, expected), stored):
        packed = status.details.add()
        packed.type_url = _TYPE_URL_PREFIX + detail.DESCRIPTOR.full_name
        packed.value = detail.SerializeToString()
    return status.SerializeToString()


def read_revision_mismatch(
    error: grpc.RpcError,
) -> tuple[rpc_status.ErrorInfo, state_pb2.ActionState]:
    """Reads the details of a revision mismatch, raising ValueError naming what is wrong."""
    raw = [value for key, value in error.trailing_metadata() or () if key == DETAILS_KEY]
    if len(raw) != 1:
        raise ValueError(f"want one {DETAILS_KEY} trailer, got {len(raw)}")
    status = rpc_status.Status.FromString(raw[0])
    if status.code != error.code().value[0] or status.message != error.details():
        raise ValueError(
            f"google.rpc.Status says {status.code} {status.message!r}, "
            f"the status says {error.code()} {error.details()!r}"
        )
    if len(status.details) != 2:
        raise ValueError(f"want 2 details, got {len(status.details)}")
    info, stored = status.details
    return (
        _unpack(info, rpc_status.ErrorInfo),
        _unpack(stored, state_pb2.ActionState),
    )


def _unpack(packed, message_class):
    want = _TYPE_URL_PREFIX + message_class.DESCRIPTOR.full_name
    if packed.type_url != want:
        raise ValueError(f"detail has type {packed.type_url!r}, want {want!r}")
    return message_class.FromString(packed.value)
