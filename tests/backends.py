"""Backends for unit tests: the rules run on crude but plausible annotations."""

from __future__ import annotations

from collections.abc import Sequence

from newsstruct.backends.base import Annotation, BackendInfo
from tests.builders import annotate


class BuilderBackend:
    """Regex tokens, guessed UPOS, no parse, no entities (tests.builders.annotate)."""

    info = BackendInfo("builder", {"tokenize": "regex"})

    def annotate(self, texts: Sequence[str]) -> list[Annotation]:
        return [annotate(text) for text in texts]
