"""Bounded chunks: long texts go to the backend in pieces, and come back as one annotation."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from newsstruct.backends.base import Annotation, Backend, EntityMention, Sentence

__all__ = ["MAX_CHUNK", "annotate_bounded", "split_bounded"]

MAX_CHUNK: Final = 5_000
"""Characters per backend document: keeps memory flat and the parser's sentences short."""

MAX_CALL: Final = 100_000
"""Characters per backend call: a 5 MB text is annotated in calls of bounded size."""

# Where to cut, best first: a paragraph break, a line break, a sentence end, any space.
_CUTS: Final = (
    re.compile(r"\n[^\S\n]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"(?<=[.!?…])[\"'”’»)]*\s+"),
    re.compile(r"\s+"),
)


def split_bounded(text: str, limit: int = MAX_CHUNK) -> list[tuple[int, int]]:
    """Cut ``text`` into consecutive ``(start, end)`` pieces of at most ``limit`` characters.

    Pieces tile the text exactly; each cut falls at the best boundary available in the
    piece's second half (paragraph, line, sentence, space), else hard at ``limit``.

    Example:
        >>> split_bounded("aaa bbb", limit=4)
        [(0, 4), (4, 7)]

    """
    pieces = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        window = text[start + limit // 2 : end]
        cut = end
        for pattern in _CUTS:
            matches = list(pattern.finditer(window))
            if matches:
                cut = start + limit // 2 + matches[-1].end()
                break
        pieces.append((start, cut))
        start = cut
    pieces.append((start, len(text)))
    return pieces


def annotate_bounded(
    backend: Backend, texts: Sequence[str], limit: int = MAX_CHUNK
) -> list[Annotation]:
    """Annotate texts through ``backend`` in pieces of at most ``limit`` characters.

    All pieces of all texts go to the backend in one call; their annotations are shifted
    back and joined, so the result is one Annotation per text with offsets into it.
    """
    plan = [split_bounded(text, limit) for text in texts]
    pieces = [
        text[start:end] for text, spans in zip(texts, plan, strict=True) for start, end in spans
    ]
    annotated = iter(_in_calls(backend, pieces))
    results = []
    for text, spans in zip(texts, plan, strict=True):
        parts = [(start, next(annotated)) for start, _ in spans]
        results.append(parts[0][1] if len(parts) == 1 else _join(text, parts))
    return results


def _in_calls(backend: Backend, pieces: Sequence[str]) -> list[Annotation]:
    annotations: list[Annotation] = []
    call: list[str] = []
    size = 0
    for piece in pieces:
        if call and size + len(piece) > MAX_CALL:
            annotations += backend.annotate(call)
            call, size = [], 0
        call.append(piece)
        size += len(piece)
    if call:
        annotations += backend.annotate(call)
    return annotations


def _join(text: str, parts: Sequence[tuple[int, Annotation]]) -> Annotation:
    sentences: list[Sentence] = []
    entities: list[EntityMention] = []
    for offset, part in parts:
        for sentence in part.sentences:
            tokens = tuple(
                replace(token, start=token.start + offset, end=token.end + offset)
                for token in sentence.tokens
            )
            sentences.append(Sentence(sentence.start + offset, sentence.end + offset, tokens))
        entities.extend(
            replace(mention, start=mention.start + offset, end=mention.end + offset)
            for mention in part.entities
        )
    return Annotation(text=text, sentences=tuple(sentences), entities=tuple(entities))
