//! The Rust side of the gRPC interop tests (tests/interop/README.md).
//!
//! `flyteidl2-interop server [--port N] [--simulate-updates K
//! --simulate-after-watches W]` serves the queue and state services in
//! memory; `flyteidl2-interop client --target http://127.0.0.1:N` runs every
//! interop case against a server and prints one line per case.

mod client;
mod details;
mod server;
mod store;

use std::process::ExitCode;

const USAGE: &str = "usage: flyteidl2-interop server [--port N] \
    [--simulate-updates K --simulate-after-watches W] | client --target URL";

#[tokio::main]
async fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()).await {
        Ok(code) => code,
        Err(message) => {
            eprintln!("flyteidl2-interop: {message}");
            ExitCode::from(2)
        }
    }
}

async fn run(args: Vec<String>) -> Result<ExitCode, String> {
    let Some((command, options)) = args.split_first() else {
        return Err(USAGE.to_owned());
    };
    let options = parse_options(options)?;
    let option = |name: &str| {
        options
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value)
    };
    let number = |name: &str| -> Result<Option<u64>, String> {
        option(name)
            .map(|value| {
                value
                    .parse()
                    .map_err(|_| format!("{name} {value:?} is not a number"))
            })
            .transpose()
    };
    match command.as_str() {
        "server" => {
            let port = u16::try_from(number("--port")?.unwrap_or(0))
                .map_err(|_| "--port is not a port".to_owned())?;
            let simulation = match (
                number("--simulate-updates")?,
                number("--simulate-after-watches")?,
            ) {
                (Some(updates), Some(after_watches)) => Some(server::Simulation {
                    updates: u32::try_from(updates)
                        .map_err(|_| "--simulate-updates is too large")?,
                    after_watches: usize::try_from(after_watches)
                        .map_err(|_| "--simulate-after-watches is too large")?,
                }),
                (None, None) => None,
                _ => {
                    return Err(
                        "--simulate-updates and --simulate-after-watches go together".into(),
                    );
                }
            };
            server::serve(port, simulation).await?;
            Ok(ExitCode::SUCCESS)
        }
        "client" => {
            let target = option("--target").ok_or("client needs --target")?;
            let passed = client::run(target).await?;
            Ok(if passed {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        _ => Err(format!("unknown command {command:?}; {USAGE}")),
    }
}

fn parse_options(args: &[String]) -> Result<Vec<(String, String)>, String> {
    args.chunks(2)
        .map(|pair| match pair {
            [key, value] if key.starts_with("--") => Ok((key.clone(), value.clone())),
            _ => Err(format!(
                "expected --option value pairs, got {pair:?}; {USAGE}"
            )),
        })
        .collect()
}
