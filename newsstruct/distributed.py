"""Parse a Dask bag of article records on a cluster: one pipeline per worker process.

Install with ``pip install 'newsstruct[dask]'``. The pipeline is never shipped in a
closure: each worker process builds its own backend the first time a partition
reaches it and keeps it for the process's life.

Example (needs article files and a cluster, so doctest skips it):
    >>> import json
    >>> import dask.bag as db  # doctest: +SKIP
    >>> from newsstruct.distributed import parse_bag, to_jsonl
    >>> records = db.read_text("articles-*.jsonl").map(json.loads)  # doctest: +SKIP
    >>> to_jsonl(parse_bag(records), "out/")  # doctest: +SKIP
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from newsstruct.backends.base import Backend
from newsstruct.backends.registry import get_backend
from newsstruct.pipeline import DEFAULT_BATCH_SIZE, parse_articles

if TYPE_CHECKING:
    import dask.bag

__all__ = ["WORKER_THREADS", "parse_bag", "to_jsonl", "to_parquet"]

WORKER_THREADS: Final = 1
"""Torch threads per worker process by default: workers, not threads, give the parallelism."""

_worker_backends: dict[tuple[str, int], Backend] = {}


def parse_bag(
    records: dask.bag.Bag,
    *,
    backend: str = "stanza",
    threads: int = WORKER_THREADS,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> dask.bag.Bag:
    """Map a bag of article records (or texts) to Article dicts, in the same order.

    Args:
        records: A bag of ``{"id", "text", "title"?, "url"?, "published"?}`` dicts or strings.
        backend: A registered backend name; each worker process builds it once.
        threads: Torch CPU threads per worker process.
        batch_size: Articles per backend call within a partition.

    Returns:
        A bag of JSON-ready dicts: an Article's ``model_dump(mode="json")``, or a
        ParseFailure's (with ``error_type`` and ``message``) for an article that failed.
        A failure's ``index`` counts within its partition; give records an ``id``.
    """
    return records.map_partitions(
        _parse_partition, backend=backend, threads=threads, batch_size=batch_size
    )


def to_jsonl(parsed: dask.bag.Bag, folder: str | os.PathLike[str]) -> list[str]:
    """Write a bag from :func:`parse_bag` as JSONL, one file per partition; returns the paths."""
    Path(folder).mkdir(parents=True, exist_ok=True)
    target = str(Path(folder) / "part-*.jsonl")
    paths: list[str] = parsed.map(json.dumps, ensure_ascii=False).to_textfiles(target)
    return paths


def to_parquet(parsed: dask.bag.Bag, folder: str | os.PathLike[str]) -> list[str]:
    """Write a bag from :func:`parse_bag` as Parquet, one file per partition; returns the paths.

    Columns: ``id``, ``ok`` and ``article`` (the Article as JSON), or ``error_type`` and
    ``message`` for failures. Needs pyarrow.
    """
    from dask.base import compute
    from dask.delayed import delayed

    Path(folder).mkdir(parents=True, exist_ok=True)
    writes = [
        delayed(_write_parquet)(part, str(Path(folder) / f"part-{number:05d}.parquet"))
        for number, part in enumerate(parsed.to_delayed())
    ]
    paths: tuple[str, ...] = compute(*writes)
    return list(paths)


def _parse_partition(
    records: Iterable[Any], *, backend: str, threads: int, batch_size: int
) -> list[dict[str, Any]]:
    key = (backend, threads)
    if key not in _worker_backends:
        _worker_backends[key] = get_backend(backend, threads=threads)
    results = parse_articles(
        records, backend=_worker_backends[key], batch_size=batch_size, errors="record"
    )
    # A list, not a generator: partitions travel between processes and must pickle.
    return [result.model_dump(mode="json") for result in results]


def _write_parquet(rows: list[dict[str, Any]], path: str) -> str:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table(
        {
            "id": [row.get("id") for row in rows],
            "ok": ["error_type" not in row for row in rows],
            "article": [None if "error_type" in row else json.dumps(row) for row in rows],
            "error_type": [row.get("error_type") for row in rows],
            "message": [row.get("message") for row in rows],
        }
    )
    pq.write_table(table, path)
    return path
