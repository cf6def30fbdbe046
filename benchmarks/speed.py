"""Throughput on real news: one-by-one vs batched, time outside the backend, cold start, RSS.

Usage:
    python benchmarks/speed.py --data ../shared/data [--articles 200] [--runs 3] [--jobs 2]
        [--json out.json]

``--jobs N`` (N > 1) also times ``parse_articles(..., jobs=N)`` on the same articles:
N worker processes with one torch thread each, worker start-up included.

Every figure is a median over ``--runs`` runs made in this one invocation; ratios are taken
between medians of the same invocation.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from newsstruct import parse_article, parse_articles
from newsstruct.backends.base import Annotation, Backend, BackendInfo
from newsstruct.backends.stanza import StanzaBackend

SEED = 7


class TimedBackend:
    """Wraps a backend and adds up the seconds spent inside ``annotate``."""

    def __init__(self, inner: Backend) -> None:
        self.inner = inner
        self.seconds = 0.0

    @property
    def info(self) -> BackendInfo:
        return self.inner.info

    def annotate(self, texts: Sequence[str]) -> list[Annotation]:
        start = time.perf_counter()
        try:
            return self.inner.annotate(texts)
        finally:
            self.seconds += time.perf_counter() - start


def load_articles(data: Path, count: int) -> list[dict[str, str]]:
    with gzip.open(data / "news-nl" / "corpus.jsonl.gz", "rt", encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines]
    rng = random.Random(SEED)
    return [
        {"id": r["id"], "title": r["title"], "text": r["text"]} for r in rng.sample(records, count)
    ]


def cold_start() -> float:
    code = (
        "import time; t = time.perf_counter(); import newsstruct; "
        "newsstruct.parse_article('Jan zei dat het regent.'); print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def peak_rss_mb(data: Path, megabytes: float) -> float:
    code = f"""
import gzip, json, resource
import newsstruct
texts = []
size = 0
with gzip.open({str(data / "news-nl" / "corpus.jsonl.gz")!r}, "rt", encoding="utf-8") as lines:
    for line in lines:
        text = json.loads(line)["text"]
        texts.append(text)
        size += len(text)
        if size >= {megabytes} * 1_000_000:
            break
article = newsstruct.parse_article("\\n\\n".join(texts))
assert article.paragraphs
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--rss-megabytes", type=float, default=1.0)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    articles = load_articles(args.data, args.articles)
    words = sum(len(a["text"].split()) for a in articles)
    backend = TimedBackend(StanzaBackend())
    parse_article("Opwarmen: de modellen laden.", backend=backend)  # load outside the timings

    single, batched, outside = [], [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        for article in articles:
            parse_article(article["text"], title=article["title"], backend=backend)
        single.append(time.perf_counter() - start)

        backend.seconds = 0.0
        start = time.perf_counter()
        for _article in parse_articles(articles, backend=backend, batch_size=args.batch_size):
            pass
        elapsed = time.perf_counter() - start
        batched.append(elapsed)
        outside.append((elapsed - backend.seconds) / elapsed)

    processes = []
    for _ in range(args.runs if args.jobs > 1 else 0):
        start = time.perf_counter()
        for _result in parse_articles(
            articles, jobs=args.jobs, batch_size=args.batch_size, errors="record"
        ):
            pass
        processes.append(time.perf_counter() - start)

    colds = [cold_start() for _ in range(args.runs)]
    result = {
        "articles": len(articles),
        "words": words,
        "runs": args.runs,
        "batch_size": args.batch_size,
        "one_by_one_words_per_s": words / statistics.median(single),
        "batched_words_per_s": words / statistics.median(batched),
        "batched_articles_per_s": len(articles) / statistics.median(batched),
        "batched_over_one_by_one": statistics.median(single) / statistics.median(batched),
        "share_outside_backend": statistics.median(outside),
        **(
            {
                f"processes_{args.jobs}_words_per_s": words / statistics.median(processes),
                f"processes_{args.jobs}_over_one_by_one": statistics.median(single)
                / statistics.median(processes),
            }
            if processes
            else {}
        ),
        "cold_start_s": statistics.median(colds),
        f"peak_rss_mb_for_{args.rss_megabytes:g}MB_article": peak_rss_mb(
            args.data, args.rss_megabytes
        ),
    }
    for key, value in result.items():
        print(f"{key:<40} {value:,.3f}" if isinstance(value, float) else f"{key:<40} {value}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
