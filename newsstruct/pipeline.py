"""The one place that wires it: text -> layout -> backend annotation -> rules -> Article."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any, Final, Literal, overload

from newsstruct.backends.base import Annotation, Backend
from newsstruct.backends.registry import get_backend
from newsstruct.chunking import annotate_bounded
from newsstruct.errors import ArticleError
from newsstruct.layout import Block, find_blocks
from newsstruct.models import (
    Article,
    Entity,
    Mention,
    Paragraph,
    ParseFailure,
    Quote,
    Sentence,
    Span,
    Speaker,
)
from newsstruct.rules.entities import (
    EntityCluster,
    cluster_entities,
    joined_speakers,
    resolve_speaker,
    with_cluster_names,
    with_corrected_mentions,
    with_listed_names,
    with_titled_names,
)
from newsstruct.rules.quotes import QuoteFinding, find_quotes
from newsstruct.text import normalize_for_nlp

__all__ = ["ArticleInput", "parse_article", "parse_articles"]

DEFAULT_BATCH_SIZE: Final = 16

ArticleInput = str | Mapping[str, Any]
"""A text, or a record with ``text`` and optional ``id``, ``title``, ``url``, ``published``."""

_backends: dict[str, Backend] = {}


@dataclass(frozen=True, slots=True)
class _Job:
    text: str
    id: str | None
    title: str | None
    url: str | None
    published: str | None
    index: int = 0


def parse_article(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    backend: Backend | str | None = None,
) -> Article:
    """Parse one Dutch news article.

    Args:
        text: The article as plain text, paragraphs separated by blank lines. When
            ``title`` is not given, a first line that reads as a headline is the title.
        title: The headline, when it is not part of ``text``.
        url: Where the article was published; stored as given.
        published: Publication date; stored as given.
        backend: A backend instance, a registered backend name, or None for the
            default Stanza backend with the bundled models.

    Returns:
        The Article: paragraphs, quotes and entities, every span indexing into ``text``.

    Raises:
        TypeError: ``text`` is not a ``str`` (decode bytes first).

    Example:
        >>> article = parse_article("Jan Peeters zei dat het regent.")  # doctest: +SKIP
        >>> article.quotes[0].speaker.name  # doctest: +SKIP
        'Jan Peeters'

    """
    job = _Job(_checked(text), None, title, url, published)
    return _parse_batch([job], _resolve_backend(backend))[0]


@overload
def parse_articles(
    articles: Iterable[ArticleInput],
    *,
    backend: Backend | str | None = ...,
    batch_size: int = ...,
    errors: Literal["raise"] = ...,
    progress: bool = ...,
    jobs: int = ...,
) -> Iterator[Article]: ...


@overload
def parse_articles(
    articles: Iterable[ArticleInput],
    *,
    backend: Backend | str | None = ...,
    batch_size: int = ...,
    errors: Literal["record"],
    progress: bool = ...,
    jobs: int = ...,
) -> Iterator[Article | ParseFailure]: ...


def parse_articles(
    articles: Iterable[ArticleInput],
    *,
    backend: Backend | str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    errors: Literal["raise", "record"] = "raise",
    progress: bool = False,
    jobs: int = 1,
) -> Iterator[Article] | Iterator[Article | ParseFailure]:
    """Parse many articles, annotating them in batches; yields one result per input, in order.

    Articles stay separate: each goes to the backend as its own document. The
    iterable is consumed lazily, ``batch_size`` articles at a time, so memory stays
    bounded on an endless stream. With ``jobs`` above 1 the batches go to that many worker
    processes, one torch thread each (:func:`newsstruct.parallel.parse_in_processes`): on
    two cores this is the fast way through an archive (``docs/benchmarks.md``).

    Args:
        articles: Texts, or records with ``text`` and optional ``id``, ``title``,
            ``url`` and ``published``.
        backend: As for :func:`parse_article`.
        batch_size: How many articles go to the backend in one call.
        errors: ``"raise"`` stops at the first article that fails; ``"record"`` yields a
            :class:`ParseFailure` in its place and goes on.
        progress: Show a progress bar (tqdm) on standard error.
        jobs: Worker processes; above 1, ``backend`` must be a registered backend's name
            (or None), since a backend instance cannot cross processes.

    Raises:
        TypeError: With ``errors="raise"``, an article (or its ``text``) is not a ``str``.
        ArticleError: With ``errors="raise"`` and ``jobs`` above 1, an article failed in a
            worker (the worker's exception cannot cross processes; this one says what it was).
        ValueError: ``batch_size`` or ``jobs`` is below 1, or ``jobs`` is above 1 with a
            backend instance.

    Example:
        >>> for article in parse_articles(records, errors="record"):  # doctest: +SKIP
        ...     print(article.id, len(article.quotes))
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    if errors not in ("raise", "record"):
        raise ValueError(f"errors must be 'raise' or 'record', got {errors!r}")
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    if jobs > 1:
        if backend is not None and not isinstance(backend, str):
            raise ValueError("jobs above 1 need a backend name, not a backend instance")
        return _in_processes(articles, backend or "stanza", batch_size, errors, progress, jobs)
    return _stream(articles, _resolve_backend(backend), batch_size, errors == "record", progress)


def _in_processes(
    articles: Iterable[ArticleInput],
    backend: str,
    batch_size: int,
    errors: str,
    progress: bool,
    jobs: int,
) -> Iterator[Article | ParseFailure]:
    from newsstruct.parallel import parse_in_processes

    results = parse_in_processes(articles, jobs=jobs, backend=backend, batch_size=batch_size)
    if progress:
        from tqdm import tqdm

        results = iter(tqdm(results, unit="article"))
    for result in results:
        if isinstance(result, ParseFailure) and errors == "raise":
            raise ArticleError(result)
        yield result


def _stream(
    articles: Iterable[ArticleInput],
    backend: Backend,
    batch_size: int,
    record: bool,
    progress: bool,
) -> Iterator[Article | ParseFailure]:
    items = enumerate(articles)
    if progress:
        from tqdm import tqdm

        items = iter(tqdm(items, unit="article"))
    while batch := list(islice(items, batch_size)):
        jobs: list[_Job] = []
        failures: dict[int, ParseFailure] = {}
        for index, item in batch:
            try:
                jobs.append(_job(item, index))
            except TypeError as error:
                if not record:
                    raise
                failures[index] = _failure(index, _item_id(item), error)
        parsed = iter(_parse_batch(jobs, backend) if not record else _parse_isolated(jobs, backend))
        for index, _item in batch:
            yield failures[index] if index in failures else next(parsed)


def _parse_isolated(jobs: Sequence[_Job], backend: Backend) -> list[Article | ParseFailure]:
    """Parse a batch; if it fails, parse each article alone: one bad input, one record."""
    try:
        return list(_parse_batch(jobs, backend))
    except Exception:  # isolating any failure is the point
        results: list[Article | ParseFailure] = []
        for job in jobs:
            try:
                results.append(_parse_batch([job], backend)[0])
            except Exception as error:
                results.append(_failure(job.index, job.id, error))
        return results


def _failure(index: int, article_id: str | None, error: BaseException) -> ParseFailure:
    return ParseFailure(
        index=index, id=article_id, error_type=type(error).__name__, message=str(error)
    )


def _item_id(item: object) -> str | None:
    value = item.get("id") if isinstance(item, Mapping) else None
    return None if value is None else str(value)


def _job(item: object, index: int = 0) -> _Job:
    if isinstance(item, Mapping):

        def field(name: str) -> str | None:
            value = item.get(name)
            return None if value is None else str(value)

        return _Job(
            _checked(item.get("text")),
            field("id"),
            field("title"),
            field("url"),
            field("published") or field("date"),
            index,
        )
    return _Job(_checked(item), None, None, None, None, index)


def _checked(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, bytes | bytearray):
        raise TypeError("newsstruct parses str, not bytes: decode first, e.g. data.decode('utf-8')")
    raise TypeError(f"newsstruct parses str, got {type(text).__name__}")


def _resolve_backend(backend: Backend | str | None) -> Backend:
    if backend is not None and not isinstance(backend, str):
        return backend
    name = backend or "stanza"
    if name not in _backends:
        _backends[name] = get_backend(name)
    return _backends[name]


def _parse_batch(jobs: Sequence[_Job], backend: Backend) -> list[Article]:
    annotations = annotate_bounded(backend, [normalize_for_nlp(job.text) for job in jobs])
    info = backend.info
    return [
        _article(job, annotation, info.name, dict(info.models))
        for job, annotation in zip(jobs, annotations, strict=True)
    ]


def _article(job: _Job, annotation: Annotation, backend: str, models: dict[str, str]) -> Article:
    text = job.text
    annotation = with_titled_names(with_listed_names(with_corrected_mentions(annotation)))
    blocks = find_blocks(text, title=False if job.title is not None else None)
    clusters = cluster_entities(annotation)
    findings = find_quotes(with_cluster_names(annotation, clusters), blocks)
    title = job.title
    if title is None and blocks and blocks[0].kind == "title":
        title = text[blocks[0].start : blocks[0].end]
    return Article(
        text=text,
        id=job.id,
        title=title,
        url=job.url,
        published=job.published,
        backend=backend,
        models=models,
        paragraphs=_paragraphs(text, blocks, annotation),
        quotes=_quotes(text, findings, annotation, clusters),
        entities=_entities(text, clusters),
    )


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def _paragraphs(
    text: str, blocks: Sequence[Block], annotation: Annotation
) -> tuple[Paragraph, ...]:
    sentences = annotation.sentences
    paragraphs = []
    cursor = 0
    for index, block in enumerate(blocks):
        inside = []
        while cursor < len(sentences) and sentences[cursor].start < block.end:
            sentence = sentences[cursor]
            start, end = max(sentence.start, block.start), min(sentence.end, block.end)
            if start < end:
                inside.append(Sentence(**_span(text, start, end)))
            cursor += 1
        paragraphs.append(
            Paragraph(
                index=index,
                kind=block.kind,
                sentences=tuple(inside),
                **_span(text, block.start, block.end),
            )
        )
    return tuple(paragraphs)


def _quotes(
    text: str,
    findings: Sequence[QuoteFinding],
    annotation: Annotation,
    clusters: Sequence[EntityCluster],
) -> tuple[Quote, ...]:
    quotes = []
    for number, finding in enumerate(sorted(findings, key=lambda f: (f.start, f.end)), start=1):
        speaker = None
        if finding.speaker is not None:
            start, end = finding.speaker
            index = resolve_speaker(annotation, clusters, start, end)
            named: tuple[int, ...] = (index,) if index is not None else ()
            named = named or joined_speakers(annotation, clusters, start, end)  # "X en Y"
            speaker = Speaker(
                name=text[start:end] if index is None else clusters[index].name,
                entity_id=None if index is None else _entity_id(index),
                entity_ids=tuple(_entity_id(i) for i in named),
                **_span(text, start, end),
            )
        quotes.append(
            Quote(
                id=f"q{number}",
                kind=finding.kind,
                paragraph=finding.paragraph,
                speaker=speaker,
                cue=None if finding.cue is None else Span(**_span(text, *finding.cue)),
                medium=None if finding.medium is None else Span(**_span(text, *finding.medium)),
                **_span(text, finding.start, finding.end),
            )
        )
    return tuple(quotes)


def _entities(text: str, clusters: Sequence[EntityCluster]) -> tuple[Entity, ...]:
    return tuple(
        Entity(
            id=_entity_id(index),
            name=cluster.name,
            label=cluster.label,
            mentions=tuple(Mention(**_span(text, start, end)) for start, end in cluster.mentions),
        )
        for index, cluster in enumerate(clusters)
    )


def _entity_id(index: int) -> str:
    return f"e{index + 1}"
