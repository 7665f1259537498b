//! The canonical encoding: the one protobuf encoding of a message that cache
//! keys and input hashes are computed over, defined in
//! `docs/canonical-encoding.md` and shared by every flyteidl2 implementation.
//!
//! prost's own encoder does not produce it: it leaves out a map entry's key
//! and value when they hold their defaults, and a negative zero in a float
//! field. Every message of the crate, and every well-known type they use,
//! implements [`Canonical`] instead, with code generated from the protos.
//!
//! ```
//! use flyteidl2::canonical;
//! use flyteidl2::common::v1::Labels;
//!
//! let labels = Labels {
//!     values: [(String::new(), String::new())].into(),
//! };
//! // The entry keeps its key and value, though both are empty.
//! assert_eq!(canonical::encode(&labels)?, [0x0a, 0x04, 0x0a, 0x00, 0x12, 0x00]);
//! assert_eq!(
//!     canonical::inputs_hash(&labels)?,
//!     "2646d5fd1dbd215bc2a691ce331a4c846b5748422d7c260470ed4200644bf8a3",
//! );
//! # Ok::<(), canonical::EncodeError>(())
//! ```
//!
//! # Unknown fields
//!
//! A message that holds unknown fields has no canonical encoding, and the
//! other implementations refuse to encode one. This one cannot tell: prost
//! drops unknown fields while decoding, so a message read from the bytes of a
//! newer schema encodes, and hashes, as though its new fields were never
//! there.
//!
//! # Depth
//!
//! Messages nest at most [`MAX_DEPTH`] levels below the outermost message,
//! each message field and each map entry one level deeper than the message
//! that holds it. prost's decoder counts the same way and rejects deeper
//! input, so only a deeper message built in memory fails to encode, with an
//! [`EncodeError`].
//!
//! # Message types by name
//!
//! [`visit_message_type`] finds a message type by its full protobuf name, for
//! a program that learns the type only at run time (from a request, a type
//! URL or a stored record), and hands it to a [`MessageTypeVisitor`] as a
//! type parameter, so that the visitor decodes, encodes and hashes it with
//! the ordinary static API.

use std::fmt;

use prost::encoding::{WireType, encode_key, encode_varint};
use sha2::{Digest, Sha256};

pub use crate::generated::visit_message_type;

/// The most levels that messages and map entries may nest below the outermost
/// message.
pub const MAX_DEPTH: u32 = 100;

/// A message with a canonical encoding.
///
/// Implemented by every message of the crate and the well-known types they
/// use. Encode with [`encode`] or hash with [`inputs_hash`].
pub trait Canonical {
    /// The message type's full protobuf name, such as
    /// `flyteidl2.core.v1.Literal`.
    const FULL_NAME: &'static str;

    /// Writes the message's fields to `writer` in ascending field-number
    /// order, leaving out the fields that the encoding leaves out.
    fn write_fields(&self, writer: &mut Writer) -> Result<(), EncodeError>;
}

// prost boxes the message fields that would otherwise make a type infinitely
// large; the boxed message encodes as the message itself.
impl<M: Canonical> Canonical for Box<M> {
    const FULL_NAME: &'static str = M::FULL_NAME;

    fn write_fields(&self, writer: &mut Writer) -> Result<(), EncodeError> {
        M::write_fields(self, writer)
    }
}

/// Returns the canonical bytes of `message`.
///
/// # Errors
///
/// Fails when messages nest deeper than [`MAX_DEPTH`].
pub fn encode<M: Canonical>(message: &M) -> Result<Vec<u8>, EncodeError> {
    let mut writer = Writer {
        buf: Vec::new(),
        depth: 0,
    };
    message.write_fields(&mut writer)?;
    Ok(writer.buf)
}

/// Returns the input hash of `message`: the lowercase hexadecimal SHA-256 of
/// its canonical bytes, 64 characters.
///
/// # Errors
///
/// Fails when messages nest deeper than [`MAX_DEPTH`].
pub fn inputs_hash<M: Canonical>(message: &M) -> Result<String, EncodeError> {
    const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(encode(message)?);
    let hex = digest
        .iter()
        .flat_map(|byte| [byte >> 4, byte & 0x0f])
        .map(|nibble| char::from(HEX_DIGITS[usize::from(nibble)]))
        .collect();
    Ok(hex)
}

/// Why a message could not be encoded canonically.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodeError {
    message_type: &'static str,
}

