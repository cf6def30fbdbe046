"""The annotation cache and the rule comparison behind benchmarks/ (no models needed)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from benchmarks.annotation_cache import CachedBackend, from_json, to_json
from benchmarks.compare_rules import differences
from newsstruct.backends.base import Annotation, BackendInfo
from tests.builders import annotate


class _Counting:
    """A crude backend that counts the texts it was asked to annotate."""

    def __init__(self, models: dict[str, str]) -> None:
        self.asked: list[str] = []
        self._models = models

    @property
    def info(self) -> BackendInfo:
        return BackendInfo("counting", self._models)

    def annotate(self, texts: Sequence[str]) -> list[Annotation]:
        self.asked += texts
        return [annotate(text, entities={"Rutte": "PER"}) for text in texts]


def test_an_annotation_survives_the_json_round_trip() -> None:
    annotation = annotate("Rutte zei dat het klopt.", entities={"Rutte": "PER"})
    assert from_json(to_json(annotation)) == annotation


def test_the_cache_asks_the_backend_once_per_text_and_models(tmp_path: Path) -> None:
    inner = _Counting({"ner": "v1"})
    cached = CachedBackend(inner, tmp_path)
    texts = ["Rutte zei het.", "Niemand zei iets."]
    first = cached.annotate(texts)
    again = cached.annotate([texts[1], texts[0], "Nieuw."])
    assert inner.asked == [*texts, "Nieuw."]
    assert again[:2] == [first[1], first[0]]
    assert (cached.hits, cached.misses) == (2, 3)
    other_models = CachedBackend(_Counting({"ner": "v2"}), tmp_path)
    other_models.annotate(texts[:1])
    assert other_models.misses == 1  # a cache of other models is never read


def test_differences_list_what_one_side_has_and_the_other_not() -> None:
    quote = ["direct", 0, 5, "Ja", "hij", "Rutte", None, "zei", "…"]
    base = {"a1": {"quotes": [quote], "entities": ["PER:Rutte:1"]}}
    new = {"a1": {"quotes": [[*quote[:5], "Mark Rutte", *quote[6:]]], "entities": []}}
    assert differences(base, new, entities=False) == [
        "- a1 direct […] [[Ja]] spk='hij'/Rutte cue='zei' medium=None",
        "+ a1 direct […] [[Ja]] spk='hij'/Mark Rutte cue='zei' medium=None",
    ]
    new = {"a1": {"quotes": [[*quote[:6], "Twitter", *quote[7:]]], "entities": []}}
    assert differences(base, new, entities=False)[1].endswith("medium='Twitter'")
    assert differences(base, new, entities=True) == ["- a1 PER:Rutte:1"]
