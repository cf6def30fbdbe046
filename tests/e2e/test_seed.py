"""The seed article end to end on the real Stanza backend, against its person-checked gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsstruct import Article, parse_article
from newsstruct.backends.base import Backend

pytestmark = pytest.mark.e2e

GOLD = json.loads(
    (Path(__file__).parent / "data" / "loekasjenko-kernwapens.gold.json").read_text(
        encoding="utf-8"
    )
)


@pytest.fixture(scope="module")
def article(seed_text: str, stanza_backend: Backend) -> Article:
    return parse_article(seed_text, backend=stanza_backend)


def _span_of(text: str, quote: dict[str, object]) -> tuple[int, int]:
    needle = str(quote["text"])
    start = -1
    for _ in range(int(str(quote["occurrence"]))):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def test_paragraph_kinds(article: Article) -> None:
    assert [p.kind for p in article.paragraphs] == GOLD["paragraphs"]


def test_every_gold_quote_with_kind_and_speaker(article: Article) -> None:
    predicted = {(q.start, q.end): q for q in article.quotes}
    for gold in GOLD["quotes"]:
        span = _span_of(article.text, gold)
        assert span in predicted, f"missed {gold['kind']} quote {gold['text'][:50]!r}"
        quote = predicted[span]
        assert quote.kind == gold["kind"], quote.text
        assert quote.speaker is not None and quote.speaker.name == gold["speaker"], quote.text


def test_no_extra_quotes(article: Article) -> None:
    gold_spans = {_span_of(article.text, gold) for gold in GOLD["quotes"]}
    extra = [q.text for q in article.quotes if (q.start, q.end) not in gold_spans]
    assert extra == []


def test_cues_and_media(article: Article) -> None:
    predicted = {(q.start, q.end): q for q in article.quotes}
    for gold in GOLD["quotes"]:
        quote = predicted[_span_of(article.text, gold)]
        if gold["medium"] is not None:
            assert quote.medium is not None and quote.medium.text == gold["medium"], quote.text
        if gold["cue"] in {"zei", "citeerde", "schrijft", "klonk het bij"}:
            assert quote.cue is not None and quote.cue.text == gold["cue"], quote.text


def test_four_persons(article: Article) -> None:
    persons = {e.name: {m.text for m in e.mentions} for e in article.entities if e.label == "PER"}
    assert set(persons) == {p["name"] for p in GOLD["persons"]}
    for person in GOLD["persons"]:
        written = {form.removesuffix("’s").removesuffix("'s") for form in persons[person["name"]]}
        assert set(person["aliases"]) <= written


def test_every_span_is_its_text(article: Article) -> None:
    from tests.invariants import assert_spans_valid

    assert_spans_valid(article)
