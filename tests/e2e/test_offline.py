"""Loading the bundled models and parsing never touch the network."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest

from newsstruct import parse_article
from newsstruct.backends.base import Backend
from newsstruct.backends.manifest import bundled_manifest
from newsstruct.backends.stanza import StanzaBackend
from newsstruct.errors import ModelIntegrityError

pytestmark = pytest.mark.e2e


class NetworkUsedError(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise NetworkUsedError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.mark.usefixtures("no_network")
def test_pipeline_builds_from_the_manifest_without_network() -> None:
    from stanza.models.common import utils

    factories = utils.get_optimizer, utils.get_split_optimizer
    pipeline = StanzaBackend()._build()  # a fresh Pipeline, not the session's cached one
    document = pipeline("Premier Rutte zei dat het goed ging.")
    assert document.sentences[0].words[2].lemma == "zeggen"
    # Built without training optimizers, and Stanza's own factories are back afterwards.
    assert (utils.get_optimizer, utils.get_split_optimizer) == factories


def test_a_changed_model_file_is_refused_before_loading(tmp_path: Path) -> None:
    bundled = bundled_manifest()
    for item in bundled.folder.iterdir():
        (tmp_path / item.name).symlink_to(item)
    (tmp_path / "manifest.json").unlink()
    data = json.loads((bundled.folder / "manifest.json").read_text(encoding="utf-8"))
    entry = data["processors"]["depparse"]
    entry["sha256"] = "0" * 64
    (tmp_path / "manifest.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ModelIntegrityError):
        StanzaBackend(tmp_path)._build()


@pytest.mark.usefixtures("no_network")
def test_parsing_opens_no_connection(stanza_backend: Backend, seed_text: str) -> None:
    assert parse_article(seed_text, backend=stanza_backend).quotes


def test_manifest_checksums_match_the_files() -> None:
    bundled_manifest().verify()
