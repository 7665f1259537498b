//! The Rust interop server: the queue and state services over the in-memory
//! [`Store`], and an optional executor simulation that moves every enqueued
//! action through its phases, for the controller example and its benchmark.

use std::collections::HashSet;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use flyteidl2::common::v1::{ActionIdentifier, ActionPhase};
use flyteidl2::workflow::v1::queue_service_server::{QueueService, QueueServiceServer};
use flyteidl2::workflow::v1::state_service_server::{StateService, StateServiceServer};
use flyteidl2::workflow::v1::{
    AbortQueuedActionRequest, AbortQueuedActionResponse, AbortQueuedRunRequest,
    AbortQueuedRunResponse, EnqueueActionRequest, EnqueueActionResponse, EnqueueActionsRequest,
    EnqueueActionsResponse, GetStateRequest, GetStateResponse, HeartbeatRequest, HeartbeatResponse,
    PutStateRequest, PutStateResponse, RecordTraceRequest, RecordTraceResponse, WatchQueueRequest,
    WatchQueueResponse, WatchStateRequest, WatchStateResponse,
};
use tokio::sync::mpsc::UnboundedReceiver;
use tokio::time::Sleep;
use tokio_stream::Stream;
use tonic::transport::Server;
use tonic::transport::server::TcpIncoming;
use tonic::{Request, Response, Status};

use crate::store::{Store, WatchItem, WatchRegistration};

/// The most concurrent streams the server allows on one HTTP/2 connection.
/// tonic advertises no limit unless told; saying it keeps a benchmark client
/// that multiplexes thousands of watches on few connections from guessing.
const MAX_STREAMS_PER_CONNECTION: u32 = 20_000;

/// How long a stopping server waits for its connections to close before it
/// counts the watch streams still open.
const CLOSE_GRACE: Duration = Duration::from_secs(5);

/// How the executor simulation runs: it waits until `after_watches` watch
/// streams are open, then writes `updates` states to every action enqueued by
/// then, one round over all actions per step.
#[derive(Clone, Copy, Debug)]
pub struct Simulation {
    pub updates: u32,
    pub after_watches: usize,
}

/// Serves both services on 127.0.0.1:`port` (0 picks a free port), prints
/// `listening on <address>` once ready, and on SIGINT or SIGTERM prints how
/// many watch streams were still open once its connections had closed (or
/// after [`CLOSE_GRACE`]) and returns.
pub async fn serve(port: u16, simulation: Option<Simulation>) -> Result<(), String> {
    let store = Arc::new(Store::default());
    let incoming = TcpIncoming::bind(([127, 0, 0, 1], port).into())
        .map_err(|error| format!("failed to bind 127.0.0.1:{port}: {error}"))?
        .with_nodelay(Some(true));
    let address = incoming
        .local_addr()
        .map_err(|error| format!("failed to read the bound address: {error}"))?;
    println!("listening on {address}");
    if let Some(simulation) = simulation {
        tokio::spawn(simulate(Arc::clone(&store), simulation));
    }
    let signalled = Arc::new(tokio::sync::Notify::new());
    let stop = {
        let signalled = Arc::clone(&signalled);
        async move {
            shutdown_signal().await;
            signalled.notify_one();
        }
    };
    let server = Server::builder()
        .max_concurrent_streams(MAX_STREAMS_PER_CONNECTION)
        .add_service(QueueServiceServer::from_arc(Arc::new(Queue(Arc::clone(
            &store,
        )))))
        .add_service(StateServiceServer::from_arc(Arc::new(State(Arc::clone(
            &store,
        )))))
        .serve_with_incoming_shutdown(incoming, stop);
    // On the signal the server stops accepting and waits for its connections
    // to close, and a closed connection has dropped its watch streams: a watch
    // whose client has just exited is gone before the count, while a
    // registration that outlives its stream, or a stream on a connection still
    // open after the grace, counts.
    tokio::select! {
        result = server => result.map_err(|error| format!("server failed: {error}"))?,
        () = async {
            signalled.notified().await;
            tokio::time::sleep(CLOSE_GRACE).await;
        } => {},
    }
    println!("open watch streams: {}", store.open_watches());
    Ok(())
}

