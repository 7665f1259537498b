//! A controller built on the `flyteidl2` crate, as a dependent would use it.
//!
//! It enqueues actions through the queue service and follows each one
//! through a watch stream of its own on the state service, keeping an
//! in-memory [`View`] of every action's latest status. A watch streams the
//! children of one parent, so each action here runs under a parent of its
//! own (`<name>-parent`), as when one controller process serves many
//! parents; [`parent_name`] says which.
//!
//! The watches are spread over several HTTP/2 connections: one connection
//! carries at most the server's `SETTINGS_MAX_CONCURRENT_STREAMS`, which
//! some servers set to 100 or 200.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use flyteidl2::common::v1::{ActionIdentifier, ActionPhase, RunIdentifier};
use flyteidl2::workflow::v1::queue_service_client::QueueServiceClient;
use flyteidl2::workflow::v1::state_service_client::StateServiceClient;
use flyteidl2::workflow::v1::{
    ActionState, EnqueueActionRequest, EnqueueActionsRequest, WatchStateRequest,
};
use tokio::sync::Notify;
use tokio::task::JoinSet;
use tonic::transport::{Channel, Endpoint};
use tonic::{Request, Status};

/// The deadline of each enqueue call.
const ENQUEUE_TIMEOUT: Duration = Duration::from_secs(30);
/// The most actions one `EnqueueActions` call takes.
const ENQUEUE_BATCH: usize = 1000;
/// The HTTP/2 receive window of each connection. The default of 64 KiB is
/// shared by every stream on the connection and would pace thousands of
/// streams to a few hundred messages in flight.
const CONNECTION_WINDOW_BYTES: u32 = 4 << 20;

/// Returns the name of the parent the controller enqueues `name` under.
pub fn parent_name(name: &str) -> String {
    format!("{name}-parent")
}

/// What the controller knows of one action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActionView {
    pub phase: ActionPhase,
    pub attempt_count: u32,
    pub revision: u64,
}

/// The latest status of every watched action, and counts of what arrived.
#[derive(Default)]
pub struct View {
    actions: Mutex<HashMap<String, ActionView>>,
    updates: AtomicU64,
    snapshots: AtomicUsize,
    terminal: AtomicUsize,
    first_update: OnceLock<Instant>,
    changed: Notify,
}

impl View {
    /// Returns what the view holds for an action.
    pub fn get(&self, name: &str) -> Option<ActionView> {
        self.lock().get(name).copied()
    }

    /// Returns every action's view, keyed by name.
    pub fn actions(&self) -> HashMap<String, ActionView> {
        self.lock().clone()
    }

    /// Returns how many states arrived after their stream's snapshot.
    pub fn updates(&self) -> u64 {
        self.updates.load(Ordering::Relaxed)
    }

    /// Returns when the first state after a snapshot arrived.
    pub fn first_update(&self) -> Option<Instant> {
        self.first_update.get().copied()
    }

    /// Returns how many watches have received their whole snapshot.
    pub fn snapshots(&self) -> usize {
        self.snapshots.load(Ordering::Relaxed)
    }

    /// Returns how many actions reached a terminal phase.
    pub fn terminal(&self) -> usize {
        self.terminal.load(Ordering::Relaxed)
    }

