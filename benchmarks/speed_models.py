"""Speed of the bundled 5-processor Stanza pipeline on real news: words/s, load, import, peak RSS.

Usage (from the repository root)::

    python benchmarks/speed_models.py --data ../shared/data \
        --models newsstruct/data/models [--runs 3] [--json out.json]

Each run is a fresh subprocess (so import time, load time and peak RSS are real cold-start
figures) limited to ``--threads`` torch threads; reported numbers are medians over the runs.
``--decoder newsstruct`` (default) parses with the exact, faster tree decoding the library
installs (``newsstruct.backends._mst``); ``--decoder stanza`` with Stanza's own.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

SEED = 7

_CHILD = r"""
import json, resource, sys, time
t0 = time.perf_counter()
import stanza, torch
t_import = time.perf_counter() - t0
args = json.loads(sys.argv[1])
if args["decoder"] == "newsstruct":
    from newsstruct.backends._mst import install
    install()
torch.set_num_threads(args["threads"])
texts = json.load(open(args["texts"], encoding="utf-8"))
t1 = time.perf_counter()
nlp = stanza.Pipeline(**args["kwargs"], logging_level="WARN")
t_load = time.perf_counter() - t1
nlp("Opwarmen: „Dit is een test”, zegt hij.")
t2 = time.perf_counter()
docs = nlp.bulk_process(texts)
t_proc = time.perf_counter() - t2
words = sum(len(s.words) for d in docs for s in d.sentences)
print(json.dumps({"import_s": t_import, "load_s": t_load, "process_s": t_proc, "words": words,
                  "words_per_s": words / t_proc,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def pipeline_kwargs(models: Path) -> dict[str, Any]:
    """Keyword arguments that load the models in ``models`` offline, read from its manifest."""
    from newsstruct.backends.manifest import read_manifest

    return read_manifest(models).pipeline_options()


def sample_articles(data: Path, n: int) -> list[str]:
    """A seeded sample of ``n`` article texts from the news corpus."""
    with gzip.open(data / "news-nl" / "corpus.jsonl.gz", "rt", encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    return random.Random(SEED).sample(texts, n)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print medians."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", type=Path, default=Path("../shared/data"))
    p.add_argument("--models", type=Path, default=Path("newsstruct/data/models"))
    p.add_argument("--articles", type=int, default=200)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--decoder", choices=("newsstruct", "stanza"), default="newsstruct")
    p.add_argument("--json", type=Path, default=None)
    args = p.parse_args(argv)
    runs: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        texts_path = Path(tmp) / "texts.json"
        texts_path.write_text(
            json.dumps(sample_articles(args.data, args.articles)), encoding="utf-8"
        )
        child_args = {
            "threads": args.threads,
            "decoder": args.decoder,
            "texts": str(texts_path),
            "kwargs": pipeline_kwargs(args.models.resolve()),
        }
        for i in range(args.runs):
            out = subprocess.run(
                [sys.executable, "-c", _CHILD, json.dumps(child_args)],
                check=True,
                capture_output=True,
                text=True,
                env={"OMP_NUM_THREADS": str(args.threads), "PATH": "/usr/bin:/bin"},
            )
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
            print(
                f"run {i + 1}: " + ", ".join(f"{k}={v:.2f}" for k, v in runs[-1].items()),
                file=sys.stderr,
            )
    med = {k: round(statistics.median(r[k] for r in runs), 2) for k in runs[0]}
    result = {
        "median": med,
        "runs": runs,
        "articles": args.articles,
        "threads": args.threads,
        "decoder": args.decoder,
    }
    for k, v in med.items():
        print(f"{k:<12} {v}")
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
