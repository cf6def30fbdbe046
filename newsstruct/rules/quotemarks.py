"""Pair Dutch quotation marks into quoted stretches, paragraph by paragraph."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Final, Protocol

__all__ = ["BlockLike", "QuotedSpan", "find_quoted_spans", "is_apostrophe"]

_MARK: Final = re.compile(r",,|''|‘‘|’’|[„“”\"‘’']")
_DOUBLE: Final = frozenset({"„", "“", "”", '"', ",,", "''", "‘‘", "’’"})
_ALWAYS_OPEN: Final = frozenset({"„", ",,"})
_OPEN_BEFORE: Final = frozenset("([{-–—/:;")  # a mark after these can open a quote
_CLOSE_AFTER: Final = frozenset(".,;:!?)]}…-–—/")  # a mark before these can close a quote
_ELIDED: Final = frozenset("sntk")  # 's, 'n, 't, 'k
_MARK_CHARS: Final = frozenset("„“”\"‘’'")


class BlockLike(Protocol):
    """What the quote rules need of a layout block (``newsstruct.layout.Block`` fits)."""

    @property
    def start(self) -> int:
        """Offset of the block's first character."""
        ...

    @property
    def end(self) -> int:
        """Offset one past the block's last character."""
        ...

    @property
    def kind(self) -> str:
        """The block's kind: "title", "heading", "body", "byline" or "boilerplate"."""
        ...


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """A stretch of text between a pair of quotation marks, within one paragraph.

    Attributes:
        open: Offset of the opening mark.
        start: Offset of the content's first character (after the mark, spaces skipped).
        end: Offset one past the content's last character (before the closing mark).
        close: Offset one past the closing mark; the block's end when the quote has no
            closing mark in this paragraph.
        block: Index of the block the quote lies in.
        closed: Whether a closing mark was found in this paragraph.
        continued: The quote goes on from the previous paragraph (Dutch convention: no
            closing mark at the end of a paragraph, an opening mark at the next one's start).
        continues: The quote goes on in the next paragraph.

    """

    open: int
    start: int
    end: int
    close: int
    block: int
    closed: bool = True
    continued: bool = False
    continues: bool = False


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    double: bool
    can_open: bool
    can_close: bool
    genitive: bool = False  # may be a genitive apostrophe ("Bos' toespraak")
    low: bool = False  # "„" or ",,": never closes a quote
    after_sentence: bool = False  # a sentence ends right before it ("... finale. „We")


def is_apostrophe(text: str, index: int) -> bool:
    """Tell whether the single mark at ``text[index]`` is an apostrophe, not a quote mark.

    An apostrophe stands between two letters (``zo’n``, ``foto’s``, ``Loekasjenko’s``,
    ``d'r``), before an elided ``s``/``n``/``t``/``k`` at a word's start (``'s avonds``,
    ``rock 'n roll``) or before a two-digit year (``de jaren '80``).

    Args:
        text: The text.
        index: Offset of a ``'``, ``‘`` or ``’``.

    Returns:
        True for an apostrophe.

    Example:
        >>> is_apostrophe("zo’n dag", 2)
        True

    """
    before = text[index - 1] if index > 0 else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    after2 = text[index + 2] if index + 2 < len(text) else ""
    if before.isalpha() and after.isalpha():
        return True
    word_start = not before or not before.isalnum()
    if word_start and after in _ELIDED and not after2.isalpha():
        return True
    return word_start and after.isdigit() and after2.isdigit()


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    marks: list[_Mark] = []
    for match in _MARK.finditer(text, start, end):
        mark = match.group()
        if len(mark) == 1 and mark in "'‘’" and is_apostrophe(text, match.start()):
            continue
        before = text[match.start() - 1] if match.start() > start else ""
        after = text[match.end()] if match.end() < end else ""
        opens = bool(after) and not after.isspace()
        opens = opens and (not before or before.isspace() or before in _OPEN_BEFORE)
        opens = opens or (mark in _ALWAYS_OPEN and bool(after) and not after.isspace())
        closes = bool(before) and not before.isspace() and mark not in _ALWAYS_OPEN
        closes = closes and (not after or after.isspace() or after in _CLOSE_AFTER)
        if before in _MARK_CHARS and after and not after.isspace():
            opens = True  # ‘“Nested” at a quote's start
        if after in _MARK_CHARS and before and not before.isspace():
            closes = True
        genitive = mark in "'’" and before in "sxzSXZ" and after == " "
        low = mark in _ALWAYS_OPEN
        ends = low and _after_sentence(text, start, match.start())
        double = mark in _DOUBLE
        marks.append(_Mark(match.start(), match.end(), double, opens, closes, genitive, low, ends))
    return marks


def _after_sentence(text: str, start: int, at: int) -> bool:
    """Tell whether a sentence ends right before ``at`` (spaces skipped, not before ``start``)."""
    while at > start and text[at - 1].isspace():
        at -= 1
    return at > start and text[at - 1] in ".!?…"


