# The types of flyteidl2._native, the package's compiled module (python/native/).

from typing import Final

MAX_DEPTH: Final[int]

class NotCanonicalError(ValueError): ...

class Schema:
    def __init__(
        self, types: list[tuple[str, bool, list[tuple[int, str, int, bool, int | None]]]]
    ) -> None: ...
    def order_maps(self, type_index: int, data: bytes, /) -> bytes: ...
