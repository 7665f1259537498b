package phases_test

import (
	"fmt"

	commonv1 "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/common/v1"
	"github.com/flyteidl2/flyteidl2/gen/go/phases"
)

func Example() {
	fmt.Println(phases.IsTerminal(commonv1.ActionPhase_ACTION_PHASE_FAILED))
	fmt.Println(phases.CanTransition(
		commonv1.ActionPhase_ACTION_PHASE_RUNNING, commonv1.ActionPhase_ACTION_PHASE_QUEUED))
	fmt.Println(phases.CanTransition(
		commonv1.ActionPhase_ACTION_PHASE_SUCCEEDED, commonv1.ActionPhase_ACTION_PHASE_RUNNING))
	// Output:
	// true
	// true
	// false
}