def _pair(marks: list[_Mark]) -> tuple[list[tuple[_Mark, _Mark]], list[_Mark]]:
    """Pair openers with closers per family; returns the pairs and the openers left open.

    Each family keeps a stack, so a quote nested in one of the same family ("'... bevallen,
    'fake news' zijn, ...'") closes first and the outer quote still finds its closing mark.
    Two slips of the writer are mended: a low „ after a sentence's end while another „ is open
    ends that quote there (its closing mark is missing), and a double closing mark with no
    double quote open closes an open single one ("'Heer, heb meelij met de Belgen", zong hij").
    """
    pairs: list[tuple[_Mark, _Mark]] = []
    stacks: dict[bool, list[_Mark]] = {True: [], False: []}
    for index, mark in enumerate(marks):
        stack = stacks[mark.double]
        if len(stack) == 1 and mark.genitive and _closer_follows(marks, index):
            continue  # "‘... van Wilders' PVV ...’": the quote closes further on
        if mark.low and stack and stack[-1].low and mark.after_sentence:
            # "„... de finale. „We hadden ...”": the first quote's closing mark is missing
            pairs.append((stack.pop(), _Mark(mark.start, mark.start, True, False, True)))
        other = stacks[not mark.double]
        if mark.double and not stack and mark.can_close and not mark.can_open and other:
            pairs.append((other.pop(), mark))  # "'Heer, heb meelij met de Belgen", zong hij"
        elif stack and mark.can_close:
            pairs.append((stack.pop(), mark))
        elif mark.can_open:
            stack.append(mark)
    return pairs, sorted((m for stack in stacks.values() for m in stack), key=lambda m: m.start)


def _closer_follows(marks: list[_Mark], index: int) -> bool:
    """Tell whether the next mark of ``marks[index]``'s family can only close a quote."""
    family = marks[index].double
    mark = next((m for m in islice(marks, index + 1, None) if m.double == family), None)
    return mark is not None and mark.can_close and not mark.can_open


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _starts_with_opener(text: str, block: BlockLike) -> bool:
    start, end = _trimmed(text, block.start, block.end)
    marks = _marks(text, start, end)
    return bool(marks) and marks[0].start == start and marks[0].can_open


def find_quoted_spans(text: str, blocks: Sequence[BlockLike]) -> list[QuotedSpan]:
    """Find the quoted stretches of ``text``, outermost quotes only, in text order.

    Marks are paired within a paragraph (block); a quote never crosses a paragraph boundary.
    An opening mark left without a closing mark is kept up to the paragraph's end only when the
    next paragraph starts with an opening mark (a quote running over several paragraphs) or when
    it opens the paragraph or a sentence or follows a colon (a whole utterance whose closing mark
    is missing); otherwise it is ignored, so a stray mark never swallows the rest of the article.
    A closing mark that closes nothing right after a sentence, following a quote and its cue,
    ends a quote whose opening mark is missing; it starts after the cue's sentence.

    Args:
        text: The article text.
        blocks: The layout blocks of ``text``, in order.

    Returns:
        The quoted stretches, sorted by position; quotes nested in another are left out.

    Example:
        >>> from types import SimpleNamespace as B
        >>> spans = find_quoted_spans("Hij zei: „Ja.”", [B(start=0, end=14, kind="body")])
        >>> [(s.start, s.end) for s in spans]
        [(10, 13)]

    """
    spans: list[QuotedSpan] = []
    continued = False
    for index, block in enumerate(blocks):
        start, end = _trimmed(text, block.start, block.end)
        marks = _marks(text, start, end)
        pairs, left_open = _pair(marks)
        found: list[QuotedSpan] = []
        for opener, closer in pairs:
            inner = _trimmed(text, opener.end, closer.start)
            is_first = continued and opener.start == start
            found.append(QuotedSpan(opener.start, *inner, closer.end, index, continued=is_first))
        continues_next = False
        if left_open:
            opener = left_open[0]
            next_opens = index + 1 < len(blocks) and _starts_with_opener(text, blocks[index + 1])
            before = text[start : opener.start].rstrip()
            if next_opens or not before or before[-1] in ":.!?":
                last = end
                while last > opener.end and text[last - 1] in _MARK_CHARS:
                    last -= 1  # a closing mark the pairing could not use ("thinking? '")
                inner = _trimmed(text, opener.end, last)
                is_first = continued and opener.start == start
                found.append(
                    QuotedSpan(
                        opener.start,
                        *inner,
                        end,
                        index,
                        closed=False,
                        continued=is_first,
                        continues=next_opens,
                    )
                )
                continues_next = next_opens
        elif pairs:
            missing = _unopened_rest(text, marks, pairs)
            if missing is not None:
                found.append(QuotedSpan(missing[0], *missing, index))
        continued = continues_next
        spans.extend(_outermost(found))
    return [span for span in spans if span.end > span.start]


def _unopened_rest(
    text: str, marks: list[_Mark], pairs: list[tuple[_Mark, _Mark]]
) -> tuple[int, int, int] | None:
    """Sentences after a quote's cue whose opening mark the writer left out.

    "„Dat is een probleem”, zei Balkhi. Er was iemand die omkwam.” Het ministerie ..." — a
    closing mark right after a sentence's end closes nothing, after a quote and its cue: the
    sentences from the one after the cue's up to that mark are the speaker's words too. Returns
    their (start, end) and the offset past the mark, or None.
    """
    after = max(closer.end for _, closer in pairs)
    paired = {id(mark) for pair in pairs for mark in pair}
    for mark in marks:
        if mark.start < after or id(mark) in paired:
            continue
        if mark.can_open or not mark.can_close or not _after_sentence(text, after, mark.start):
            return None
        for index in range(after, mark.start - 1):
            if text[index] in ".!?" and text[index + 1].isspace():
                start, stop = _trimmed(text, index + 1, mark.start)
                return (start, stop, mark.end) if stop > start else None
        return None
    return None


def _outermost(spans: list[QuotedSpan]) -> list[QuotedSpan]:
    kept: list[QuotedSpan] = []
    for span in sorted(spans, key=lambda span: (span.open, -span.close)):
        if kept and span.open < kept[-1].close:
            continue  # nested in (or crossing) the previous quote
        kept.append(span)
    return kept
