"""Times the flyte SDK's type engine on the values of the conversion benchmark.

Runs in the upstream benchmark environment and prints one JSON object on stdout:
{"<case>": {"to_literal": ms, "from_literal": ms}} with medians over the given number
of repetitions. The cases are the ones runtime.py times with flyteidl2.literals.
"""

import asyncio
import json
import statistics
import sys
import time
from typing import Any

from flyte.types import TypeEngine

CASES: dict[str, tuple[Any, Any]] = {
    "list[int], 10,000 items": (list(range(10_000)), list[int]),
    "dict[str, int], 1,000 entries": ({f"key-{i}": i for i in range(1_000)}, dict[str, int]),
}


async def _median_millis(make_call: Any, repeat: int) -> float:
    await make_call()
    durations = []
    for _ in range(repeat):
        start = time.perf_counter()
        await make_call()
        durations.append(time.perf_counter() - start)
    return statistics.median(durations) * 1000


async def _measure(repeat: int) -> dict[str, dict[str, float]]:
    results = {}
    for case, (value, python_type) in CASES.items():
        literal_type = TypeEngine.to_literal_type(python_type)
        literal = await TypeEngine.to_literal(value, python_type, literal_type)
        if await TypeEngine.to_python_value(literal, python_type) != value:
            raise SystemExit(f"flyte type engine: {case} does not survive the round trip")
        results[case] = {
            "to_literal": await _median_millis(
                lambda v=value, t=python_type, lt=literal_type: TypeEngine.to_literal(v, t, lt),
                repeat,
            ),
            "from_literal": await _median_millis(
                lambda lit=literal, t=python_type: TypeEngine.to_python_value(lit, t), repeat
            ),
        }
    return results


if __name__ == "__main__":
    print(json.dumps(asyncio.run(_measure(int(sys.argv[1])))))
