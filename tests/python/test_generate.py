"""Checks that `make generate` (tools/generate.sh) fails safely.

The test works on a scratch copy of everything generation reads and writes,
so the checkout's own gen/ is never touched.
"""

import hashlib
import pathlib
import shutil
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[2]
BROKEN_PROTO = "protos/flyteidl2/common/v1/identifier.proto"


def _tree_digest(root: pathlib.Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _scratch_checkout(tmp_path: pathlib.Path) -> pathlib.Path:
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    for name in ["buf.yaml", "buf.gen.yaml"]:
        shutil.copy(ROOT / name, checkout / name)
    for name in ["protos", "tools", "gen", "docs", "tests/conformance"]:
        shutil.copytree(ROOT / name, checkout / name)
    for name in [".venv", ".tools"]:
        (checkout / name).symlink_to(ROOT / name)
    return checkout


def test_syntax_error_names_file_line_and_column_and_changes_nothing(
    tmp_path: pathlib.Path,
) -> None:
    checkout = _scratch_checkout(tmp_path)
    proto = checkout / BROKEN_PROTO
    lines = proto.read_text().splitlines()
    broken = lines.index("  string name = 1;")
    lines[broken] = "  string name = ;"
    proto.write_text("\n".join(lines) + "\n")
    before = _tree_digest(checkout / "gen"), _tree_digest(checkout / "docs")
    before_conformance = _tree_digest(checkout / "tests/conformance")

    result = subprocess.run(
        ["tools/generate.sh"], cwd=checkout, capture_output=True, text=True, check=False
    )

    assert result.returncode != 0
    column = lines[broken].index(";") + 1
    assert f"{BROKEN_PROTO}:{broken + 1}:{column}:" in result.stderr, result.stderr
    assert "generated trees left unchanged" in result.stderr
    assert (_tree_digest(checkout / "gen"), _tree_digest(checkout / "docs")) == before
    assert _tree_digest(checkout / "tests/conformance") == before_conformance
    assert not list(checkout.glob(".generate.*")), "the scratch folder was left behind"


# Generated files that carry no generated-code header, each with the reason.
# An entry whose file gains a header fails the test, so the list stays true.
WITHOUT_HEADER = {
    "gen/python/flyteidl2/models/message_pool.py": (
        "betterproto2-compiler 0.10.1 writes this two-line module with no header"
    ),
    "tests/skew/gen/python/skew_models/message_pool.py": (
        "betterproto2-compiler 0.10.1 writes this two-line module with no header"
    ),
}


def _generated_trees() -> list[str]:
    """Reads the generated trees from .gitattributes (`<tree>/** linguist-generated`)."""
    lines = (ROOT / ".gitattributes").read_text().splitlines()
    return [line.split()[0].removesuffix("/**") for line in lines if "linguist-generated" in line]


def test_generated_files_carry_a_header() -> None:
    trees = _generated_trees()
    assert trees, ".gitattributes marks no generated tree"
    missing = set()
    for tree in trees:
        for path in (ROOT / tree).rglob("*"):
            if not path.is_file() or path.stat().st_size == 0 or "__pycache__" in path.parts:
                continue
            head = path.read_text().splitlines()[:3]
            if not any("generated" in line.lower() or "DO NOT EDIT" in line for line in head):
                missing.add(str(path.relative_to(ROOT)))
    assert missing == set(WITHOUT_HEADER)
