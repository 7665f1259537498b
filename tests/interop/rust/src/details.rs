//! The one status with details that every interop server returns: `ABORTED`
//! on a revision mismatch, carrying a `google.rpc.ErrorInfo` and the stored
//! `flyteidl2.workflow.v1.ActionState` in `grpc-status-details-bin`.

use std::collections::HashMap;

use flyteidl2::workflow::v1::ActionState;
use prost::{Message, Name};
use prost_types::Any;
use tonic::{Code, Status};
use tonic_types::pb::ErrorInfo;

/// The `ErrorInfo.domain` of every interop server.
pub const ERROR_DOMAIN: &str = "flyteidl2.workflow.v1.StateService";
/// The `ErrorInfo.reason` of a revision mismatch.
pub const REVISION_MISMATCH: &str = "REVISION_MISMATCH";

const TYPE_URL_PREFIX: &str = "type.googleapis.com/";
const ERROR_INFO_TYPE: &str = "google.rpc.ErrorInfo";

/// The details of a revision mismatch, decoded.
#[derive(Debug, PartialEq)]
pub struct RevisionMismatch {
    pub error_info: ErrorInfo,
    pub stored: ActionState,
}

/// Returns the message of a revision mismatch.
pub fn revision_mismatch_message(name: &str, revision: u64, expected: u64) -> String {
    format!("action \"{name}\" is at revision {revision}, not {expected}")
}

/// Returns the `ErrorInfo` of a revision mismatch.
pub fn revision_mismatch_info(revision: u64, expected: u64) -> ErrorInfo {
    ErrorInfo {
        reason: REVISION_MISMATCH.to_owned(),
        domain: ERROR_DOMAIN.to_owned(),
        metadata: HashMap::from([
            ("revision".to_owned(), revision.to_string()),
            ("expected_revision".to_owned(), expected.to_string()),
        ]),
    }
}

/// Builds the `ABORTED` status a write gets when `expected_revision` is not
/// the stored state's revision.
pub fn revision_mismatch(stored: &ActionState, expected: u64) -> Status {
    let name = stored.action_id.as_ref().map_or("", |id| id.name.as_str());
    let message = revision_mismatch_message(name, stored.revision, expected);
    let details = tonic_types::Status {
        code: Code::Aborted.into(),
        message: message.clone(),
        details: vec![
            Any {
                type_url: format!("{TYPE_URL_PREFIX}{ERROR_INFO_TYPE}"),
                value: revision_mismatch_info(stored.revision, expected).encode_to_vec(),
            },
            Any {
                type_url: format!("{TYPE_URL_PREFIX}{}", ActionState::full_name()),
                value: stored.encode_to_vec(),
            },
        ],
    };
    Status::with_details(Code::Aborted, message, details.encode_to_vec().into())
}

/// Reads the details of a revision mismatch from a status, or says what is
/// missing or malformed.
pub fn read_revision_mismatch(status: &Status) -> Result<RevisionMismatch, String> {
    let rpc_status = tonic_types::Status::decode(status.details())
        .map_err(|error| format!("grpc-status-details-bin is not a google.rpc.Status: {error}"))?;
    if rpc_status.code != i32::from(status.code()) || rpc_status.message != status.message() {
        return Err(format!(
            "google.rpc.Status says {} {:?}, the status says {:?} {:?}",
            rpc_status.code,
            rpc_status.message,
            status.code(),
            status.message()
        ));
    }
    let [error_info, stored] = rpc_status.details.as_slice() else {
        return Err(format!("want 2 details, got {}", rpc_status.details.len()));
    };
    Ok(RevisionMismatch {
        error_info: unpack(error_info, ERROR_INFO_TYPE)?,
        stored: unpack(stored, &ActionState::full_name())?,
    })
}

fn unpack<M: Message + Default>(any: &Any, type_name: &str) -> Result<M, String> {
    let want = format!("{TYPE_URL_PREFIX}{type_name}");
    if any.type_url != want {
        return Err(format!("detail has type {:?}, want {want:?}", any.type_url));
    }
    M::decode(any.value.as_slice()).map_err(|error| format!("detail {type_name}: {error}"))
}
