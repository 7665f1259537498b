//! Which action phases are terminal, and which phase changes are allowed.
//!
//! docs/phases.md defines the rules: phases move forward, a retry goes back
//! to `Queued`, and the four terminal phases never change again. A change to
//! the same phase is no change, and `Unspecified` is in no change at all.
//!
//! ```
//! use flyteidl2::common::v1::ActionPhase;
//! use flyteidl2::phases::{can_transition, is_terminal};
//!
//! assert!(is_terminal(ActionPhase::Failed));
//! assert!(can_transition(ActionPhase::Running, ActionPhase::Queued));
//! assert!(!can_transition(ActionPhase::Succeeded, ActionPhase::Running));
//! ```

use crate::common::v1::ActionPhase;

/// Tells whether `phase` is terminal: an action in it never changes phase
/// again. True for `Succeeded`, `Failed`, `Aborted` and `TimedOut`.
#[must_use]
pub fn is_terminal(phase: ActionPhase) -> bool {
    matches!(
        phase,
        ActionPhase::Succeeded | ActionPhase::Failed | ActionPhase::Aborted | ActionPhase::TimedOut
    )
}

/// Tells whether an action may change from phase `from` to phase `to`.
#[must_use]
pub fn can_transition(from: ActionPhase, to: ActionPhase) -> bool {
    if from == ActionPhase::Unspecified || to == ActionPhase::Unspecified {
        return false;
    }
    if is_terminal(from) || from == to {
        return false;
    }
    // The enum numbers the phases in lifecycle order, so a later phase has a
    // larger number.
    to > from || to == ActionPhase::Queued
}
