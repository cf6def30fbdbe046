"""The Stanza backend with the bundled models meets the backend contract."""

from __future__ import annotations

import pytest

from newsstruct.backends.base import Backend
from tests.contract.backend_contract import check_backend

pytestmark = pytest.mark.e2e


def test_stanza_meets_the_contract(stanza_backend: Backend) -> None:
    annotations = check_backend(stanza_backend)
    first = annotations[0]
    words = [t.text for s in first.sentences for t in s.tokens]
    assert "“" in words and "”" in words  # curly quotes are tokens of their own
    assert any(m.text == "Mark Rutte" and m.label == "PER" for m in first.entities)
    lemmas = {t.text: t.lemma for s in first.sentences for t in s.tokens}
    assert lemmas["zei"] == "zeggen"


def test_apostrophes_stay_inside_words(stanza_backend: Backend) -> None:
    annotation = stanza_backend.annotate(["Zo’n uitnodiging van Loekasjenko’s kantoor."])[0]
    words = [t.text for s in annotation.sentences for t in s.tokens]
    assert "Zo’n" in words and "Loekasjenko’s" in words


def test_info_names_the_bundled_models(stanza_backend: Backend) -> None:
    info = stanza_backend.info
    assert info.name == "stanza"
    assert set(info.models) == {"tokenize", "pos", "lemma", "depparse", "ner"}


def test_the_parser_decodes_with_the_exact_shortcut(stanza_backend: Backend) -> None:
    from stanza.models.depparse import model

    from newsstruct.backends._mst import one_root_tree

    stanza_backend.annotate(["Hij zei dat het regent."])
    assert model.chuliu_edmonds_one_root is one_root_tree
