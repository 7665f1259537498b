//! The Rust interop client: the cases of tests/interop/README.md, in order,
//! against any server. Each case prints `pass <name>` or `fail <name>: why`.

use std::future::Future;
use std::time::{Duration, Instant};

use flyteidl2::common::v1::{ActionIdentifier, ActionPhase, RunIdentifier};
use flyteidl2::workflow::v1::queue_service_client::QueueServiceClient;
use flyteidl2::workflow::v1::state_service_client::StateServiceClient;
use flyteidl2::workflow::v1::{
    ActionState, ActionStatus, EnqueueActionRequest, GetStateRequest, PutStateRequest,
    WatchStateRequest, WatchStateResponse,
};
use tonic::transport::Channel;
use tonic::{Code, Request, Status, Streaming};

use crate::details;

/// The deadline of every call but the one that tests deadlines.
const CALL_TIMEOUT: Duration = Duration::from_secs(5);
/// The deadline of the watch that must expire.
const SHORT_TIMEOUT: Duration = Duration::from_millis(300);

type CaseResult = Result<(), String>;

struct Client {
    queue: QueueServiceClient<Channel>,
    state: StateServiceClient<Channel>,
}

/// Runs every case against `target` and returns whether all passed.
pub async fn run(target: &str) -> Result<bool, String> {
    let channel = Channel::from_shared(target.to_owned())
        .map_err(|error| format!("bad target {target:?}: {error}"))?
        .connect_timeout(CALL_TIMEOUT)
        .connect()
        .await
        .map_err(|error| format!("failed to connect to {target}: {error}"))?;
    let mut client = Client {
        queue: QueueServiceClient::new(channel.clone()),
        state: StateServiceClient::new(channel),
    };
    let mut passed = true;
    for (name, outcome) in [
        ("unary/enqueue", client.enqueue().await),
        ("unary/get-state", client.get_state().await),
        ("unary/put-state", client.put_state().await),
        ("error/not-found", client.not_found().await),
        (
            "error/failed-precondition",
            client.failed_precondition().await,
        ),
        ("error/details", client.status_details().await),
        ("stream/watch-and-cancel", client.watch_and_cancel().await),
        ("stream/deadline", client.watch_deadline().await),
    ] {
        match outcome {
            Ok(()) => println!("pass {name}"),
            Err(why) => {
                passed = false;
                println!("fail {name}: {why}");
            }
        }
    }
    Ok(passed)
}

fn action(name: &str) -> ActionIdentifier {
    ActionIdentifier {
        run: Some(RunIdentifier {
            org: "acme".into(),
            project: "interop".into(),
            domain: "development".into(),
            name: "r1".into(),
        }),
        name: name.into(),
    }
}

fn with_timeout<T>(message: T, timeout: Duration) -> Request<T> {
    let mut request = Request::new(message);
    request.set_timeout(timeout);
    request
}

/// Awaits a call, failing it with `DEADLINE_EXCEEDED` once `timeout` passes
/// even when the server never answers.
async fn bounded<T>(
    timeout: Duration,
    call: impl Future<Output = Result<T, Status>>,
) -> Result<T, Status> {
    tokio::time::timeout(timeout, call)
        .await
        .unwrap_or_else(|_| Err(Status::deadline_exceeded("the client's deadline passed")))
}

fn ensure(condition: bool, why: impl FnOnce() -> String) -> CaseResult {
    if condition { Ok(()) } else { Err(why()) }
}

fn expect_status(status: &Status, code: Code, message: &str) -> CaseResult {
    ensure(status.code() == code && status.message() == message, || {
        format!(
            "want {code:?} {message:?}, got {:?} {:?}",
            status.code(),
            status.message()
        )
    })
}

fn phase_of(state: &ActionState) -> ActionPhase {
    state
        .status
        .as_ref()
        .map_or(ActionPhase::Unspecified, ActionStatus::phase)
}

impl Client {
    async fn enqueue_one(&mut self, name: &str, parent: &str) -> Result<bool, String> {
        let request = EnqueueActionRequest {
            action_id: Some(action(name)),
            parent_action_name: parent.into(),
            ..EnqueueActionRequest::default()
        };
        let response = bounded(
            CALL_TIMEOUT,
            self.queue
                .enqueue_action(with_timeout(request, CALL_TIMEOUT)),
        )
        .await
        .map_err(|status| format!("EnqueueAction {name}: {status}"))?;
        Ok(response.into_inner().already_existed)
    }

