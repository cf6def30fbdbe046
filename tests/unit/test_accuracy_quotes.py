"""The dev-set scorer on the guidelines' worked example, with predictions built from the gold."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmarks.accuracy_quotes import (
    align,
    evaluate,
    last_name,
    medium_matches,
    normalise,
    overlap_f1,
    score_article,
    speaker_correct,
)
from benchmarks.devset.load import GoldArticle, GoldQuote, block_spans, load_seed
from newsstruct.models import Article, Entity, Mention, Paragraph, Quote, Span, Speaker

SHARED = Path(__file__).resolve().parents[3] / "shared"
pytestmark = pytest.mark.skipif(
    not (SHARED / "annotation" / "loekasjenko-kernwapens.gold.json").exists(),
    reason="needs the seed example in ../shared",
)


@pytest.fixture(scope="module")
def seed() -> GoldArticle:
    return load_seed(SHARED / "examples", SHARED / "annotation")


def _span(document: str, form: str) -> tuple[int, int]:
    start = document.find(form)
    return (start, start + len(form)) if start >= 0 else (0, 0)


def fake_article(
    gold: GoldArticle,
    *,
    drop: int | None = None,
    speaker_of: dict[int, str] | None = None,
    no_media: bool = False,
) -> Article:
    """A perfect prediction of ``gold`` (optionally one quote dropped or re-attributed)."""
    document = gold.document
    entities = []
    for index, person in enumerate(gold.persons, 1):
        mentions = []
        for form in {person.name, *person.aliases}:
            for match in re.finditer(re.escape(form), document):
                mentions.append(Mention(start=match.start(), end=match.end(), text=match.group()))
        mentions.sort(key=lambda m: m.start)
        entities.append(
            Entity(id=f"e{index}", name=person.name, label="PER", mentions=tuple(mentions))
        )
    by_name = {entity.name: entity.id for entity in entities}
    paragraphs = []
    kinds = (["title"] if gold.has_title else []) + list(gold.paragraphs)
    for index, ((start, end), kind) in enumerate(zip(gold.blocks, kinds, strict=True)):
        paragraphs.append(
            Paragraph(start=start, end=end, text=document[start:end], index=index, kind=kind)
        )
    quotes = []
    for number, quote in enumerate(gold.quotes):
        if number == drop:
            continue
        name = (speaker_of or {}).get(number, quote.speaker)
        speaker = None
        if name is not None:
            start, end = _span(document, name)
            speaker = Speaker(
                start=start,
                end=end,
                text=document[start:end] or name,
                name=name,
                entity_id=by_name.get(name),
            )
        medium = None
        if quote.medium is not None and not no_media:
            start, end = _span(document, quote.medium)
            medium = Span(start=start, end=end, text=document[start:end])
        paragraph = next(i for i, (s, e) in enumerate(gold.blocks) if s <= quote.start < e)
        quotes.append(
            Quote(
                start=quote.start,
                end=quote.end,
                text=quote.text,
                id=f"q{number + 1}",
                kind=quote.kind,
                paragraph=paragraph,
                speaker=speaker,
                medium=medium,
            )
        )
    return Article(
        text=document,
        backend="gold",
        paragraphs=tuple(paragraphs),
        quotes=tuple(quotes),
        entities=tuple(entities),
    )


def test_seed_loads(seed: GoldArticle) -> None:
    assert len(seed.paragraphs) == len(block_spans(seed.document)) == 11
    assert len(seed.quotes) == 15
    assert all(seed.document[q.start : q.end] == q.text for q in seed.quotes)


def test_gold_as_prediction_scores_one(seed: GoldArticle) -> None:
    result = evaluate([seed], lambda document: fake_article(seed))
    total = result["total"]
    for group in ("quoted", "indirect", "all"):
        quotes = total["quotes"][group]
        assert quotes["f1"] == quotes["speaker_accuracy"] == quotes["attributed_f1"] == 1.0
    assert total["paragraphs"]["accuracy"] == 1.0
    assert total["media"]["f1"] == 1.0 and total["media"]["gold"] > 0
    assert (
        total["persons"]["b3_f1"]
        == total["persons"]["recall"]
        == total["persons"]["precision"]
        == 1.0
    )
    assert result["errors"] == {}


def test_missed_and_wrong_speaker_count(seed: GoldArticle) -> None:
    indirect = [i for i, q in enumerate(seed.quotes) if q.kind == "indirect"]
    score = score_article(
        seed, fake_article(seed, drop=indirect[0], speaker_of={indirect[1]: "Vladimir Poetin"})
    )
    report = score.report()["quotes"]["indirect"]
    gold_indirect = len(indirect)
    assert report["gold"] == gold_indirect and report["pred"] == gold_indirect - 1
    assert report["matched"] == gold_indirect - 1
    assert report["recall"] == pytest.approx((gold_indirect - 1) / gold_indirect)
    assert report["speaker_accuracy"] == pytest.approx((gold_indirect - 2) / (gold_indirect - 1))
    assert any(line.startswith("  MISSED indirect") for line in score.errors)
    assert any(line.startswith("  WRONG-SPEAKER indirect") for line in score.errors)


def test_quoted_prediction_does_not_match_indirect_gold(seed: GoldArticle) -> None:
    article = fake_article(seed)
    swapped = tuple(
        q.model_copy(update={"kind": "direct" if q.kind == "indirect" else q.kind})
        for q in article.quotes
    )
    report = score_article(seed, article.model_copy(update={"quotes": swapped})).report()["quotes"]
    assert report["indirect"]["matched"] == 0
    assert report["quoted"]["recall"] == 1.0 and report["quoted"]["precision"] < 1.0


def test_merged_persons_lower_b3_precision(seed: GoldArticle) -> None:
    article = fake_article(seed)
    first, second, *rest = article.entities
    merged = first.model_copy(update={"mentions": first.mentions + second.mentions})
    persons = score_article(
        seed, article.model_copy(update={"entities": (merged, *rest)})
    ).report()["persons"]
    assert persons["b3_recall"] == 1.0 and persons["b3_precision"] < 1.0


def test_a_person_entity_holding_no_gold_name_is_listed(seed: GoldArticle) -> None:
    article = fake_article(seed)
    stranger = article.entities[0].model_copy(
        update={
            "id": "e99",
            "name": "Seed Stranger",
            "mentions": (Mention(start=0, end=4, text=seed.document[:4]),),
        }
    )
    with_stranger = article.model_copy(update={"entities": (*article.entities, stranger)})
    score = score_article(seed, with_stranger)
    assert "  PERSON-SPURIOUS Seed Stranger" in score.errors
    assert score.report()["persons"]["precision"] < 1.0


def test_overlap_and_alignment() -> None:
    assert overlap_f1((0, 10), (0, 10)) == 1.0
    assert overlap_f1((0, 10), (5, 15)) == 0.5
    assert overlap_f1((0, 10), (10, 20)) == 0.0
    # The better pair wins; a prediction is used once.
    assert align([(0, 10), (0, 12)], [(0, 12)]) == [(1, 0)]
    assert align([(0, 10)], [(6, 20)]) == []


def test_speaker_names() -> None:
    gold = GoldQuote(0, 1, "x", "direct", "Cees van Raak", ("Van Raak",))
    assert speaker_correct(gold, ["van Raak’s"])
    assert speaker_correct(gold, ["Raak"])
    assert speaker_correct(gold, ["hij", "C. van Raak"])
    assert not speaker_correct(gold, ["Cees"])
    assert not speaker_correct(gold, [])
    assert speaker_correct(GoldQuote(0, 1, "x", "direct", None), [])
    assert not speaker_correct(GoldQuote(0, 1, "x", "direct", None), ["de politie"])
    assert normalise("Loekasjenko’s ") == "loekasjenko"
    assert last_name("Kassym-Jomart  Tokayev's") == "tokayev"


def test_paragraph_missing_counts_wrong(seed: GoldArticle) -> None:
    article = fake_article(seed)
    report = score_article(
        seed, article.model_copy(update={"paragraphs": article.paragraphs[:-1]})
    ).report()
    assert report["paragraphs"]["accuracy"] == pytest.approx(10 / 11)


def test_media_of_matched_quotes(seed: GoldArticle) -> None:
    score = score_article(seed, fake_article(seed, no_media=True))
    media = score.report()["media"]
    assert media["pred"] == media["correct"] == 0 and media["recall"] == 0.0
    assert sum(line.startswith("  WRONG-MEDIUM") for line in score.errors) == media["gold"]
    assert medium_matches("Telegram", "op Telegram") and not medium_matches("Twitter", "de NOS")
