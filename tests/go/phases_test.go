package flyteidl2_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	commonv1 "github.com/flyteidl2/flyteidl2/gen/go/flyteidl2/common/v1"
	"github.com/flyteidl2/flyteidl2/gen/go/phases"
)

// outsideTheEnum is a phase number that no enum value has.
const outsideTheEnum = commonv1.ActionPhase(99)

// everyPhase returns every value of the enum, UNSPECIFIED included, and a
// number outside it.
func everyPhase() []commonv1.ActionPhase {
	values := commonv1.ActionPhase(0).Descriptor().Values()
	all := make([]commonv1.ActionPhase, 0, values.Len()+1)
	for i := range values.Len() {
		all = append(all, commonv1.ActionPhase(values.Get(i).Number()))
	}
	return append(all, outsideTheEnum)
}

// documentedPhase reads a phase as the table in docs/phases.md names it: the
// enum value without its ACTION_PHASE_ prefix, in backticks.
func documentedPhase(cell string) (commonv1.ActionPhase, error) {
	name, ok := strings.CutPrefix(strings.TrimSpace(cell), "`")
	if name, ok = strings.CutSuffix(name, "`"); !ok {
		return 0, fmt.Errorf("%q is not a `PHASE`", cell)
	}
	number, ok := commonv1.ActionPhase_value["ACTION_PHASE_"+name]
	if !ok {
		return 0, fmt.Errorf("%s is no ActionPhase", name)
	}
	return commonv1.ActionPhase(number), nil
}

// documentedTable reads the table of docs/phases.md, the one definition of
// the phase rules: each phase with the phases it may change to.
func documentedTable(t *testing.T) map[commonv1.ActionPhase][]commonv1.ActionPhase {
	t.Helper()
	text, err := os.ReadFile(filepath.Join("..", "..", "docs", "phases.md"))
	if err != nil {
		t.Fatalf("failed to read docs/phases.md: %v", err)
	}
	table := map[commonv1.ActionPhase][]commonv1.ActionPhase{}
	for _, line := range strings.Split(string(text), "\n") {
		if !strings.HasPrefix(line, "| `") {
			continue
		}
		cells := strings.Split(line, "|")
		if len(cells) != 4 {
			t.Fatalf("docs/phases.md: a table row has other than two cells: %q", line)
		}
		from, err := documentedPhase(cells[1])
		if err != nil {
			t.Fatalf("docs/phases.md: %v, in line %q", err, line)
		}
		if _, ok := table[from]; ok {
			t.Fatalf("docs/phases.md: %s has two rows", from)
		}
		targets := []commonv1.ActionPhase{}
		if strings.TrimSpace(cells[2]) != "none (terminal)" {
			for _, cell := range strings.Split(cells[2], ",") {
				to, err := documentedPhase(cell)
				if err != nil {
					t.Fatalf("docs/phases.md: %v, in line %q", err, line)
				}
				targets = append(targets, to)
			}
		}
		table[from] = targets
	}
	return table
}

func TestPhaseTableHasARowForEveryPhaseButUnspecified(t *testing.T) {
	table := documentedTable(t)
	for _, phase := range everyPhase() {
		_, documented := table[phase]
		want := phase != commonv1.ActionPhase_ACTION_PHASE_UNSPECIFIED && phase != outsideTheEnum
		if documented != want {
			t.Errorf("docs/phases.md has a row for %s: %t, want %t", phase, documented, want)
		}
	}
	if len(table) != len(everyPhase())-2 {
		t.Errorf("docs/phases.md has %d rows, want one for each phase", len(table))
	}
}

func TestCanTransitionAllowsExactlyTheDocumentedChanges(t *testing.T) {
	table := documentedTable(t)
	for _, from := range everyPhase() {
		for _, to := range everyPhase() {
			documented := slices.Contains(table[from], to)
			if got := phases.CanTransition(from, to); got != documented {
				t.Errorf("CanTransition(%s, %s) = %t, the table says %t", from, to, got, documented)
			}
		}
	}
}

func TestTerminalPhasesAreTheDocumentedOnesWithNoWayOut(t *testing.T) {
	table := documentedTable(t)
	for _, phase := range everyPhase() {
		targets, documented := table[phase]
		want := documented && len(targets) == 0
		if got := phases.IsTerminal(phase); got != want {
			t.Errorf("IsTerminal(%s) = %t, want %t", phase, got, want)
		}
	}
}
