"""jobs=2: two spawned worker processes give the same results, in order, as one process."""

from __future__ import annotations

import pytest

from newsstruct import ArticleError, ParseFailure, parse_articles
from newsstruct.backends.base import Backend

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def test_two_processes_match_one(seed_text: str, stanza_backend: Backend) -> None:
    paragraphs = seed_text.split("\n\n")
    records: list[object] = [
        {"id": f"p{i}", "text": "\n\n".join(paragraphs[i : i + 3])} for i in range(0, 11, 3)
    ]
    records.insert(2, {"id": "bad", "text": None})
    expected = list(parse_articles(records, backend=stanza_backend, errors="record"))  # type: ignore[arg-type]
    got = list(parse_articles(records, jobs=2, batch_size=2, errors="record"))  # type: ignore[arg-type]
    assert got == expected
    assert isinstance(got[2], ParseFailure) and got[2].index == 2
    seen = []
    with pytest.raises(ArticleError, match="article 2 \\(bad\\) failed: TypeError"):
        for article in parse_articles(records, jobs=2, batch_size=2):  # type: ignore[arg-type]
            seen.append(article)
    assert seen == expected[:2]
