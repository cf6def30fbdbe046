"""Same-length text clean-up so an NLP tokenizer sees plain spaces and newlines."""

from __future__ import annotations

import re
import sys
import unicodedata
from typing import Final

__all__ = ["normalize_for_nlp"]

# Scripts with format (Cf), control (Cc) or surrogate (Cs) characters live in these
# code point ranges; scanning them once at import is cheap (~10 ms), scanning all of
# Unicode is not needed.
_SCANNED: Final = (range(0x0, 0x20000), range(0xE0000, min(0xE1000, sys.maxunicode + 1)))

_LINE_BREAKS: Final = "\r\u2028\u2029"  # become "\n" ("\r\n" was turned into " \n" first)


def _to_space_class() -> str:
    """Characters replaced by a space: whitespace, format, control and surrogate chars."""
    ranges: list[tuple[int, int]] = []
    for block in _SCANNED:
        for code in block:
            char = chr(code)
            if char == "\n" or char in _LINE_BREAKS:
                continue
            if char.isspace() or unicodedata.category(char) in {"Cf", "Cc", "Cs"}:
                if ranges and ranges[-1][1] == code - 1:
                    ranges[-1] = (ranges[-1][0], code)
                else:
                    ranges.append((code, code))
    # A plain space maps to itself; leaving it out keeps re.sub from touching every word gap.
    parts = []
    for low, high in ranges:
        for start, stop in ((low, 0x1F), (0x21, high)) if low <= 0x20 <= high else ((low, high),):
            if start <= stop:
                parts.append(
                    f"\\U{start:08x}" if start == stop else f"\\U{start:08x}-\\U{stop:08x}"
                )
    return "[" + "".join(parts) + "]"


_TO_SPACE: Final = re.compile(_to_space_class())
_TO_NEWLINE: Final = re.compile(f"[{_LINE_BREAKS}]")


def normalize_for_nlp(text: str) -> str:
    r"""Replace characters that upset a tokenizer, one for one, so offsets stay exact.

    The result has exactly ``len(text)`` characters and a ``"\n"`` wherever ``text`` has one:

    - ``"\r\n"`` becomes ``" \n"``; a lone ``"\r"``, U+2028 and U+2029 become ``"\n"``.
    - Tabs, NBSP, narrow NBSP and every other Unicode space become ``" "``.
    - Format characters (category Cf: zero-width space/joiner/non-joiner, BOM, soft hyphen,
      bidi marks), control characters (C0/C1 other than ``"\n"``) and lone surrogates
      become ``" "``.

    Trade-off: a same-length string cannot delete a character, and no character exists
    that every tokenizer glues to its neighbours. So a soft hyphen or zero-width char inside
    a word ("Loeka\u00adsjenko") becomes a space and splits the word in two for the NLP
    backend. That is rare in news text and keeps every offset exact; the article text itself
    is never changed.

    Args:
        text: Any string.

    Returns:
        A string of the same length, safe to hand to the NLP backend.

    Example:
        >>> normalize_for_nlp("Rutte\u00a0zei\r\nja\u200b.")
        'Rutte zei \nja .'

    """
    text = text.replace("\r\n", " \n")
    text = _TO_NEWLINE.sub("\n", text)
    return _TO_SPACE.sub(" ", text)
