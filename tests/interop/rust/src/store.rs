//! The in-memory store behind the Rust server: every enqueued action's state,
//! grouped by parent, and the open watch streams of each parent.
//!
//! It keeps no change history: a watch that resumes after a revision older
//! than its parent's latest write gets `OUT_OF_RANGE`, as the contract allows
//! when changes are no longer kept. The store has no run service in front of
//! it, so an action that some enqueued action names as its parent counts as
//! existing even when it was never enqueued itself.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::SystemTime;

use flyteidl2::common::v1::{ActionIdentifier, ActionPhase};
use flyteidl2::workflow::v1::{ActionState, ActionStatus, WatchStateResponse};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};
use tonic::Status;

use crate::details;

/// The most states one watch response carries.
const MAX_STATES_PER_RESPONSE: usize = 1000;

/// What a watch stream receives: responses, then possibly a final status.
pub type WatchItem = Result<WatchStateResponse, Status>;

/// Names an action, or a parent, inside the store.
#[derive(Clone, Debug, Hash, PartialEq, Eq)]
struct ActionKey {
    run: String,
    name: String,
}

impl ActionKey {
    fn of(id: &ActionIdentifier) -> Self {
        let run = id.run.as_ref().map_or_else(String::new, |run| {
            format!("{}/{}/{}/{}", run.org, run.project, run.domain, run.name)
        });
        Self {
            run,
            name: id.name.clone(),
        }
    }

    fn parent_of(id: &ActionIdentifier, parent_name: &str) -> Self {
        Self {
            name: parent_name.to_owned(),
            ..Self::of(id)
        }
    }
}

/// The children of one parent and the streams watching them.
#[derive(Default)]
struct Family {
    /// Counts every write under this parent.
    revision: u64,
    /// The children's states, in the order they were enqueued.
    children: Vec<ActionState>,
    watchers: HashMap<u64, UnboundedSender<WatchItem>>,
}

impl Family {
    fn broadcast(&mut self, state: &ActionState) {
        let mut response = WatchStateResponse {
            states: vec![state.clone()],
            snapshot_complete: true,
            revision: self.revision,
        };
        // A watcher whose stream is gone unregisters itself when it drops;
        // until then a failed send only means it no longer listens.
        let mut watchers = self.watchers.values().peekable();
        while let Some(watcher) = watchers.next() {
            let item = if watchers.peek().is_some() {
                response.clone()
            } else {
                std::mem::take(&mut response)
            };
            let _ = watcher.send(Ok(item));
        }
    }
}

#[derive(Default)]
struct Inner {
    /// Maps each enqueued action to its parent and its index among the
    /// parent's children.
    actions: HashMap<ActionKey, (ActionKey, usize)>,
    families: HashMap<ActionKey, Family>,
    next_watch_id: u64,
}

impl Inner {
    /// Returns whether the action already exists under the same parent, or
    /// `ALREADY_EXISTS` when it exists under another.
    fn check_enqueue(&self, id: &ActionIdentifier, parent_name: &str) -> Result<bool, Status> {
        let Some((existing_parent, _)) = self.actions.get(&ActionKey::of(id)) else {
            return Ok(false);
        };
        if existing_parent.name != parent_name {
            return Err(Status::already_exists(format!(
                "action \"{}\" was enqueued under parent \"{}\", not \"{parent_name}\"",
                id.name, existing_parent.name
            )));
        }
        Ok(true)
    }

    fn insert(&mut self, id: &ActionIdentifier, parent_name: &str) {
        let parent = ActionKey::parent_of(id, parent_name);
        let now = timestamp_now();
        let family = self.families.entry(parent.clone()).or_default();
        family.revision += 1;
        let state = ActionState {
            action_id: Some(id.clone()),
            parent_action_name: parent_name.to_owned(),
            status: Some(ActionStatus {
                phase: ActionPhase::Queued.into(),
                start_time: Some(now),
                ..ActionStatus::default()
            }),
            revision: family.revision,
            update_time: Some(now),
        };
        family.broadcast(&state);
        family.children.push(state);
        let index = family.children.len() - 1;
        self.actions.insert(ActionKey::of(id), (parent, index));
    }
}

/// The store shared by the queue and the state service.
#[derive(Default)]
pub struct Store {
    inner: Mutex<Inner>,
    open_watches: AtomicUsize,
    watch_opened: tokio::sync::Notify,
}

