"""newsstruct[dask]: a 2-worker LocalCluster gives the same Articles as one process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsstruct import parse_articles
from newsstruct.backends.base import Backend

dask_bag = pytest.importorskip("dask.bag", reason="the dask extra is not installed")
distributed = pytest.importorskip("distributed")

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.slow,
    # distributed warns about ports and event loops on start-up and shutdown
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
    pytest.mark.filterwarnings("ignore::UserWarning"),
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]


def test_cluster_results_equal_single_process(
    seed_text: str, stanza_backend: Backend, tmp_path: Path
) -> None:
    from newsstruct.distributed import parse_bag, to_jsonl, to_parquet

    paragraphs = seed_text.split("\n\n")
    records: list[object] = [
        {"id": "seed", "text": seed_text},
        {"id": "first-half", "text": "\n\n".join(paragraphs[:5])},
        {"id": "second-half", "text": "\n\n".join(paragraphs[5:])},
        {"id": "broken", "text": b"not text"},
    ]
    expected = [
        result.model_dump(mode="json")
        for result in parse_articles(records, backend=stanza_backend, errors="record")  # type: ignore[arg-type]
    ]
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        parsed = parse_bag(dask_bag.from_sequence(records, npartitions=2))
        # a failure's index counts within its partition; everything else is identical
        assert _without_index(parsed.compute()) == _without_index(expected)
        paths = to_jsonl(parsed, tmp_path / "jsonl")
        written = [
            json.loads(line) for p in sorted(paths) for line in Path(p).read_text().splitlines()
        ]
        assert _without_index(written) == _without_index(expected)
        parquet = to_parquet(parsed, tmp_path / "parquet")
        assert len(parquet) == 2
    assert expected[3]["error_type"] == "TypeError"


def _without_index(results: list[dict[str, object]]) -> list[dict[str, object]]:
    return [{k: v for k, v in r.items() if k != "index"} for r in results]
