# The types of flyteidl2._native, the package's compiled module (python/native/).

from typing import Any, Final

MAX_DEPTH: Final[int]

class NotCanonicalError(ValueError): ...

class Schema:
    def __init__(
        self, types: list[tuple[str, bool, list[tuple[int, str, int, bool, int | None]]]]
    ) -> None: ...
    def order_maps(self, type_index: int, data: bytes, /) -> bytes: ...

# The betterproto2 models' codec (models.rs), which flyteidl2.models_codec drives.

# One field: number, attribute, shape (0 implicit presence, 1 explicit presence,
# 2 repeated, 3 map), the value's field type, the key's field type (0 unless a map),
# the value's message type (a type index, or the full name of a Timestamp or
# Duration), the value's enum (its class and its members by number), its oneof's index.
CodecField = tuple[
    int, str, int, int, int, int | str | None, tuple[type, dict[int, Any]] | None, int | None
]

class ModelCodec:
    def __init__(self, nanosecond_datetime: type, nanosecond_timedelta: type) -> None: ...
    def define(
        self, types: list[tuple[str, type, dict[str, Any], list[CodecField]]]
    ) -> ModelCodec: ...
    def encode(self, type_index: int, model: object, /) -> bytes | None: ...
    def decode(self, type_index: int, data: object, /) -> Any | None: ...
    def __len__(self) -> int: ...
