"""Parsing from several threads at once gives the same results as parsing in sequence."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from newsstruct import parse_article
from newsstruct.backends.base import Backend

pytestmark = pytest.mark.e2e


def test_threads_match_sequential(seed_text: str, stanza_backend: Backend) -> None:
    texts = seed_text.split("\n\n")[:6]
    sequential = [parse_article(text, backend=stanza_backend) for text in texts]
    with ThreadPoolExecutor(max_workers=3) as pool:
        threaded = list(pool.map(lambda text: parse_article(text, backend=stanza_backend), texts))
    assert threaded == sequential
