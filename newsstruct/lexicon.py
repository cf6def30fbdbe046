"""Dutch word lists shipped as data files under ``newsstruct/data/<lang>/``."""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["load_lines", "load_set"]


@cache
def load_lines(name: str, lang: str = "nl") -> tuple[str, ...]:
    """Read ``data/<lang>/<name>.txt``: one entry per line, ``#`` starts a comment.

    Args:
        name: File name without ``.txt`` ("speech_verbs").
        lang: Language folder.

    Returns:
        The entries in file order, stripped, without blank lines and comments.

    Example:
        >>> "zeggen" in load_lines("speech_verbs")
        True

    """
    path = resources.files("newsstruct").joinpath("data", lang, f"{name}.txt")
    entries = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return tuple(entries)


@cache
def load_set(name: str, lang: str = "nl") -> frozenset[str]:
    """Like :func:`load_lines`, as a set for membership tests."""
    return frozenset(load_lines(name, lang))
