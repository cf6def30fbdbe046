"""parse_article / parse_articles wiring, on a tiny backend (the NLP is not under test here)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest

from newsstruct import ParseFailure, parse_article, parse_articles
from newsstruct.backends.base import Annotation
from tests.contract.test_example_backend import WhitespaceBackend
from tests.invariants import assert_spans_valid


class CountingBackend(WhitespaceBackend):
    def __init__(self) -> None:
        self.calls: list[int] = []

    def annotate(self, texts: Sequence[str]) -> list[Annotation]:
        self.calls.append(len(texts))
        return super().annotate(texts)


@pytest.mark.parametrize("value", [b"bytes", 42, None, ["a"]])
def test_non_text_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="str"):
        parse_article(value, backend=WhitespaceBackend())  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\r\n", "\u00a0\u200b"])
def test_empty_text_gives_an_empty_article(text: str) -> None:
    article = parse_article(text, backend=WhitespaceBackend())
    assert article.text == text
    assert article.paragraphs == () and article.quotes == () and article.entities == ()


def test_metadata_is_kept() -> None:
    article = parse_article(
        "Tekst.",
        title="Kop",
        url="https://example.org/a",
        published="2024-05-01",
        backend=WhitespaceBackend(),
    )
    assert (article.title, article.url, article.published) == (
        "Kop",
        "https://example.org/a",
        "2024-05-01",
    )
    assert [p.kind for p in article.paragraphs] == ["body"]


def test_odd_characters_keep_offsets_exact() -> None:
    text = (
        "Kop\r\n\r\nDe\u00a0minister zei\u200b dat het \x07 “goed\u00ad nieuws” is."
        "\r\n\r\nKIJK. Video"
    )
    article = parse_article(text, backend=WhitespaceBackend())
    assert article.text == text
    assert_spans_valid(article)


def test_batches_keep_articles_apart_and_in_order() -> None:
    backend = CountingBackend()
    texts = [f"Artikel nummer {i}.\n\nTweede alinea van {i}." for i in range(5)]
    articles = list(parse_articles(texts, backend=backend, batch_size=2))
    assert [a.text for a in articles] == texts
    assert backend.calls == [2, 2, 1]
    for article in articles:
        assert_spans_valid(article)


def test_records_carry_their_ids() -> None:
    records = [{"id": "a1", "text": "Een."}, {"id": "a2", "text": "Twee.", "title": "Kop"}]
    articles = list(parse_articles(records, backend=WhitespaceBackend()))
    assert [a.id for a in articles] == ["a1", "a2"]
    assert articles[1].title == "Kop"


def test_batch_size_must_be_positive() -> None:
    with pytest.raises(ValueError, match="batch_size"):
        list(parse_articles(["x"], backend=WhitespaceBackend(), batch_size=0))


def test_jobs_must_be_positive_and_need_a_backend_name() -> None:
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        parse_articles(["x"], backend=WhitespaceBackend(), jobs=0)
    with pytest.raises(ValueError, match="backend name"):  # an instance cannot cross processes
        parse_articles(["x"], backend=WhitespaceBackend(), jobs=2)


class FailingOnBackend(WhitespaceBackend):
    """Fails on any batch that contains the word 'ontploft'."""

    def annotate(self, texts: Sequence[str]) -> list[Annotation]:
        if any("ontploft" in text for text in texts):
            raise RuntimeError("backend exploded")
        return super().annotate(texts)


def test_one_bad_article_costs_one_record() -> None:
    records: list[object] = [
        {"id": "a", "text": "Goed."},
        {"id": "b", "text": "Dit ontploft."},
        {"id": "c", "text": b"bytes"},
        {"id": "d", "text": "Ook goed."},
    ]
    results = list(parse_articles(records, backend=FailingOnBackend(), errors="record"))  # type: ignore[arg-type]
    assert [type(r).__name__ for r in results] == [
        "Article",
        "ParseFailure",
        "ParseFailure",
        "Article",
    ]
    assert isinstance(results[1], ParseFailure)
    assert (results[1].id, results[1].error_type, results[1].index) == ("b", "RuntimeError", 1)
    assert isinstance(results[2], ParseFailure) and results[2].error_type == "TypeError"


def test_errors_raise_by_default() -> None:
    with pytest.raises(RuntimeError, match="exploded"):
        list(parse_articles(["Dit ontploft."], backend=FailingOnBackend()))


def test_the_input_is_consumed_lazily() -> None:
    def endless() -> Iterator[str]:
        number = 0
        while True:
            number += 1
            yield f"Artikel {number}."

    results = parse_articles(endless(), backend=WhitespaceBackend(), batch_size=4)
    first = [next(results) for _ in range(6)]
    assert [a.text for a in first] == [f"Artikel {n}." for n in range(1, 7)]


def test_a_surname_the_backend_did_not_label_introduces_a_quote() -> None:
    from tests.backends import BuilderBackend
    from tests.builders import annotate

    class NamedBackend(BuilderBackend):
        def annotate(self, texts: Sequence[str]) -> list[Annotation]:
            people = {"Femke Halsema": "PER", "Govert Schilling": "PER"}
            return [annotate(text, entities=people) for text in texts]

    text = (
        "Femke Halsema zei: „Dat doen we niet.” Govert Schilling kreeg dus een nee.\n\n"
        "Schilling geeft de moed niet op. ‘Als hij niet wil, dan maar een ander.’"
    )
    article = parse_article(text, backend=NamedBackend())
    assert [(q.text, q.speaker and q.speaker.name) for q in article.quotes] == [
        ("Dat doen we niet.", "Femke Halsema"),
        ("Als hij niet wil, dan maar een ander.", "Govert Schilling"),
    ]


def test_a_speaker_joining_two_people_lists_both_entities() -> None:
    from tests.backends import BuilderBackend
    from tests.builders import annotate

    class NamedBackend(BuilderBackend):
        def annotate(self, texts: Sequence[str]) -> list[Annotation]:
            people = {"Mark Rutte": "PER", "Sigrid Kaag": "PER"}
            return [annotate(text, entities=people) for text in texts]

    text = "Mark Rutte en Sigrid Kaag zeiden dat ze doorgaan. „Zeker”, zei Mark Rutte."
    article = parse_article(text, backend=NamedBackend())
    ids = {entity.name: entity.id for entity in article.entities}
    speakers = [q.speaker for q in article.quotes]
    assert [(s.name, s.entity_id, s.entity_ids) for s in speakers if s] == [
        ("Mark Rutte en Sigrid Kaag", None, (ids["Mark Rutte"], ids["Sigrid Kaag"])),
        ("Mark Rutte", ids["Mark Rutte"], (ids["Mark Rutte"],)),
    ]
    assert_spans_valid(article)
