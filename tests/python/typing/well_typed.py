"""A program that uses the runtime and the message classes as their types say."""

import datetime

from flyteidl2.common.v1.identifier_pb2 import ActionIdentifier, RunIdentifier
from flyteidl2.common.v1.phase_pb2 import ActionPhase
from flyteidl2.core.v1.literals_pb2 import Literal, LiteralMap, Primitive
from flyteidl2.core.v1.types_pb2 import LiteralType
from flyteidl2.identifiers import parse_action, to_uri
from flyteidl2.literals import from_literal, literal_type_of, to_literal, to_literal_map
from flyteidl2.phases import can_transition, is_terminal

run = RunIdentifier(org="acme", project="ranking", domain="production", name="r1")
action = ActionIdentifier(run=run, name="a0")
uri: str = to_uri(action)
project: str = parse_action(uri).run.project.upper()

counts: list[int] = from_literal(to_literal([1, 2], list[int]), list[int])
now = datetime.datetime.now(datetime.UTC)
when: datetime.datetime = from_literal(to_literal(now, datetime.datetime), datetime.datetime)
inputs: LiteralMap = to_literal_map({"n": 1}, {"n": int})
literal_type: LiteralType = literal_type_of(dict[str, float])
integer: int = Literal(primitive=Primitive(integer=3)).primitive.integer

done: bool = is_terminal(ActionPhase.ACTION_PHASE_SUCCEEDED)
retry: bool = can_transition(ActionPhase.ACTION_PHASE_RUNNING, ActionPhase.ACTION_PHASE_QUEUED)
