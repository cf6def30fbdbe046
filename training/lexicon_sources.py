"""What the corpus-built lexicons share: their command line and the corpus outside the devset.

``known_surnames.py`` and ``opening_words.py`` count words in the news corpus; neither may
read an article of the development gold set (``benchmarks/devset/sample.json``), whose
scores they would otherwise inflate.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections.abc import Iterator
from pathlib import Path

from newsstruct.lexicon import load_lines

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "benchmarks" / "devset" / "sample.json"


def arguments(description: str, out: Path) -> argparse.Namespace:
    """``--data`` (the folder holding ``news-nl/``) and ``--out`` (the list to write)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=out)
    return parser.parse_args()


def texts_outside_devset(data: Path) -> Iterator[str]:
    """Title, a blank line and text of every corpus article that no devset draw took."""
    devset = {item["id"] for item in json.loads(SAMPLE.read_text(encoding="utf-8"))}
    with gzip.open(data / "news-nl" / "corpus.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] not in devset:
                yield record["title"] + "\n\n" + record["text"]


def given_names() -> set[str]:
    """The listed given names (``first_names.txt``), lower-case."""
    return {line.split()[0] for line in load_lines("first_names")}
