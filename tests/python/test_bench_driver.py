"""Tests bench/run.py: how it reads benchmark results and what it writes from them."""

import importlib.util
import json
import pathlib
import re
import shlex
import sys
from typing import Any

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
assert _spec is not None
assert _spec.loader is not None
bench_run = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_run)


def _result(**changes: Any) -> dict[str, Any]:
    result = {
        "name": "demo",
        "title": "Demo",
        "description": "Times two ways of doing one thing.",
        "tables": [
            {
                "title": "Speed",
                "columns": ["way", "median (ms)"],
                "rows": [["fast | lean", 1.25], ["<slow>", 250.0]],
                "chart": {
                    "label_columns": ["way"],
                    "value_column": "median (ms)",
                    "unit": "ms per call",
                },
            }
        ],
        "goals": [
            {"goal": "fast within 2x of slow", "measured": "0.005x", "met": True},
            {"goal": "slow within 2x of fast", "measured": "200x", "met": False},
        ],
    }
    result.update(changes)
    return result


def test_a_valid_result_is_read_whole() -> None:
    result = bench_run.parse_result(json.dumps(_result()), "demo")
    assert result.tables[0].rows == [["fast | lean", 1.25], ["<slow>", 250.0]]
    assert result.tables[0].chart.value_column == "median (ms)"
    assert [goal.met for goal in result.goals] == [True, False]


@pytest.mark.parametrize(
    ("result", "message"),
    [
        pytest.param("{not json", "demo: stdout is not one JSON object", id="not-json"),
        pytest.param(_result(name="other"), "result is named 'other', not 'demo'", id="name"),
        pytest.param(_result(title=""), r"demo\.title: is empty", id="empty-title"),
        pytest.param(
            {k: v for k, v in _result().items() if k != "tables"},
            "demo: missing field 'tables'",
            id="missing-tables",
        ),
        pytest.param(
            _result(tables=[{"title": "t", "columns": ["a", "b"], "rows": [["x"]]}]),
            r"demo\.tables\[0\]\.rows\[0\]: expected a list of 2 cells",
            id="short-row",
        ),
        pytest.param(
            _result(tables=[{"title": "t", "columns": ["a"], "rows": [[None]]}]),
            r"demo\.tables\[0\]\.rows\[0\]: cell None is not text or a number",
            id="null-cell",
        ),
        pytest.param(
            _result(
                tables=[
                    {
                        "title": "t",
                        "columns": ["a", "b"],
                        "rows": [["x", 1]],
                        "chart": {"label_columns": ["a"], "value_column": "c", "unit": "ms"},
                    }
                ]
            ),
            r"demo\.tables\[0\]\.chart: column 'c' is not one of the table's columns",
            id="chart-column",
        ),
        pytest.param(
            _result(
                tables=[
                    {
                        "title": "t",
                        "columns": ["a", "b"],
                        "rows": [["x", "fast"]],
                        "chart": {"label_columns": ["a"], "value_column": "b", "unit": "ms"},
                    }
                ]
            ),
            r"demo\.tables\[0\]\.rows\[0\]: charted cell 'fast' is text",
            id="charted-text",
        ),
        pytest.param(
            _result(
                tables=[
                    {
                        "title": "t",
                        "columns": ["a", "b"],
                        "rows": [],
                        "chart": {"label_columns": ["a"], "value_column": "b", "unit": "ms"},
                    }
                ]
            ),
            r"demo\.tables\[0\]\.chart: the table has no rows to chart",
            id="chart-without-rows",
        ),
        pytest.param(
            _result(goals=[{"goal": "g", "measured": "m", "met": "yes"}]),
            r"demo\.goals\[0\]\.met: expected bool, got 'yes'",
            id="goal-met",
        ),
    ],
)
def test_a_malformed_result_is_rejected_naming_the_field(result: Any, message: str) -> None:
    text = result if isinstance(result, str) else json.dumps(result)
    with pytest.raises(bench_run.ResultError, match=message):
        bench_run.parse_result(text, "demo")


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        (12345, "12,345"),
        (1234.56, "1,235"),
        (123.456, "123.5"),
        (1.2345, "1.23"),
        (0.012345, "0.0123"),
        (0.0, "0.00"),
        ("as is", "as is"),
    ],
)
def test_numbers_get_the_digits_a_figure_deserves(cell: Any, text: str) -> None:
    assert bench_run.format_cell(cell) == text


