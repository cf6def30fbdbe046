"""Fuzz parse_article with the real Stanza backend: no exception, exact spans, nothing lost.

Usage: python benchmarks/fuzz.py [--examples 10000] [--seed 0]

Generated Dutch-like text with random quotation marks, newlines and awkward unicode (NBSP,
zero-width, RTL, emoji, combining marks, control characters, CRLF) goes through the full
pipeline; every output is checked with the same invariants as the test suite. CI runs a
smaller profile of the same property on a crude backend (tests/robustness).
"""

from __future__ import annotations

import argparse
import time

from hypothesis import HealthCheck, given, seed, settings

from newsstruct import parse_article
from newsstruct.backends.stanza import StanzaBackend
from tests.invariants import assert_spans_valid
from tests.strategies import dutchish


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    backend = StanzaBackend()
    count = 0

    @seed(args.seed)
    @settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(dutchish(max_tokens=80))
    def check(text: str) -> None:
        nonlocal count
        count += 1
        assert_spans_valid(parse_article(text, backend=backend))

    start = time.perf_counter()
    check()
    print(f"{count} examples, no failure, {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
