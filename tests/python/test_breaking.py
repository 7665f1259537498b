"""Shows that the breaking-change gate rejects edits that break the contract
and lets additive ones through.

`make breaking` runs the pinned buf with the FILE rules of buf.yaml against
the last release. Here the same buf and the same buf.yaml compare a scratch
copy of the workspace, edited, with an unedited copy, once per kind of edit;
then `make breaking` itself runs in a scratch git repository, to show that it
finds the release to compare with. Every edit replaces an anchor text in a
real proto file and fails the test when the anchor is missing, so a case
cannot quietly stop testing anything.
"""

import json
import pathlib
import shutil
import subprocess
from dataclasses import dataclass

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BUF = ROOT / ".venv" / "bin" / "buf"
IDENTIFIER = "protos/flyteidl2/common/v1/identifier.proto"
PROJECT = "protos/flyteidl2/project/v1/project.proto"
PROJECT_SERVICE = "protos/flyteidl2/project/v1/project_service.proto"
LOG_SERVICE = "protos/flyteidl2/logs/v1/log_service.proto"
ATTEMPT = "  uint32 attempt = 2;\n"
LIST_LOG_LINES = "  rpc ListLogLines(ListLogLinesRequest) returns (ListLogLinesResponse);\n"


@dataclass(frozen=True)
class Edit:
    """Replaces the one occurrence of `old` in the file at `path` with `new`."""

    path: str
    old: str
    new: str


# Each breaking edit, with the buf rule that must reject it.
BREAKING = {
    "renumbered-field": (
        [Edit(IDENTIFIER, ATTEMPT, "  uint32 attempt = 3;\n")],
        "FIELD_NO_DELETE",
    ),
    "changed-field-type": (
        [Edit(IDENTIFIER, ATTEMPT, "  string attempt = 2;\n")],
        "FIELD_SAME_TYPE",
    ),
    "deleted-field-without-reservation": (
        [Edit(IDENTIFIER, ATTEMPT, "")],
        "FIELD_NO_DELETE",
    ),
    "renamed-package": (
        [
            Edit(path, "package flyteidl2.project.v1;\n", "package flyteidl2.project.v2;\n")
            for path in (PROJECT, PROJECT_SERVICE)
        ],
        "FILE_SAME_PACKAGE",
    ),
    "removed-rpc": (
        [Edit(LOG_SERVICE, LIST_LOG_LINES, "")],
        "RPC_NO_DELETE",
    ),
}

NEW_MESSAGES = """
// Asks how many log lines an attempt has written.
message CountLogLinesRequest {
  // The attempt whose lines are counted.
  flyteidl2.common.v1.ActionAttemptIdentifier attempt = 1;
}

// Holds the number of an attempt's log lines.
message CountLogLinesResponse {
  // The number of lines written so far.
  uint64 count = 1;
}
"""

# Additive edits, each of which the gate must accept.
ADDITIVE = {
    "new-field": [
        Edit(
            IDENTIFIER, ATTEMPT, ATTEMPT + "  // Why the attempt was made.\n  string reason = 3;\n"
        )
    ],
    "new-message": [
        Edit(
            IDENTIFIER,
            ATTEMPT + "}\n",
            ATTEMPT
            + "}\n\n"
            + "// Identifies a group of attempts.\n"
            + "message AttemptGroup {\n"
            + "  // The attempts in the group.\n"
            + "  repeated ActionAttemptIdentifier attempts = 1;\n"
            + "}\n",
        )
    ],
    "new-rpc": [
        Edit(
            LOG_SERVICE,
            LIST_LOG_LINES,
            LIST_LOG_LINES
            + "  // Counts an attempt's log lines.\n"
            + "  rpc CountLogLines(CountLogLinesRequest) returns (CountLogLinesResponse);\n",
        ),
        Edit(
            LOG_SERVICE,
            "// Asks for a stream of an attempt's log lines.\n",
            NEW_MESSAGES.lstrip() + "\n// Asks for a stream of an attempt's log lines.\n",
        ),
    ],
}


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    """Copies buf.yaml and every module it lists, as the release to compare with."""
    copy = tmp_path_factory.mktemp("release")
    shutil.copy(ROOT / "buf.yaml", copy / "buf.yaml")
    for line in (ROOT / "buf.yaml").read_text().splitlines():
        if line.strip().startswith("- path:"):
            module = line.split(":", 1)[1].strip()
            shutil.copytree(ROOT / module, copy / module)
    return copy


def _apply(checkout: pathlib.Path, edits: list[Edit]) -> None:
    for edit in edits:
        proto = checkout / edit.path
        text = proto.read_text()
        count = text.count(edit.old)
        assert count == 1, f"{edit.path}: anchor {edit.old!r} occurs {count} times, not once"
        proto.write_text(text.replace(edit.old, edit.new))


