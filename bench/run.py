"""Runs every benchmark program, prints its tables and writes docs/benchmarks.md.

Each program prints one JSON result on stdout (the contract is in bench/README.md); its
stderr goes straight to the terminal. The numbers are reported, never asserted: a goal
that is not met is written down as not met. A program that fails, or prints something
that is not a result, is reported as failed and makes the run exit non-zero.

Usage: run.py [--only NAME ...]. With --only, the named benchmarks run and print their
tables, and docs/benchmarks.md is left alone, since it describes every benchmark.
"""

import argparse
import dataclasses
import datetime
import html
import json
import os
import pathlib
import platform
import shlex
import subprocess
import sys
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parents[1]
DOCUMENT = ROOT / "docs" / "benchmarks.md"
CHARTS = ROOT / "docs" / "benchmarks"
BENCH_PYTHON = ".tools/bench/ours/bin/python"


@dataclasses.dataclass(frozen=True)
class Benchmark:
    """One benchmark program: a command run from the repository root."""

    name: str
    command: list[str]
    env: dict[str, str] = dataclasses.field(default_factory=dict)


BENCHMARKS = [
    Benchmark(
        name="python",
        command=[BENCH_PYTHON, "bench/python/runtime.py"],
    ),
    Benchmark(
        name="throughput",
        command=[".venv/bin/python", "bench/throughput.py"],
        env={"PYTHONPATH": "tests/conformance:tests/conformance/gen/python"},
    ),
    Benchmark(
        name="streams",
        command=[".venv/bin/python", "bench/rust/streams/run.py"],
    ),
]


class ResultError(Exception):
    """A benchmark printed something that is not a result as bench/README.md defines it."""


@dataclasses.dataclass(frozen=True)
class Chart:
    label_columns: list[str]
    value_column: str
    unit: str


@dataclasses.dataclass(frozen=True)
class Table:
    title: str
    columns: list[str]
    rows: list[list[str | int | float]]
    note: str = ""
    chart: Chart | None = None


@dataclasses.dataclass(frozen=True)
class Goal:
    goal: str
    measured: str
    met: bool


@dataclasses.dataclass(frozen=True)
class Result:
    name: str
    title: str
    description: str
    tables: list[Table]
    goals: list[Goal]


def _field(obj: dict[str, Any], key: str, kind: type, where: str) -> Any:
    if key not in obj:
        raise ResultError(f"{where}: missing field '{key}'")
    value = obj[key]
    if not isinstance(value, kind):
        raise ResultError(f"{where}.{key}: expected {kind.__name__}, got {value!r}")
    if kind is str and not value:
        raise ResultError(f"{where}.{key}: is empty")
    return value


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ResultError(f"{where}: expected an object, got {type(value).__name__}")
    return value


def _parse_chart(value: Any, columns: list[str], where: str) -> Chart:
    obj = _object(value, where)
    labels = _field(obj, "label_columns", list, where)
    value_column = _field(obj, "value_column", str, where)
    for column in [*labels, value_column]:
        if column not in columns:
            raise ResultError(f"{where}: column {column!r} is not one of the table's columns")
    return Chart(labels, value_column, _field(obj, "unit", str, where))


def _parse_table(value: Any, where: str) -> Table:
    obj = _object(value, where)
    columns = _field(obj, "columns", list, where)
    rows = _field(obj, "rows", list, where)
    for index, row in enumerate(rows):
        if not isinstance(row, list) or len(row) != len(columns):
            raise ResultError(f"{where}.rows[{index}]: expected a list of {len(columns)} cells")
        for cell in row:
            if isinstance(cell, bool) or not isinstance(cell, str | int | float):
                raise ResultError(f"{where}.rows[{index}]: cell {cell!r} is not text or a number")
    chart = None
    if "chart" in obj:
        chart = _parse_chart(obj["chart"], columns, f"{where}.chart")
        if not rows:
            raise ResultError(f"{where}.chart: the table has no rows to chart")
        column = columns.index(chart.value_column)
        for index, row in enumerate(rows):
            if isinstance(row[column], str):
                raise ResultError(f"{where}.rows[{index}]: charted cell {row[column]!r} is text")
    note = obj.get("note", "")
    if not isinstance(note, str):
        raise ResultError(f"{where}.note: expected text, got {note!r}")
    return Table(_field(obj, "title", str, where), columns, rows, note, chart)


def _parse_goal(value: Any, where: str) -> Goal:
    obj = _object(value, where)
    return Goal(
        _field(obj, "goal", str, where),
        _field(obj, "measured", str, where),
        _field(obj, "met", bool, where),
    )


