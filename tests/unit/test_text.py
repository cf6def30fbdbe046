"""normalize_for_nlp: one-for-one replacements that keep every offset."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsstruct.text import normalize_for_nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rutte zei ja.", "Rutte zei ja."),
        ("Rutte\u00a0zei ja.", "Rutte zei ja."),  # NBSP
        ("12\u202f000 euro", "12 000 euro"),  # narrow NBSP
        ("Hij\u2009zei\u3000ja", "Hij zei ja"),  # thin space, ideographic space
        ("Hij zei:\tja", "Hij zei: ja"),  # tab
        ("Eerste regel.\r\nTweede regel.", "Eerste regel. \nTweede regel."),  # CRLF
        ("Eerste regel.\rTweede regel.", "Eerste regel.\nTweede regel."),  # lone CR
        ("Eén\u2028twee\u2029drie", "Eén\ntwee\ndrie"),  # line/paragraph separator
        ("\ufeffDe premier zei", " De premier zei"),  # BOM
        ("Loeka\u00adsjenko", "Loeka sjenko"),  # soft hyphen: documented split
        ("zero\u200bwidth\u200c\u200d\u2060", "zero width   "),
        ("bel\x00\x07\x1b[0m", "bel   [0m"),  # C0 controls
        ("C1\x85\x9f", "C1  "),  # C1 controls, NEL included
        ("\u200fRTL\u202emark", " RTL mark"),  # bidi format chars
        ("Kyiv\n\nKiev", "Kyiv\n\nKiev"),
        ("", ""),
    ],
)
def test_replaces_one_for_one(text: str, expected: str) -> None:
    assert normalize_for_nlp(text) == expected


def test_letters_digits_and_punctuation_are_untouched() -> None:
    text = "„Dit is ‘m’!”, zei Zoë (45) — 3½ uur — tegen NOS. Schön, ça va? 😀 東京"
    assert normalize_for_nlp(text) == text


def test_crlf_blank_line_stays_a_blank_line() -> None:
    assert normalize_for_nlp("A\r\n\r\nB") == "A \n \nB"


@given(st.text(alphabet=st.characters(codec=None), max_size=200))
def test_length_and_newlines_are_kept(text: str) -> None:
    result = normalize_for_nlp(text)
    assert len(result) == len(text)
    assert all(result[index] == "\n" for index, char in enumerate(text) if char == "\n")


@given(
    st.lists(
        st.sampled_from(
            [
                "a",
                "Zoë",
                " ",
                "\n",
                "\r",
                "\r\n",
                "\t",
                "\u00a0",
                "\u200b",
                "\u00ad",
                "\x00",
                "\u2028",
                "\ufeff",
                "\x85",
                ".",
            ]
        ),
        max_size=60,
    )
)
def test_only_plain_spaces_and_newlines_remain_as_blanks(parts: list[str]) -> None:
    result = normalize_for_nlp("".join(parts))
    assert not set(result) & set("\r\t\u00a0\u200b\u00ad\x00\u2028\ufeff\x85")
    assert result.count("\n") == "".join(parts).count("\n") + "".join(parts).replace(
        "\r\n", ""
    ).count("\r") + "".join(parts).count("\u2028")
