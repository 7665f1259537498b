//! Reads bytes of the newer schema release with the older one, in Rust.
//!
//! prost keeps every field it knows, unknown enum values included, and drops
//! the fields it does not know. These tests pin that loss, so a prost release
//! that starts keeping unknown fields fails them and docs/version-skew.md is
//! updated, and show that `flyteidl2::preserved::Preserved` passes such a
//! message through untouched.

use std::collections::HashMap;

use flyteidl2::preserved::Preserved;
use flyteidl2_skew_tests::{v1, v2};
use prost::Message;

fn step(name: &str, timeout_seconds: i64, args: &[&str]) -> v2::Step {
    v2::Step {
        name: name.into(),
        timeout_seconds,
        args: args.iter().map(|arg| arg.to_string()).collect(),
    }
}

/// Jobs that set every field of v2, one per kind of oneof member.
fn newer_jobs() -> Vec<(&'static str, v2::Job)> {
    let job = |target| v2::Job {
        name: "nightly".into(),
        priority: v2::Priority::Critical.into(),
        steps: vec![step("fetch", 60, &["--all"]), step("train", 0, &[])],
        hooks: HashMap::from([("failure".into(), step("alert", 5, &["#oncall"]))]),
        labels: HashMap::from([("team".into(), "ranking".into())]),
        retries: Some(0),
        target: Some(target),
    };
    vec![
        (
            "new-oneof-member",
            job(v2::job::Target::Container(v2::Container {
                image: "trainer:3".into(),
                args: vec!["--epochs".into(), "4".into()],
            })),
        ),
        (
            "old-oneof-member",
            job(v2::job::Target::Command("train --epochs 4".into())),
        ),
    ]
}

/// Returns `job` without the fields, and the oneof member, that v1 lacks.
fn known_to_v1(job: &v2::Job) -> v2::Job {
    let mut projected = job.clone();
    projected.labels.clear();
    projected.retries = None;
    if let Some(v2::job::Target::Container(_)) = projected.target {
        projected.target = None;
    }
    for step in projected
        .steps
        .iter_mut()
        .chain(projected.hooks.values_mut())
    {
        step.args.clear();
    }
    projected
}

#[test]
fn older_reader_keeps_every_field_it_knows_and_drops_the_rest() {
    for (case, newer) in newer_jobs() {
        let older = v1::Job::decode(newer.encode_to_vec().as_slice()).unwrap();

        let written = v2::Job::decode(older.encode_to_vec().as_slice()).unwrap();

        assert_eq!(written, known_to_v1(&newer), "{case}");
        assert_ne!(written, newer, "{case}: prost now keeps unknown fields");
        assert_eq!(older.priority, i32::from(v2::Priority::Critical), "{case}");
    }
}

#[test]
fn older_reader_sees_an_unknown_oneof_member_as_unset() {
    let (_, newer) = &newer_jobs()[0];

    let older = v1::Job::decode(newer.encode_to_vec().as_slice()).unwrap();

    assert_eq!(older.target, None);
}

#[test]
fn preserved_message_passes_through_untouched() {
    for (case, newer) in newer_jobs() {
        let bytes = newer.encode_to_vec();

        let older = Preserved::<v1::Job>::decode(bytes.clone()).unwrap();

        assert_eq!(older.message().name, "nightly", "{case}");
        assert_eq!(older.message().steps.len(), 2, "{case}");
        assert_eq!(older.encode_to_vec(), bytes, "{case}");
        assert_eq!(
            v2::Job::decode(older.encode_to_vec().as_slice()).unwrap(),
            newer
        );
    }
}

#[test]
fn preserved_message_drops_unknown_fields_once_changed() {
    for (case, newer) in newer_jobs() {
        let mut older = Preserved::<v1::Job>::decode(newer.encode_to_vec()).unwrap();

        older.message_mut().name = "weekly".into();

        let mut expected = known_to_v1(&newer);
        expected.name = "weekly".into();
        let written = v2::Job::decode(older.encode_to_vec().as_slice()).unwrap();
        assert_eq!(written, expected, "{case}");
    }
}

#[test]
fn newer_reader_reads_older_bytes() {
    let older = v1::Job {
        name: "nightly".into(),
        priority: v1::Priority::High.into(),
        steps: vec![v1::Step {
            name: "fetch".into(),
            timeout_seconds: 60,
        }],
        hooks: HashMap::from([(
            "failure".into(),
            v1::Step {
                name: "alert".into(),
                timeout_seconds: 0,
            },
        )]),
        target: Some(v1::job::Target::Image("trainer:3".into())),
    };

    let newer = v2::Job::decode(older.encode_to_vec().as_slice()).unwrap();

    assert_eq!(newer.retries, None);
    assert!(newer.labels.is_empty());
    assert!(newer.steps[0].args.is_empty());
    assert_eq!(
        v1::Job::decode(newer.encode_to_vec().as_slice()).unwrap(),
        older
    );
}
