//! Tests of the flyteidl2 crate live in tests/.