impl EncodeError {
    /// The full name of the message or map entry type that nests too deep.
    pub fn message_type(&self) -> &'static str {
        self.message_type
    }
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cannot encode {} canonically: messages nest more than {MAX_DEPTH} levels deep",
            self.message_type
        )
    }
}

impl std::error::Error for EncodeError {}

/// The canonical bytes being written, for [`Canonical::write_fields`].
///
/// Each method writes one record (or nothing, for an empty packed field); the
/// caller decides which fields to write and in which order. Only [`encode`]
/// and [`inputs_hash`] create a writer.
#[derive(Debug)]
pub struct Writer {
    buf: Vec<u8>,
    /// How many levels below the outermost message the writing is.
    depth: u32,
}

impl Writer {
    /// Writes a varint field: `int32`, `int64`, `uint32`, `uint64`, `sint32`
    /// and `sint64` (zigzag-encoded by the caller), `bool` and enums. Negative
    /// `int32` and enum values must be sign-extended to 64 bits.
    pub fn varint(&mut self, tag: u32, value: u64) {
        encode_key(tag, WireType::Varint, &mut self.buf);
        encode_varint(value, &mut self.buf);
    }

    /// Writes a 32-bit field: `fixed32`, `sfixed32` and `float` (its bits).
    pub fn fixed32(&mut self, tag: u32, value: u32) {
        encode_key(tag, WireType::ThirtyTwoBit, &mut self.buf);
        self.buf.extend_from_slice(&value.to_le_bytes());
    }

    /// Writes a 64-bit field: `fixed64`, `sfixed64` and `double` (its bits).
    pub fn fixed64(&mut self, tag: u32, value: u64) {
        encode_key(tag, WireType::SixtyFourBit, &mut self.buf);
        self.buf.extend_from_slice(&value.to_le_bytes());
    }

    /// Writes a `string` (its UTF-8 bytes) or `bytes` field.
    pub fn bytes(&mut self, tag: u32, value: &[u8]) {
        encode_key(tag, WireType::LengthDelimited, &mut self.buf);
        encode_varint(value.len() as u64, &mut self.buf);
        self.buf.extend_from_slice(value);
    }

    /// Writes a repeated varint field as one packed record; writes nothing
    /// when `values` is empty. `to_u64` gives each value's varint.
    pub fn packed_varint<T: Copy>(&mut self, tag: u32, values: &[T], to_u64: impl Fn(T) -> u64) {
        self.packed(tag, values, |buf, value| encode_varint(to_u64(value), buf));
    }

    /// Writes a repeated 32-bit field as one packed record; writes nothing
    /// when `values` is empty. `to_u32` gives each value's bits.
    pub fn packed_fixed32<T: Copy>(&mut self, tag: u32, values: &[T], to_u32: impl Fn(T) -> u32) {
        self.packed(tag, values, |buf, value| {
            buf.extend_from_slice(&to_u32(value).to_le_bytes());
        });
    }

    /// Writes a repeated 64-bit field as one packed record; writes nothing
    /// when `values` is empty. `to_u64` gives each value's bits.
    pub fn packed_fixed64<T: Copy>(&mut self, tag: u32, values: &[T], to_u64: impl Fn(T) -> u64) {
        self.packed(tag, values, |buf, value| {
            buf.extend_from_slice(&to_u64(value).to_le_bytes());
        });
    }

    /// Writes a message field, one level deeper.
    ///
    /// # Errors
    ///
    /// Fails when the message would nest deeper than [`MAX_DEPTH`].
    pub fn message<M: Canonical>(&mut self, tag: u32, message: &M) -> Result<(), EncodeError> {
        self.nested(tag, M::FULL_NAME, |writer| message.write_fields(writer))
    }

    /// Writes one entry of a map field, one level deeper, whose type is
    /// `entry_type` (such as `flyteidl2.common.v1.Labels.ValuesEntry`):
    /// `write_key_value` writes the key as field 1 and the value as field 2,
    /// both even when they hold their defaults.
    ///
    /// # Errors
    ///
    /// Fails when the entry, or a message value in it, would nest deeper than
    /// [`MAX_DEPTH`].
    pub fn map_entry(
        &mut self,
        tag: u32,
        entry_type: &'static str,
        write_key_value: impl FnOnce(&mut Self) -> Result<(), EncodeError>,
    ) -> Result<(), EncodeError> {
        self.nested(tag, entry_type, write_key_value)
    }

