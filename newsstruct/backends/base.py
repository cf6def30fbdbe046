"""The backend contract: a small Protocol and the neutral annotation types rules work on."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

__all__ = [
    "Annotation",
    "Backend",
    "BackendInfo",
    "EntityMention",
    "Sentence",
    "Token",
]


@dataclass(frozen=True, slots=True)
class Token:
    """One word with its analysis; offsets point into the annotated text.

    Attributes:
        start: Offset of the first character.
        end: Offset one past the last character.
        text: ``text[start:end]`` of the annotated text.
        lemma: Dictionary form ("zeggen" for "zei").
        upos: Universal POS tag ("VERB", "PROPN", "PUNCT", ...).
        feats: Universal features as a mapping ({"Tense": "Past"}).
        head: Index of the syntactic head within the sentence's tokens,
            ``None`` for the root.
        deprel: Universal dependency relation to the head ("nsubj", "ccomp", ...).

    """

    start: int
    end: int
    text: str
    lemma: str
    upos: str
    feats: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    head: int | None = None
    deprel: str = "dep"


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its character span and its tokens, in order."""

    start: int
    end: int
    tokens: tuple[Token, ...]


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A named-entity mention found by the backend (label: PER, ORG, LOC or MISC)."""

    start: int
    end: int
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class Annotation:
    """Everything a backend says about one text. Offsets index into ``text``."""

    text: str
    sentences: tuple[Sentence, ...]
    entities: tuple[EntityMention, ...]


@dataclass(frozen=True, slots=True)
class BackendInfo:
    """Which backend and which models produced an annotation."""

    name: str
    models: dict[str, str] = field(default_factory=dict, hash=False, compare=False)


@runtime_checkable
class Backend(Protocol):
    """Turns texts into neutral annotations.

    A backend must keep documents apart: ``annotate(texts)[i]`` describes
    ``texts[i]`` alone, and all its offsets index into ``texts[i]``.
    """

    @property
    def info(self) -> BackendInfo:
        """The backend's name and the models it runs."""
        ...

    def annotate(self, texts: Sequence[str]) -> list[Annotation]:
        """Annotate each text; one Annotation per input text, in order."""
        ...
