"""The opening-words list keeps common words that open a sentence before a name, and no names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.training.lexicon_builder import build
from training import opening_words


def test_a_common_word_opening_a_sentence_before_a_name_is_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = ["Routinier Brama scoorde. Hij is een routinier die wint."] * 3
    texts += ["Koning Willem opende. Hij werd koning. Toen sprak Koning."] * 3
    texts += ["Ben Weyts sprak. Ik ben blij."] * 3  # a listed given name
    texts += ["Pechvogel Vendrame viel. Hij was een pechvogel."] * 2  # in too few articles
    # "Koning" is capitalised inside sentences too (a surname); "pechvogel" is too rare here
    assert build(opening_words, texts, tmp_path, monkeypatch) == ["routinier"]
