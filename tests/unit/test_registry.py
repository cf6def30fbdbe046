"""The backend registry: names, plugins, clear errors."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from newsstruct import BackendNotFoundError, available_backends, register_backend
from newsstruct.backends import registry
from newsstruct.backends.base import Annotation, Backend, BackendInfo


class _Blank:
    info = BackendInfo("blank")

    def annotate(self, texts: Sequence[str]) -> list[Annotation]:
        return [Annotation(text=t, sentences=(), entities=()) for t in texts]


def test_stanza_is_builtin() -> None:
    assert "stanza" in available_backends()


def test_register_and_get() -> None:
    register_backend("blank-test", _Blank, clobber=True)
    backend = registry.get_backend("blank-test")
    assert isinstance(backend, Backend)
    assert "blank-test" in available_backends()


def test_name_clash_needs_clobber() -> None:
    register_backend("clash-test", _Blank, clobber=True)
    with pytest.raises(ValueError, match="already registered"):
        register_backend("clash-test", _Blank)


def test_unknown_name_lists_what_exists() -> None:
    with pytest.raises(BackendNotFoundError, match="stanza") as caught:
        registry.get_backend("no-such-backend")
    assert isinstance(caught.value, LookupError)


def test_registry_view_is_read_only() -> None:
    with pytest.raises(TypeError):
        registry.registry["x"] = _Blank  # type: ignore[index]


def test_entry_point_plugins_are_discovered(monkeypatch: pytest.MonkeyPatch) -> None:
    class _Point:
        name = "plugin-test"
        value = "tests.unit.test_registry:_Blank"

    monkeypatch.setattr(registry, "_entry_points_loaded", False)
    monkeypatch.setattr(registry, "entry_points", lambda group: [_Point()])
    assert "plugin-test" in available_backends()
    assert isinstance(registry.get_backend("plugin-test"), _Blank)
