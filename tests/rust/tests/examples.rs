//! Reads every example message under tests/examples with the Rust bindings.
//!
//! Each example lives at `tests/examples/<message type>/<case>.json` in
//! ProtoJSON. The test parses it strictly (an unknown field fails), then
//! checks that the message survives a binary and a JSON round trip unchanged.

use std::path::{Path, PathBuf};

use prost::{Message, Name};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Parses one example as `T` and round-trips it; returns what went wrong.
fn round_trip<T>(path: &Path) -> Result<(), String>
where
    T: Message + Name + Default + PartialEq + Serialize + DeserializeOwned,
{
    let text = std::fs::read_to_string(path).map_err(|e| format!("failed to read: {e}"))?;
    let message: T = serde_json::from_str(&text)
        .map_err(|e| format!("failed to parse as {}: {e}", T::full_name()))?;
    if message.encoded_len() == 0 {
        return Err("parsed to an empty message".into());
    }

    let from_binary = T::decode(message.encode_to_vec().as_slice())
        .map_err(|e| format!("failed to decode: {e}"))?;
    if from_binary != message {
        return Err("binary round trip changed the message".into());
    }

    let json = serde_json::to_string(&message).map_err(|e| format!("failed to write JSON: {e}"))?;
    let from_json: T =
        serde_json::from_str(&json).map_err(|e| format!("failed to read back JSON: {e}"))?;
    if from_json != message {
        return Err("JSON round trip changed the message".into());
    }
    Ok(())
}

/// Maps a fully qualified message type to the round trip of its Rust type.
/// prost has no runtime type registry, so every example type is listed here;
/// an example of an unlisted type fails the test and names the type to add.
macro_rules! example_types {
    ($($ty:ty),* $(,)?) => {
        fn round_trip_by_name(full_name: &str, path: &Path) -> Option<Result<(), String>> {
            $(
                if full_name == <$ty as Name>::full_name() {
                    return Some(round_trip::<$ty>(path));
                }
            )*
            None
        }
    };
}

example_types![
    flyteidl2::app::v1::App,
    flyteidl2::auth::v1::GetOAuth2MetadataResponse,
    flyteidl2::auth::v1::GetUserInfoResponse,
    flyteidl2::cacheservice::v1::PutCachedOutputRequest,
    flyteidl2::common::v1::ListRequest,
    flyteidl2::core::v1::LiteralMap,
    flyteidl2::dataproxy::v1::CreateMultipartUploadResponse,
    flyteidl2::dataproxy::v1::GetStorageConfigResponse,
    flyteidl2::event::v1::RecordActionEventsRequest,
    flyteidl2::imagebuilder::v1::Image,
    flyteidl2::logs::v1::GetLogContextResponse,
    flyteidl2::project::v1::Project,
    flyteidl2::replay::v1::RecordEntriesRequest,
    flyteidl2::sandbox::v1::Script,
    flyteidl2::sandbox::v1::Session,
    flyteidl2::secret::v1::CreateSecretRequest,
    flyteidl2::secret::v1::Secret,
    flyteidl2::task::v1::DeployTaskRequest,
    flyteidl2::task::v1::WatchReplicasResponse,
    flyteidl2::trigger::v1::Trigger,
    flyteidl2::workflow::v1::ActionDetails,
    flyteidl2::workflow::v1::CreateRunRequest,
    flyteidl2::workflow::v1::Run,
];

fn example_paths() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples");
    let mut paths = Vec::new();
    for type_dir in std::fs::read_dir(&root).expect("tests/examples is readable") {
        for case in std::fs::read_dir(type_dir.unwrap().path()).unwrap() {
            let path = case.unwrap().path();
            if path.extension().is_some_and(|ext| ext == "json") {
                paths.push(path);
            }
        }
    }
    paths.sort();
    paths
}

#[test]
fn examples_round_trip() {
    let paths = example_paths();
    assert!(
        paths.len() >= 16,
        "found {} examples, want at least 16",
        paths.len()
    );
    let mut failures = Vec::new();
    for path in &paths {
        let full_name = path
            .parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_str()
            .unwrap();
        match round_trip_by_name(full_name, path) {
            Some(Ok(())) => {}
            Some(Err(problem)) => failures.push(format!("{}: {problem}", path.display())),
            None => failures.push(format!(
                "{}: no Rust type listed for {full_name}; add it to example_types!",
                path.display()
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} examples failed:\n{}",
        failures.len(),
        paths.len(),
        failures.join("\n")
    );
}
