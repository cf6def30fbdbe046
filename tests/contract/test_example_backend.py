"""A second, deliberately tiny backend plugs in without touching the rules."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsstruct import parse_article
from newsstruct.backends.base import Annotation, BackendInfo, Sentence, Token
from tests.contract.backend_contract import check_backend
from tests.invariants import assert_spans_valid


class WhitespaceBackend:
    """Tokens are runs of word characters or single symbols; one sentence per paragraph."""

    info = BackendInfo("whitespace", {"tokenize": "regex"})

    def annotate(self, texts: Sequence[str]) -> list[Annotation]:
        return [self._one(text) for text in texts]

    def _one(self, text: str) -> Annotation:
        sentences = []
        for paragraph in re.finditer(r"\S(?:.*\S)?", text):
            tokens = tuple(
                Token(m.start(), m.end(), m.group(), m.group().lower(), "X")
                for m in re.finditer(r"\w+|[^\w\s]", paragraph.group())
            )
            tokens = tuple(
                Token(
                    t.start + paragraph.start(), t.end + paragraph.start(), t.text, t.lemma, t.upos
                )
                for t in tokens
            )
            sentences.append(Sentence(tokens[0].start, tokens[-1].end, tokens))
        return Annotation(text=text, sentences=tuple(sentences), entities=())


def test_example_backend_meets_the_contract() -> None:
    check_backend(WhitespaceBackend())


def test_pipeline_runs_on_another_backend() -> None:
    text = "Titel van het stuk\n\n“Dit is een citaat”, zei hij. Daarna ging hij naar huis."
    article = parse_article(text, backend=WhitespaceBackend())
    assert article.backend == "whitespace"
    assert_spans_valid(article)
