"""Pairing Dutch quotation marks: styles, apostrophes, unbalanced marks, paragraphs."""

from __future__ import annotations

import re

import pytest

from newsstruct.layout import Block
from newsstruct.rules.quotemarks import find_quoted_spans, is_apostrophe


def blocks(text: str) -> list[Block]:
    return [Block(m.start(), m.end(), "body") for m in re.finditer(r"\S(?:.|\n(?!\n))*", text)]


def contents(text: str) -> list[str]:
    return [text[span.start : span.end] for span in find_quoted_spans(text, blocks(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hij zei: „Het is voorbij.”", ["Het is voorbij."]),
        ("Hij zei: “Het is voorbij.”", ["Het is voorbij."]),
        ('Hij zei: "Het is voorbij."', ["Het is voorbij."]),
        ("Hij zei: 'Het is voorbij.'", ["Het is voorbij."]),
        ("Hij zei: ‘Het is voorbij.’", ["Het is voorbij."]),
        ("Hij zei: ’Het is voorbij.’", ["Het is voorbij."]),
        ("Hij zei: ,,Het is voorbij.''", ["Het is voorbij."]),
        ("Hij zei: ''Het is voorbij.''", ["Het is voorbij."]),
        ("Hij zei: „Het is voorbij.“", ["Het is voorbij."]),
    ],
)
def test_every_dutch_quote_style(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


def test_apostrophes_are_not_quote_marks() -> None:
    text = "Zo’n foto's van Loekasjenko’s auto, 's avonds, rock 'n roll, d'r en de jaren '80."
    assert contents(text) == []


def test_apostrophe_inside_a_quote_does_not_close_it() -> None:
    text = "Ze zei: ‘Zo’n dag heb ik nooit gehad, 's ochtends al.’ Daarna ging ze."
    assert contents(text) == ["Zo’n dag heb ik nooit gehad, 's ochtends al."]


def test_genitive_apostrophe_inside_a_quote_does_not_close_it() -> None:
    text = "Hij zei: 'Ik verdedig Wilders' recht om dat te doen.' Daarna ging hij."
    assert contents(text) == ["Ik verdedig Wilders' recht om dat te doen."]
    text = "Ze zei: ‘Thomas’ kaarten zijn uniek.’"
    assert contents(text) == ["Thomas’ kaarten zijn uniek."]


def test_a_quote_nested_in_one_of_the_same_family_keeps_the_outer_one() -> None:
    text = "Hij zei: 'Wat je niet bevalt, 'fake news' noemen, is gevaarlijk.'"
    assert contents(text) == ["Wat je niet bevalt, 'fake news' noemen, is gevaarlijk."]
    text = "’Een ’net niet’-seizoen voor Feyenoord’"
    assert contents(text) == ["Een ’net niet’-seizoen voor Feyenoord"]


def test_a_closing_mark_after_s_still_closes_a_lone_quote() -> None:
    text = "De 'nieuwe Thomas' komt eraan, zegt ze. 'Jammer.'"
    assert contents(text) == ["nieuwe Thomas", "Jammer."]


def test_is_apostrophe_cases() -> None:
    assert is_apostrophe("zo’n dag", 2)
    assert is_apostrophe("op 's avonds", 3)
    assert not is_apostrophe("een ‘echte’ held", 4)


def test_unbalanced_mark_does_not_swallow_the_article() -> None:
    text = "Hij noemde het „onzin en liep weg.\n\nDaarna zei ze: „Nee.”\n\nEinde van het verhaal."
    assert contents(text) == ["Nee."]


def test_quote_never_crosses_a_paragraph_without_a_new_opening_mark() -> None:
    text = "De trainer begon „rustig aan\n\nmaar „toen” ging het mis."
    assert contents(text) == ["toen"]


def test_quote_running_over_paragraphs_is_one_span_per_paragraph() -> None:
    text = "„Het eerste deel van het verhaal.\n\n„Het tweede deel”, zei hij."
    spans = find_quoted_spans(text, blocks(text))
    assert [text[s.start : s.end] for s in spans] == [
        "Het eerste deel van het verhaal.",
        "Het tweede deel",
    ]
    assert (spans[0].closed, spans[0].continues, spans[1].continued) == (False, True, True)


def test_nested_quote_keeps_the_outer_one_only() -> None:
    text = "Hij zei: „Ze riep ‘help’ en rende weg.”"
    assert contents(text) == ["Ze riep ‘help’ en rende weg."]


def test_missing_closing_mark_after_colon_runs_to_paragraph_end() -> None:
    text = "Hij zei: „We gaan door.\n\nDe volgende alinea."
    assert contents(text) == ["We gaan door."]


def test_stray_closing_mark_at_paragraph_end_is_not_content() -> None:
    text = "Veel mensen vroegen zich af: 'Wat dachten ze? '\n\nDaarna bleef het stil."
    assert contents(text) == ["Wat dachten ze?"]


def test_a_low_opening_mark_after_a_sentence_closes_an_unclosed_quote() -> None:
    text = "Hij zei: „We waren ongelukkig. Maar we zijn door. „We hadden het mis”, zei hij."
    assert contents(text) == ["We waren ongelukkig. Maar we zijn door.", "We hadden het mis"]
    # Inside a sentence a second „ is a nested quote, not a new one.
    text = "Hij zei: „Ik wil zeggen: „ter verdediging, ik ben rapper”."
    assert contents(text) == ["Ik wil zeggen: „ter verdediging, ik ben rapper”."]


def test_a_single_mark_closed_by_a_double_one_is_a_quote() -> None:
    text = "Hij zong: 'Heer, heb meelij met de Belgen\", zong Freek de Jonge. Het werd 'anders'."
    assert contents(text) == ["Heer, heb meelij met de Belgen", "anders"]


def test_sentences_after_a_cue_up_to_a_closing_mark_that_closes_nothing_are_a_quote() -> None:
    text = (
        "„Het klopt”, zei de minister. Er was iemand die omkwam. Dat kan iedereen overkomen.” Zo."
    )
    assert contents(text) == ["Het klopt", "Er was iemand die omkwam. Dat kan iedereen overkomen."]
    # A closing mark inside a sentence ("de ‘hulp’ werkt”) is no such end: nothing is added.
    text = "„Het klopt”, zei de minister. De aanpak werkt” volgens haar."
    assert contents(text) == ["Het klopt"]