async fn shutdown_signal() {
    use tokio::signal::unix::{SignalKind, signal};
    let mut terminate = signal(SignalKind::terminate()).expect("SIGTERM handler installs");
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {},
        _ = terminate.recv() => {},
    }
}

/// Moves every action through `updates` writes: waiting for resources,
/// initializing, one running write per attempt, and success last.
async fn simulate(store: Arc<Store>, simulation: Simulation) {
    store.wait_for_watches(simulation.after_watches).await;
    let updates = simulation.updates.max(4);
    for step in 1..=updates {
        let phase = match step {
            1 => ActionPhase::WaitingForResources,
            2 => ActionPhase::Initializing,
            step if step == updates => ActionPhase::Succeeded,
            _ => ActionPhase::Running,
        };
        store.advance_all(|status, stored| {
            status.phase = phase.into();
            if phase == ActionPhase::Running {
                status.attempt_count += 1;
            }
            if phase == ActionPhase::Succeeded {
                status.end_time = stored.update_time;
                let name = stored.action_id.as_ref().map_or("", |id| id.name.as_str());
                status.outputs_uri = format!("memory://outputs/{name}");
            }
        });
        tokio::task::yield_now().await;
    }
}

struct Queue(Arc<Store>);

struct State(Arc<Store>);

fn required<'a>(
    id: Option<&'a ActionIdentifier>,
    field: &str,
) -> Result<&'a ActionIdentifier, Status> {
    match id {
        Some(id) if id.run.is_some() && !id.name.is_empty() => Ok(id),
        Some(_) => Err(Status::invalid_argument(format!(
            "{field} needs a run and a name"
        ))),
        None => Err(Status::invalid_argument(format!("{field} is required"))),
    }
}

fn unimplemented(method: &str) -> Status {
    Status::unimplemented(format!("the in-memory server does not implement {method}"))
}

#[tonic::async_trait]
impl QueueService for Queue {
    async fn enqueue_action(
        &self,
        request: Request<EnqueueActionRequest>,
    ) -> Result<Response<EnqueueActionResponse>, Status> {
        let request = request.into_inner();
        let id = required(request.action_id.as_ref(), "action_id")?;
        let already_existed = self.0.enqueue(id, &request.parent_action_name)?;
        Ok(Response::new(EnqueueActionResponse { already_existed }))
    }

    async fn enqueue_actions(
        &self,
        request: Request<EnqueueActionsRequest>,
    ) -> Result<Response<EnqueueActionsResponse>, Status> {
        let requests = request.into_inner().requests;
        if requests.is_empty() || requests.len() > 1000 {
            return Err(Status::invalid_argument(format!(
                "requests holds {} actions, not 1 to 1000",
                requests.len()
            )));
        }
        let mut batch = Vec::with_capacity(requests.len());
        let mut runs = HashSet::new();
        for (index, request) in requests.iter().enumerate() {
            let id = required(
                request.action_id.as_ref(),
                &format!("requests[{index}].action_id"),
            )?;
            runs.insert(id.run.clone());
            if runs.len() > 1 {
                return Err(Status::invalid_argument(format!(
                    "requests[{index}] is in another run than requests[0]"
                )));
            }
            batch.push((id, request.parent_action_name.as_str()));
        }
        let responses = self
            .0
            .enqueue_all(&batch)?
            .into_iter()
            .map(|already_existed| EnqueueActionResponse { already_existed })
            .collect();
        Ok(Response::new(EnqueueActionsResponse { responses }))
    }

    async fn abort_queued_action(
        &self,
        _: Request<AbortQueuedActionRequest>,
    ) -> Result<Response<AbortQueuedActionResponse>, Status> {
        Err(unimplemented("AbortQueuedAction"))
    }

    async fn abort_queued_run(
        &self,
        _: Request<AbortQueuedRunRequest>,
    ) -> Result<Response<AbortQueuedRunResponse>, Status> {
        Err(unimplemented("AbortQueuedRun"))
    }

    async fn record_trace(
        &self,
        _: Request<RecordTraceRequest>,
    ) -> Result<Response<RecordTraceResponse>, Status> {
        Err(unimplemented("RecordTrace"))
    }