def parse_result(text: str, benchmark: str) -> Result:
    """Reads one benchmark's stdout, raising ResultError naming the field that is wrong."""
    try:
        obj = _object(json.loads(text), benchmark)
    except json.JSONDecodeError as error:
        raise ResultError(f"{benchmark}: stdout is not one JSON object: {error}") from None
    name = _field(obj, "name", str, benchmark)
    if name != benchmark:
        raise ResultError(f"{benchmark}: result is named {name!r}, not {benchmark!r}")
    tables = _field(obj, "tables", list, benchmark)
    goals = obj.get("goals", [])
    if not isinstance(goals, list):
        raise ResultError(f"{benchmark}.goals: expected a list, got {goals!r}")
    return Result(
        name=name,
        title=_field(obj, "title", str, benchmark),
        description=_field(obj, "description", str, benchmark),
        tables=[_parse_table(t, f"{benchmark}.tables[{i}]") for i, t in enumerate(tables)],
        goals=[_parse_goal(g, f"{benchmark}.goals[{i}]") for i, g in enumerate(goals)],
    )


def format_cell(cell: str | int | float) -> str:
    """Writes a number with as many digits as a benchmark figure deserves."""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, int):
        return f"{cell:,}"
    magnitude = abs(cell)
    if magnitude >= 1000:
        return f"{cell:,.0f}"
    if magnitude >= 100:
        return f"{cell:.1f}"
    if magnitude >= 1 or magnitude == 0:
        return f"{cell:.2f}"
    return f"{cell:.3g}"


def _text_table(table: Table) -> str:
    cells = [table.columns, *([format_cell(c) for c in row] for row in table.rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(table.columns))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)


def _markdown_table(table: Table) -> str:
    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    lines = [line(table.columns), line(["---"] * len(table.columns))]
    lines += [line([format_cell(c) for c in row]) for row in table.rows]
    return "\n".join(lines)


def render_chart(table: Table) -> str:
    """Draws a table's charted column as a horizontal SVG bar chart, one bar per row."""
    assert table.chart is not None
    chart = table.chart
    label_index = [table.columns.index(c) for c in chart.label_columns]
    value_index = table.columns.index(chart.value_column)
    bars = [
        (
            " · ".join(format_cell(row[i]) for i in label_index),
            float(row[value_index]),
            f"{format_cell(row[value_index])} {chart.unit}",
        )
        for row in table.rows
    ]
    title = f"{table.title}: {chart.value_column}"
    # About 7 pixels a character at this font size, and 8 pixels of margin on each side.
    label_width = 7 * max(len(label) for label, _, _ in bars) + 16
    value_width = 7 * max(len(text) for _, _, text in bars) + 16
    bar_space, bar_height, gap, top = 360, 18, 6, 30
    largest = max(value for _, value, _ in bars) or 1
    height = top + len(bars) * (bar_height + gap) + 10
    width = max(label_width + bar_space + value_width, 7 * len(title) + 16)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'font-family="sans-serif" font-size="12">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<text x="8" y="18" font-weight="bold">{html.escape(title)}</text>',
    ]
    for index, (label, value, text) in enumerate(bars):
        y = top + index * (bar_height + gap)
        length = max(1.0, bar_space * value / largest)
        parts += [
            f'<text x="{label_width - 8}" y="{y + 13}" text-anchor="end">'
            f"{html.escape(label)}</text>",
            f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{bar_height}" '
            f'fill="#4c78a8"/>',
            f'<text x="{label_width + length + 6:.1f}" y="{y + 13}">{html.escape(text)}</text>',
        ]
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _command_output(command: list[str]) -> str:
    """The first line a version command prints, or what kept it from printing one."""
    shown = shlex.join(command)
    try:
        completed = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as error:
        return f"unknown (`{shown}` cannot run: {error.strerror or error})"
    if completed.returncode != 0:
        return f"unknown (`{shown}` exited with status {completed.returncode})"
    lines = completed.stdout.strip().splitlines()
    return lines[0] if lines else f"unknown (`{shown}` printed nothing)"


