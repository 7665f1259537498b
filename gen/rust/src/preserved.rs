//! Messages that pass through a process byte for byte, fields it does not
//! know included.
//!
//! prost drops the fields that a message type does not declare when it
//! decodes, so a process built against an older release of the schema that
//! decodes a message from a newer release and encodes it again loses the
//! newer fields (docs/version-skew.md). A [`Preserved`] message keeps the
//! bytes it was decoded from beside the decoded message and writes those
//! bytes back for as long as the message is left unchanged.
//!
//! ```
//! use flyteidl2::common::v1::RunIdentifier;
//! use flyteidl2::preserved::Preserved;
//! use prost::Message;
//!
//! let run = |name: &str| RunIdentifier { name: name.into(), ..Default::default() };
//! // Field 9 is not a field of RunIdentifier: a newer release added it.
//! let mut bytes = run("r1").encode_to_vec();
//! bytes.extend_from_slice(&[0x48, 0x07]);
//!
//! let mut preserved = Preserved::<RunIdentifier>::decode(bytes.clone())?;
//! assert_eq!(preserved.message().name, "r1");
//! assert_eq!(preserved.encode_to_vec(), bytes);
//!
//! // A change encodes the message again, without field 9.
//! preserved.message_mut().name = "r2".into();
//! assert_eq!(preserved.encode_to_vec(), run("r2").encode_to_vec());
//! # Ok::<(), prost::DecodeError>(())
//! ```

use prost::bytes::Bytes;
use prost::{DecodeError, Message};

/// A decoded message together with the bytes it was decoded from, which it
/// writes back unchanged until the message is borrowed mutably.
#[derive(Clone, Debug, PartialEq)]
pub struct Preserved<M> {
    message: M,
    /// The bytes `message` was decoded from; `None` once it may have changed.
    original: Option<Bytes>,
}

impl<M: Message + Default> Preserved<M> {
    /// Decodes `bytes` as an `M` and keeps them.
    ///
    /// # Errors
    ///
    /// Returns prost's error, which names the message and field, when the
    /// bytes are not a valid `M`.
    pub fn decode(bytes: impl Into<Bytes>) -> Result<Self, DecodeError> {
        let bytes = bytes.into();
        let message = M::decode(bytes.clone())?;
        Ok(Self {
            message,
            original: Some(bytes),
        })
    }

    /// Writes the original bytes if the message is unchanged, and encodes
    /// the message otherwise.
    pub fn encode_to_vec(&self) -> Vec<u8> {
        match &self.original {
            Some(bytes) => bytes.to_vec(),
            None => self.message.encode_to_vec(),
        }
    }
}

impl<M> Preserved<M> {
    /// The decoded message.
    pub fn message(&self) -> &M {
        &self.message
    }

    /// The decoded message, to change. This forgets the original bytes, so
    /// fields that `M` does not declare are not written any more.
    pub fn message_mut(&mut self) -> &mut M {
        self.original = None;
        &mut self.message
    }

    /// The bytes the message was decoded from, while it is unchanged.
    pub fn original_bytes(&self) -> Option<&Bytes> {
        self.original.as_ref()
    }

    /// The decoded message, without the original bytes.
    pub fn into_message(self) -> M {
        self.message
    }
}

/// A message built in this process has no original bytes to keep.
impl<M> From<M> for Preserved<M> {
    fn from(message: M) -> Self {
        Self {
            message,
            original: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::common::v1::{ActionIdentifier, RunIdentifier};

    fn run(name: &str) -> RunIdentifier {
        RunIdentifier {
            name: name.into(),
            ..Default::default()
        }
    }

    #[test]
    fn unchanged_message_writes_its_original_bytes() {
        // Field 1 of the run, then field 2 (the name) before field 1: an
        // order prost would not write, and an unknown field 7.
        let bytes = [
            &[0x12, 0x02][..],
            b"a0",
            &[0x0a, 0x04, 0x22, 0x02],
            b"r1",
            &[0x38, 0x01],
        ]
        .concat();

        let action = Preserved::<ActionIdentifier>::decode(bytes.clone()).unwrap();

        assert_eq!(action.message().name, "a0");
        assert_eq!(action.message().run, Some(run("r1")));
        assert_eq!(
            action.original_bytes().map(|b| b.to_vec()),
            Some(bytes.clone())
        );
        assert_eq!(action.encode_to_vec(), bytes);
        assert_ne!(action.into_message().encode_to_vec(), bytes);
    }

    #[test]
    fn changed_message_is_encoded_again() {
        let mut bytes = run("r1").encode_to_vec();
        bytes.extend_from_slice(&[0x48, 0x07]);
        let mut preserved = Preserved::<RunIdentifier>::decode(bytes).unwrap();

        preserved.message_mut().name = "r2".into();

        assert_eq!(preserved.original_bytes(), None);
        assert_eq!(preserved.encode_to_vec(), run("r2").encode_to_vec());
    }

    #[test]
    fn built_message_is_encoded() {
        let preserved = Preserved::from(run("r1"));

        assert_eq!(preserved.original_bytes(), None);
        assert_eq!(preserved.encode_to_vec(), run("r1").encode_to_vec());
    }

    #[test]
    fn invalid_bytes_are_rejected() {
        // Field 4 (the run's name) claims 5 bytes and has 1.
        let error = Preserved::<RunIdentifier>::decode(&b"\x22\x05a"[..]).unwrap_err();

        assert!(error.to_string().contains("RunIdentifier.name"), "{error}");
    }
}
