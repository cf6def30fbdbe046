"""Write ``manifest.json`` for the bundled models: files, checksums, labels, data, licences."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from newsstruct.backends.manifest import file_sha256
from training import settings

SCHEMA_VERSION: Final = 1
MODELS_VERSION: Final = "1.0.0"

UD_DATA: Final = {
    "data": "UD Dutch LassySmall dev+test and Alpino test (UD 2.x), news-style augmented; "
    "a seeded 8% of documents held out for model selection",
    "licence": "CC BY-SA 4.0",
}
NER_DATA: Final = {
    "data": "CoNLL-2002 Dutch NER ned.train (selection on ned.testa), plus curly-quote copies",
    "licence": "research use only (CoNLL-2002 terms)",
}
PROCESSORS: Final[dict[str, dict[str, Any]]] = {
    "tokenize": {"file": "nl_tokenizer.pt", "train": "tokenizer", **UD_DATA},
    "pos": {"file": "nl_pos.pt", "train": "pos", "pretrain": "nl_pretrain.pt", **UD_DATA},
    "lemma": {"file": "nl_lemma.pt", "train": "lemma", **UD_DATA},
    "depparse": {
        "file": "nl_depparse.pt",
        "train": "depparse",
        "pretrain": "nl_pretrain.pt",
        **UD_DATA,
    },
    "ner": {"file": "nl_ner.pt", "train": "ner", "pretrain": "nl_pretrain.pt", **NER_DATA},
}
SETTINGS: Final[dict[str, list[str]]] = {
    "tokenizer": settings.TOKENIZER_ARGS,
    "pos": settings.POS_ARGS,
    "lemma": settings.LEMMA_ARGS,
    "depparse": settings.DEPPARSE_ARGS,
    "ner": settings.NER_ARGS,
}
LICENCE_NOTE: Final = (
    "The NER model is trained on CoNLL-2002 Dutch (De Morgen, 2000), which is licensed for "
    "research use only: nl_ner.pt may be used and redistributed for research only. The "
    "tokenizer, POS, lemma and parser models are derived from Universal Dependencies Dutch "
    "treebanks (CC BY-SA 4.0). The word vectors are derived from copyrighted news text; the text "
    "itself is not redistributed, only vectors."
)


def _labels(name: str, path: Path) -> dict[str, list[str]]:
    import torch

    state = torch.load(path, map_location="cpu", weights_only=False)
    vocab = state.get("vocab", {})

    def units(key: str) -> list[str]:
        v = vocab.get(key)
        if not isinstance(v, dict):
            return []
        items = v.get("_id2unit") or v.get("_unit2id") or []
        if isinstance(items, dict):  # composite vocab: one list per tag column
            items = [u for column in items.values() for u in column]
        return sorted({u for u in items if isinstance(u, str) and not u.startswith("<")})

    if name == "pos":
        return {"upos": units("upos")}
    if name == "depparse":
        return {"deprel": units("deprel")}
    if name == "ner":
        tags = units("tag")
        return {"entity_types": sorted({t.split("-", 1)[1] for t in tags if "-" in t})}
    return {}


CHARLM_DATA: Final = (
    "news-nl corpus titles and paragraphs (one per line); every 100th article held out for "
    "model selection"
)


def _charlm_names(models_dir: Path) -> dict[str, str]:
    """The NER entry's ``forward_charlm``/``backward_charlm`` file names, when both are there."""
    names = {d: f"nl_{d}_charlm.pt" for d in ("forward", "backward")}
    if not all((models_dir / name).is_file() for name in names.values()):
        return {}
    return {f"{d}_charlm": name for d, name in names.items()}


