"""Builds, serializes and reads back messages with the Python bindings."""

import importlib
import pathlib

from flyteidl2.common.v1 import identifier_pb2, phase_pb2
from flyteidl2.workflow.v1 import run_service_pb2, run_service_pb2_grpc

GENERATED = pathlib.Path(__file__).resolve().parents[2] / "gen" / "python"


def test_message_round_trips_through_binary() -> None:
    action = identifier_pb2.ActionIdentifier(
        run=identifier_pb2.RunIdentifier(
            org="acme", project="ranking", domain="production", name="r1"
        ),
        name="a0",
    )
    data = action.SerializeToString()
    assert identifier_pb2.ActionIdentifier.FromString(data) == action
    assert data.startswith(b"\x0a")  # field 1 (run), length-delimited


def test_enum_values_carry_their_prefix() -> None:
    assert phase_pb2.ActionPhase.Name(5) == "ACTION_PHASE_SUCCEEDED"


def test_grpc_stubs_reference_their_messages() -> None:
    stub_methods = {
        name for name in dir(run_service_pb2_grpc.RunServiceServicer) if not name.startswith("_")
    }
    assert {"CreateRun", "WatchRuns", "AbortAction"} <= stub_methods
    assert run_service_pb2.CreateRunRequest.DESCRIPTOR.full_name == (
        "flyteidl2.workflow.v1.CreateRunRequest"
    )


def test_every_generated_module_imports() -> None:
    modules = sorted(
        ".".join(path.relative_to(GENERATED).with_suffix("").parts).removesuffix(".__init__")
        for path in GENERATED.rglob("*.py")
    )
    assert len(modules) > 100
    for name in modules:
        importlib.import_module(name)


def test_betterproto2_models_match_the_protobuf_classes() -> None:
    from flyteidl2.models.flyteidl2.common import v1 as models

    action = models.ActionIdentifier(
        run=models.RunIdentifier(org="acme", project="ranking", domain="production", name="r1"),
        name="a0",
    )
    parsed = identifier_pb2.ActionIdentifier.FromString(bytes(action))
    assert parsed.run.project == "ranking"
    assert parsed.name == "a0"
