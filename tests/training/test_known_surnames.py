"""The known-surnames list keeps surnames the corpus writes after a given name, and no others."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.training.lexicon_builder import build
from training import known_surnames


def test_a_surname_mostly_written_after_a_given_name_is_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = ["Donald Trump dreigt. Trump wil meer."] * 5 + ["Trump zwijgt."] * 3
    texts += ["Addy Engels zegt iets."] * 5 + ["Hij spreekt Engels."] * 20
    texts += ["Jan van Zutphen kwam."] * 5 + ["De rechter in Zutphen sprak."] * 6
    texts += ["Jan Pietersz kwam."] * 4  # in too few articles
    # "Engels" is a language far more often, "Zutphen" a town; "Pietersz" is too rare
    assert build(known_surnames, texts, tmp_path, monkeypatch) == ["Trump"]
