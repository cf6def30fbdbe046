"""Hypothesis strategies for Dutch-like news text with every kind of awkward character."""

from __future__ import annotations

from hypothesis import strategies as st

WORDS = [
    "de",
    "het",
    "een",
    "en",
    "dat",
    "zei",
    "zegt",
    "volgens",
    "aldus",
    "Rutte",
    "Loekasjenko’s",
    "zo’n",
    "foto's",
    "minister",
    "premier",
    "Jan",
    "Peeters",
    "kantoor",
    "hem",
    "hij",
    "ze",
    "op",
    "Telegram",
    "Twitter",
    "KIJK.",
    "BEKIJK",
    "Lees",
    "ook:",
    "Door",
    "(ANP)",
    "„",
    "”",
    "“",
    "”",
    "‘",
    "’",
    "'",
    '"',
    ",,",
    "''",
    "«",
    "»",
    ":",
    ";",
    ",",
    ".",
    "!",
    "?",
    "...",
    "(...)",
    "–",
    "—",
    "-",
    "/",
    "https://x.nl",
    "<p>",
    "</p>",
    "&amp;",
    "Brussel",
    "Moskou",
    "1991",
    "12,5",
    "%",
    "€",
    "😀",
    "👍🏽",
    "ا",
    "ب",
    "é",
    "é",
    "\xa0",
    "\u200b",
    "\u200d",
    "\xad",
    "\ufeff",
    "\u202e",
    "\x00",
    "\x07",
    "\x1b",
    "\x7f",
    "\x85",
    "\u2028",
    "\u2029",
    "\t",
    "\r",
]
SEPARATORS = [" ", " ", " ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\n \n", "\u00a0", ""]


@st.composite
def dutchish(draw: st.DrawFn, max_tokens: int = 60) -> str:
    """Text made of Dutch news words, quote marks, odd unicode and random line breaks."""
    pieces = draw(
        st.lists(
            st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)),
            max_size=max_tokens,
        )
    )
    raw = "".join(word + sep for word, sep in pieces)
    noise = draw(st.text(max_size=8))
    position = draw(st.integers(min_value=0, max_value=len(raw)))
    return raw[:position] + noise + raw[position:]
