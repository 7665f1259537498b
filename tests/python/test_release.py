"""Checks that tools/check_release.py, the last step of `make dist`, accepts
artifacts that carry the release version and names each one that does not.

The artifacts here are small stand-ins with the names and metadata files of
a real wheel, sdist and crate package, in a scratch copy of the manifests
that set the version, so the test builds nothing.
"""

import io
import pathlib
import sys
import tarfile
import zipfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import check_release  # noqa: E402  (tools/ is not a package)

WORKSPACE = """\
[workspace]
members = ["gen/rust"]

[workspace.package]
edition = "2024"
version = "{version}"

[workspace.dependencies]
flyteidl2 = {{ path = "gen/rust", version = "{dependency}" }}
"""
CRATE = """\
[package]
name = "flyteidl2"
version.workspace = true
repository = "https://github.com/flyteidl2/flyteidl2"
"""
GO_MOD = "module {module}\n\ngo 1.26.0\n"
MODULE = "github.com/flyteidl2/flyteidl2/gen/go"


def _metadata(version: str) -> str:
    return f"Metadata-Version: 2.4\nName: flyteidl2\nVersion: {version}\n"


def _add(archive: tarfile.TarFile, name: str, text: str) -> None:
    data = text.encode()
    member = tarfile.TarInfo(name)
    member.size = len(data)
    archive.addfile(member, io.BytesIO(data))


def _release(
    root: pathlib.Path,
    version: str = "1.2.0",
    *,
    dependency: str | None = None,
    wheel: str | None = None,
    platform: str = "manylinux_2_34_x86_64",
    sdist: str | None = None,
    crate: str | None = None,
    module: str = MODULE,
) -> pathlib.Path:
    """Writes the manifests and artifacts of a release, each at `version`
    unless told otherwise, and returns the dist folder."""
    (root / "gen/rust").mkdir(parents=True)
    (root / "gen/go").mkdir(parents=True)
    (root / "Cargo.toml").write_text(
        WORKSPACE.format(version=version, dependency=dependency or version)
    )
    (root / "gen/rust/Cargo.toml").write_text(CRATE)
    (root / "gen/go/go.mod").write_text(GO_MOD.format(module=module))

    dist = root / "dist"
    dist.mkdir()
    python_version = wheel or str(check_release.Version(version))
    wheel_name = f"flyteidl2-{python_version}-cp311-abi3-{platform}.whl"
    with zipfile.ZipFile(dist / wheel_name, "w") as archive:
        archive.writestr(
            f"flyteidl2-{python_version}.dist-info/METADATA", _metadata(python_version)
        )
    sdist_version = sdist or str(check_release.Version(version))
    with tarfile.open(dist / f"flyteidl2-{sdist_version}.tar.gz", "w:gz") as archive:
        _add(archive, f"flyteidl2-{sdist_version}/PKG-INFO", _metadata(sdist_version))
    crate_version = crate or version
    with tarfile.open(dist / f"flyteidl2-{crate_version}.crate", "w:gz") as archive:
        manifest = f'[package]\nname = "flyteidl2"\nversion = "{crate_version}"\n'
        _add(archive, f"flyteidl2-{crate_version}/Cargo.toml", manifest)
    return dist


@pytest.mark.parametrize("version", ["1.2.0", "2.0.0-rc.1"])
def test_artifacts_of_the_release_version_pass(tmp_path: pathlib.Path, version: str) -> None:
    module = MODULE + "/v2" if version.startswith("2.") else MODULE
    dist = _release(tmp_path, version, module=module)

    assert check_release.problems(tmp_path, dist) == []


MISMATCHES = {
    "wheel": (
        {"wheel": "1.1.0"},
        "flyteidl2-1.1.0-cp311-abi3-manylinux_2_34_x86_64.whl: the wheel should be named "
        "flyteidl2-1.2.0-cp311-abi3-<platform>.whl",
    ),
    "wheel-platform": (
        {"platform": "linux_x86_64"},
        "PyPI refuses the platform tag linux_x86_64; a Linux wheel needs the manylinux tag",
    ),
    "sdist": ({"sdist": "1.1.0"}, "flyteidl2-1.1.0.tar.gz: the sdist should be named"),
    "crate": ({"crate": "1.1.0"}, "flyteidl2-1.1.0.crate: the crate package should be named"),
    "workspace-dependency": (
        {"dependency": "1.1.0"},
        "[workspace.dependencies] flyteidl2 requires version '1.1.0'",
    ),
    "go-module-path": (
        {"module": "github.com/someone/else/gen/go"},
        "gen/go/go.mod: module is github.com/someone/else/gen/go",
    ),
}


@pytest.mark.parametrize(("changes", "message"), MISMATCHES.values(), ids=MISMATCHES.keys())
def test_an_artifact_of_another_version_is_named(
    tmp_path: pathlib.Path, changes: dict[str, str], message: str
) -> None:
    dist = _release(tmp_path, **changes)

    found = check_release.problems(tmp_path, dist)

    assert len(found) == 1, found
    assert message in found[0]


def test_a_major_release_needs_the_major_version_in_the_go_module_path(
    tmp_path: pathlib.Path,
) -> None:
    dist = _release(tmp_path, "2.0.0")

    assert check_release.problems(tmp_path, dist) == [
        f"gen/go/go.mod: module is {MODULE}, but the tag gen/go/v2.0.0 releases {MODULE}/v2"
    ]


def test_a_missing_artifact_is_named(tmp_path: pathlib.Path) -> None:
    dist = _release(tmp_path)
    next(dist.glob("*.crate")).unlink()

    assert check_release.problems(tmp_path, dist) == [f"{dist}: expected one *.crate, found none"]


def test_a_crate_without_a_repository_is_named(tmp_path: pathlib.Path) -> None:
    dist = _release(tmp_path)
    crate = tmp_path / "gen/rust/Cargo.toml"
    crate.write_text(crate.read_text().replace("repository = ", "homepage = "))

    assert check_release.problems(tmp_path, dist) == [
        "gen/rust/Cargo.toml: [package] repository is None, not the https:// URL "
        "of the repository that the Go module is fetched from"
    ]
