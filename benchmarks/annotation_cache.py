"""Keep a backend's annotations on disk, so that rule changes are re-scored in seconds.

The rules (layout, quotes, entities) take a few milliseconds per article; the Stanza backend
takes about a hundred and forty. When only the rules change, the annotations of the same texts
can be read back instead of computed again::

    from benchmarks.annotation_cache import CachedBackend
    backend = CachedBackend(newsstruct.backends.stanza.StanzaBackend(), Path(".cache/ann"))
    newsstruct.parse_article(text, backend=backend)

Each annotation is one gzipped JSON file named by the SHA-256 of the backend's name, its model
identifiers and the text, so a cache filled with one set of models is never read with another.
JSON, not pickle: a cache folder can be shared without trusting whoever wrote it. The folder is
scratch space (git-ignored ``.cache/``); delete it to start over.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsstruct.backends.base import (
    Annotation,
    Backend,
    BackendInfo,
    EntityMention,
    Sentence,
    Token,
)

__all__ = ["CachedBackend", "from_json", "to_json"]


def to_json(annotation: Annotation) -> dict[str, Any]:
    """A JSON-ready form of an annotation (lists instead of tuples)."""
    return {
        "text": annotation.text,
        "sentences": [
            {
                "start": sentence.start,
                "end": sentence.end,
                "tokens": [
                    [t.start, t.end, t.text, t.lemma, t.upos, t.feats, t.head, t.deprel]
                    for t in sentence.tokens
                ],
            }
            for sentence in annotation.sentences
        ],
        "entities": [[m.start, m.end, m.text, m.label] for m in annotation.entities],
    }


def from_json(data: dict[str, Any]) -> Annotation:
    """The annotation that :func:`to_json` wrote."""
    return Annotation(
        text=data["text"],
        sentences=tuple(
            Sentence(
                sentence["start"],
                sentence["end"],
                tuple(Token(*token) for token in sentence["tokens"]),
            )
            for sentence in data["sentences"]
        ),
        entities=tuple(EntityMention(*mention) for mention in data["entities"]),
    )


class CachedBackend:
    """A backend that reads annotations from ``folder`` and asks ``inner`` only for new texts."""

    def __init__(self, inner: Backend, folder: Path) -> None:
        self._inner = inner
        self._folder = folder
        self.hits = 0
        self.misses = 0

    @property
    def info(self) -> BackendInfo:
        """The wrapped backend's name and models: cached annotations are theirs."""
        return self._inner.info

    def annotate(self, texts: Sequence[str]) -> list[Annotation]:
        """Annotate each text, from the cache where it holds one."""
        paths = [self._path(text) for text in texts]
        results: list[Annotation | None] = []
        for path in paths:
            if path.exists():
                with gzip.open(path, "rt", encoding="utf-8") as file:
                    results.append(from_json(json.load(file)))
            else:
                results.append(None)
        missing = [i for i, result in enumerate(results) if result is None]
        self.hits += len(texts) - len(missing)
        self.misses += len(missing)
        if missing:
            self._folder.mkdir(parents=True, exist_ok=True)
            computed = self._inner.annotate([texts[i] for i in missing])
            for i, annotation in zip(missing, computed, strict=True):
                results[i] = annotation
                with gzip.open(paths[i], "wt", encoding="utf-8") as file:
                    json.dump(to_json(annotation), file, ensure_ascii=False)
        return [result for result in results if result is not None]

    def _path(self, text: str) -> Path:
        info = self._inner.info
        models = json.dumps(sorted(info.models.items()))
        key = hashlib.sha256(f"{info.name}\n{models}\n{text}".encode()).hexdigest()
        return self._folder / f"{key}.json.gz"
