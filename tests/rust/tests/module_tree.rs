//! Checks that the crate holds every message of every proto package under
//! protos/: each top-level message type is found by its full name, as the
//! type of that name.

use std::path::{Path, PathBuf};

use flyteidl2::canonical::{self, KnownMessage, MessageTypeVisitor};

/// Returns the full name of the message type it is handed.
struct FullName;

impl MessageTypeVisitor for FullName {
    type Output = &'static str;

    fn visit<M: KnownMessage>(self) -> &'static str {
        M::FULL_NAME
    }
}

fn proto_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../protos/flyteidl2");
    let mut files = Vec::new();
    for family in std::fs::read_dir(&root).expect("protos/flyteidl2 is readable") {
        for version in std::fs::read_dir(family.unwrap().path()).unwrap() {
            for file in std::fs::read_dir(version.unwrap().path()).unwrap() {
                let path = file.unwrap().path();
                if path.extension().is_some_and(|ext| ext == "proto") {
                    files.push(path);
                }
            }
        }
    }
    files.sort();
    files
}

/// The full names of the top-level messages a proto file declares. The
/// protos are formatted by `buf format`, so a top-level declaration starts
/// its line.
fn top_level_messages(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let package = text
        .lines()
        .find_map(|line| line.strip_prefix("package "))
        .and_then(|rest| rest.strip_suffix(';'))
        .unwrap_or_else(|| panic!("{} declares no package", path.display()));
    text.lines()
        .filter_map(|line| line.strip_prefix("message "))
        .map(|rest| rest.trim_end_matches(" {}").trim_end_matches(" {"))
        .map(|name| format!("{package}.{name}"))
        .collect()
}

#[test]
fn every_proto_message_is_in_the_crate() {
    let files = proto_files();
    assert!(files.len() >= 16, "found {} proto files", files.len());
    let mut missing = Vec::new();
    let mut found = 0;
    for path in &files {
        for full_name in top_level_messages(path) {
            match canonical::visit_message_type(&full_name, FullName) {
                Some(name) if name == full_name => found += 1,
                Some(name) => missing.push(format!("{full_name} is found as {name}")),
                None => missing.push(format!("{full_name} ({})", path.display())),
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not in the crate:\n{}",
        missing.join("\n")
    );
    assert!(found > 0, "found no message declarations under protos/");
}