def machine() -> list[tuple[str, str]]:
    """Describes the machine the figures come from, as (what, value) pairs."""
    cpuinfo = pathlib.Path("/proc/cpuinfo").read_text()
    cpu = next(
        (line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if "model name" in line),
        platform.processor() or "unknown",
    )
    meminfo = pathlib.Path("/proc/meminfo").read_text().split()
    memory_gib = int(meminfo[meminfo.index("MemTotal:") + 1]) / 1024**2
    os_release = pathlib.Path("/etc/os-release").read_text().splitlines()
    os_name = next(
        (
            line.split("=", 1)[1].strip('"')
            for line in os_release
            if line.startswith("PRETTY_NAME=")
        ),
        platform.system(),
    )
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return [
        ("CPU", cpu),
        ("cores", str(os.cpu_count())),
        ("memory", f"{memory_gib:.1f} GiB"),
        ("OS", f"{os_name}, Linux {platform.release()}"),
        ("Python", platform.python_version()),
        ("Rust", _command_output(["rustc", "--version"])),
        ("Go", _command_output(["go", "version"])),
        ("load average at start (1, 5, 15 min)", load),
        ("date", datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")),
    ]


def run(benchmark: Benchmark) -> Result:
    """Runs one benchmark program and reads its result; raises ResultError if it fails."""
    shown = shlex.join(benchmark.command)
    print(f"bench: running {benchmark.name}: {shown}", file=sys.stderr)
    try:
        completed = subprocess.run(
            benchmark.command,
            cwd=ROOT,
            env={**os.environ, **benchmark.env},
            stdout=subprocess.PIPE,
            text=True,
        )
    except OSError as error:
        raise ResultError(f"{benchmark.name}: `{shown}` cannot start: {error}") from None
    if completed.returncode != 0:
        raise ResultError(f"{benchmark.name}: `{shown}` exited with status {completed.returncode}")
    if not completed.stdout.strip():
        raise ResultError(f"{benchmark.name}: `{shown}` printed nothing on stdout")
    try:
        return parse_result(completed.stdout, benchmark.name)
    except ResultError as error:
        raise ResultError(f"{error} (printed by `{shown}`)") from None


def print_result(result: Result) -> None:
    print(f"\n== {result.title}\n{result.description}")
    for table in result.tables:
        print(f"\n{table.title}\n{_text_table(table)}")
        if table.note:
            print(table.note)
    for goal in result.goals:
        print(f"goal {'met' if goal.met else 'NOT MET'}: {goal.goal}; measured {goal.measured}")


def write_document(
    facts: list[tuple[str, str]], results: list[Result], failures: list[str]
) -> dict[str, str]:
    """Returns docs/benchmarks.md and its chart files, keyed by path under docs/."""
    files: dict[str, str] = {}
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (bench/README.md says how); do not edit by hand. The",
        "figures are one run on the machine below, which other work may have shared.",
        "",
        "| machine | |",
        "| --- | --- |",
        *(f"| {what} | {value} |" for what, value in facts),
    ]
    if failures:
        lines += ["", "## Benchmarks that failed", ""]
        lines += [f"- {failure}" for failure in failures]
    for result in results:
        lines += ["", f"## {result.title}", "", result.description]
        if result.goals:
            lines += ["", "| goal | measured | met |", "| --- | --- | --- |"]
            lines += [
                f"| {g.goal} | {g.measured} | {'yes' if g.met else '**no**'} |"
                for g in result.goals
            ]
        for index, table in enumerate(result.tables):
            lines += ["", f"### {table.title}", "", _markdown_table(table)]
            if table.note:
                lines += ["", table.note]
            if table.chart is not None:
                path = f"benchmarks/{result.name}-{index + 1}.svg"
                files[path] = render_chart(table)
                lines += ["", f"![{table.title}]({path})"]
    files["benchmarks.md"] = "\n".join(lines) + "\n"
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these benchmarks")
    args = parser.parse_args()
    known = {b.name for b in BENCHMARKS}
    unknown = set(args.only or []) - known
    if unknown:
        parser.error(f"no benchmark named {', '.join(sorted(unknown))}; known: {sorted(known)}")

    facts = machine()
    results, failures = [], []
    for benchmark in BENCHMARKS:
        if args.only and benchmark.name not in args.only:
            continue
        try:
            result = run(benchmark)
        except ResultError as error:
            print(f"bench: {error}", file=sys.stderr)
            failures.append(str(error))
            continue
        print_result(result)
        results.append(result)

    if not args.only:
        for old_chart in CHARTS.glob("*.svg"):
            old_chart.unlink()
        for path, text in write_document(facts, results, failures).items():
            target = ROOT / "docs" / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text)
        print(f"\nbench: wrote {DOCUMENT.relative_to(ROOT)}", file=sys.stderr)
    if failures:
        print(f"bench: {len(failures)} benchmark(s) failed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