def test_the_document_holds_the_machine_goals_tables_and_charts() -> None:
    result = bench_run.parse_result(json.dumps(_result()), "demo")
    files = bench_run.write_document([("CPU", "Example 9000")], [result], ["other: exited 1"])

    document = files["benchmarks.md"]
    assert "| CPU | Example 9000 |" in document
    assert "- other: exited 1" in document
    assert "| fast within 2x of slow | 0.005x | yes |" in document
    assert "| slow within 2x of fast | 200x | **no** |" in document
    assert "| fast \\| lean | 1.25 |" in document
    assert "![Speed](benchmarks/demo-1.svg)" in document

    chart = files["benchmarks/demo-1.svg"]
    assert chart.count('fill="#4c78a8"') == 2  # one bar per row
    assert "&lt;slow&gt;" in chart
    assert "250.0 ms per call" in chart
    width = int(re.search(r'width="(\d+)"', chart).group(1))
    value_labels = re.findall(r'<text x="([\d.]+)" y="\d+">([^<]+)</text>', chart)
    assert len(value_labels) == 2
    assert all(float(x) + 7 * len(text) <= width for x, text in value_labels)


def test_a_run_writes_what_succeeded_and_fails_for_what_did_not(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printer = f"import json; print(json.dumps({_result()!r}))"
    monkeypatch.setattr(bench_run, "ROOT", tmp_path)
    monkeypatch.setattr(bench_run, "DOCUMENT", tmp_path / "docs" / "benchmarks.md")
    monkeypatch.setattr(bench_run, "CHARTS", tmp_path / "docs" / "benchmarks")
    monkeypatch.setattr(
        bench_run,
        "BENCHMARKS",
        [
            bench_run.Benchmark("demo", [sys.executable, "-c", printer]),
            bench_run.Benchmark("broken", [sys.executable, "-c", "raise SystemExit(3)"]),
            bench_run.Benchmark("silent", [sys.executable, "-c", "pass"]),
            bench_run.Benchmark("garbled", [sys.executable, "-c", "print(chr(123))"]),
        ],
    )
    (tmp_path / "docs" / "benchmarks").mkdir(parents=True)
    (tmp_path / "docs" / "benchmarks" / "stale-1.svg").write_text("<svg/>")
    monkeypatch.setattr(sys, "argv", ["run.py"])

    assert bench_run.main() == 1
    document = (tmp_path / "docs" / "benchmarks.md").read_text()
    python = shlex.quote(sys.executable)
    assert f"- broken: `{python} -c 'raise SystemExit(3)'` exited with status 3" in document
    assert f"- silent: `{python} -c pass` printed nothing on stdout" in document
    garbled = "- garbled: stdout is not one JSON object: Expecting property name"
    assert garbled in document
    assert f"(printed by `{python} -c 'print(chr(123))'`)" in document
    assert "## Demo" in document
    charts = sorted(p.name for p in (tmp_path / "docs" / "benchmarks").iterdir())
    assert charts == ["demo-1.svg"]


@pytest.mark.parametrize(
    ("command", "fact"),
    [
        pytest.param([sys.executable, "-c", "print('tool 1.0')"], "tool 1.0", id="version"),
        pytest.param(
            [sys.executable, "-c", "pass"],
            f"unknown (`{shlex.quote(sys.executable)} -c pass` printed nothing)",
            id="empty-output",
        ),
        pytest.param(
            [sys.executable, "-c", "raise SystemExit(2)"],
            f"unknown (`{shlex.quote(sys.executable)} -c 'raise SystemExit(2)'`"
            " exited with status 2)",
            id="exit-status",
        ),
        pytest.param(
            ["/nonexistent/tool", "--version"],
            "unknown (`/nonexistent/tool --version` cannot run: No such file or directory)",
            id="missing",
        ),
    ],
)
def test_a_tool_version_says_what_kept_it_from_being_read(command: list[str], fact: str) -> None:
    assert bench_run._command_output(command) == fact