    /// Writes a length-delimited record of a message of type `message_type`,
    /// which `write` writes one level deeper.
    fn nested(
        &mut self,
        tag: u32,
        message_type: &'static str,
        write: impl FnOnce(&mut Self) -> Result<(), EncodeError>,
    ) -> Result<(), EncodeError> {
        if self.depth == MAX_DEPTH {
            return Err(EncodeError { message_type });
        }
        let length_at = self.begin_length_delimited(tag);
        self.depth += 1;
        let written = write(self);
        self.depth -= 1;
        written?;
        self.end_length_delimited(length_at);
        Ok(())
    }

    fn packed<T: Copy>(&mut self, tag: u32, values: &[T], write_one: impl Fn(&mut Vec<u8>, T)) {
        if values.is_empty() {
            return;
        }
        let length_at = self.begin_length_delimited(tag);
        for &value in values {
            write_one(&mut self.buf, value);
        }
        self.end_length_delimited(length_at);
    }

    /// Writes the key of a length-delimited record and sets one byte aside for
    /// its length, which is known only once the contents are written; returns
    /// where that byte is.
    fn begin_length_delimited(&mut self, tag: u32) -> usize {
        encode_key(tag, WireType::LengthDelimited, &mut self.buf);
        self.buf.push(0);
        self.buf.len() - 1
    }

    /// Writes the length of the record begun at `length_at`, widening the
    /// byte set aside for it when the contents are 128 bytes or more.
    fn end_length_delimited(&mut self, length_at: usize) {
        let length = self.buf.len() - length_at - 1;
        match u8::try_from(length) {
            Ok(short) if short < 0x80 => self.buf[length_at] = short,
            _ => {
                let mut varint = Vec::with_capacity(10);
                encode_varint(length as u64, &mut varint);
                self.buf.splice(length_at..=length_at, varint);
            }
        }
    }
}

/// A message type of the crate, as [`visit_message_type`] hands it to a
/// [`MessageTypeVisitor`]: it decodes from binary, and with the `serde`
/// feature from and to ProtoJSON, and encodes canonically. It borrows
/// nothing, so a visitor may keep what it decodes past the visit.
#[cfg(feature = "serde")]
pub trait KnownMessage:
    prost::Message + Default + Canonical + serde::Serialize + serde::de::DeserializeOwned + 'static
{
}

#[cfg(feature = "serde")]
impl<M> KnownMessage for M where
    M: prost::Message
        + Default
        + Canonical
        + serde::Serialize
        + serde::de::DeserializeOwned
        + 'static
{
}

/// A message type of the crate, as [`visit_message_type`] hands it to a
/// [`MessageTypeVisitor`]: it decodes from binary, and with the `serde`
/// feature from and to ProtoJSON, and encodes canonically. It borrows
/// nothing, so a visitor may keep what it decodes past the visit.
#[cfg(not(feature = "serde"))]
pub trait KnownMessage: prost::Message + Default + Canonical + 'static {}

#[cfg(not(feature = "serde"))]
impl<M> KnownMessage for M where M: prost::Message + Default + Canonical + 'static {}

/// Does something with a message type that is known only by name at run
/// time; see [`visit_message_type`].
pub trait MessageTypeVisitor {
    /// What the visitor returns.
    type Output;

