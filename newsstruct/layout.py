"""Paragraph layout: blocks between blank lines and what kind each block is."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Final

from newsstruct.lexicon import load_lines
from newsstruct.models import ParagraphKind
from newsstruct.rules.quotemarks import _DOUBLE
from newsstruct.text import normalize_for_nlp

__all__ = ["Block", "find_blocks"]


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph: ``text[start:end]`` is the paragraph as written, without edge whitespace.

    Attributes:
        start: Offset of the first non-blank character.
        end: Offset one past the last non-blank character.
        kind: "title", "heading", "body", "byline" or "boilerplate".

    """

    start: int
    end: int
    kind: ParagraphKind


# --- splitting -------------------------------------------------------------------------------

# Line breaks are the ones normalize_for_nlp turns into "\n", so the NLP backend sees the same
# lines: "\r\n", lone "\r", "\n", U+2028, U+2029.
_BREAK_CHARS: Final = "\n\r\u2028\u2029"
_BREAK: Final = r"(?:\r\n|\r(?!\n)|[\n\u2028\u2029])"
# Planes that hold every whitespace and format (Cf) character of current Unicode versions.
_SCANNED: Final = (range(0x0, 0x20000), range(0xE0000, min(0xE1000, sys.maxunicode + 1)))


def _ignorable_chars() -> str:
    """Whitespace and format chars (NBSP, zero-width space, BOM, soft hyphen ...), no breaks."""
    chars = []
    for block in _SCANNED:
        for code in block:
            char = chr(code)
            if char not in _BREAK_CHARS and (char.isspace() or unicodedata.category(char) == "Cf"):
                chars.append(char)
    return "".join(chars)


