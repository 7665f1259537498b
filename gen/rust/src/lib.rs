//! Rust bindings for the flyteidl2 APIs.
//!
//! Every proto package `flyteidl2.<family>.v1` is a module `<family>::v1`
//! holding [prost](https://docs.rs/prost) messages. With the `grpc` feature
//! (on by default) each package with services also holds tonic clients and
//! servers; with the `serde` feature (on by default) every message reads and
//! writes ProtoJSON through serde. Read it with serde_json's `float_roundtrip`
//! feature on: without it, a double may be read one unit in the last place
//! off. The [`canonical`] module writes every message in the canonical
//! encoding that cache keys and input hashes are computed over, and finds
//! message types by their full protobuf name; the [`phases`] module tells
//! which action phases are terminal and which phase changes are allowed.
//!
//! ```
//! use flyteidl2::common::v1::{ActionIdentifier, RunIdentifier};
//! use prost::Message;
//!
//! let action = ActionIdentifier {
//!     run: Some(RunIdentifier {
//!         org: "acme".into(),
//!         project: "ranking".into(),
//!         domain: "production".into(),
//!         name: "r1".into(),
//!     }),
//!     name: "a0".into(),
//! };
//! let bytes = action.encode_to_vec();
//! assert_eq!(ActionIdentifier::decode(bytes.as_slice()).unwrap(), action);
//! ```

// The generated code is checked by its generators, not by our lints.
#[allow(clippy::all, clippy::pedantic, missing_docs, rustdoc::all)]
mod generated;

pub mod canonical;
pub mod phases;
pub mod preserved;

pub use generated::flyteidl2::*;

// The README's example runs as a doctest, so it cannot go stale.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeExample;
