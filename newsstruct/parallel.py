"""Parse on several processes at once: one backend per process, results in input order."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

from newsstruct.backends.base import Backend
from newsstruct.backends.registry import get_backend
from newsstruct.models import Article, ParseFailure
from newsstruct.pipeline import DEFAULT_BATCH_SIZE, ArticleInput, parse_articles

__all__ = ["parse_in_processes"]

_backend: Backend | None = None


def parse_in_processes(
    articles: Iterable[ArticleInput],
    *,
    jobs: int,
    backend: str = "stanza",
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Iterator[Article | ParseFailure]:
    """Like ``parse_articles(..., errors="record")``, spread over ``jobs`` worker processes.

    Workers are started with ``spawn`` (a forked Stanza pipeline can hang), each builds its
    backend once with one torch thread, and at most ``2 * jobs`` batches are in flight, so
    memory stays bounded on an endless input. Results come back in input order.

    Args:
        articles: Texts or records, as for :func:`newsstruct.parse_articles`.
        jobs: Number of worker processes (at least 1).
        backend: A registered backend name (instances cannot cross processes).
        batch_size: Articles per batch sent to a worker.

    Raises:
        ValueError: ``jobs`` is below 1.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    context = multiprocessing.get_context("spawn")
    iterator = iter(articles)
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_start, initargs=(backend,)
    ) as pool:
        pending: deque[Future[list[Article | ParseFailure]]] = deque()
        offset = 0
        while True:
            while len(pending) < 2 * jobs and (batch := list(islice(iterator, batch_size))):
                pending.append(pool.submit(_work, batch, offset, batch_size))
                offset += len(batch)
            if not pending:
                return
            yield from pending.popleft().result()


def _start(backend: str) -> None:
    global _backend
    options: dict[str, Any] = {"threads": 1} if backend == "stanza" else {}
    _backend = get_backend(backend, **options)


def _work(batch: list[ArticleInput], offset: int, batch_size: int) -> list[Article | ParseFailure]:
    assert _backend is not None, "worker started without its initializer"
    results = list(parse_articles(batch, backend=_backend, batch_size=batch_size, errors="record"))
    # Failures carry their position in the whole input, not in this batch.
    return [
        r.model_copy(update={"index": r.index + offset}) if isinstance(r, ParseFailure) else r
        for r in results
    ]
