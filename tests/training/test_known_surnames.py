"""The known-surnames list keeps surnames the corpus writes after a given name, and no others."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

from training import known_surnames


def test_a_surname_mostly_written_after_a_given_name_is_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = ["Donald Trump dreigt. Trump wil meer."] * 5 + ["Trump zwijgt."] * 3
    texts += ["Addy Engels zegt iets."] * 5 + ["Hij spreekt Engels."] * 20
    texts += ["Jan van Zutphen kwam."] * 5 + ["De rechter in Zutphen sprak."] * 6
    texts += ["Jan Pietersz kwam."] * 4  # in too few articles
    (tmp_path / "news-nl").mkdir()
    with gzip.open(tmp_path / "news-nl" / "corpus.jsonl.gz", "wt", encoding="utf-8") as out:
        for n, text in enumerate(texts):
            out.write(json.dumps({"id": f"test-{n}", "title": "Titel", "text": text}) + "\n")
    listed = tmp_path / "known_surnames.txt"
    argv = ["known_surnames", "--data", str(tmp_path), "--out", str(listed)]
    monkeypatch.setattr(sys, "argv", argv)
    known_surnames.main()
    names = [line for line in listed.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    # "Engels" is a language far more often, "Zutphen" a town; "Pietersz" is too rare
    assert names == ["Trump"]
