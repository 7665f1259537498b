"""Hostile input for every decoder: a corpus of malformed and adversarial payloads
(`python -m hostile`) and a differential fuzzer that mutates payloads and compares the
testees' answers (`python -m hostile.differential`), both driving the conformance testees.

Run them from the repository root with
``PYTHONPATH=tests/conformance:tests/conformance/gen/python .venv/bin/python -m hostile``.
"""
