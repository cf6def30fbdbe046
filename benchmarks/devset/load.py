"""Load the hand-annotated development set (``gold/<id>.json``) with its documents.

The committed gold files hold labels and character offsets only; the article text is re-read from
the corpus (``<data>/news-nl/corpus.jsonl.gz``), which is never copied into the repository.

The document of a corpus record is ``record["title"] + "\\n\\n" + record["text"]``; its blocks
are the pieces of ``document.strip()`` split on blank lines (``BLANK_LINE``), empty pieces ignored.
The first block is the title; ``paragraphs`` labels every block after it.

Usage::

    from benchmarks.devset.load import load_gold
    for article in load_gold("../shared/data", split="dev"):
        article.document[q.start:q.end] for q in article.quotes
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "BLANK_LINE",
    "DEVSET_DIR",
    "EXCERPT_CHARS",
    "PARAGRAPH_KINDS",
    "QUOTE_KINDS",
    "GoldArticle",
    "GoldPerson",
    "GoldQuote",
    "block_spans",
    "build_document",
    "document_sha256",
    "excerpt",
    "find_occurrence",
    "load_gold",
    "load_seed",
    "read_corpus",
    "work_to_article",
]

DEVSET_DIR = Path(__file__).resolve().parent
BLANK_LINE = re.compile(r"\n[ \t\r\u00a0]*\n")
PARAGRAPH_KINDS = frozenset({"body", "heading", "byline", "boilerplate"})
QUOTE_KINDS = frozenset({"direct", "partial", "indirect"})
EXCERPT_CHARS = 60


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    speaker_aliases: tuple[str, ...] = ()
    cue: str | None = None
    medium: str | None = None


@dataclass(frozen=True)
class GoldPerson:
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldArticle:
    id: str
    document: str
    paragraphs: tuple[str, ...]
    """One label per block after the title (per block when ``has_title`` is false)."""
    quotes: tuple[GoldQuote, ...]
    persons: tuple[GoldPerson, ...]
    blocks: tuple[tuple[int, int], ...]
    """(start, end) of every block of the document, title included, stripped of outer whitespace."""
    has_title: bool = True
    outlet: str | None = None
    split: str | None = None
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def body_blocks(self) -> tuple[tuple[int, int], ...]:
        """The blocks that ``paragraphs`` labels, in order."""
        return self.blocks[1:] if self.has_title else self.blocks


def build_document(record: dict[str, Any]) -> str:
    """The annotated document of a corpus record: title, blank line, text."""
    return record["title"] + "\n\n" + record["text"]


def document_sha256(document: str) -> str:
    return hashlib.sha256(document.encode("utf-8")).hexdigest()


def block_spans(document: str) -> list[tuple[int, int]]:
    """Offsets of the blank-line separated blocks, each stripped of outer whitespace.

    Same pieces, same count as ``[p for p in BLANK_LINE.split(document.strip()) if p.strip()]``.
    """
    spans: list[tuple[int, int]] = []
    position = 0
    for separator in [*BLANK_LINE.finditer(document), None]:
        end = separator.start() if separator else len(document)
        piece = document[position:end]
        if piece.strip():
            start = position + (len(piece) - len(piece.lstrip()))
            stop = position + len(piece.rstrip())
            spans.append((start, stop))
        if separator:
            position = separator.end()
    return spans


def find_occurrence(document: str, text: str, occurrence: int = 1) -> int:
    """Offset of the ``occurrence``-th (1-based, overlaps allowed) occurrence of ``text``, or -1."""
    if not text or occurrence < 1:
        return -1
    index = -1
    for _ in range(occurrence):
        index = document.find(text, index + 1)
        if index < 0:
            return -1
    return index


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """At most ``limit`` characters: the text, or its first ``limit - 3`` characters and '...'."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


