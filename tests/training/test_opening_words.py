"""The opening-words list keeps common words that open a sentence before a name, and no names."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

from training import opening_words


def test_a_common_word_opening_a_sentence_before_a_name_is_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = ["Routinier Brama scoorde. Hij is een routinier die wint."] * 3
    texts += ["Koning Willem opende. Hij werd koning. Toen sprak Koning."] * 3
    texts += ["Ben Weyts sprak. Ik ben blij."] * 3  # a listed given name
    texts += ["Pechvogel Vendrame viel. Hij was een pechvogel."] * 2  # in too few articles
    (tmp_path / "news-nl").mkdir()
    with gzip.open(tmp_path / "news-nl" / "corpus.jsonl.gz", "wt", encoding="utf-8") as out:
        for n, text in enumerate(texts):
            out.write(json.dumps({"id": f"test-{n}", "title": "Titel", "text": text}) + "\n")
    listed = tmp_path / "opening_words.txt"
    argv = ["opening_words", "--data", str(tmp_path), "--out", str(listed)]
    monkeypatch.setattr(sys, "argv", argv)
    opening_words.main()
    words = [line for line in listed.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    # "Koning" is capitalised inside sentences too (a surname); "pechvogel" is too rare here
    assert words == ["routinier"]