def _breaking_rules(release: pathlib.Path, edits: list[Edit], tmp_path: pathlib.Path) -> set[str]:
    """Applies the edits to a copy of the release and returns the rules buf reports."""
    head = tmp_path / "head"
    shutil.copytree(release, head)
    _apply(head, edits)
    result = subprocess.run(
        [BUF, "breaking", head, "--against", release, "--error-format", "json"],
        cwd=head,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode in (0, 100), f"buf failed to compare:\n{result.stderr}"
    findings = [json.loads(line) for line in result.stdout.splitlines()]
    # An edit that does not compile proves nothing about the gate.
    unbuilt = [f"{f['path']}: {f['message']}" for f in findings if f["type"] == "COMPILE"]
    assert not unbuilt, "the edited protos do not compile:\n" + "\n".join(unbuilt)
    return {finding["type"] for finding in findings}


@pytest.mark.parametrize(
    ("edits", "rule"),
    BREAKING.values(),
    ids=[f"{name}/{rule}" for name, (_, rule) in BREAKING.items()],
)
def test_gate_rejects_breaking_edit(
    release: pathlib.Path, edits: list[Edit], rule: str, tmp_path: pathlib.Path
) -> None:
    assert rule in _breaking_rules(release, edits, tmp_path)


@pytest.mark.parametrize("edits", ADDITIVE.values(), ids=ADDITIVE.keys())
def test_gate_accepts_additive_edit(
    release: pathlib.Path, edits: list[Edit], tmp_path: pathlib.Path
) -> None:
    assert _breaking_rules(release, edits, tmp_path) == set()


def _git(repo: pathlib.Path, *args: str) -> str:
    identity = ["-c", "user.name=Release Test", "-c", "user.email=release-test@example.com"]
    command = ["git", "-C", repo, *identity, *args]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()


def _commit(repo: pathlib.Path, message: str) -> None:
    _git(repo, "add", "buf.yaml", "Makefile", "protos", "tests")
    _git(repo, "commit", "--quiet", "--message", message)


def _make_breaking(repo: pathlib.Path) -> subprocess.CompletedProcess[str]:
    # `-o tools` takes the installed tools as they are: the scratch repository
    # borrows the checkout's .venv and .tools and must never reinstall them.
    return subprocess.run(
        ["make", "--no-print-directory", "-o", "tools", "breaking"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def repository(release: pathlib.Path, tmp_path: pathlib.Path) -> pathlib.Path:
    """A git repository whose branch main holds one commit of the release."""
    repo = tmp_path / "repo"
    shutil.copytree(release, repo)
    shutil.copy(ROOT / "Makefile", repo / "Makefile")
    for name in [".venv", ".tools"]:
        (repo / name).symlink_to(ROOT / name)
    _git(repo, "init", "--quiet", "--initial-branch", "main")
    _commit(repo, "Release")
    return repo


def test_make_breaking_compares_with_the_latest_release_tag(repository: pathlib.Path) -> None:
    _git(repository, "tag", "v1.0.0")
    _apply(repository, ADDITIVE["new-field"])
    _commit(repository, "Add a field")

    passed = _make_breaking(repository)
    _apply(repository, BREAKING["removed-rpc"][0])
    _commit(repository, "Remove an RPC")
    failed = _make_breaking(repository)

    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "comparing protos/ with v1.0.0" in passed.stdout
    assert failed.returncode != 0
    assert f"{LOG_SERVICE}:" in failed.stdout + failed.stderr
    assert 'RPC "ListLogLines" on service "LogService" was deleted' in failed.stdout + failed.stderr


def test_make_breaking_compares_a_branch_with_main_before_the_first_release(
    repository: pathlib.Path,
) -> None:
    _git(repository, "switch", "--quiet", "--create", "change")
    _apply(repository, BREAKING["changed-field-type"][0])
    _commit(repository, "Change a field type")

    result = _make_breaking(repository)

    assert result.returncode != 0
    assert f"comparing protos/ with {_git(repository, 'rev-parse', 'main')}" in result.stdout
    assert 'changed type from "uint32" to "string"' in result.stdout + result.stderr


def test_make_breaking_compares_main_with_its_previous_commit_before_the_first_release(
    repository: pathlib.Path,
) -> None:
    _apply(repository, BREAKING["changed-field-type"][0])
    _commit(repository, "Change a field type")

    result = _make_breaking(repository)

    assert result.returncode != 0
    assert f"comparing protos/ with {_git(repository, 'rev-parse', 'main^')}" in result.stdout
    assert 'changed type from "uint32" to "string"' in result.stdout + result.stderr
