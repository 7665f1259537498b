//! Checks `flyteidl2::phases` against the table in docs/phases.md, the one
//! definition of the phase rules that the Python and Go helpers are tested
//! against too.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use flyteidl2::common::v1::ActionPhase;
use flyteidl2::phases::{can_transition, is_terminal};

/// Every value of the enum, `Unspecified` included.
fn every_phase() -> Vec<ActionPhase> {
    (0..)
        .map_while(|number| ActionPhase::try_from(number).ok())
        .collect()
}

/// Reads a phase as the table names it: the enum value without its
/// `ACTION_PHASE_` prefix, in backticks.
fn documented_phase(cell: &str, line: &str) -> ActionPhase {
    let name = cell
        .trim()
        .strip_prefix('`')
        .and_then(|name| name.strip_suffix('`'))
        .unwrap_or_else(|| panic!("docs/phases.md: {cell:?} is not a `PHASE` in line {line:?}"));
    ActionPhase::from_str_name(&format!("ACTION_PHASE_{name}"))
        .unwrap_or_else(|| panic!("docs/phases.md: {name} is no ActionPhase, in line {line:?}"))
}

/// Reads the table of docs/phases.md: each phase with the phases it may
/// change to.
fn documented_table() -> BTreeMap<ActionPhase, BTreeSet<ActionPhase>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/phases.md");
    let text = std::fs::read_to_string(&path).expect("docs/phases.md is readable");
    let mut table = BTreeMap::new();
    for line in text.lines().filter(|line| line.starts_with("| `")) {
        let cells: Vec<&str> = line.split('|').collect();
        let [_, from, targets, _] = cells.as_slice() else {
            panic!("docs/phases.md: a table row has other than two cells: {line:?}");
        };
        let targets = if targets.trim() == "none (terminal)" {
            BTreeSet::new()
        } else {
            targets
                .split(',')
                .map(|target| documented_phase(target, line))
                .collect()
        };
        let from = documented_phase(from, line);
        assert!(
            table.insert(from, targets).is_none(),
            "docs/phases.md: {from:?} has two rows"
        );
    }
    table
}

#[test]
fn the_table_has_a_row_for_every_phase_but_unspecified() {
    let documented: Vec<ActionPhase> = documented_table().into_keys().collect();
    let phases: Vec<ActionPhase> = every_phase()
        .into_iter()
        .filter(|phase| *phase != ActionPhase::Unspecified)
        .collect();
    assert_eq!(documented, phases);
}

#[test]
fn can_transition_allows_exactly_the_documented_changes() {
    let table = documented_table();
    let mut wrong = Vec::new();
    for from in every_phase() {
        for to in every_phase() {
            let documented = table
                .get(&from)
                .is_some_and(|targets| targets.contains(&to));
            if can_transition(from, to) != documented {
                wrong.push(format!("{from:?} to {to:?}: the table says {documented}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "can_transition is wrong for:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_terminal_phases_are_the_documented_ones_with_no_way_out() {
    let table = documented_table();
    for phase in every_phase() {
        let documented = table.get(&phase).is_some_and(BTreeSet::is_empty);
        assert_eq!(is_terminal(phase), documented, "is_terminal({phase:?})");
    }
}