def _charlm_section(models_dir: Path) -> dict[str, Any]:
    """``{"charlm": {direction: file, sha256, size, hidden size, steps, data, licence}}``."""
    import torch

    section: dict[str, Any] = {}
    for key, name in _charlm_names(models_dir).items():
        path = models_dir / name
        state = torch.load(path, map_location="cpu", weights_only=True)
        section[key.removesuffix("_charlm")] = {
            "file": name,
            "sha256": file_sha256(path),
            "size_bytes": path.stat().st_size,
            "hidden_dim": state["model"]["args"]["char_hidden_dim"],
            "steps": state["global_step"],
            "training_data": CHARLM_DATA,
            "licence": "derived from copyrighted news text; the text is not redistributed",
            "settings": settings.CHARLM_ARGS,
        }
    return {"charlm": section} if section else {}


def write_manifest(
    models_dir: Path,
    *,
    seed: int = 1234,
    scores_path: Path | None = None,
    steps: dict[str, int] | None = None,
    notes: dict[str, str] | None = None,
) -> Path:
    """Write ``models_dir/manifest.json`` with checksums, labels, data/licence, settings and scores.

    Args:
        models_dir: directory holding ``nl_*.pt``.
        seed: training seed recorded in the manifest.
        scores_path: JSON written by ``benchmarks/accuracy_models.py`` (held-out scores), optional.
        steps: steps actually trained per training step name (defaults to ``settings.STEPS``).
        notes: free-text training notes per training step name (e.g. where a run was stopped).

    Returns:
        The manifest path.
    """
    import stanza

    scores: dict[str, Any] = {}
    if scores_path is not None and scores_path.exists():
        scores = json.loads(scores_path.read_text(encoding="utf-8"))
    given_steps = steps or {}
    old: dict[str, Any] = {}
    mpath = models_dir / "manifest.json"
    if mpath.exists():
        old = json.loads(mpath.read_text(encoding="utf-8"))
    processors: dict[str, Any] = {}
    for name, meta in PROCESSORS.items():
        path = models_dir / meta["file"]
        if not path.exists():
            continue
        train = meta["train"]
        unit = "epochs" if train == "lemma" else "steps"
        entry: dict[str, Any] = {
            "file": meta["file"],
            "sha256": file_sha256(path),
            "size_bytes": path.stat().st_size,
            "pretrain": meta.get("pretrain"),
            "labels": _labels(name, path),
            "training_data": meta["data"],
            "licence": meta["licence"],
            "settings": SETTINGS[train],
            unit: given_steps.get(train)
            or old.get("processors", {}).get(name, {}).get(unit, settings.STEPS[train]),
            "held_out_scores": scores.get(name)
            or old.get("processors", {}).get(name, {}).get("held_out_scores", {}),
        }
        if name == "ner":
            entry |= _charlm_names(models_dir)
        note = (notes or {}).get(train) or old.get("processors", {}).get(name, {}).get(
            "training_note"
        )
        if note:
            entry["training_note"] = note
        processors[name] = entry
    pretrain = models_dir / "nl_pretrain.pt"
    manifest: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "models_version": MODELS_VERSION,
        "language": "nl",
        "stanza_version": stanza.__version__,
        "seed": seed,
        "built_utc": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "processors": processors,
        "pretrain": {
            "file": pretrain.name,
            "sha256": file_sha256(pretrain) if pretrain.exists() else None,
            "size_bytes": pretrain.stat().st_size if pretrain.exists() else None,
            "data": "word2vec skip-gram, 100-d, top 64k lowercased words, trained on news-nl "
            "corpus text + training treebank/NER text (never Alpino dev or ned.testb)",
            "licence": "derived vectors; source news text is copyrighted and not redistributed",
        },
        **_charlm_section(models_dir),
        "held_out": {
            "ud": "nl_alpino-ud-dev (never trained on, never used for selection)",
            "ner": "CoNLL-2002 ned.testb (never trained on)",
            "source": scores.get("_meta") or old.get("held_out", {}).get("source", {}),
            "end_to_end_raw_text": scores.get("end_to_end_raw_text")
            or old.get("held_out", {}).get("end_to_end_raw_text", {}),
        },
        "licence_note": LICENCE_NOTE,
    }
    # Stanza's Pipeline wants a resources.json in its dir; an empty one keeps it offline.
    (models_dir / "resources.json").write_text("{}\n", encoding="utf-8")
    mpath.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return mpath
