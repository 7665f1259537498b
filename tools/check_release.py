"""Checks that the release artifacts carry the one version of the release.

The version is set once, as `version` in the `[workspace.package]` table of
Cargo.toml. The crate takes it from there, the wheel and sdist read it from
there, and the Go module is released by the tag `gen/go/v<version>`
(docs/releasing.md). This reads the artifacts that `make dist` writes (one
wheel, one sdist and one crate package in DIST_DIR) and checks that each
carries that version under the right name, and that gen/go/go.mod names the
module that such a tag releases.

Usage: check_release.py DIST_DIR

Prints one line per problem and exits 1 on any; otherwise prints the version
and the Go tag to push.
"""

import pathlib
import re
import sys
import tarfile
import tomllib
import zipfile
from email.parser import HeaderParser

from packaging.version import Version

ROOT = pathlib.Path(__file__).resolve().parents[1]
GO_MODULE_DIR = "gen/go"
WHEEL_ABI = "cp311-abi3"


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: check_release.py DIST_DIR", file=sys.stderr)
        return 2
    version = release_version(ROOT)
    found = problems(ROOT, pathlib.Path(sys.argv[1]))
    for problem in found:
        print(f"check_release: {problem}")
    if found:
        return 1
    print(
        f"check_release: flyteidl2 {version}: the wheel, sdist and crate agree; "
        f"release the Go module with the tag {GO_MODULE_DIR}/v{version}"
    )
    return 0


def release_version(root: pathlib.Path) -> str:
    """Returns the release version, as Cargo.toml's [workspace.package] sets it."""
    workspace = tomllib.loads((root / "Cargo.toml").read_text())
    return workspace["workspace"]["package"]["version"]


def problems(root: pathlib.Path, dist: pathlib.Path) -> list[str]:
    """Returns what disagrees with the release version, one line per problem."""
    version = release_version(root)
    python_version = str(Version(version))  # PEP 440 spelling: 1.0.0-rc.1 is 1.0.0rc1
    return [
        *_workspace_problems(root, version),
        *_wheel_problems(dist, python_version),
        *_sdist_problems(dist, python_version),
        *_crate_problems(dist, version),
        *_go_module_problems(root, version),
    ]


def _workspace_problems(root: pathlib.Path, version: str) -> list[str]:
    dependency = tomllib.loads((root / "Cargo.toml").read_text())["workspace"]["dependencies"]
    required = dependency["flyteidl2"].get("version")
    if required != version:
        return [
            f"Cargo.toml: [workspace.dependencies] flyteidl2 requires version {required!r}, "
            f"not the release version {version!r}"
        ]
    return []


def _one(dist: pathlib.Path, pattern: str) -> tuple[pathlib.Path | None, list[str]]:
    matches = sorted(dist.glob(pattern))
    if len(matches) != 1:
        names = ", ".join(path.name for path in matches) or "none"
        return None, [f"{dist}: expected one {pattern}, found {names}"]
    return matches[0], []


def _metadata_problems(where: str, metadata: str, version: str) -> list[str]:
    headers = HeaderParser().parsestr(metadata)
    found = []
    if headers["Name"] != "flyteidl2":
        found.append(f"{where}: Name is {headers['Name']!r}, not 'flyteidl2'")
    if headers["Version"] != version:
        found.append(f"{where}: Version is {headers['Version']!r}, not {version!r}")
    return found


def _wheel_problems(dist: pathlib.Path, version: str) -> list[str]:
    wheel, found = _one(dist, "*.whl")
    if wheel is None:
        return found
    # The compiled module uses CPython's stable ABI from 3.11 (hatch_build.py).
    prefix = f"flyteidl2-{version}-{WHEEL_ABI}-"
    if not wheel.name.startswith(prefix):
        return [f"{wheel}: the wheel should be named {prefix}<platform>.whl"]
    platform = wheel.name.removeprefix(prefix).removesuffix(".whl")
    if platform.startswith("linux_"):
        return [
            f"{wheel}: PyPI refuses the platform tag {platform}; a Linux wheel needs the "
            "manylinux tag that `auditwheel repair` gives it"
        ]
    metadata = f"flyteidl2-{version}.dist-info/METADATA"
    with zipfile.ZipFile(wheel) as archive:
        if metadata not in archive.namelist():
            return [f"{wheel}: holds no {metadata}"]
        return _metadata_problems(f"{wheel}: {metadata}", archive.read(metadata).decode(), version)


def _tar_file_text(path: pathlib.Path, name: str) -> str | None:
    """Returns the text of a file in a tar archive, or None when it holds no such file."""
    with tarfile.open(path) as archive:
        try:
            member = archive.extractfile(name)
        except KeyError:
            return None
        return None if member is None else member.read().decode()


def _sdist_problems(dist: pathlib.Path, version: str) -> list[str]:
    sdist, found = _one(dist, "*.tar.gz")
    if sdist is None:
        return found
    expected = f"flyteidl2-{version}.tar.gz"
    if sdist.name != expected:
        return [f"{sdist}: the sdist should be named {expected}"]
    pkg_info = f"flyteidl2-{version}/PKG-INFO"
    text = _tar_file_text(sdist, pkg_info)
    if text is None:
        return [f"{sdist}: holds no {pkg_info}"]
    return _metadata_problems(f"{sdist}: {pkg_info}", text, version)


def _crate_problems(dist: pathlib.Path, version: str) -> list[str]:
    crate, found = _one(dist, "*.crate")
    if crate is None:
        return found
    expected = f"flyteidl2-{version}.crate"
    if crate.name != expected:
        return [f"{crate}: the crate package should be named {expected}"]
    manifest = f"flyteidl2-{version}/Cargo.toml"
    text = _tar_file_text(crate, manifest)
    if text is None:
        return [f"{crate}: holds no {manifest}"]
    package = tomllib.loads(text)["package"]
    found = []
    if package.get("name") != "flyteidl2":
        found.append(f"{crate}: {manifest} names the package {package.get('name')!r}")
    if package.get("version") != version:
        found.append(f"{crate}: {manifest} has version {package.get('version')!r}")
    return found


def _go_module_problems(root: pathlib.Path, version: str) -> list[str]:
    """Checks that a tag gen/go/v<version> of the repository releases gen/go/go.mod."""
    crate = tomllib.loads((root / "gen/rust/Cargo.toml").read_text())["package"]
    repository = crate.get("repository")
    if not isinstance(repository, str) or not repository.startswith("https://"):
        return [
            f"gen/rust/Cargo.toml: [package] repository is {repository!r}, not the https:// URL "
            "of the repository that the Go module is fetched from"
        ]
    module_path = f"{repository.removeprefix('https://').rstrip('/')}/{GO_MODULE_DIR}"
    major = Version(version).major
    if major >= 2:  # Go requires the major version in the path from v2 on.
        module_path += f"/v{major}"

    go_mod = (root / GO_MODULE_DIR / "go.mod").read_text()
    declared = re.search(r"^module\s+(\S+)", go_mod, re.MULTILINE)
    if declared is None:
        return [f"{GO_MODULE_DIR}/go.mod: declares no module"]
    if declared.group(1) != module_path:
        return [
            f"{GO_MODULE_DIR}/go.mod: module is {declared.group(1)}, but the tag "
            f"{GO_MODULE_DIR}/v{version} releases {module_path}"
        ]
    return []


if __name__ == "__main__":
    sys.exit(main())
