"""Model files are checked against the manifest before Stanza ever loads them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsstruct import ModelError, ModelIntegrityError
from newsstruct.backends.manifest import (
    Manifest,
    bundled_manifest,
    bundled_model_dir,
    read_manifest,
)
from newsstruct.backends.stanza import StanzaBackend


def _copy_with_links(tmp_path: Path) -> Path:
    folder = tmp_path / "models"
    folder.mkdir()
    for path in bundled_model_dir().iterdir():
        (folder / path.name).symlink_to(path)
    return folder


def test_bundled_manifest_names_every_processor() -> None:
    manifest = bundled_manifest()
    assert set(manifest.data["processors"]) == {"tokenize", "pos", "lemma", "depparse", "ner"}
    options = manifest.pipeline_options()
    assert options["pos_pretrain_path"] == options["ner_pretrain_path"]
    assert all(Path(v).is_file() for k, v in options.items() if k.endswith("_path"))


def test_a_changed_file_is_refused(tmp_path: Path) -> None:
    folder = _copy_with_links(tmp_path)
    (folder / "nl_tokenizer.pt").unlink()
    shutil.copy(bundled_model_dir() / "nl_tokenizer.pt", folder / "nl_tokenizer.pt")
    with (folder / "nl_tokenizer.pt").open("r+b") as handle:
        handle.seek(100)
        byte = handle.read(1)
        handle.seek(100)
        handle.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(ModelIntegrityError, match=r"nl_tokenizer\.pt"):
        StanzaBackend(folder).annotate(["Dit mag niet laden."])


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    folder = _copy_with_links(tmp_path)
    (folder / "nl_ner.pt").unlink()
    with pytest.raises(ModelError, match="missing"):
        read_manifest(folder).verify()


def test_no_manifest_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="manifest"):
        StanzaBackend(tmp_path)


def test_character_language_models_are_checked_and_passed_to_stanza(tmp_path: Path) -> None:
    data = {
        "processors": {
            "ner": {
                "file": "nl_ner.pt",
                "sha256": "a" * 64,
                "pretrain": "nl_pretrain.pt",
                "forward_charlm": "nl_forward_charlm.pt",
                "backward_charlm": "nl_backward_charlm.pt",
            }
        },
        "pretrain": {"file": "nl_pretrain.pt", "sha256": "b" * 64},
        "charlm": {
            "forward": {"file": "nl_forward_charlm.pt", "sha256": "c" * 64},
            "backward": {"file": "nl_backward_charlm.pt", "sha256": "d" * 64},
        },
    }
    manifest = Manifest(folder=tmp_path, data=data)
    assert manifest.files()["nl_forward_charlm.pt"] == "c" * 64
    assert manifest.files()["nl_backward_charlm.pt"] == "d" * 64
    options = manifest.pipeline_options()
    assert options["ner_forward_charlm_path"] == str(tmp_path / "nl_forward_charlm.pt")
    assert options["ner_backward_charlm_path"] == str(tmp_path / "nl_backward_charlm.pt")
    assert "pos_forward_charlm_path" not in options
