//! Measures how fast the `flyteidl2` crate decodes messages with prost and
//! writes them with `flyteidl2::canonical::encode`, in MB/s (10^6 bytes a
//! second) of canonical bytes, over a corpus file that bench/throughput.py
//! writes.
//!
//! Usage: `flyteidl2-bench-throughput CORPUS_FILE`. Prints one JSON object of
//! measurements on stdout, which bench/throughput.py reads.
//!
//! Each operation runs over the whole corpus again and again: first for a
//! warm-up, then in samples of equal length, each timed as a whole. A
//! sample's throughput is over the CPU time the process spent, since on a
//! shared machine the wall-clock time measures the other work as well; the
//! wall-clock figure is reported beside it. The figure is the median sample;
//! the slowest and fastest are reported too.

use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use flyteidl2::canonical::{self, KnownMessage, MessageTypeVisitor};
use serde_json::json;

/// How much CPU time each operation spends before it is measured.
const WARM_UP: Duration = Duration::from_secs(1);
/// How much CPU time one sample spends, roughly: whole passes over the
/// corpus.
const SAMPLE: Duration = Duration::from_millis(200);
/// How many samples the median is taken over.
const SAMPLES: usize = 15;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [corpus_file] = args.as_slice() else {
        eprintln!("usage: flyteidl2-bench-throughput CORPUS_FILE");
        return ExitCode::from(2);
    };
    match run(corpus_file) {
        Ok(result) => {
            println!("{result}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("flyteidl2-bench-throughput: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run(corpus_file: &str) -> Result<serde_json::Value, String> {
    let data = std::fs::read(corpus_file)
        .map_err(|error| format!("failed to read {corpus_file}: {error}"))?;
    let corpus = read_corpus(&data).map_err(|error| format!("{corpus_file}: {error}"))?;
    let total_bytes: usize = corpus.iter().map(|entry| entry.len()).sum();

    let decode = measure(total_bytes, || {
        corpus.iter().try_for_each(|entry| entry.decode())
    })?;
    let encode = measure(total_bytes, || {
        corpus.iter().try_for_each(|entry| entry.encode_canonical())
    })?;
    Ok(json!({
        "implementation": "rust",
        "messages": corpus.len(),
        "bytes": total_bytes,
        "operations": [
            decode.to_json("prost decode"),
            encode.to_json("flyteidl2::canonical::encode"),
        ],
    }))
}

/// One message of the corpus: its canonical bytes and the message they
/// decode to, behind its type.
trait Entry {
    /// The length of the canonical bytes.
    fn len(&self) -> usize;
    /// Decodes the bytes into a new message.
    fn decode(&self) -> Result<(), String>;
    /// Writes the decoded message's canonical bytes.
    fn encode_canonical(&self) -> Result<(), String>;
}

struct Typed<M> {
    name: String,
    bytes: Vec<u8>,
    message: M,
}

impl<M: KnownMessage> Entry for Typed<M> {
    fn len(&self) -> usize {
        self.bytes.len()
    }

    fn decode(&self) -> Result<(), String> {
        let message = M::decode(self.bytes.as_slice())
            .map_err(|error| format!("{}: failed to decode: {error}", self.name))?;
        black_box(message);
        Ok(())
    }

    fn encode_canonical(&self) -> Result<(), String> {
        let bytes = canonical::encode(&self.message)
            .map_err(|error| format!("{}: failed to encode: {error}", self.name))?;
        black_box(bytes);
        Ok(())
    }
}

/// Makes the entry of one corpus message once its type is known, checking
/// that it decodes and encodes back to the same bytes.
struct MakeEntry {
    name: String,
    bytes: Vec<u8>,
}

impl MessageTypeVisitor for MakeEntry {
    type Output = Result<Box<dyn Entry>, String>;

    fn visit<M: KnownMessage>(self) -> Self::Output {
        let message = M::decode(self.bytes.as_slice())
            .map_err(|error| format!("{}: failed to decode: {error}", self.name))?;
        let encoded = canonical::encode(&message)
            .map_err(|error| format!("{}: failed to encode: {error}", self.name))?;
        if encoded != self.bytes {
            return Err(format!(
                "{}: canonical bytes differ from the corpus",
                self.name
            ));
        }
        Ok(Box::new(Typed {
            name: self.name,
            bytes: self.bytes,
            message,
        }))
    }
}

/// Reads the records of a corpus file: case name, message type, bytes.
fn read_corpus(mut data: &[u8]) -> Result<Vec<Box<dyn Entry>>, String> {
    let mut entries = Vec::new();
    while !data.is_empty() {
        let at = entries.len();
        let name = take_field(&mut data).ok_or(format!("record {at} is truncated"))?;
        let message_type = take_field(&mut data).ok_or(format!("record {at} is truncated"))?;
        let bytes = take_field(&mut data).ok_or(format!("record {at} is truncated"))?;
        let name = String::from_utf8(name.to_vec())
            .map_err(|_| format!("record {at}: the case name is not UTF-8"))?;
        let message_type = std::str::from_utf8(message_type)
            .map_err(|_| format!("record {at} ({name}): the message type is not UTF-8"))?;
        let make = MakeEntry {
            name: name.clone(),
            bytes: bytes.to_vec(),
        };
        let entry = canonical::visit_message_type(message_type, make)
            .ok_or(format!("{name}: unknown message type {message_type}"))??;
        entries.push(entry);
    }
    if entries.is_empty() {
        return Err("the corpus holds no messages".into());
    }
    Ok(entries)
}

/// Takes one field (a 4-byte little-endian length and that many bytes) off
/// the front of `data`; `None` when `data` is too short.
fn take_field<'a>(data: &mut &'a [u8]) -> Option<&'a [u8]> {
    let (length, rest) = data.split_first_chunk::<4>()?;
    let length = usize::try_from(u32::from_le_bytes(*length)).ok()?;
    if rest.len() < length {
        return None;
    }
    let (field, rest) = rest.split_at(length);
    *data = rest;
    Some(field)
}

/// The throughput of each sample of one operation, in MB/s, over the CPU
/// time and over the wall-clock time the sample took.
struct Measurement {
    cpu: Vec<f64>,
    wall: Vec<f64>,
    passes_per_sample: u32,
}

impl Measurement {
    fn to_json(&self, operation: &str) -> serde_json::Value {
        let cpu = sorted(&self.cpu);
        json!({
            "operation": operation,
            "median_mb_per_s": cpu[cpu.len() / 2],
            "slowest_mb_per_s": cpu[0],
            "fastest_mb_per_s": cpu[cpu.len() - 1],
            "wall_median_mb_per_s": sorted(&self.wall)[self.wall.len() / 2],
            "samples": cpu.len(),
            "passes_per_sample": self.passes_per_sample,
        })
    }
}

fn sorted(values: &[f64]) -> Vec<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    sorted
}

