"""Checks every output must pass: spans index into the text, paragraphs lose nothing,
speakers name entities that exist."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel

from newsstruct import Article
from newsstruct.models import Span


def spans(model: BaseModel) -> Iterator[Span]:
    """Every Span (or subclass) anywhere inside ``model``."""
    for name in type(model).model_fields:
        value = getattr(model, name)
        items = value if isinstance(value, tuple) else (value,)
        for item in items:
            if isinstance(item, Span):
                yield item
            if isinstance(item, BaseModel):
                yield from spans(item)


def assert_spans_valid(article: Article) -> None:
    text = article.text
    for span in spans(article):
        assert 0 <= span.start <= span.end <= len(text), span
        assert text[span.start : span.end] == span.text, span
    covered = [False] * len(text)
    previous_end = 0
    for paragraph in article.paragraphs:
        assert paragraph.start >= previous_end
        previous_end = paragraph.end
        for offset in range(paragraph.start, paragraph.end):
            covered[offset] = True
    lost = [
        ch
        for ch, inside in zip(text, covered, strict=True)
        if not inside and ch.isprintable() and not ch.isspace()
    ]
    assert lost == [], f"characters outside every paragraph: {lost[:20]}"
    ids = {entity.id for entity in article.entities}
    for quote in article.quotes:
        speaker = quote.speaker
        if speaker is None:
            continue
        assert set(speaker.entity_ids) <= ids, speaker
        if speaker.entity_id is not None:
            assert speaker.entity_ids == (speaker.entity_id,), speaker
