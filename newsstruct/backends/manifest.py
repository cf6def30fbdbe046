"""The model manifest: which file serves which Stanza processor, with its checksum."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from newsstruct.errors import ModelError, ModelIntegrityError

__all__ = ["Manifest", "bundled_manifest", "bundled_model_dir", "file_sha256", "read_manifest"]

# Stanza's Pipeline keyword for each processor's model and (when it uses word vectors) pretrain.
_MODEL_KEY = {
    "tokenize": "tokenize_model_path",
    "pos": "pos_model_path",
    "lemma": "lemma_model_path",
    "depparse": "depparse_model_path",
    "ner": "ner_model_path",
}
_PRETRAIN_KEY = {
    "pos": "pos_pretrain_path",
    "depparse": "depparse_pretrain_path",
    "ner": "ner_pretrain_path",
}
# Character language models a processor reads (the manifest's entry names them, if any).
_CHARLM_DIRECTIONS = ("forward", "backward")


@dataclass(frozen=True)
class Manifest:
    """A parsed ``manifest.json`` and the folder its files live in."""

    folder: Path
    data: dict[str, Any]

    def files(self) -> dict[str, str]:
        """Relative file name -> expected sha256, for every model and pretrain file."""
        entries: dict[str, str] = {}
        for entry in self.data["processors"].values():
            entries[entry["file"]] = entry["sha256"]
        pretrain = self.data.get("pretrain")
        if pretrain:
            entries[pretrain["file"]] = pretrain["sha256"]
        for charlm in self.data.get("charlm", {}).values():
            entries[charlm["file"]] = charlm["sha256"]
        return entries

    def verify(self) -> None:
        """Check every file against its sha256.

        Raises:
            ModelError: A file is missing.
            ModelIntegrityError: A file's checksum differs from the manifest's.

        """
        for name, expected in self.files().items():
            path = self.folder / name
            if not path.is_file():
                raise ModelError(f"model file {path} named in the manifest is missing")
            actual = file_sha256(path)
            if actual != expected:
                raise ModelIntegrityError(str(path), expected, actual)

    def pipeline_options(self) -> dict[str, Any]:
        """Keyword arguments for ``stanza.Pipeline`` that load exactly these files offline.

        The folder's empty ``resources.json`` plus ``download_method=None`` keep Stanza from
        touching the network; the result is JSON-serialisable (for subprocesses).
        """
        options: dict[str, Any] = {
            "lang": self.data.get("language", "nl"),
            "processors": ",".join(self.data["processors"]),
            "dir": str(self.folder),
            "download_method": None,
            "allow_unknown_language": True,
        }
        for processor, entry in self.data["processors"].items():
            options[_MODEL_KEY[processor]] = str(self.folder / entry["file"])
            if entry.get("pretrain"):
                options[_PRETRAIN_KEY[processor]] = str(self.folder / entry["pretrain"])
            for direction in _CHARLM_DIRECTIONS:
                charlm = entry.get(f"{direction}_charlm")
                if charlm:
                    options[f"{processor}_{direction}_charlm_path"] = str(self.folder / charlm)
        return options

    def identifiers(self) -> dict[str, str]:
        """Processor -> "file@sha256-prefix", recorded in every Article."""
        return {
            processor: f"{entry['file']}@{entry['sha256'][:12]}"
            for processor, entry in self.data["processors"].items()
        }


def read_manifest(folder: Path) -> Manifest:
    """Read ``folder/manifest.json``.

    Raises:
        ModelError: There is no readable manifest in ``folder``.

    """
    path = folder / "manifest.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ModelError(f"cannot read a model manifest at {path}: {error}") from error
    return Manifest(folder=folder, data=data)


def bundled_model_dir() -> Path:
    """The folder inside the installed package that holds the bundled models."""
    return Path(str(resources.files("newsstruct").joinpath("data", "models")))


@cache
def bundled_manifest() -> Manifest:
    """The manifest of the models shipped with newsstruct."""
    return read_manifest(bundled_model_dir())


def file_sha256(path: Path) -> str:
    """Return the hex SHA-256 of a file, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
