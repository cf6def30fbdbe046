"""Dutch word lists shipped as data files under ``newsstruct/data/<lang>/``."""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["listed_or_compound", "load_lines", "load_set"]


@cache
def load_lines(name: str, lang: str = "nl") -> tuple[str, ...]:
    """Read ``data/<lang>/<name>.txt``: one entry per line, ``#`` starts a comment.

    Args:
        name: File name without ``.txt`` ("speech_verbs").
        lang: Language folder.

    Returns:
        The entries in file order, stripped, without blank lines and comments.

    Example:
        >>> load_lines("speech_verbs")[0].split()[:3]
        ['zeggen', 'zeg', 'zegt']

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


def listed_or_compound(word: str, name: str, shortest: int = 5) -> bool:
    """Tell a word that is in list ``name`` or a closed compound ending in one of its entries.

    Only entries of ``shortest`` letters or more count as a compound's end, so that short
    words do not match by chance ("onderzoeksrapport" ends in "rapport"; "post" ends nothing).

    Args:
        word: A lower-case word.
        name: The list's file name without ``.txt`` ("document_nouns").
        shortest: Letters an entry needs to count as the end of a compound.

    Returns:
        Whether the word is listed or ends in a listed entry.

    Example:
        >>> listed_or_compound("persbericht", "document_nouns")
        True

    """
    entries = load_set(name)
    return word in entries or any(
        word.endswith(entry) for entry in entries if len(entry) >= shortest
    )
