"""A program that sets a string field to an int; `mypy --strict` must reject it."""

from flyteidl2.common.v1.identifier_pb2 import RunIdentifier
from flyteidl2.identifiers import to_uri

run = RunIdentifier(org="acme", project=7, domain="production", name="r1")
print(to_uri(run))
