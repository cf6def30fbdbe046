"""The Stanza backend: bundled compact Dutch models by default, never a download unasked."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from newsstruct.backends import _mst
from newsstruct.backends.base import Annotation, BackendInfo, EntityMention, Sentence, Token
from newsstruct.backends.manifest import Manifest, bundled_manifest, read_manifest
from newsstruct.errors import ModelError

if TYPE_CHECKING:
    import stanza

__all__ = ["StanzaBackend"]

PROCESSORS: Final = "tokenize,pos,lemma,depparse,ner"
_DEFAULT_THREADS: Final = 2
# Inference batch of the parser, in words. The bundled model's training batch (1,000) pads
# more: 500 gives identical parses, ~100 MB less peak memory on a 1 MB article and, within
# noise, the same speed (docs/benchmarks.md).
_DEPPARSE_BATCH: Final = 500

# One pipeline per (models, device) per process: building one costs seconds and hundreds of MB.
_pipelines: dict[tuple[str, bool], tuple[stanza.Pipeline, threading.Lock]] = {}
_pipelines_lock = threading.Lock()


class StanzaBackend:
    """Annotates Dutch text with a Stanza pipeline (tokenize, pos, lemma, depparse, ner).

    Args:
        models: ``"bundled"`` (default) for the compact models shipped with newsstruct,
            ``"official"`` for Stanza's own Dutch models from ``model_dir`` (or Stanza's
            default resources folder), or a path to a folder holding a newsstruct
            ``manifest.json``.
        model_dir: Where Stanza's official models live, for ``models="official"``.
        download: Allow Stanza to download its official models when they are missing.
            Only used with ``models="official"``; nothing is ever downloaded otherwise.
        threads: Torch CPU threads for this process (default 2).
        use_gpu: Run on a GPU when one is available.

    Example:
        >>> backend = StanzaBackend()  # doctest: +SKIP
        >>> annotation = backend.annotate(["Hij zei dat het regent."])[0]  # doctest: +SKIP
        >>> annotation.sentences[0].tokens[1].lemma  # doctest: +SKIP
        'zeggen'

    """

    def __init__(
        self,
        models: str | os.PathLike[str] = "bundled",
        *,
        model_dir: str | os.PathLike[str] | None = None,
        download: bool = False,
        threads: int | None = None,
        use_gpu: bool = False,
    ) -> None:
        self._models = str(models)
        self._model_dir = None if model_dir is None else str(model_dir)
        self._download = download
        self._threads = threads or _DEFAULT_THREADS
        self._use_gpu = use_gpu
        self._manifest: Manifest | None = None
        if self._models != "official":
            self._manifest = (
                bundled_manifest()
                if self._models == "bundled"
                else read_manifest(Path(self._models))
            )

    @property
    def info(self) -> BackendInfo:
        """Backend name and model identifiers (file and checksum prefix per processor)."""
        if self._manifest is None:
            return BackendInfo("stanza", {"package": "stanza-official-nl"})
        return BackendInfo("stanza", self._manifest.identifiers())

    def annotate(self, texts: Sequence[str]) -> list[Annotation]:
        """Annotate each text as its own Stanza document (one batched call for all)."""
        import stanza

        results: list[Annotation | None] = [None] * len(texts)
        documents = []
        positions = []
        for position, text in enumerate(texts):
            if text.strip():
                documents.append(stanza.Document([], text=text))
                positions.append(position)
            else:
                results[position] = Annotation(text=text, sentences=(), entities=())
        if documents:
            pipeline, lock = self._pipeline()
            with lock:  # a Stanza pipeline is not safe to share between threads
                processed = pipeline.bulk_process(documents)
            for position, document in zip(positions, processed, strict=True):
                results[position] = _convert(texts[position], document)
        return [annotation for annotation in results if annotation is not None]

    def _pipeline(self) -> tuple[stanza.Pipeline, threading.Lock]:
        key = (
            self._models if self._model_dir is None else f"{self._models}@{self._model_dir}",
            self._use_gpu,
        )
        with _pipelines_lock:
            if key not in _pipelines:
                _pipelines[key] = (self._build(), threading.Lock())
            return _pipelines[key]

    def _build(self) -> stanza.Pipeline:
        with ThreadPoolExecutor(max_workers=1) as pool:
            # Check the model files (hashing releases the GIL) while torch and stanza import.
            verified = None if self._manifest is None else pool.submit(self._manifest.verify)
            import torch

            torch.set_num_threads(self._threads)
            import stanza
            from stanza.pipeline.core import DownloadMethod

            if verified is not None:
                verified.result()
        _mst.install()

        options: dict[str, Any] = {
            "lang": "nl",
            "processors": PROCESSORS,
            "use_gpu": self._use_gpu,
            "logging_level": "WARN",
        }
        if self._manifest is None:
            options["download_method"] = DownloadMethod.REUSE_RESOURCES if self._download else None
            if self._model_dir is not None:
                options["dir"] = self._model_dir
        else:
            options |= self._manifest.pipeline_options()
            options["depparse_batch_size"] = _DEPPARSE_BATCH
        logging.getLogger("stanza").addFilter(_quiet_unknown_language)
        try:
            with _without_training_optimizers():
                return stanza.Pipeline(**options)
        except (OSError, ValueError, KeyError, RuntimeError) as error:
            where = self._model_dir or "Stanza's resources folder"
            hint = (
                f"Stanza's official Dutch models were not found in {where}: run "
                "stanza.download('nl') once, or pass download=True"
                if self._manifest is None
                else "the bundled model files are unusable; reinstall newsstruct"
            )
            raise ModelError(f"cannot build the Stanza pipeline: {error}; {hint}") from error


@contextmanager
def _without_training_optimizers() -> Iterator[None]:
    """Load Stanza models without building their training optimizers.

    Stanza 1.15's trainers create an optimizer even when they only load a model for
    inference, and torch's first optimizer imports ``torch._dynamo``: about a quarter of the
    cold start. The pipeline never trains, so while it is built (under ``_pipelines_lock``)
    the optimizer factories return nothing.
    """
    from stanza.models.common import utils

    saved = utils.get_optimizer, utils.get_split_optimizer
    utils.get_optimizer, utils.get_split_optimizer = _no_optimizer, _no_optimizers
    try:
        yield
    finally:
        utils.get_optimizer, utils.get_split_optimizer = saved


def _no_optimizer(*_args: object, **_kwargs: object) -> None:
    return None


def _no_optimizers(*_args: object, **_kwargs: object) -> dict[str, object]:
    return {}  # the parser and tagger iterate over their optimizers to set up schedulers


def _quiet_unknown_language(record: logging.LogRecord) -> bool:
    # Bundled models come with an empty resources.json on purpose (it keeps Stanza offline),
    # so Stanza's "unsupported language" warning is expected noise, not news for the user.
    return not str(record.msg).startswith("Trying to create pipeline for unsupported language")


def _convert(text: str, document: Any) -> Annotation:
    sentences = []
    for sentence in document.sentences:
        tokens = []
        for token in sentence.tokens:
            word = token.words[0]  # Dutch has no multi-word tokens
            tokens.append(
                Token(
                    start=token.start_char,
                    end=token.end_char,
                    text=text[token.start_char : token.end_char],
                    lemma=word.lemma or word.text,
                    upos=word.upos or "X",
                    feats=_feats(word.feats),
                    head=None if not word.head else word.head - 1,
                    deprel=word.deprel or "dep",
                )
            )
        if tokens:
            sentences.append(Sentence(tokens[0].start, tokens[-1].end, tuple(tokens)))
    entities = tuple(
        EntityMention(ent.start_char, ent.end_char, text[ent.start_char : ent.end_char], ent.type)
        for ent in document.ents
    )
    return Annotation(text=text, sentences=tuple(sentences), entities=entities)


def _feats(feats: str | None) -> dict[str, str]:
    if not feats:
        return {}
    pairs = (item.partition("=") for item in feats.split("|"))
    return {key: value for key, _, value in pairs if value}
