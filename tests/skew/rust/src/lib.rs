//! The prost bindings of the two releases of the skew schema
//! (tests/skew/protos): `v2` declares every field of `v1` and more.

// The generated code is checked by its generator, not by our lints.
#[allow(clippy::all, clippy::pedantic, missing_docs)]
pub mod v1 {
    include!("generated/flyteidl2.skew.v1.rs");
}

#[allow(clippy::all, clippy::pedantic, missing_docs)]
pub mod v2 {
    include!("generated/flyteidl2.skew.v2.rs");
}