    /// Does the visitor's work with the message type `M`.
    fn visit<M: KnownMessage>(self) -> Self::Output;
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, HashMap};

    use pbjson_types::{ListValue, Struct, Value, value::Kind};
    use prost::Message;

    use super::*;
    use crate::common::v1::{ActionIdentifier, Labels, RunIdentifier};
    use crate::core::v1::{
        Literal, LiteralMap, NoneValue, Primitive, RetryPolicy, literal, primitive,
    };
    use crate::event::v1::RecordActionEventsResponse;
    use crate::logs::v1::TailLogsRequest;
    use crate::sandbox::v1::CommandExit;

    fn labels(entries: &[(&str, &str)]) -> Labels {
        let values: BTreeMap<String, String> = entries
            .iter()
            .map(|&(key, value)| (key.to_owned(), value.to_owned()))
            .collect();
        Labels { values }
    }

    #[test]
    fn map_entry_keeps_default_key_and_value() {
        let bytes = encode(&labels(&[("", "")])).unwrap();
        assert_eq!(bytes, [0x0a, 0x04, 0x0a, 0x00, 0x12, 0x00]);
        // prost leaves both out, which is why the crate has its own encoder.
        assert_eq!(labels(&[("", "")]).encode_to_vec(), [0x0a, 0x00]);
    }

    #[test]
    fn map_entries_are_ordered_by_key_bytes() {
        let bytes = encode(&labels(&[("é", ""), ("a", "1"), ("Z", "")])).unwrap();
        #[rustfmt::skip]
        let expected = [
            0x0a, 0x05, 0x0a, 0x01, b'Z', 0x12, 0x00,
            0x0a, 0x06, 0x0a, 0x01, b'a', 0x12, 0x01, b'1',
            0x0a, 0x06, 0x0a, 0x02, 0xc3, 0xa9, 0x12, 0x00,
        ];
        assert_eq!(bytes, expected);
    }

    #[test]
    fn hash_map_entries_are_ordered_by_key_bytes() {
        let null = Value {
            kind: Some(Kind::NullValue(0)),
        };
        let fields: HashMap<String, Value> = ["é", "b", "a"]
            .into_iter()
            .map(|key| (key.to_owned(), null.clone()))
            .collect();
        let bytes = encode(&Struct { fields }).unwrap();
        #[rustfmt::skip]
        let expected = [
            0x0a, 0x07, 0x0a, 0x01, b'a', 0x12, 0x02, 0x08, 0x00,
            0x0a, 0x07, 0x0a, 0x01, b'b', 0x12, 0x02, 0x08, 0x00,
            0x0a, 0x08, 0x0a, 0x02, 0xc3, 0xa9, 0x12, 0x02, 0x08, 0x00,
        ];
        assert_eq!(bytes, expected);
    }

    #[test]
    fn negative_zero_double_is_written_and_positive_zero_is_not() {
        let negative = RetryPolicy {
            backoff_multiplier: -0.0,
            ..RetryPolicy::default()
        };
        let bytes = encode(&negative).unwrap();
        assert_eq!(bytes, [0x21, 0, 0, 0, 0, 0, 0, 0, 0x80]);
        assert_eq!(encode(&RetryPolicy::default()).unwrap(), []);
    }

    #[test]
    fn fields_are_in_number_order_with_the_oneof_member_at_its_number() {
        let literal = Literal {
            metadata: [("k".to_owned(), "v".to_owned())].into(),
            hash: "h".to_owned(),
            value: Some(literal::Value::Primitive(Primitive {
                value: Some(primitive::Value::Integer(1)),
            })),
        };
        #[rustfmt::skip]
        let expected = [
            0x0a, 0x06, 0x0a, 0x01, b'k', 0x12, 0x01, b'v',
            0x12, 0x01, b'h',
            0x1a, 0x02, 0x08, 0x01,
        ];
        assert_eq!(encode(&literal).unwrap(), expected);
    }

    #[test]
    fn oneof_member_holding_its_default_is_written() {
        let zero = Primitive {
            value: Some(primitive::Value::Integer(0)),
        };
        assert_eq!(encode(&zero).unwrap(), [0x08, 0x00]);
        let empty_string = Primitive {
            value: Some(primitive::Value::StringValue(String::new())),
        };
        assert_eq!(encode(&empty_string).unwrap(), [0x1a, 0x00]);
    }

    #[test]
    fn set_but_empty_message_is_tag_and_zero_length() {
        let none = Literal {
            value: Some(literal::Value::NoneValue(NoneValue {})),
            ..Literal::default()
        };
        assert_eq!(encode(&none).unwrap(), [0x22, 0x00]);
    }

    #[test]
    fn negative_int32_is_sign_extended_to_ten_bytes() {
        let exit = CommandExit {
            exit_code: -1,
            ..CommandExit::default()
        };
        let bytes = encode(&exit).unwrap();
        assert_eq!(
            bytes,
            [
                0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01
            ]
        );
    }

    #[test]
    fn repeated_scalars_are_packed() {
        let response = RecordActionEventsResponse {
            ignored_event_indexes: vec![1, 300],
        };
        assert_eq!(encode(&response).unwrap(), [0x0a, 0x03, 0x01, 0xac, 0x02]);
        let request = TailLogsRequest {
            streams: vec![2, -1],
            ..TailLogsRequest::default()
        };
        #[rustfmt::skip]
        let expected = [
            0x32, 0x0b, 0x02, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01,
        ];
        assert_eq!(encode(&request).unwrap(), expected);
        assert_eq!(encode(&RecordActionEventsResponse::default()).unwrap(), []);
    }

    #[test]
    fn nested_messages_are_length_delimited() {
        let action = ActionIdentifier {
            run: Some(RunIdentifier {
                org: "o".to_owned(),
                ..RunIdentifier::default()
            }),
            name: "a".to_owned(),
        };
        assert_eq!(
            encode(&action).unwrap(),
            [0x0a, 0x03, 0x0a, 0x01, b'o', 0x12, 0x01, b'a']
        );
    }

    #[test]
    fn length_of_128_bytes_or_more_takes_two_bytes() {
        let org = "x".repeat(130);
        let action = ActionIdentifier {
            run: Some(RunIdentifier {
                org: org.clone(),
                ..RunIdentifier::default()
            }),
            name: String::new(),
        };
        // The run is the org's record: its key, a two-byte length and 130 bytes.
        let mut expected = vec![0x0a, 0x85, 0x01, 0x0a, 0x82, 0x01];
        expected.extend_from_slice(org.as_bytes());
        assert_eq!(encode(&action).unwrap(), expected);
    }

    /// A message type with float fields, which no flyteidl2 message has, that
    /// exercises the writer's 32- and 64-bit forms.
    struct Floats {
        single: f32,
        singles: Vec<f32>,
        doubles: Vec<f64>,
    }

    impl Canonical for Floats {
        const FULL_NAME: &'static str = "test.Floats";

        fn write_fields(&self, writer: &mut Writer) -> Result<(), EncodeError> {
            writer.fixed32(1, self.single.to_bits());
            writer.packed_fixed32(2, &self.singles, f32::to_bits);
            writer.packed_fixed64(3, &self.doubles, f64::to_bits);
            Ok(())
        }
    }

    #[test]
    fn fixed_width_values_are_little_endian() {
        let floats = Floats {
            single: -0.0,
            singles: vec![1.0],
            doubles: vec![-1.0],
        };
        #[rustfmt::skip]
        let expected = [
            0x0d, 0x00, 0x00, 0x00, 0x80,
            0x12, 0x04, 0x00, 0x00, 0x80, 0x3f,
            0x1a, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xf0, 0xbf,
        ];
        assert_eq!(encode(&floats).unwrap(), expected);
    }

    #[test]
    fn inputs_hash_of_empty_message_is_sha256_of_no_bytes() {
        assert_eq!(
            inputs_hash(&LiteralMap::default()).unwrap(),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        );
    }

    /// A Value with `3 * structs + 2 * lists` levels below it: a true value
    /// in `lists` lists (a ListValue and a Value each), in turn in `structs`
    /// structs (a Struct, a map entry and a Value each).
    fn nested_value(structs: usize, lists: usize) -> Value {
        let mut value = Value {
            kind: Some(Kind::BoolValue(true)),
        };
        for _ in 0..lists {
            let list = ListValue {
                values: vec![value],
            };
            value = Value {
                kind: Some(Kind::ListValue(list)),
            };
        }
        for _ in 0..structs {
            let fields = [(String::new(), value)].into();
            value = Value {
                kind: Some(Kind::StructValue(Struct { fields })),
            };
        }
        value
    }

    #[test]
    fn depth_limit_is_what_prost_decodes() {
        for (structs, lists) in [(0, 50), (32, 2)] {
            let deepest = nested_value(structs, lists);
            let bytes = encode(&deepest).unwrap();
            assert_eq!(Value::decode(bytes.as_slice()).unwrap(), deepest);
        }
        for (structs, lists, too_deep) in [
            (0, 51, "google.protobuf.ListValue"),
            (33, 1, "google.protobuf.Value"),
        ] {
            let deeper = nested_value(structs, lists);
            assert!(Value::decode(deeper.encode_to_vec().as_slice()).is_err());
            assert_eq!(encode(&deeper).unwrap_err().message_type(), too_deep);
        }
        let too_deep_entry = nested_value(34, 0);
        let error = encode(&too_deep_entry).unwrap_err();
        assert_eq!(
            error.to_string(),
            "cannot encode google.protobuf.Struct.FieldsEntry canonically: messages nest more \
             than 100 levels deep",
        );
    }

    /// Answers with the full name of the message type it is given.
    struct FullName;

    impl MessageTypeVisitor for FullName {
        type Output = &'static str;

        fn visit<M: KnownMessage>(self) -> &'static str {
            M::FULL_NAME
        }
    }

    #[test]
    fn message_types_are_found_by_full_name() {
        for name in [
            "flyteidl2.core.v1.Literal",
            "flyteidl2.workflow.v1.RunSpec",
            "google.protobuf.Struct",
        ] {
            assert_eq!(visit_message_type(name, FullName), Some(name));
        }
        assert_eq!(
            visit_message_type("flyteidl2.core.v1.Nothing", FullName),
            None
        );
    }
}
