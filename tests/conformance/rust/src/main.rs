//! The conformance testee of the `flyteidl2` crate (`rust-prost`).
//!
//! Reads length-prefixed `ConformanceRequest`s on stdin and answers each with
//! a length-prefixed `ConformanceResponse` on stdout, as
//! tests/conformance/README.md describes, until stdin ends. Any other failure
//! (a request it cannot read, a closed stdout) is reported on stderr and ends
//! it with a non-zero status.

use std::io::{self, ErrorKind, Read, Write};
use std::process::ExitCode;

use flyteidl2::canonical::{self, KnownMessage, MessageTypeVisitor};
use prost::Message;

mod protocol {
    include!("generated/flyteidl2.conformance.v1.rs");
}

use protocol::conformance_request::Payload;
use protocol::conformance_response::Result as Outcome;
use protocol::{ConformanceRequest, ConformanceResponse, Output};

fn main() -> ExitCode {
    match serve(io::stdin().lock(), io::stdout().lock()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("flyteidl2-conformance-testee: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Answers every request read from `input` on `output`, until `input` ends.
fn serve(mut input: impl Read, mut output: impl Write) -> Result<(), String> {
    while let Some(frame) = read_frame(&mut input)? {
        let request = ConformanceRequest::decode(frame.as_slice())
            .map_err(|error| format!("failed to read a request: {error}"))?;
        let response = ConformanceResponse {
            result: Some(answer(&request)),
        };
        write_frame(&mut output, &response.encode_to_vec())
            .map_err(|error| format!("failed to write a response: {error}"))?;
    }
    Ok(())
}

/// Reads one frame: a 4-byte little-endian length and that many bytes. Returns
/// `None` when `input` ends before a frame starts.
fn read_frame(input: &mut impl Read) -> Result<Option<Vec<u8>>, String> {
    let mut length = [0; 4];
    let mut filled = 0;
    while filled < length.len() {
        match input.read(&mut length[filled..]) {
            Ok(0) if filled == 0 => return Ok(None),
            Ok(0) => return Err("stdin ended inside a length prefix".into()),
            Ok(read) => filled += read,
            Err(error) if error.kind() == ErrorKind::Interrupted => {}
            Err(error) => return Err(format!("failed to read stdin: {error}")),
        }
    }
    let mut frame = vec![0; u32::from_le_bytes(length) as usize];
    input
        .read_exact(&mut frame)
        .map_err(|error| format!("failed to read a request of {} bytes: {error}", frame.len()))?;
    Ok(Some(frame))
}

fn write_frame(output: &mut impl Write, frame: &[u8]) -> io::Result<()> {
    let length = u32::try_from(frame.len()).map_err(|_| {
        io::Error::other(format!("a response of {} bytes is too long", frame.len()))
    })?;
    output.write_all(&length.to_le_bytes())?;
    output.write_all(frame)?;
    output.flush()
}

/// Reads the request's payload as its message type and writes it back in
/// the requested form.
fn answer(request: &ConformanceRequest) -> Outcome {
    let Some(payload) = &request.payload else {
        return Outcome::RuntimeError("the request has no payload".into());
    };
    let Ok(output) = Output::try_from(request.requested_output) else {
        let unknown = request.requested_output;
        return Outcome::RuntimeError(format!("unknown requested output {unknown}"));
    };
    let answer = Answer { payload, output };
    canonical::visit_message_type(&request.message_type, answer).unwrap_or_else(|| {
        Outcome::RuntimeError(format!("unknown message type {:?}", request.message_type))
    })
}

/// Answers a request once its message type is known.
struct Answer<'a> {
    payload: &'a Payload,
    output: Output,
}

impl MessageTypeVisitor for Answer<'_> {
    type Output = Outcome;

    fn visit<M: KnownMessage>(self) -> Outcome {
        let read = match self.payload {
            Payload::BinaryPayload(binary) => M::decode(binary.as_slice())
                .map_err(|error| format!("failed to read {} from binary: {error}", M::FULL_NAME)),
            Payload::JsonPayload(json) => serde_json::from_str::<M>(json)
                .map_err(|error| format!("failed to read {} from JSON: {error}", M::FULL_NAME)),
        };
        let message = match read {
            Ok(message) => message,
            Err(reason) => return Outcome::ParseError(reason),
        };
        let written = match self.output {
            Output::Unspecified => {
                return Outcome::RuntimeError("the request asks for no output".into());
            }
            Output::CanonicalBinary => canonical::encode(&message)
                .map(Outcome::CanonicalBinary)
                .map_err(|error| error.to_string()),
            Output::Json => serde_json::to_string(&message)
                .map(Outcome::Json)
                .map_err(|error| format!("failed to write {} as JSON: {error}", M::FULL_NAME)),
            Output::InputsHash => canonical::inputs_hash(&message)
                .map(Outcome::InputsHash)
                .map_err(|error| error.to_string()),
        };
        written.unwrap_or_else(Outcome::SerializeError)
    }
}