    async fn read_state(&mut self, name: &str) -> Result<ActionState, Status> {
        let request = GetStateRequest {
            action_id: Some(action(name)),
        };
        let response = bounded(
            CALL_TIMEOUT,
            self.state.get_state(with_timeout(request, CALL_TIMEOUT)),
        )
        .await?;
        response
            .into_inner()
            .state
            .ok_or_else(|| Status::internal("GetState returned no state"))
    }

    async fn write_state(
        &mut self,
        name: &str,
        phase: ActionPhase,
        expected_revision: Option<u64>,
    ) -> Result<u64, Status> {
        let request = PutStateRequest {
            action_id: Some(action(name)),
            parent_action_name: "a0".into(),
            status: Some(ActionStatus {
                phase: phase.into(),
                attempt_count: 1,
                ..ActionStatus::default()
            }),
            expected_revision,
        };
        let response = bounded(
            CALL_TIMEOUT,
            self.state.put_state(with_timeout(request, CALL_TIMEOUT)),
        )
        .await?;
        Ok(response.into_inner().revision)
    }

    async fn open_watch(
        &mut self,
        timeout: Duration,
    ) -> Result<Streaming<WatchStateResponse>, Status> {
        let request = WatchStateRequest {
            parent_action_id: Some(action("a0")),
            after_revision: 0,
        };
        let response = bounded(
            timeout,
            self.state.watch_state(with_timeout(request, timeout)),
        )
        .await?;
        Ok(response.into_inner())
    }

    async fn enqueue(&mut self) -> CaseResult {
        ensure(!self.enqueue_one("a0", "").await?, || {
            "a0 already existed".into()
        })?;
        ensure(!self.enqueue_one("a1", "a0").await?, || {
            "a1 already existed".into()
        })?;
        ensure(self.enqueue_one("a1", "a0").await?, || {
            "a1 enqueued twice is new again".into()
        })
    }

    async fn get_state(&mut self) -> CaseResult {
        let state = self
            .read_state("a1")
            .await
            .map_err(|status| format!("GetState a1: {status}"))?;
        ensure(state.action_id == Some(action("a1")), || {
            format!("wrong action {:?}", state.action_id)
        })?;
        ensure(state.parent_action_name == "a0", || {
            format!("parent {:?}", state.parent_action_name)
        })?;
        ensure(phase_of(&state) == ActionPhase::Queued, || {
            format!("phase {:?}", phase_of(&state))
        })?;
        ensure(state.revision >= 1, || {
            format!("revision {}", state.revision)
        })
    }

    async fn put_state(&mut self) -> CaseResult {
        let before = self
            .read_state("a1")
            .await
            .map_err(|status| format!("GetState a1: {status}"))?;
        let revision = self
            .write_state("a1", ActionPhase::Running, Some(before.revision))
            .await
            .map_err(|status| format!("PutState a1: {status}"))?;
        ensure(revision > before.revision, || {
            format!("revision {revision} after {}", before.revision)
        })?;
        let after = self
            .read_state("a1")
            .await
            .map_err(|status| format!("GetState a1: {status}"))?;
        ensure(phase_of(&after) == ActionPhase::Running, || {
            format!("phase {:?}", phase_of(&after))
        })?;
        ensure(after.revision == revision, || {
            format!("read revision {}, wrote {revision}", after.revision)
        })
    }

    async fn not_found(&mut self) -> CaseResult {
        match self.read_state("a9").await {
            Ok(state) => Err(format!("GetState a9 returned {state:?}")),
            Err(status) => {
                expect_status(&status, Code::NotFound, "no state for action \"a9\"")?;
                ensure(status.details().is_empty(), || {
                    "NOT_FOUND carries details".into()
                })
            }
        }
    }

    async fn failed_precondition(&mut self) -> CaseResult {
        match self.write_state("a1", ActionPhase::Queued, None).await {
            Ok(revision) => Err(format!(
                "moving a1 back to queued wrote revision {revision}"
            )),
            Err(status) => expect_status(
                &status,
                Code::FailedPrecondition,
                "action \"a1\" cannot move from ACTION_PHASE_RUNNING to ACTION_PHASE_QUEUED",
            ),
        }
    }