    /// Waits until `done` holds for the view.
    pub async fn wait_until(&self, done: impl Fn(&View) -> bool) {
        loop {
            let changed = self.changed.notified();
            if done(self) {
                return;
            }
            changed.await;
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, ActionView>> {
        self.actions
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Records a state unless the view already holds a newer one, and
    /// returns whether the action is now terminal.
    fn apply(&self, state: &ActionState, from_snapshot: bool) -> bool {
        let Some(name) = state.action_id.as_ref().map(|id| id.name.as_str()) else {
            return false;
        };
        let status = state.status.clone().unwrap_or_default();
        let view = ActionView {
            phase: status.phase(),
            attempt_count: status.attempt_count,
            revision: state.revision,
        };
        if !from_snapshot {
            self.first_update.get_or_init(Instant::now);
            self.updates.fetch_add(1, Ordering::Relaxed);
        }
        let terminal = is_terminal(view.phase);
        let mut actions = self.lock();
        match actions.get_mut(name) {
            Some(known) if known.revision >= view.revision => return is_terminal(known.phase),
            Some(known) => *known = view,
            None => {
                actions.insert(name.to_owned(), view);
            }
        }
        drop(actions);
        if terminal {
            self.terminal.fetch_add(1, Ordering::Relaxed);
            self.changed.notify_waiters();
        }
        terminal
    }

    fn snapshot_received(&self) {
        self.snapshots.fetch_add(1, Ordering::Relaxed);
        self.changed.notify_waiters();
    }
}

/// Returns whether an action never leaves a phase.
pub fn is_terminal(phase: ActionPhase) -> bool {
    matches!(
        phase,
        ActionPhase::Succeeded | ActionPhase::Failed | ActionPhase::Aborted | ActionPhase::TimedOut
    )
}

/// Enqueues actions of one run and follows each through its own watch.
pub struct Controller {
    run: RunIdentifier,
    queue: QueueServiceClient<Channel>,
    /// One client per HTTP/2 connection; watches take them in turn.
    states: Vec<StateServiceClient<Channel>>,
    view: Arc<View>,
}

impl Controller {
    /// Opens `connections` HTTP/2 connections to `target`.
    pub async fn connect(
        target: &str,
        connections: usize,
        run: RunIdentifier,
    ) -> Result<Self, String> {
        let endpoint = Endpoint::from_shared(target.to_owned())
            .map_err(|error| format!("bad target {target:?}: {error}"))?
            .tcp_nodelay(true)
            .initial_connection_window_size(CONNECTION_WINDOW_BYTES);
        let mut channels = Vec::with_capacity(connections.max(1));
        for _ in 0..connections.max(1) {
            let channel = endpoint
                .connect()
                .await
                .map_err(|error| format!("failed to connect to {target}: {error}"))?;
            channels.push(channel);
        }
        Ok(Self {
            run,
            queue: QueueServiceClient::new(channels[0].clone()),
            states: channels.into_iter().map(StateServiceClient::new).collect(),
            view: Arc::default(),
        })
    }

    /// Returns the view the watches update.
    pub fn view(&self) -> &Arc<View> {
        &self.view
    }

    fn action(&self, name: &str) -> ActionIdentifier {
        ActionIdentifier {
            run: Some(self.run.clone()),
            name: name.to_owned(),
        }
    }

    /// Enqueues each named action under its own parent, in batches.
    pub async fn enqueue(&mut self, names: &[String]) -> Result<(), Status> {
        for batch in names.chunks(ENQUEUE_BATCH) {
            let requests = batch
                .iter()
                .map(|name| EnqueueActionRequest {
                    action_id: Some(self.action(name)),
                    parent_action_name: parent_name(name),
                    ..EnqueueActionRequest::default()
                })
                .collect();
            let mut request = Request::new(EnqueueActionsRequest { requests });
            request.set_timeout(ENQUEUE_TIMEOUT);
            tokio::time::timeout(ENQUEUE_TIMEOUT, self.queue.enqueue_actions(request))
                .await
                .map_err(|_| Status::deadline_exceeded("EnqueueActions took too long"))??;
        }
        Ok(())
    }

    /// Opens one watch per named action, each in a task of its own that ends
    /// once its action is terminal. Aborting a task cancels its stream.
    pub fn watch(&self, names: &[String]) -> JoinSet<Result<(), Status>> {
        let mut watches = JoinSet::new();
        for (index, name) in names.iter().enumerate() {
            let client = self.states[index % self.states.len()].clone();
            let parent = self.action(&parent_name(name));
            watches.spawn(follow(client, parent, Arc::clone(&self.view)));
        }
        watches
    }
}

/// Follows one parent's children until one of them is terminal; with one
/// child per parent, until the watched action is.
async fn follow(
    mut client: StateServiceClient<Channel>,
    parent: ActionIdentifier,
    view: Arc<View>,
) -> Result<(), Status> {
    let request = WatchStateRequest {
        parent_action_id: Some(parent),
        after_revision: 0,
    };
    let mut stream = client.watch_state(request).await?.into_inner();
    let mut snapshot_complete = false;
    while let Some(response) = stream.message().await? {
        let mut finished = false;
        for state in &response.states {
            finished |= view.apply(state, !snapshot_complete);
        }
        if response.snapshot_complete && !snapshot_complete {
            snapshot_complete = true;
            view.snapshot_received();
        }
        if finished {
            return Ok(());
        }
    }
    Err(Status::unavailable(
        "the watch ended before its action finished",
    ))
}
