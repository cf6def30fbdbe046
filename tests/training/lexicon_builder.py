"""Run a corpus-built lexicon's generator on a tiny corpus written for the test."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest


def build(
    generator: ModuleType, texts: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> list[str]:
    """The entries ``generator.main()`` lists for a corpus of ``texts`` (none in the devset)."""
    (tmp_path / "news-nl").mkdir()
    with gzip.open(tmp_path / "news-nl" / "corpus.jsonl.gz", "wt", encoding="utf-8") as out:
        for n, text in enumerate(texts):
            out.write(json.dumps({"id": f"test-{n}", "title": "Titel", "text": text}) + "\n")
    listed = tmp_path / "list.txt"
    argv = ["generator", "--data", str(tmp_path), "--out", str(listed)]
    monkeypatch.setattr(sys, "argv", argv)
    generator.main()
    return [line for line in listed.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
