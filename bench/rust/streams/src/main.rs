//! Runs the example controller with one watch stream per action against a
//! server that simulates an executor (bench/rust/streams/README.md), and
//! prints one JSON line: resident memory before and after opening the
//! streams, and the status updates per second the controller processed.

use std::process::ExitCode;
use std::time::Instant;

use flyteidl2::common::v1::{ActionPhase, RunIdentifier};
use flyteidl2_controller_example::Controller;

/// The kernel's USER_HZ, which /proc reports CPU times in on Linux.
const CLOCK_TICKS_PER_SECOND: f64 = 100.0;

const USAGE: &str =
    "usage: flyteidl2-streams-bench --target URL --streams N --connections C --updates K";

struct Options {
    target: String,
    streams: usize,
    connections: usize,
    updates: u64,
}

// One thread, like the Python client; see bench/rust/streams/README.md.
#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("streams bench: {message}");
            ExitCode::FAILURE
        }
    }
}

fn parse_options() -> Result<Options, String> {
    let mut options = Options {
        target: String::new(),
        streams: 0,
        connections: 0,
        updates: 0,
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args
            .next()
            .ok_or_else(|| format!("{flag} needs a value; {USAGE}"))?;
        let number = || {
            value
                .parse::<u64>()
                .map_err(|_| format!("{flag} {value:?} is not a number"))
        };
        match flag.as_str() {
            "--target" => options.target = value.clone(),
            "--streams" => {
                options.streams = usize::try_from(number()?).map_err(|e| e.to_string())?
            }
            "--connections" => {
                options.connections = usize::try_from(number()?).map_err(|e| e.to_string())?;
            }
            "--updates" => options.updates = number()?,
            _ => return Err(format!("unknown option {flag:?}; {USAGE}")),
        }
    }
    if options.target.is_empty() || options.streams == 0 || options.connections == 0 {
        return Err(USAGE.to_owned());
    }
    Ok(options)
}

/// Reads a field of /proc/self/status in bytes (`VmRSS`, `VmHWM`).
fn memory_bytes(field: &str) -> Result<u64, String> {
    let status = std::fs::read_to_string("/proc/self/status")
        .map_err(|error| format!("failed to read /proc/self/status: {error}"))?;
    let line = status
        .lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
        .ok_or_else(|| format!("/proc/self/status has no {field}"))?;
    let kib: u64 = line
        .trim()
        .strip_suffix(" kB")
        .and_then(|number| number.parse().ok())
        .ok_or_else(|| format!("/proc/self/status {field} {line:?} is not in kB"))?;
    Ok(kib * 1024)
}

/// Returns the CPU time this process has used, user and system, in seconds
/// (from /proc/self/stat, in clock ticks of 10 ms).
fn cpu_seconds() -> Result<f64, String> {
    let stat = std::fs::read_to_string("/proc/self/stat")
        .map_err(|error| format!("failed to read /proc/self/stat: {error}"))?;
    // The fields after the command name, which is in parentheses and may
    // hold spaces; utime and stime are the 14th and 15th fields.
    let after_name = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest)
        .unwrap_or_default();
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let ticks = |index: usize| -> Result<f64, String> {
        fields
            .get(index)
            .and_then(|field| field.parse::<u64>().ok())
            .map(|ticks| ticks as f64 / CLOCK_TICKS_PER_SECOND)
            .ok_or_else(|| format!("/proc/self/stat has no CPU time in field {}", index + 3))
    };
    Ok(ticks(11)? + ticks(12)?)
}

async fn run() -> Result<(), String> {
    let options = parse_options()?;
    let run = RunIdentifier {
        org: "acme".into(),
        project: "bench".into(),
        domain: "development".into(),
        name: "r1".into(),
    };
    let mut controller = Controller::connect(&options.target, options.connections, run).await?;
    let names: Vec<String> = (0..options.streams)
        .map(|index| format!("a{index}"))
        .collect();
    controller
        .enqueue(&names)
        .await
        .map_err(|status| format!("failed to enqueue: {status}"))?;
    let rss_before = memory_bytes("VmRSS")?;

    let opening = Instant::now();
    let mut watches = controller.watch(&names);
    let view = controller.view();
    view.wait_until(|view| view.snapshots() == names.len())
        .await;
    let open_seconds = opening.elapsed().as_secs_f64();
    let rss_open = memory_bytes("VmRSS")?;
    let cpu_open = cpu_seconds()?;

    view.wait_until(|view| view.terminal() == names.len()).await;
    let done = Instant::now();
    let cpu_update_seconds = cpu_seconds()? - cpu_open;
    while let Some(finished) = watches.join_next().await {
        finished
            .map_err(|error| format!("a watch task failed: {error}"))?
            .map_err(|status| format!("a watch failed: {status}"))?;
    }
    let rss_peak = memory_bytes("VmHWM")?;

    let updates = view.updates();
    let expected = options.updates * u64::try_from(names.len()).map_err(|e| e.to_string())?;
    if updates != expected {
        return Err(format!(
            "received {updates} updates, the server writes {expected}"
        ));
    }
    if let Some((name, action)) = view
        .actions()
        .into_iter()
        .find(|(_, action)| action.phase != ActionPhase::Succeeded)
    {
        return Err(format!("action {name} ended in {:?}", action.phase));
    }
    let first_update = view.first_update().ok_or("no update arrived")?;
    let update_seconds = done.duration_since(first_update).as_secs_f64();
    let result = serde_json::json!({
        "streams": names.len(),
        "connections": options.connections,
        "rss_before_bytes": rss_before,
        "rss_open_bytes": rss_open,
        "rss_peak_bytes": rss_peak,
        "open_seconds": open_seconds,
        "updates": updates,
        "update_seconds": update_seconds,
        "cpu_update_seconds": cpu_update_seconds,
    });
    println!("{result}");
    Ok(())
}
