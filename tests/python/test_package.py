"""Tests of the built `flyteidl2` wheel: installed into fresh virtual environments with
the oldest and the newest supported dependencies, every module imports, and `mypy
--strict` reads the wheel's types, passing a well-typed program and failing one that sets
a field to the wrong type. The sdist builds the same wheel, compiled module included.

The environments are kept under .tools/package-test/, one per dependency set, and reused
while their pins stay the same; each run installs a freshly built wheel into them.
"""

import contextlib
import fcntl
import hashlib
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tomllib
import zipfile
from collections.abc import Iterator

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
TYPING = ROOT / "tests" / "python" / "typing"
ENVIRONMENTS = ROOT / ".tools" / "package-test"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]

# The newest release of each dependency, checked before each change of these pins.
NEWEST = {
    "protobuf": "7.36.2",
    "msgpack": "1.2.4",
    "grpcio": "1.85.1",
    "betterproto2": "0.10.0",
    "python-dateutil": "4.0.0",
    "typing-extensions": "4.16.0",
}
# Stubs of google.protobuf, which the mypy-protobuf stubs import (protobuf ships none);
# the same release that mypy-protobuf installs into .venv.
PROTOBUF_STUBS = "types-protobuf==7.35.1.20261122"

IMPORT_EVERY_MODULE = """
import importlib, json, sys, warnings
warnings.simplefilter("error")
for name in json.loads(sys.argv[1]):
    importlib.import_module(name)
from google.protobuf import __version__
print(__version__)
"""


def requirements() -> list[str]:
    every = list(PROJECT["dependencies"])
    for extra in PROJECT["optional-dependencies"].values():
        every.extend(extra)
    return sorted(set(every))


def oldest_pins() -> dict[str, str]:
    """The lower bound of every requirement, which pyproject.toml states as `>=X`."""
    pins = {}
    for requirement in requirements():
        match = re.fullmatch(r"([A-Za-z0-9_.-]+)>=([0-9a-z.]+),<[0-9.]+", requirement)
        assert match, f"pyproject.toml: {requirement!r} has no '>=lower,<upper' range"
        pins[match[1]] = match[2]
    return pins


def test_every_requirement_has_a_newest_pin() -> None:
    assert sorted(oldest_pins()) == sorted(NEWEST)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(ROOT)],
        check=True,
    )
    (built,) = out.glob("flyteidl2-*.whl")
    return built


@contextlib.contextmanager
def installed(
    wheel: pathlib.Path, pins: dict[str, str], extra: list[str], interpreter: str = sys.executable
) -> Iterator[pathlib.Path]:
    """Yields the python of a virtual environment of the interpreter that holds exactly
    these pins and the wheel, locked against other test runs in the checkout while it
    is in use."""
    wanted = sorted(f"{name}=={version}" for name, version in pins.items()) + extra
    key = hashlib.sha1(json.dumps([interpreter, *wanted]).encode()).hexdigest()[:12]
    home = ENVIRONMENTS / key
    python = home / "bin" / "python"
    ENVIRONMENTS.mkdir(parents=True, exist_ok=True)
    with (ENVIRONMENTS / f"{key}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (home / "installed").exists():
            shutil.rmtree(home, ignore_errors=True)
            subprocess.run([interpreter, "-m", "venv", home], check=True)
            subprocess.run([python, "-m", "pip", "install", "--quiet", *wanted], check=True)
            (home / "installed").write_text("\n".join(wanted) + "\n")
        subprocess.run(
            [python, "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall", wheel],
            check=True,
        )
        yield python


def modules(wheel: pathlib.Path) -> list[str]:
    names = []
    for path in zipfile.ZipFile(wheel).namelist():
        if path.startswith("flyteidl2/") and path.endswith(".py"):
            parts = path.removesuffix(".py").split("/")
            names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return sorted(names)


def source_modules() -> list[str]:
    """Every module of the generated tree and of the runtime, named from the checkout."""
    names = []
    for tree in (ROOT / "gen" / "python", ROOT / "python"):
        for path in (tree / "flyteidl2").rglob("*.py"):
            parts = path.relative_to(tree).with_suffix("").parts
            names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return sorted(names)


def test_the_wheel_holds_the_generated_tree_and_the_runtime(wheel: pathlib.Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    version = re.search(
        r'\[workspace\.package\][^\[]*?\nversion = "([^"]+)"', (ROOT / "Cargo.toml").read_text()
    )

    assert version
    platform = sysconfig.get_platform().replace("-", "_").replace(".", "_")
    assert wheel.name == f"flyteidl2-{version[1]}-cp311-abi3-{platform}.whl"
    assert "flyteidl2/py.typed" in names
    assert {"flyteidl2/_native.abi3.so", "flyteidl2/_native.pyi"} <= names
    assert {"flyteidl2/literals.py", "flyteidl2/canonical.py"} <= names
    assert "flyteidl2/core/v1/literals_pb2.pyi" in names
    assert "flyteidl2/task/v1/task_service_pb2_grpc.py" in names
    assert "flyteidl2/models/flyteidl2/core/v1/__init__.py" in names
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]


def test_the_sdist_builds_the_same_wheel(
    wheel: pathlib.Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    out = tmp_path_factory.mktemp("sdist")
    subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (sdist,) = out.glob("flyteidl2-*.tar.gz")
    prefix = sdist.name.removesuffix(".tar.gz")
    with tarfile.open(sdist) as archive:
        members = set(archive.getnames())
    assert {
        f"{prefix}/hatch_build.py",
        f"{prefix}/python/native/Cargo.toml",
        f"{prefix}/python/native/Cargo.lock",
        f"{prefix}/python/native/src/lib.rs",
    } <= members
    assert f"{prefix}/python/flyteidl2/_native.abi3.so" not in members

    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), sdist],
        check=True,
    )
    (rebuilt,) = out.glob("flyteidl2-*.whl")
    assert rebuilt.name == wheel.name
    assert sorted(zipfile.ZipFile(rebuilt).namelist()) == sorted(zipfile.ZipFile(wheel).namelist())


