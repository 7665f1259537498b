//! Reads a fuzz input (a message type's full name, a newline and a payload)
//! with prost. Whatever it reads must encode canonically to bytes that read
//! back and encode to the same bytes, and prost's own encoding of it must read
//! back to the same canonical bytes. Any panic is a failure.

#![no_main]

use std::sync::atomic::{AtomicU64, Ordering};

use flyteidl2::canonical::{self, KnownMessage, MessageTypeVisitor};
use libfuzzer_sys::fuzz_target;

/// Every this many inputs that reach a decoder, the target says how many have;
/// the rest of libFuzzer's executions are inputs whose message type name a
/// mutation broke.
const REPORT_EVERY: u64 = 1 << 16;

/// How many inputs named a message type of the crate.
static DECODED: AtomicU64 = AtomicU64::new(0);

fuzz_target!(|data: &[u8]| {
    let Some(newline) = data.iter().position(|&byte| byte == b'\n') else {
        return;
    };
    let Ok(name) = std::str::from_utf8(&data[..newline]) else {
        return;
    };
    canonical::visit_message_type(
        name,
        RoundTrip {
            payload: &data[newline + 1..],
        },
    );
});

/// Checks one payload against the message type it is visited with.
struct RoundTrip<'a> {
    payload: &'a [u8],
}

impl MessageTypeVisitor for RoundTrip<'_> {
    type Output = ();

    fn visit<M: KnownMessage>(self) {
        let decoded = DECODED.fetch_add(1, Ordering::Relaxed) + 1;
        if decoded % REPORT_EVERY == 0 {
            eprintln!("decoded: {decoded} inputs");
        }
        let Ok(message) = M::decode(self.payload) else {
            return;
        };
        // prost reads at most the depth that the canonical encoding allows and
        // keeps no unknown fields, so whatever it reads has canonical bytes.
        let first = canonical::encode(&message)
            .unwrap_or_else(|error| panic!("{}: read but not encodable: {error}", M::FULL_NAME));
        assert_eq!(
            encode_after_reading::<M>(&first),
            first,
            "{}: canonical bytes change when read and encoded again",
            M::FULL_NAME
        );
        assert_eq!(
            encode_after_reading::<M>(&message.encode_to_vec()),
            first,
            "{}: prost's own bytes read back to other canonical bytes",
            M::FULL_NAME
        );
    }
}

/// Reads bytes that an encoder wrote, which must be readable, and returns
/// their canonical bytes.
fn encode_after_reading<M: KnownMessage>(data: &[u8]) -> Vec<u8> {
    let message = M::decode(data).unwrap_or_else(|error| {
        panic!("{}: encoded bytes do not read back: {error}", M::FULL_NAME)
    });
    canonical::encode(&message)
        .unwrap_or_else(|error| panic!("{}: read but not encodable: {error}", M::FULL_NAME))
}
