// Package phases tells which action phases are terminal and which phase
// changes are allowed.
//
// docs/phases.md defines the rules: phases move forward, a retry goes back to
// QUEUED, and the four terminal phases never change again. A change to the
// same phase is no change, and UNSPECIFIED, like any number outside the enum,
// is in no change at all.
package phases

import (
	commonv1 "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/common/v1"
)

// IsTerminal reports whether phase is terminal: an action in it never changes
// phase again. It is true for SUCCEEDED, FAILED, ABORTED and TIMED_OUT.
func IsTerminal(phase commonv1.ActionPhase) bool {
	switch phase {
	case commonv1.ActionPhase_ACTION_PHASE_SUCCEEDED,
		commonv1.ActionPhase_ACTION_PHASE_FAILED,
		commonv1.ActionPhase_ACTION_PHASE_ABORTED,
		commonv1.ActionPhase_ACTION_PHASE_TIMED_OUT:
		return true
	}
	return false
}

// CanTransition reports whether an action may change from phase from to
// phase to.
func CanTransition(from, to commonv1.ActionPhase) bool {
	if !isPhase(from) || !isPhase(to) || IsTerminal(from) || from == to {
		return false
	}
	// The enum numbers the phases in lifecycle order, so a later phase has a
	// larger number.
	return to > from || to == commonv1.ActionPhase_ACTION_PHASE_QUEUED
}

// isPhase reports whether phase is one an action can be in: a value of the
// enum other than UNSPECIFIED.
func isPhase(phase commonv1.ActionPhase) bool {
	return phase >= commonv1.ActionPhase_ACTION_PHASE_QUEUED &&
		phase <= commonv1.ActionPhase_ACTION_PHASE_TIMED_OUT
}
