"""Builds flyteidl2._native, the package's compiled module (python/native), into the wheel.

Hatchling runs the hook below when it builds a wheel; `make native` runs this file to put
the module beside the runtime's sources, where the tests import it from:

    python hatch_build.py python/flyteidl2/_native.abi3.so
"""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import subprocess
import sys
import sysconfig
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = pathlib.Path(__file__).resolve().parent
CRATE = ROOT / "python" / "native" / "Cargo.toml"
# The module uses CPython's stable ABI from 3.11, the package's oldest Python, so one
# wheel serves every later CPython.
ABI_TAG = "cp311-abi3"


def module_file_name() -> str:
    return "_native.pyd" if sys.platform == "win32" else "_native.abi3.so"


def build_module() -> pathlib.Path:
    """Builds the module with cargo in release mode and returns the library it wrote."""
    command = [
        "cargo",
        "build",
        "--release",
        "--locked",
        "--manifest-path",
        str(CRATE),
        "--message-format=json-render-diagnostics",
    ]
    # pyo3 reads the interpreter it builds for from PYO3_PYTHON, and leaves libpython
    # unlinked, as an extension module must, under PYO3_BUILD_EXTENSION_MODULE.
    env = {**os.environ, "PYO3_PYTHON": sys.executable, "PYO3_BUILD_EXTENSION_MODULE": "1"}
    run = subprocess.run(command, env=env, stdout=subprocess.PIPE, text=True, check=False)
    if run.returncode != 0:
        raise RuntimeError(f"cargo could not build {CRATE} (its errors are above)")
    for line in run.stdout.splitlines():
        message = json.loads(line)
        if message.get("reason") == "compiler-artifact" and message["target"]["name"] == "_native":
            return pathlib.Path(message["filenames"][0])
    raise RuntimeError(f"cargo built {CRATE} but named no library of target _native")


class NativeModuleHook(BuildHookInterface):
    """Adds the compiled module to the wheel and tags the wheel for this platform."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        library = build_module()
        build_data["force_include"][str(library)] = f"flyteidl2/{module_file_name()}"
        build_data["pure_python"] = False
        platform = sysconfig.get_platform().replace("-", "_").replace(".", "_")
        build_data["tag"] = f"{ABI_TAG}-{platform}"


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(f"usage: {sys.argv[0]} DESTINATION")
    # A running interpreter maps the module it loaded: the new one takes its name by a
    # rename, which leaves the mapped file whole, never by writing over it.
    destination = pathlib.Path(sys.argv[1])
    partial = destination.with_name(f".{destination.name}.partial")
    shutil.copyfile(build_module(), partial)
    partial.replace(destination)