def read_corpus(
    data_dir: str | Path, ids: Iterable[str] | None = None
) -> dict[str, dict[str, Any]]:
    """Corpus records by id (only ``ids`` when given)."""
    wanted = set(ids) if ids is not None else None
    path = Path(data_dir) / "news-nl" / "corpus.jsonl.gz"
    records: dict[str, dict[str, Any]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if wanted is None or record["id"] in wanted:
                records[record["id"]] = record
                if wanted is not None and len(records) == len(wanted):
                    break
    return records


def _person(raw: dict[str, Any]) -> GoldPerson:
    return GoldPerson(name=raw["name"], aliases=tuple(raw.get("aliases") or ()))


def _quote(raw: dict[str, Any], document: str, start: int, end: int) -> GoldQuote:
    return GoldQuote(
        start=start,
        end=end,
        text=document[start:end],
        kind=raw["kind"],
        speaker=raw.get("speaker"),
        speaker_aliases=tuple(raw.get("speaker_aliases") or ()),
        cue=raw.get("cue"),
        medium=raw.get("medium"),
    )


def work_to_article(
    raw: dict[str, Any],
    document: str,
    *,
    has_title: bool = True,
    outlet: str | None = None,
    split: str | None = None,
) -> GoldArticle:
    """A record in the annotators' form (quotes with ``text`` + ``occurrence``) as a GoldArticle.

    Raises ValueError when a quote text is not found in the document.
    """
    quotes = []
    for number, item in enumerate(raw.get("quotes", []), 1):
        occurrence = item.get("occurrence", 1)
        start = find_occurrence(document, item["text"], occurrence)
        if start < 0:
            raise ValueError(f"{raw.get('id')}: quote {number} not found (occurrence {occurrence})")
        quotes.append(_quote(item, document, start, start + len(item["text"])))
    return GoldArticle(
        id=str(raw["id"]),
        document=document,
        paragraphs=tuple(raw["paragraphs"]),
        quotes=tuple(quotes),
        persons=tuple(_person(p) for p in raw.get("persons", [])),
        blocks=tuple(block_spans(document)),
        has_title=has_title,
        outlet=outlet,
        split=split,
        notes=raw.get("notes") or "",
    )


def load_gold(
    data_dir: str | Path = "../shared/data",
    split: str | None = None,
    gold_dir: str | Path | None = None,
    *,
    verify: bool = True,
) -> list[GoldArticle]:
    """Every frozen gold record (``split`` = 'dev' / 'test' / None for all), documents re-read.

    With ``verify`` the document hash and every quote excerpt are checked against the corpus, so a
    changed corpus fails loudly instead of scoring against shifted offsets.
    """
    directory = Path(gold_dir) if gold_dir is not None else DEVSET_DIR / "gold"
    raws = [
        json.loads(path.read_text(encoding="utf-8")) for path in sorted(directory.glob("*.json"))
    ]
    if split not in (None, "all"):
        raws = [raw for raw in raws if raw.get("split") == split]
    records = read_corpus(data_dir, [raw["id"] for raw in raws])
    articles = []
    for raw in raws:
        if raw["id"] not in records:
            raise KeyError(f"{raw['id']}: not in the corpus under {data_dir}")
        document = build_document(records[raw["id"]])
        if verify and raw.get("document_sha256") not in (None, document_sha256(document)):
            raise ValueError(f"{raw['id']}: the corpus document changed since the gold was frozen")
        quotes = []
        for item in raw.get("quotes", []):
            start, end = item["start"], item["end"]
            if verify and excerpt(document[start:end]) != item.get(
                "excerpt", excerpt(document[start:end])
            ):
                raise ValueError(f"{raw['id']}: quote at {start}:{end} does not match its excerpt")
            quotes.append(_quote(item, document, start, end))
        articles.append(
            GoldArticle(
                id=raw["id"],
                document=document,
                paragraphs=tuple(raw["paragraphs"]),
                quotes=tuple(quotes),
                persons=tuple(_person(p) for p in raw.get("persons", [])),
                blocks=tuple(block_spans(document)),
                has_title=True,
                outlet=raw.get("outlet"),
                split=raw.get("split"),
                notes=raw.get("notes") or "",
            )
        )
    return articles


def load_seed(
    examples_dir: str | Path = "../shared/examples",
    annotation_dir: str | Path = "../shared/annotation",
    name: str = "loekasjenko-kernwapens",
) -> GoldArticle:
    """The guidelines' worked example (no title line: every block is a labelled paragraph)."""
    document = (Path(examples_dir) / f"{name}.txt").read_text(encoding="utf-8")
    raw = json.loads((Path(annotation_dir) / f"{name}.gold.json").read_text(encoding="utf-8"))
    return work_to_article(raw, document, has_title=False, outlet="seed", split="seed")
