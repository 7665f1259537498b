//! Runs the example controller against a server until every action it
//! enqueued is terminal, or until Ctrl-C, which cancels every watch.
//!
//! ```sh
//! flyteidl2-interop server --port 50051 --simulate-updates 6 --simulate-after-watches 100 &
//! controller --target http://127.0.0.1:50051 --actions 100
//! ```

use std::process::ExitCode;
use std::time::{Duration, Instant};

use flyteidl2::common::v1::RunIdentifier;
use flyteidl2_controller_example::{Controller, View};

const USAGE: &str = "usage: controller --target URL [--actions N] [--connections C]";
/// How often the controller prints its progress.
const PROGRESS_INTERVAL: Duration = Duration::from_secs(1);

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("controller: {message}");
            ExitCode::FAILURE
        }
    }
}

struct Options {
    target: String,
    actions: usize,
    connections: usize,
}

fn parse_options() -> Result<Options, String> {
    let mut options = Options {
        target: String::new(),
        actions: 100,
        connections: 4,
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args
            .next()
            .ok_or_else(|| format!("{flag} needs a value; {USAGE}"))?;
        let number = || {
            value
                .parse()
                .map_err(|_| format!("{flag} {value:?} is not a number"))
        };
        match flag.as_str() {
            "--target" => options.target = value.clone(),
            "--actions" => options.actions = number()?,
            "--connections" => options.connections = number()?,
            _ => return Err(format!("unknown option {flag:?}; {USAGE}")),
        }
    }
    if options.target.is_empty() {
        return Err(USAGE.to_owned());
    }
    Ok(options)
}

async fn run() -> Result<(), String> {
    let options = parse_options()?;
    let run = RunIdentifier {
        org: "acme".into(),
        project: "controller".into(),
        domain: "development".into(),
        name: "r1".into(),
    };
    let mut controller = Controller::connect(&options.target, options.connections, run).await?;
    let names: Vec<String> = (0..options.actions)
        .map(|index| format!("a{index}"))
        .collect();
    controller
        .enqueue(&names)
        .await
        .map_err(|status| format!("failed to enqueue: {status}"))?;
    let started = Instant::now();
    let mut watches = controller.watch(&names);
    let view = controller.view();
    let all_terminal = view.wait_until(|view| view.terminal() == names.len());
    tokio::pin!(all_terminal);
    let mut progress = tokio::time::interval(PROGRESS_INTERVAL);
    loop {
        tokio::select! {
            () = &mut all_terminal => break,
            _ = tokio::signal::ctrl_c() => {
                eprintln!("controller: interrupted, cancelling {} watches", watches.len());
                break;
            }
            _ = progress.tick() => print_progress(view, names.len()),
            Some(finished) = watches.join_next() => {
                finished
                    .map_err(|error| format!("a watch task failed: {error}"))?
                    .map_err(|status| format!("a watch failed: {status}"))?;
            }
        }
    }
    // Aborting the tasks drops their streams, which cancels each call.
    watches.shutdown().await;
    print_progress(view, names.len());
    let actions = view.actions();
    let succeeded = actions
        .values()
        .filter(|action| action.phase == flyteidl2::common::v1::ActionPhase::Succeeded)
        .count();
    println!(
        "{succeeded} of {} actions succeeded, {} status updates in {:.2} s",
        names.len(),
        view.updates(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn print_progress(view: &View, actions: usize) {
    eprintln!(
        "controller: {} of {actions} watches past their snapshot, {} terminal, {} updates",
        view.snapshots(),
        view.terminal(),
        view.updates()
    );
}