    async fn heartbeat(
        &self,
        _: Request<HeartbeatRequest>,
    ) -> Result<Response<HeartbeatResponse>, Status> {
        Err(unimplemented("Heartbeat"))
    }

    type WatchQueueStream =
        Pin<Box<dyn Stream<Item = Result<WatchQueueResponse, Status>> + Send + 'static>>;

    async fn watch_queue(
        &self,
        _: Request<WatchQueueRequest>,
    ) -> Result<Response<Self::WatchQueueStream>, Status> {
        Err(unimplemented("WatchQueue"))
    }
}

#[tonic::async_trait]
impl StateService for State {
    async fn put_state(
        &self,
        request: Request<PutStateRequest>,
    ) -> Result<Response<PutStateResponse>, Status> {
        let request = request.into_inner();
        let id = required(request.action_id.as_ref(), "action_id")?;
        let status = request
            .status
            .ok_or_else(|| Status::invalid_argument("status is required"))?;
        let revision = self.0.put(
            id,
            &request.parent_action_name,
            status,
            request.expected_revision,
        )?;
        Ok(Response::new(PutStateResponse { revision }))
    }

    async fn get_state(
        &self,
        request: Request<GetStateRequest>,
    ) -> Result<Response<GetStateResponse>, Status> {
        let request = request.into_inner();
        let id = required(request.action_id.as_ref(), "action_id")?;
        let state = self.0.get(id)?;
        Ok(Response::new(GetStateResponse { state: Some(state) }))
    }

    type WatchStateStream = WatchStream;

    async fn watch_state(
        &self,
        request: Request<WatchStateRequest>,
    ) -> Result<Response<WatchStream>, Status> {
        let deadline =
            request_timeout(&request)?.map(|timeout| Box::pin(tokio::time::sleep(timeout)));
        let request = request.into_inner();
        let parent = required(request.parent_action_id.as_ref(), "parent_action_id")?;
        let (receiver, registration) = self.0.watch(parent, request.after_revision)?;
        Ok(Response::new(WatchStream {
            receiver,
            deadline,
            _registration: registration,
        }))
    }
}

/// Reads the caller's deadline from the `grpc-timeout` header. tonic enforces
/// it only until the response headers are sent, so a watch stream ends itself
/// with `DEADLINE_EXCEEDED` when it passes.
fn request_timeout<T>(request: &Request<T>) -> Result<Option<Duration>, Status> {
    let Some(value) = request.metadata().get("grpc-timeout") else {
        return Ok(None);
    };
    let invalid = || Status::invalid_argument(format!("grpc-timeout {value:?} is not a timeout"));
    let text = value.to_str().map_err(|_| invalid())?;
    let (digits, unit) = text.split_at(text.len().saturating_sub(1));
    let amount: u64 = digits.parse().map_err(|_| invalid())?;
    let timeout = match unit {
        "H" => Duration::from_secs(amount.saturating_mul(3600)),
        "M" => Duration::from_secs(amount.saturating_mul(60)),
        "S" => Duration::from_secs(amount),
        "m" => Duration::from_millis(amount),
        "u" => Duration::from_micros(amount),
        "n" => Duration::from_nanos(amount),
        _ => return Err(invalid()),
    };
    Ok(Some(timeout))
}

/// A watch stream: the responses the store queues for it, ended by the
/// caller's deadline. Dropping it, as tonic does when the caller cancels,
/// unregisters the watch.
pub struct WatchStream {
    receiver: UnboundedReceiver<WatchItem>,
    deadline: Option<Pin<Box<Sleep>>>,
    _registration: WatchRegistration,
}

impl Stream for WatchStream {
    type Item = Result<WatchStateResponse, Status>;

    fn poll_next(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if let Some(deadline) = self.deadline.as_mut()
            && deadline.as_mut().poll(context).is_ready()
        {
            self.deadline = None;
            self.receiver.close();
            return Poll::Ready(Some(Err(Status::deadline_exceeded(
                "the watch's deadline passed",
            ))));
        }
        self.receiver.poll_recv(context)
    }
}