/// Runs `pass` (one pass over a corpus of `bytes` bytes) for the warm-up,
/// then times `SAMPLES` samples of as many passes as fill `SAMPLE` of CPU
/// time.
fn measure(
    bytes: usize,
    mut pass: impl FnMut() -> Result<(), String>,
) -> Result<Measurement, String> {
    let started = process_cpu_time();
    let mut warm_up_passes = 0u32;
    while warm_up_passes < 3 || process_cpu_time() - started < WARM_UP {
        pass()?;
        warm_up_passes += 1;
    }
    let pass_time = (process_cpu_time() - started) / warm_up_passes;
    let passes_per_sample = (SAMPLE.as_nanos() / pass_time.as_nanos().max(1)).max(1);
    let passes_per_sample = u32::try_from(passes_per_sample).unwrap_or(u32::MAX);

    let mut measurement = Measurement {
        cpu: Vec::with_capacity(SAMPLES),
        wall: Vec::with_capacity(SAMPLES),
        passes_per_sample,
    };
    let sample_bytes = bytes as f64 * f64::from(passes_per_sample);
    for _ in 0..SAMPLES {
        let (cpu_started, wall_started) = (process_cpu_time(), Instant::now());
        for _ in 0..passes_per_sample {
            pass()?;
        }
        let wall = wall_started.elapsed();
        let cpu = process_cpu_time() - cpu_started;
        measurement.cpu.push(sample_bytes / cpu.as_secs_f64() / 1e6);
        measurement
            .wall
            .push(sample_bytes / wall.as_secs_f64() / 1e6);
    }
    Ok(measurement)
}

/// The CPU time that the process has used so far, in user and kernel mode.
fn process_cpu_time() -> Duration {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec through a pointer to one.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &raw mut now) };
    assert_eq!(status, 0, "clock_gettime(CLOCK_PROCESS_CPUTIME_ID) failed");
    let seconds = u64::try_from(now.tv_sec).expect("CPU time is not negative");
    let nanos = u32::try_from(now.tv_nsec).expect("nanoseconds are below 10^9");
    Duration::new(seconds, nanos)
}
