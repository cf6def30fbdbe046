"""The backend registry: names -> factories, with lazy built-ins and entry-point plugins."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from importlib.metadata import entry_points
from types import MappingProxyType
from typing import Any, Final

from newsstruct.backends.base import Backend
from newsstruct.errors import BackendNotFoundError, BackendUnavailableError

__all__ = ["ENTRY_POINT_GROUP", "available_backends", "get_backend", "register_backend", "registry"]

ENTRY_POINT_GROUP: Final = "newsstruct.backends"

BackendFactory = Callable[..., Backend]

_STANZA_HINT: Final = (
    "stanza is a dependency of newsstruct: pip install --force-reinstall newsstruct"
)
_factories: dict[str, BackendFactory] = {}
registry: Mapping[str, BackendFactory] = MappingProxyType(_factories)
"""Read-only view of the registered factories (plugins appear after discovery)."""

_entry_points_loaded = False


def register_backend(name: str, factory: BackendFactory, *, clobber: bool = False) -> None:
    """Make a backend available under ``name``.

    Args:
        name: The name users pass as ``parse_article(text, backend=name)``.
        factory: A callable returning an object that satisfies :class:`Backend`.
        clobber: Replace an existing registration of the same name.

    Raises:
        ValueError: ``name`` is taken and ``clobber`` is false.

    Example:
        >>> register_backend("mine", MyBackend)  # doctest: +SKIP

    """
    if not clobber and name in _factories:
        raise ValueError(f"a backend named {name!r} is already registered; pass clobber=True")
    _factories[name] = factory


def available_backends() -> list[str]:
    """Names of all known backends: built-ins, registered ones and entry-point plugins."""
    _load_entry_points()
    return sorted(_factories)


def get_backend(name: str, **options: Any) -> Backend:
    """Build the backend registered as ``name``.

    Raises:
        BackendNotFoundError: No backend has that name.
        BackendUnavailableError: The backend's package cannot be imported.

    """
    return _factory(name)(**options)


def _factory(name: str) -> BackendFactory:
    if name not in _factories:
        _load_entry_points()
    if name not in _factories:
        raise BackendNotFoundError(name, available_backends())
    return _factories[name]


def _load_entry_points() -> None:
    global _entry_points_loaded
    if _entry_points_loaded:
        return
    _entry_points_loaded = True
    for point in entry_points(group=ENTRY_POINT_GROUP):
        _factories.setdefault(point.name, _lazy(point.name, point.value, "install its plugin"))


def _lazy(name: str, target: str, hint: str) -> BackendFactory:
    """A factory that imports ``module:attribute`` on first call (imports stay cheap)."""

    def build(**options: Any) -> Backend:
        module_name, _, attribute = target.partition(":")
        try:
            factory: BackendFactory = getattr(importlib.import_module(module_name), attribute)
        except ImportError as error:
            raise BackendUnavailableError(name, f"{hint} ({error})") from error
        _factories[name] = factory
        return factory(**options)

    return build


# The built-in backend registers the way a plugin does, lazily, so `import newsstruct` stays cheap.
_factories["stanza"] = _lazy("stanza", "newsstruct.backends.stanza:StanzaBackend", _STANZA_HINT)