@pytest.mark.parametrize("pins", [oldest_pins(), NEWEST], ids=["oldest", "newest"])
def test_every_module_imports(wheel: pathlib.Path, pins: dict[str, str]) -> None:
    every = modules(wheel)

    with installed(wheel, pins, []) as python:
        result = subprocess.run(
            [python, "-c", IMPORT_EVERY_MODULE, json.dumps(every)],
            check=True,
            capture_output=True,
            text=True,
            cwd=TYPING,  # away from the checkout, so only the installed wheel is found
        )

    assert result.stdout.strip() == pins["protobuf"]
    assert every == source_modules()


# The compiled module builds on CPython internals that change between releases (how an
# instance holds its attributes), so its round trips run on each newer CPython too.
ROUND_TRIPS = """
from flyteidl2 import canonical, models_codec
from flyteidl2.core.v1 import literals_pb2
from flyteidl2.models.flyteidl2.core import v1 as core

message = literals_pb2.LiteralMap()
for key in ["b", "ab", "a"]:
    message.literals[key].primitive.string_value = key
message.literals["t"].primitive.datetime.FromNanoseconds(1_700_000_000_123_456_789)
data = canonical.encode(message)
keys_at = [data.find(b"\\n" + bytes([len(k)]) + k + b"\\x12") for k in [b"a", b"ab", b"b", b"t"]]
assert -1 < keys_at[0] < keys_at[1] < keys_at[2] < keys_at[3], keys_at
model = models_codec.decode(core.LiteralMap, data)
assert model.literals["ab"].primitive.string_value == "ab"
assert model.literals["t"].primitive.datetime.nanosecond == 789
assert models_codec.encode(model) == data
assert models_codec.from_message(message) == model
print("round trips", len(data))
"""


def find_python(version: str) -> str | None:
    """Returns a CPython of this version that runs: on PATH, or one that pyenv holds."""
    root = pathlib.Path(os.environ.get("PYENV_ROOT", pathlib.Path.home() / ".pyenv"))
    candidates = [shutil.which(f"python{version}")]
    candidates += sorted(str(p) for p in root.glob(f"versions/{version}.*/bin/python{version}"))
    for candidate in candidates:
        if candidate and subprocess.run([candidate, "-c", ""], capture_output=True).returncode == 0:
            return candidate
    return None


@pytest.mark.parametrize("version", ["3.12", "3.13"])
def test_the_compiled_module_round_trips_on_newer_pythons(
    wheel: pathlib.Path, version: str
) -> None:
    interpreter = find_python(version)
    if interpreter is None:
        pytest.skip(f"no CPython {version} on PATH or in pyenv")
    with installed(wheel, NEWEST, [], interpreter) as python:
        result = subprocess.run(
            [python, "-c", ROUND_TRIPS], capture_output=True, text=True, cwd=TYPING
        )

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("round trips ")


def mypy(python: pathlib.Path, program: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            f"--cache-dir={ENVIRONMENTS / 'mypy-cache'}",
            f"--python-executable={python}",
            program,
        ],
        capture_output=True,
        text=True,
        cwd=TYPING,
    )


def test_mypy_strict_reads_the_wheels_types(wheel: pathlib.Path) -> None:
    with installed(wheel, NEWEST, [PROTOBUF_STUBS]) as python:
        passing = mypy(python, "well_typed.py")
        failing = mypy(python, "wrong_field_type.py")
        ran = subprocess.run([python, "well_typed.py"], cwd=TYPING, capture_output=True, text=True)

    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert (
        'wrong_field_type.py:6: error: Argument "project" to "RunIdentifier" has incompatible'
        ' type "int"; expected "str"  [arg-type]'
    ) in failing.stdout
    assert "Found 1 error in 1 file" in failing.stdout
    assert ran.returncode == 0, ran.stderr


def test_the_runtime_passes_mypy_strict() -> None:
    # The modules and the strictness come from [tool.mypy] in pyproject.toml.
    result = subprocess.run(
        [sys.executable, "-m", "mypy"], capture_output=True, text=True, cwd=ROOT
    )

    assert result.returncode == 0, result.stdout + result.stderr