    async fn status_details(&mut self) -> CaseResult {
        let stored = self
            .read_state("a1")
            .await
            .map_err(|status| format!("GetState a1: {status}"))?;
        let expected = stored.revision - 1;
        let status = match self
            .write_state("a1", ActionPhase::Succeeded, Some(expected))
            .await
        {
            Ok(revision) => {
                return Err(format!("a stale write succeeded with revision {revision}"));
            }
            Err(status) => status,
        };
        let message = details::revision_mismatch_message("a1", stored.revision, expected);
        expect_status(&status, Code::Aborted, &message)?;
        let got = details::read_revision_mismatch(&status)?;
        let want = details::RevisionMismatch {
            error_info: details::revision_mismatch_info(stored.revision, expected),
            stored,
        };
        ensure(got == want, || format!("details {got:?}, want {want:?}"))
    }

    async fn watch_and_cancel(&mut self) -> CaseResult {
        let mut watch = self
            .open_watch(CALL_TIMEOUT)
            .await
            .map_err(|status| format!("WatchState: {status}"))?;
        let snapshot = next(&mut watch).await?;
        let a1 = self
            .read_state("a1")
            .await
            .map_err(|status| format!("GetState a1: {status}"))?;
        ensure(snapshot.snapshot_complete, || {
            "the snapshot is not complete in one response".into()
        })?;
        ensure(snapshot.states == [a1.clone()], || {
            format!("snapshot {:?}, want [{a1:?}]", snapshot.states)
        })?;
        ensure(snapshot.revision == a1.revision, || {
            format!("snapshot revision {}", snapshot.revision)
        })?;

        ensure(!self.enqueue_one("a2", "a0").await?, || {
            "a2 already existed".into()
        })?;
        let change = next(&mut watch).await?;
        let a2 = self
            .read_state("a2")
            .await
            .map_err(|status| format!("GetState a2: {status}"))?;
        ensure(change.states == [a2.clone()], || {
            format!("change {:?}, want [{a2:?}]", change.states)
        })?;
        ensure(change.revision == a1.revision + 1, || {
            format!("change revision {}", change.revision)
        })?;
        ensure(change.snapshot_complete, || {
            "a change after the snapshot is not complete".into()
        })?;

        // Dropping the stream cancels it; the channel must stay usable.
        drop(watch);
        let again = self
            .read_state("a2")
            .await
            .map_err(|status| format!("GetState after cancel: {status}"))?;
        ensure(again == a2, || {
            "a2 changed after the cancelled watch".into()
        })
    }

    async fn watch_deadline(&mut self) -> CaseResult {
        let started = Instant::now();
        let mut watch = match self.open_watch(SHORT_TIMEOUT).await {
            Ok(watch) => watch,
            Err(status) => return Err(format!("WatchState: {status}")),
        };
        let snapshot = next(&mut watch).await?;
        ensure(snapshot.states.len() == 2, || {
            format!("snapshot of {} states", snapshot.states.len())
        })?;
        let deadline = started + SHORT_TIMEOUT;
        let ended = bounded(CALL_TIMEOUT, async {
            match tokio::time::timeout_at(deadline.into(), watch.message()).await {
                // A server may reset the stream at the deadline rather than
                // send a status; tonic then reports a cancellation. Once the
                // deadline has passed, the call's outcome is that deadline.
                Ok(Err(status))
                    if status.code() == Code::Cancelled && Instant::now() >= deadline =>
                {
                    Err(Status::deadline_exceeded(format!(
                        "the deadline passed: {status}"
                    )))
                }
                Ok(result) => result,
                Err(_) => Err(Status::deadline_exceeded("the client's deadline passed")),
            }
        })
        .await;
        let elapsed = started.elapsed();
        match ended {
            Ok(message) => Err(format!(
                "the stream went on past its deadline with {message:?}"
            )),
            Err(status) => {
                ensure(status.code() == Code::DeadlineExceeded, || {
                    format!("ended with {status}")
                })?;
                ensure(elapsed >= SHORT_TIMEOUT && elapsed < CALL_TIMEOUT, || {
                    format!("ended after {elapsed:?}")
                })
            }
        }
    }
}

async fn next(watch: &mut Streaming<WatchStateResponse>) -> Result<WatchStateResponse, String> {
    match bounded(CALL_TIMEOUT, watch.message()).await {
        Ok(Some(response)) => Ok(response),
        Ok(None) => Err("the watch ended early".into()),
        Err(status) => Err(format!("the watch failed: {status}")),
    }
}
