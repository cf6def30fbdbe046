"""Shared fixtures: the real Stanza backend, built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsstruct.backends.base import Backend

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def stanza_backend() -> Backend:
    """The default backend with the bundled models (loaded once for the whole session)."""
    from newsstruct.backends.stanza import StanzaBackend

    return StanzaBackend()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (ROOT / "examples" / "loekasjenko-kernwapens.txt").read_text(encoding="utf-8")
