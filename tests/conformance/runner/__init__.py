"""The conformance runner: builds a corpus from the IDL, computes the expected canonical
bytes with its own reference encoder, runs every testee and compares their answers.

Run it from the repository root with
``PYTHONPATH=tests/conformance:tests/conformance/gen/python .venv/bin/python -m runner``;
``--help`` lists its options.
"""