/// Keeps a watch registered while its stream lives; dropping it unregisters.
pub struct WatchRegistration {
    store: Arc<Store>,
    parent: ActionKey,
    id: u64,
}

impl Drop for WatchRegistration {
    fn drop(&mut self) {
        if let Some(family) = self.store.lock().families.get_mut(&self.parent) {
            family.watchers.remove(&self.id);
        }
        self.store.open_watches.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Store {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock leaves plain data behind; keep going.
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Returns how many watch streams are open.
    pub fn open_watches(&self) -> usize {
        self.open_watches.load(Ordering::SeqCst)
    }

    /// Waits until at least `count` watch streams are open.
    pub async fn wait_for_watches(&self, count: usize) {
        loop {
            let opened = self.watch_opened.notified();
            if self.open_watches() >= count {
                return;
            }
            opened.await;
        }
    }

    /// Enqueues an action in `ACTION_PHASE_QUEUED` and returns whether it
    /// already existed.
    pub fn enqueue(&self, id: &ActionIdentifier, parent_name: &str) -> Result<bool, Status> {
        let mut inner = self.lock();
        let already_existed = inner.check_enqueue(id, parent_name)?;
        if !already_existed {
            inner.insert(id, parent_name);
        }
        Ok(already_existed)
    }

    /// Enqueues every action of a batch, or none when one of them fails; the
    /// error then names the index of the first failing action.
    pub fn enqueue_all(&self, batch: &[(&ActionIdentifier, &str)]) -> Result<Vec<bool>, Status> {
        let mut inner = self.lock();
        let mut parents = HashMap::new();
        let mut existed = Vec::with_capacity(batch.len());
        for (index, (id, parent_name)) in batch.iter().enumerate() {
            let at_index = |status: Status| {
                Status::new(
                    status.code(),
                    format!("requests[{index}]: {}", status.message()),
                )
            };
            let already_existed = inner.check_enqueue(id, parent_name).map_err(at_index)?;
            // A name twice in one batch must name the same parent both times.
            if let Some(first) = parents.insert(ActionKey::of(id), *parent_name)
                && first != *parent_name
            {
                return Err(at_index(Status::already_exists(format!(
                    "action \"{}\" was enqueued under parent \"{first}\", not \"{parent_name}\"",
                    id.name
                ))));
            }
            existed.push(already_existed);
        }
        for (id, parent_name) in batch {
            if !inner.actions.contains_key(&ActionKey::of(id)) {
                inner.insert(id, parent_name);
            }
        }
        Ok(existed)
    }

    /// Returns an action's state.
    pub fn get(&self, id: &ActionIdentifier) -> Result<ActionState, Status> {
        let inner = self.lock();
        let Some((parent, index)) = inner.actions.get(&ActionKey::of(id)) else {
            return Err(Status::not_found(format!(
                "no state for action \"{}\"",
                id.name
            )));
        };
        Ok(inner.families[parent].children[*index].clone())
    }

    /// Writes an action's state after the checks `PutState` promises, and
    /// returns its new revision.
    pub fn put(
        &self,
        id: &ActionIdentifier,
        parent_name: &str,
        status: ActionStatus,
        expected_revision: Option<u64>,
    ) -> Result<u64, Status> {
        let new_phase = status.phase();
        if new_phase == ActionPhase::Unspecified {
            return Err(Status::invalid_argument("status.phase is required"));
        }
        let mut inner = self.lock();
        let Some((parent, index)) = inner.actions.get(&ActionKey::of(id)).cloned() else {
            return Err(Status::not_found(format!(
                "action \"{}\" was never enqueued",
                id.name
            )));
        };
        if parent.name != parent_name {
            return Err(Status::invalid_argument(format!(
                "action \"{}\" was enqueued under parent \"{}\", not \"{parent_name}\"",
                id.name, parent.name
            )));
        }
        let family = inner
            .families
            .get_mut(&parent)
            .expect("an action's family exists");
        let stored = &family.children[index];
        if let Some(expected) = expected_revision
            && expected != stored.revision
        {
            return Err(details::revision_mismatch(stored, expected));
        }
        let old_phase = stored
            .status
            .as_ref()
            .map_or(ActionPhase::Unspecified, |s| s.phase());
        if is_terminal(old_phase) || new_phase < old_phase {
            return Err(Status::failed_precondition(format!(
                "action \"{}\" cannot move from {} to {}",
                id.name,
                old_phase.as_str_name(),
                new_phase.as_str_name()
            )));
        }
        family.revision += 1;
        let state = ActionState {
            status: Some(status),
            revision: family.revision,
            update_time: Some(timestamp_now()),
            ..stored.clone()
        };
        family.broadcast(&state);
        family.children[index] = state;
        Ok(family.revision)
    }

    /// Writes a new status to every action that is not terminal, as one
    /// write each: `change` turns its stored status into the new one. Holds
    /// the lock for the whole round, and skips the checks of [`Store::put`],
    /// which the simulated executor's phase order meets.
    pub fn advance_all(&self, change: impl Fn(&mut ActionStatus, &ActionState)) {
        let now = timestamp_now();
        let mut inner = self.lock();
        for family in inner.families.values_mut() {
            for index in 0..family.children.len() {
                let child = &family.children[index];
                let mut status = child.status.clone().unwrap_or_default();
                if is_terminal(status.phase()) {
                    continue;
                }
                change(&mut status, child);
                family.revision += 1;
                let revision = family.revision;
                let child = &mut family.children[index];
                child.status = Some(status);
                child.revision = revision;
                child.update_time = Some(now);
                let state = child.clone();
                family.broadcast(&state);
            }
        }
    }

    /// Opens a watch on a parent's children. Without `after_revision` the
    /// stream starts with a snapshot; with it, it resumes when no change after
    /// it was missed and fails with `OUT_OF_RANGE` otherwise.
    pub fn watch(
        self: &Arc<Self>,
        parent_id: &ActionIdentifier,
        after_revision: u64,
    ) -> Result<(UnboundedReceiver<WatchItem>, WatchRegistration), Status> {
        let parent = ActionKey::of(parent_id);
        let (sender, receiver) = unbounded_channel();
        let mut inner = self.lock();
        if !inner.families.contains_key(&parent) && !inner.actions.contains_key(&parent) {
            return Err(Status::not_found(format!(
                "no action \"{}\"",
                parent_id.name
            )));
        }
        let id = inner.next_watch_id;
        inner.next_watch_id += 1;
        let family = inner.families.entry(parent.clone()).or_default();
        send_snapshot(&sender, family, after_revision)?;
        family.watchers.insert(id, sender);
        drop(inner);
        Ok((receiver, self.register(parent, id)))
    }

    fn register(self: &Arc<Self>, parent: ActionKey, id: u64) -> WatchRegistration {
        self.open_watches.fetch_add(1, Ordering::SeqCst);
        self.watch_opened.notify_waiters();
        WatchRegistration {
            store: Arc::clone(self),
            parent,
            id,
        }
    }
}

/// Queues the start of a watch: the snapshot in responses of at most 1000
/// states, or nothing when resuming after a revision that misses no change.
fn send_snapshot(
    sender: &UnboundedSender<WatchItem>,
    family: &Family,
    after_revision: u64,
) -> Result<(), Status> {
    if after_revision > 0 {
        if after_revision < family.revision {
            return Err(Status::out_of_range(format!(
                "changes after revision {after_revision} are no longer kept"
            )));
        }
        return Ok(());
    }
    let mut states = family.children.clone();
    states.sort_by_key(|state| state.revision);
    if states.is_empty() {
        let _ = sender.send(Ok(WatchStateResponse {
            states,
            snapshot_complete: true,
            revision: family.revision,
        }));
        return Ok(());
    }
    let last = (states.len() - 1) / MAX_STATES_PER_RESPONSE;
    for (position, chunk) in states.chunks(MAX_STATES_PER_RESPONSE).enumerate() {
        let _ = sender.send(Ok(WatchStateResponse {
            states: chunk.to_vec(),
            snapshot_complete: position == last,
            revision: family.revision,
        }));
    }
    Ok(())
}

/// Returns whether a phase is one an action never leaves.
pub fn is_terminal(phase: ActionPhase) -> bool {
    matches!(
        phase,
        ActionPhase::Succeeded | ActionPhase::Failed | ActionPhase::Aborted | ActionPhase::TimedOut
    )
}

fn timestamp_now() -> pbjson_types::Timestamp {
    let since_epoch = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .expect("the clock is after 1970");
    pbjson_types::Timestamp {
        seconds: i64::try_from(since_epoch.as_secs()).expect("seconds fit in i64"),
        nanos: i32::try_from(since_epoch.subsec_nanos()).expect("nanos fit in i32"),
    }
}