_IGNORABLE: Final = _ignorable_chars()
_STRIPPABLE: Final = _IGNORABLE + _BREAK_CHARS
# A line break, blank lines after it, and all blank characters up to the next paragraph.
# It starts with a plain character class, so the regex engine skips ahead fast.
_SEPARATOR: Final = re.compile(
    f"{_BREAK}[{re.escape(_IGNORABLE)}]*{_BREAK}[{re.escape(_STRIPPABLE)}]*"
)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the blank-line separated paragraphs, edge whitespace excluded."""
    spans: list[tuple[int, int]] = []
    start = len(text) - len(text.lstrip(_STRIPPABLE))
    for separator in _SEPARATOR.finditer(text, start):
        end = start + len(text[start : separator.start()].rstrip(_STRIPPABLE))
        if end > start:
            spans.append((start, end))
        start = separator.end()
    end = len(text.rstrip(_STRIPPABLE))
    if end > start:
        spans.append((start, end))
    return spans


# --- lexicons --------------------------------------------------------------------------------

_BULLET: Final = r"(?:[•·▪▶►▸*>]\s*)?"


@cache
def _patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """Compile each line of a regex lexicon, naming the file and line on a bad pattern."""
    compiled = []
    for line in load_lines(name):
        try:
            compiled.append(re.compile(line))
        except re.error as error:
            raise ValueError(f"bad regular expression in data/nl/{name}.txt: {line!r}") from error
    return tuple(compiled)


@cache
def _boilerplate() -> re.Pattern[str]:
    """Every boilerplate marker, matched at the start of a (stripped) line."""
    joined = "|".join(f"(?:{pattern.pattern})" for pattern in _patterns("boilerplate"))
    return re.compile(rf"{_BULLET}(?:{joined})")


@cache
def _byline() -> re.Pattern[str]:
    """Every byline pattern, matched against a whole (stripped) first line."""
    return re.compile("|".join(f"(?:{pattern.pattern})" for pattern in _patterns("bylines")))


# --- kinds -----------------------------------------------------------------------------------

_TITLE_WORDS: Final = 20
_TITLE_CHARS: Final = 200
_HEADING_WORDS: Final = 16
_HEADING_CHARS: Final = 150
_QUESTION_WORDS: Final = 12
_EXCLAMATION_WORDS: Final = 8
_CAPTION_RUN: Final = 3
_BOILERPLATE_LINES: Final = 6
_BOILERPLATE_PROSE_CHARS: Final = 300
_BYLINE_LINES: Final = 3
_BYLINE_LINE_WORDS: Final = 8
_BYLINE_CHARS: Final = 200
_SIGNATURE_WORDS: Final = 8
_LABEL_WORDS: Final = 5  # a heading ending in a colon ("Voor het deeg:") is this short
_PULL_QUOTE_SOURCE_WORDS: Final = 12
_PULL_QUOTE_MIN_BLOCKS: Final = 4  # title, body, source line, statement
_REPEAT_MIN_TRIGRAMS: Final = 3
_REPEAT_SHARE: Final = 0.5  # of a closing block's word trigrams that come from one earlier block
_WORD: Final = re.compile(r"\w+")

_OPENING_QUOTES: Final = "\"'“„‘‚«‹‟›»,"
_CLOSING_QUOTES: Final = "\"'”’»›«‹“"
# "12.30 uur:", "- De", "• 200 g": timelines, dialogue and lists, not headings.
_NOT_A_HEADING_START: Final = re.compile(
    r"\d{1,2}[.:]\d{2}\b|[-–—•·▪*+>]"
    r"|\d+(?:[.,]\d+)? ?(?:g|gr|gram|kg|ml|cl|dl|l|liter|el|tl|grote|kleine)\b"  # "500 gr meel"
)
_LETTER: Final = re.compile(r"[^\W\d_]")
_NUMBERED: Final = re.compile(r"\d{1,2}[.)]\s")
# Two sentences in one line ("Echt waar? Ja.") make it prose, not a heading.
_SENTENCE_BREAK: Final = re.compile(r"[^\W\d_]{2}[.!?…][\"'”’]*\s+[\"'“‘„]*[A-ZÀ-Þ]")
# An answer in an interview: it opens with a quote or a dash, maybe after "Name: ".
_ANSWER_START: Final = re.compile(r"(?:[A-ZÀ-Þ][\w.'’-]*(?: [\w.'’-]+){0,3}: ?)?[\"'“„‘‚«,\-–—]")
# A reader's letter signed at the end: "Jan Jansen, Tilburg", "G. te Beek - Diemen", "E. Mast".
_NAME: Final = (
    r"(?!(?:De|Het|Een|Dit|Deze|Die|Dat|Wij|Zij|Ik|En|Maar) )"
    r"(?:(?:Mevr|Mw|Dhr|Mr|Dr|Drs|Ir|Ing|Prof)\.?"
    r"|[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?|(?:[A-ZÀ-Þ]{1,3}\.?){1,4})"
    r"(?: (?:[A-ZÀ-Þ][a-zà-ÿ]+|(?:[A-ZÀ-Þ]\.){1,4}|[A-ZÀ-Þ]{2,4}))*"
    r"(?: (?:van|de|der|den|te|ter|ten|het|'t|in 't|v\.d\.|v|von|le|la|du|di|da|el))*"
    r" [A-ZÀ-Þ][\w'’]+(?:-[A-ZÀ-Þ]?[\w'’]+)?"
)
_SIGNATURE: Final = re.compile(
    rf"{_NAME}(?:(?:, ?| [-–] )[A-ZÀ-Þ][a-zà-ÿ'’]+(?:[ -][A-Za-zà-ÿ'’]+){{0,3}})?,?"
)
# A photo caption: three or more words, lower-case ones among them, no digits, no "?" or ":".
_CAPTION: Final = re.compile(r"(?=(?:\S+\s+){2}\S)(?=[^\n]*\b[a-zà-ÿ])[^\d?:\n]+")
# A credit line that names nobody yet: "Met bijdragen van", "Tekst:".
_OPEN_CREDIT: Final = re.compile(r"(?:\bvan|\bdoor|:)\s*$")
# "Van onze correspondent" + "in Denemarken" on the next line.
_BYLINE_TAIL: Final = re.compile(r"(?:in|uit|te|vanuit) [A-ZÀ-Þ][\w'’-]*(?: [\w'’-]+){0,3}")


def _lines(block: str) -> list[str]:
    if "\n" not in block:
        return [block.strip()] if block.strip() else []
    return [line for line in (raw.strip() for raw in block.split("\n")) if line]


def _words(line: str) -> int:
    return len(line.split())


def _unquoted_end(line: str) -> tuple[str, bool]:
    """Strip closing quotes and spaces from the end; say whether any were removed."""
    bare = line.rstrip(_CLOSING_QUOTES + " ")
    return bare, len(bare) != len(line)


def _is_boilerplate(lines: list[str]) -> bool:
    """Tell a teaser, promo, caption or embed: a marker on its first or last line.

    A marker on a line of a long block (an article whose paragraphs are separated by single
    newlines) must not turn all its prose into boilerplate, so blocks with more than a few
    lines, or with a long prose line besides the marker, are never boilerplate.
    """
    if not lines or len(lines) > _BOILERPLATE_LINES:
        return False
    marker = _boilerplate()
    if marker.match(lines[0]):
        rest = lines[1:]
    elif len(lines) > 1 and marker.match(lines[-1]):
        rest = lines[:-1]
    else:
        return False
    return all(len(line) <= _BOILERPLATE_PROSE_CHARS for line in rest)


def _is_byline(lines: list[str]) -> bool:
    """Tell a credit line; lines after the first (a date, a place) must be short too."""
    if (
        not lines
        or len(lines) > _BYLINE_LINES
        or len(lines[0]) > _BYLINE_CHARS
        or any(_words(line) > _BYLINE_LINE_WORDS for line in lines[1:])
    ):
        return False
    return _byline().fullmatch(lines[0]) is not None


def _reads_as_title(line: str) -> bool:
    """Tell a headline: short, a letter in it, no final period except inside a colon-quote."""
    if len(line) > _TITLE_CHARS or _words(line) > _TITLE_WORDS or not _has_letter(line):
        return False
    bare, quoted = _unquoted_end(line)
    if not bare or bare[-1] in ",;:-" or _SENTENCE_BREAK.search(line):
        return False
    if bare[-1] in "?!" and _words(line) > _QUESTION_WORDS:
        return False  # a long question is the lead-in of the article, not its headline
    if bare[-1] in ".…":
        # "Rutte: ‘Dit is onacceptabel.’" is a headline; "Het regent." is not.
        opening = max(line.rfind(mark) for mark in _OPENING_QUOTES)
        return quoted and ":" in line[: max(opening, 0)]
    return True


def _reads_as_heading(line: str, following: str | None) -> bool:
    """Tell a sub-heading: short, no final period; a short question unless an answer follows."""
    if len(line) > _HEADING_CHARS or _words(line) > _HEADING_WORDS or not _has_letter(line):
        return False
    start = line.lstrip(_OPENING_QUOTES + " ")
    if not start or _NOT_A_HEADING_START.match(line):
        return False
    if start[0].islower() and not start[1:2].isupper():  # "iPhone" may start a heading
        return False
    bare, quoted = _unquoted_end(line)
    if not bare:
        return False
    if bare[-1] == "?" and _NUMBERED.match(line):  # "2. Wat weten we over de dader?"
        return not quoted
    if _SENTENCE_BREAK.search(line):
        return False
    if bare[-1] == "?":
        if quoted:
            return False
        return following is None or _ANSWER_START.match(following) is None
    if bare[-1] == "!":  # "Plons!", "Doe effe normaal!"
        return _words(line) <= _EXCLAMATION_WORDS
    if bare[-1] == ":":  # "Bereiding:", "Nodig voor 2 personen:": a list follows, no quote
        short = _words(line) <= _LABEL_WORDS and not quoted
        return short and (following is None or _ANSWER_START.match(following) is None)
    return bare[-1] not in ".…,;-"


def _has_letter(line: str) -> bool:
    return _LETTER.search(line) is not None


def find_blocks(text: str, *, title: bool | None = None) -> tuple[Block, ...]:
    r"""Split an article into paragraphs and say what kind each one is.

    Paragraphs are separated by blank lines; a line with only whitespace or zero-width/format
    characters is blank. ``"\r\n"``, lone ``"\r"``, U+2028 and U+2029 end lines. Runs in
    time linear in the text.

    Kinds: ``title`` (the headline), ``heading`` (a short sub-heading with no final period,
    followed by more text, or a short question that no interview answer follows), ``byline``
    (author or agency credit), ``boilerplate`` (teasers, "Lees ook", promos, captions,
    embedded-media leftovers; see ``data/nl/boilerplate.txt``) and ``body``.

    Args:
        text: The article text.
        title: True: the first block is the title. False: no block is (the title was passed
            separately). None: the first block is the title when it reads as a headline: one
            short line (at most 20 words, 200 characters), no final period, more paragraphs
            after it.

    Returns:
        The blocks in text order; empty for empty or whitespace-only text.

    Example:
        >>> [b.kind for b in find_blocks("Brand in Delft\n\nDoor Jan Smit\n\nHet brandde.")]
        ['title', 'byline', 'body']

    """
    spans = _paragraph_spans(text)
    if not spans:
        return ()
    normalized = normalize_for_nlp(text)
    lines = [_lines(normalized[start:end]) for start, end in spans]
    kinds = _marked_kinds(lines)
    if title is True or (title is None and _starts_with_headline(kinds, lines)):
        kinds[0] = "title"
    _mark_headings(kinds, lines)
    _mark_captions(kinds, lines)
    _mark_pull_quote(kinds, lines)
    _mark_repeated_ending(kinds, lines)
    return tuple(
        Block(start, end, kind or "body") for (start, end), kind in zip(spans, kinds, strict=True)
    )


def _marked_kinds(lines: list[list[str]]) -> list[ParagraphKind | None]:
    """Boilerplate and bylines, recognised by their markers; None for the rest."""
    kinds: list[ParagraphKind | None] = [None] * len(lines)
    for index in range(len(lines)):
        if _is_byline(lines[index]):
            kinds[index] = "byline"
        elif _is_boilerplate(lines[index]):
            kinds[index] = "boilerplate"
        elif (
            index > 0
            and kinds[index - 1] == "byline"
            and len(lines[index]) == 1
            and (
                _BYLINE_TAIL.fullmatch(lines[index][0])
                or (  # "Met bijdragen van" + "Bart Brinckman." on its own line
                    _OPEN_CREDIT.search(lines[index - 1][-1])
                    and _SIGNATURE.fullmatch(lines[index][0].rstrip("."))
                )
            )
        ):
            kinds[index] = "byline"
    prose = [index for index, kind in enumerate(kinds) if kind is None]
    if len(prose) > 1 or (prose and prose[0] != 0):
        last = lines[prose[-1]]
        if len(last) == 1 and _words(last[0]) <= _SIGNATURE_WORDS and _SIGNATURE.fullmatch(last[0]):
            kinds[prose[-1]] = "byline"
    return kinds


def _starts_with_headline(kinds: list[ParagraphKind | None], lines: list[list[str]]) -> bool:
    """Tell a headline opening the text, also one that opens with a label ("Video: ...")."""
    opening = kinds[0] is None or kinds[0] == "boilerplate"  # "Video: Verstappen woest op Vettel"
    return opening and len(kinds) > 1 and len(lines[0]) == 1 and _reads_as_title(lines[0][0])


def _mark_headings(kinds: list[ParagraphKind | None], lines: list[list[str]]) -> None:
    """Mark short one-line blocks that body text follows as headings, in place."""
    prose_follows = False
    for index in range(len(kinds) - 1, -1, -1):
        if kinds[index] is None and prose_follows and len(lines[index]) == 1:
            following = lines[index + 1][0] if lines[index + 1] else None
            if _reads_as_heading(lines[index][0], following):
                kinds[index] = "heading"
        prose_follows = prose_follows or kinds[index] is None


def _mark_captions(kinds: list[ParagraphKind | None], lines: list[list[str]]) -> None:
    """Turn photo captions left between paragraphs into boilerplate, in place.

    Between two body paragraphs, a heading introduces the text below it, so in a short run of
    two or three heading-like lines the ones before the last are captions ("Rutte bij aankomst
    in Brussel"). Longer runs are lists (results, programmes), and one- or two-word lines,
    numbers, questions and "Label: text" lines are headings or list items, not captions.
    """
    index = 0
    while index < len(kinds):
        end = index
        while end < len(kinds) and kinds[end] == "heading":
            end += 1
        run = end - index
        if 2 <= run <= _CAPTION_RUN and index > 0 and kinds[index - 1] is None:
            for caption in range(index, end - 1):
                if _CAPTION.fullmatch(lines[caption][0]):
                    kinds[caption] = "boilerplate"
        index = end + 1 if run else index + 1


def _mark_pull_quote(kinds: list[ParagraphKind | None], lines: list[list[str]]) -> None:
    """Turn a print pull-quote box left at the end of an article into boilerplate, in place.

    Print archives end some articles with the box's two parts as paragraphs: a source line
    ending in a colon ("Politicoloog Gijs Schumacher (VUA):") and the statement, without marks.
    """
    ends = [i for i, kind in enumerate(kinds) if kind not in ("boilerplate", "byline")]
    if len(ends) < _PULL_QUOTE_MIN_BLOCKS:
        return
    source, statement = ends[-2], ends[-1]
    line = lines[source][0] if len(lines[source]) == 1 else ""
    if not (line.endswith(":") and _words(line) <= _PULL_QUOTE_SOURCE_WORDS):
        return
    text = lines[statement][0] if lines[statement] else ""  # (a block of control characters)
    marked = any(mark in text for mark in _DOUBLE)  # "..., vervolgde X. „...”": prose
    if statement == source + 1 and text and text[:1] not in _OPENING_QUOTES and not marked:
        kinds[source] = kinds[statement] = "boilerplate"


def _mark_repeated_ending(kinds: list[ParagraphKind | None], lines: list[list[str]]) -> None:
    """Turn the blocks that end an article by repeating an earlier block into boilerplate.

    Print archives leave an article's pull-quote boxes at its end: words of one body
    paragraph again, shortened and without a final period ("Het zijn net de vorige
    generaties staatslieden die het land onvoldoende voorbereid hebben"). Going back from the
    end, a block is such a repeat when half its word trigrams come from one earlier block and
    it has no final punctuation; the first block that is not stops the walk. Prose that ends
    its sentence stays, be it a paragraph printed twice (its quotes still count) or a closing
    sentence that reuses phrases ("Een motorrijder is om het leven gekomen door ...").
    Linear in the text: each trigram maps to the first block it occurs in.
    """
    first_block: dict[tuple[str, str, str], int] = {}
    grams_of: list[list[tuple[str, str, str]]] = []
    for index, block in enumerate(lines):
        words = _WORD.findall(" ".join(block).lower())
        grams = list(zip(words, words[1:], words[2:], strict=False))
        grams_of.append(grams)
        for gram in grams:
            first_block.setdefault(gram, index)
    for index in range(len(kinds) - 1, 1, -1):  # never the title or the first paragraph
        if kinds[index] in ("boilerplate", "byline"):
            continue
        grams = grams_of[index]
        sources = Counter(first_block[gram] for gram in grams if first_block[gram] < index)
        if len(grams) < _REPEAT_MIN_TRIGRAMS or not sources:
            return
        share = sources.most_common(1)[0][1] / len(grams)
        bare, _quoted = _unquoted_end(lines[index][-1])
        ended = bare[-1:] in (".", "!", "?", "…")
        if share < _REPEAT_SHARE or ended:
            return
        kinds[index] = "boilerplate"
