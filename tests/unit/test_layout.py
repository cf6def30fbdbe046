"""find_blocks: paragraph spans and kinds on hand-written Dutch news text."""

from __future__ import annotations

import itertools
import re
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct.layout import Block, find_blocks
from newsstruct.lexicon import load_lines
from newsstruct.text import normalize_for_nlp

SEED = Path(__file__).parents[2] / "examples" / "loekasjenko-kernwapens.txt"
SEED_KINDS = [
    "body", "body", "body", "body", "body", "heading", "body", "heading", "body", "body",
    "boilerplate",
]  # fmt: skip
BODY = "De gemeenteraad stemde gisteren in met het plan voor een nieuwe brug over de rivier."
MORE = "Volgens de wethouder begint de bouw nog dit jaar en is de brug in 2028 klaar."


def kinds(text: str, *, title: bool | None = None) -> list[str]:
    return [block.kind for block in find_blocks(text, title=title)]


def pieces(text: str, *, title: bool | None = None) -> list[str]:
    return [text[block.start : block.end] for block in find_blocks(text, title=title)]


def article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


# --- splitting ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", " ", "\n\n", " \t\r\n\u00a0\u200b\ufeff\u2028 \n"])
def test_empty_or_blank_text_has_no_blocks(text: str) -> None:
    assert find_blocks(text) == ()


def test_blocks_are_frozen_dataclasses() -> None:
    block = find_blocks(BODY)[0]
    assert block == Block(0, len(BODY), "body")
    with pytest.raises(AttributeError):
        block.kind = "title"  # type: ignore[misc]


def test_single_newline_does_not_split_a_paragraph() -> None:
    text = "Eerste regel van de alinea\nloopt hier door."
    assert pieces(text) == [text]


@pytest.mark.parametrize(
    "blank",
    ["\n\n", "\n \n", "\n\t\n", "\n\u00a0\n", "\n\u200b\u200d\n", "\n\ufeff \u2009\n", "\n\n\n\n"],
)
def test_lines_with_only_whitespace_or_zero_width_chars_are_blank(blank: str) -> None:
    assert pieces(BODY + blank + MORE) == [BODY, MORE]


@pytest.mark.parametrize(
    "newline", ["\r\n", "\r", "\u2028", "\u2029"], ids=["crlf", "cr", "u2028", "u2029"]
)
def test_other_line_endings(newline: str) -> None:
    text = BODY + newline + newline + MORE + newline + "Nog een regel."
    assert pieces(text) == [BODY, MORE + newline + "Nog een regel."]


def test_crlf_is_one_line_break_not_a_blank_line() -> None:
    assert pieces("Regel een\r\nRegel twee") == ["Regel een\r\nRegel twee"]


def test_span_excludes_edge_whitespace_and_zero_width_chars() -> None:
    text = "\ufeff  \u00a0" + BODY + " \u200b\t\n\n \u00a0" + MORE + "\u00a0\u200b\n"
    blocks = find_blocks(text)
    assert [text[b.start : b.end] for b in blocks] == [BODY, MORE]
    assert blocks[0].start == 4


def test_soft_hyphen_inside_a_word_is_kept() -> None:
    text = "Loeka\u00adsjenko zei niets."
    assert pieces(text) == [text]


IGNORABLE = st.sampled_from(
    [" ", "\t", "\u00a0", "\u202f", "\u200b", "\u200c", "\ufeff", "\u00ad", "\u3000", "\x0c"]
)
BREAK = st.sampled_from(["\n", "\r\n", "\r", "\u2028", "\u2029"])
WORD = st.text(alphabet=st.characters(codec=None), min_size=1, max_size=12)
PIECE = st.one_of(WORD, IGNORABLE, BREAK, st.just("\n\n"), st.just(" \n \n"))


def ignorable(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) == "Cf"


def assert_invariant(text: str, blocks: tuple[Block, ...]) -> None:
    previous_end = 0
    for block in blocks:
        assert previous_end <= block.start < block.end <= len(text)
        assert block.kind in {"title", "heading", "body", "byline", "boilerplate"}
        inside = text[block.start : block.end]
        assert not ignorable(inside[0]) and not ignorable(inside[-1])
        gap = text[previous_end : block.start]
        assert all(map(ignorable, gap))
        previous_end = block.end
    tail = text[previous_end:]
    assert all(map(ignorable, tail))


@settings(max_examples=300)
@given(st.lists(PIECE, max_size=40).map("".join))
def test_blocks_cover_every_visible_character(text: str) -> None:
    assert_invariant(text, find_blocks(text))


@given(st.text(alphabet=st.characters(codec=None), max_size=300), st.sampled_from([None, True]))
def test_invariant_on_arbitrary_unicode(text: str, title: bool | None) -> None:
    blocks = find_blocks(text, title=title)
    assert_invariant(text, blocks)
    assert (blocks == ()) == all(map(ignorable, text))


@settings(max_examples=200)
@given(st.lists(PIECE, max_size=40).map("".join))
def test_normalized_text_has_a_blank_line_between_blocks(text: str) -> None:
    # Stanza splits paragraphs on r"\n\s*\n" of the normalized text: a backend paragraph must
    # never run across two blocks.
    normalized = normalize_for_nlp(text)
    blocks = find_blocks(text)
    for before, after in itertools.pairwise(blocks):
        assert re.search(r"\n\s*\n", normalized[before.end : after.start])


def test_every_paragraph_between_blank_lines_is_one_block() -> None:
    paragraphs = [f"Alinea {n} met wat tekst." for n in range(50)]
    assert pieces("\n\n \n".join(paragraphs)) == paragraphs


def test_large_text_scales_linearly() -> None:
    paragraph = (
        "De Wit-Russische president zei gisteren op de staatstelevisie dat het land "
        "“geen enkele stap terug” zet, meldt persbureau Belta. Hij sprak van een historische dag."
    )
    parts = [paragraph, "Kazachstan wijst aanbod af", "Door Jan de Vries", "Lees ook: meer nieuws"]
    count = 4 * (5_000_000 // len("\r\n\r\n".join(parts)) + 1)
    text = "\r\n\r\n".join(parts[n % 4] for n in range(count))
    tenth = "\r\n\r\n".join(parts[n % 4] for n in range(count // 10))

    began = time.perf_counter()
    find_blocks(tenth)
    small = time.perf_counter() - began
    began = time.perf_counter()
    blocks = find_blocks(text)
    large = time.perf_counter() - began
    assert len(text) > 5_000_000
    assert len(blocks) == count
    assert [block.kind for block in blocks[:4]] == ["body", "heading", "byline", "boilerplate"]
    # Linear is ~10x the time for 10x the text, quadratic ~100x; a ratio, not seconds, so that
    # a busy machine does not fail it (benchmarks/ measure speed).
    assert large / small < 30, f"10x the text took {large / small:.0f}x the time"


# --- the seed article ------------------------------------------------------------------------


def test_seed_article_kinds_match_gold() -> None:
    text = SEED.read_text(encoding="utf-8")
    blocks = find_blocks(text)
    assert [block.kind for block in blocks] == SEED_KINDS
    assert text[blocks[5].start : blocks[5].end] == "Kazachstan wijst aanbod af"
    assert (
        text[blocks[7].start : blocks[7].end] == "“Loekasjenko met spoed naar ziekenhuis gevoerd”"
    )
    assert text[blocks[-1].start : blocks[-1].end].startswith("KIJK. Moskou")


def test_seed_article_as_the_pipeline_calls_it_with_a_separate_title() -> None:
    assert kinds(SEED.read_text(encoding="utf-8"), title=False) == SEED_KINDS


# --- title -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "Grapperhaus: kwestie uitzonderlijk",
        "“Ik ben trots”, zegt Jan",
        "Rutte: ‘Dit is onacceptabel.’",
        "Brengt de nieuwe minister rust in de coalitie?",
        "Eindelijk zomer!",
        "Loekasjenko met spoed naar ziekenhuis",
    ],
)
def test_headline_on_the_first_line_is_the_title(headline: str) -> None:
    assert kinds(article(headline, BODY, MORE)) == ["title", "body", "body"]


@pytest.mark.parametrize(
    "first",
    [
        "De brug is klaar.",  # a sentence, not a headline
        "Rutte zegt: dit is onacceptabel.",
        BODY,  # long lead paragraph
        "Eerste regel van de kop\nen een tweede regel",  # not a single line
        "Heb je ooit zoveel oude auto's bij elkaar gezien? Deze man heeft er wel vierhonderd!",
        "Waarom doet de gemeente zo moeilijk over een tijdelijke vergunning voor het terras?",
        " ".join(["woord"] * 21),
    ],
)
def test_first_line_that_is_not_a_headline_is_no_title(first: str) -> None:
    assert kinds(article(first, BODY))[0] != "title"


def test_a_lone_paragraph_is_no_title() -> None:
    assert kinds("Brug over de Maas open") == ["body"]


def test_title_true_forces_and_title_false_forbids_a_title() -> None:
    text = article("De brug is klaar.", BODY)
    assert kinds(text, title=True) == ["title", "body"]
    assert kinds(article("Brug over de Maas open", BODY), title=False)[0] != "title"


def test_title_false_keeps_a_headline_like_first_line_as_heading() -> None:
    assert kinds(article("Brug open", BODY, MORE), title=False) == ["heading", "body", "body"]


# --- heading ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "Kazachstan wijst aanbod af",
        "“Loekasjenko met spoed naar ziekenhuis gevoerd”",
        "’Boot niet missen’",
        "Wat is het?",
        "Brons voor Grol",
        "Twee kampen",
        "2. Wat weten we over de dader?",
        "90 miljoen",
        "Plons!",
        "Wie gaat er eigenlijk over de planning van de bouw van de nieuwe brug?",
    ],
)
def test_short_line_without_final_period_inside_the_article_is_a_heading(heading: str) -> None:
    assert kinds(article(BODY, heading, MORE)) == ["body", "heading", "body"]


@pytest.mark.parametrize(
    "line",
    [
        "De politie zoekt getuigen.",  # ends with a period
        "Dit is wat de burgemeester zei:",  # introduces a quote
        "Het is ons gelukt, zei ze,",
        "Wat een dag was het vandaag voor alle mensen in de stad!",
        "Echt waar? Ja, echt waar",  # two sentences
        "12.30 uur: Ajax op voorsprong",  # live-blog timeline
        "- Vechten wordt snel saai",  # list item
        "• 200 gram bloem",
        "in de stad was het druk",  # starts lowercase: a broken paragraph
        "In mijn jeugd...",
        " ".join(["Lange"] * 17),
        "In het rapport lees je meer over de gevolgen van de crisis.",  # no promo
        "Meer in het algemeen is de uitzending goed ontvangen.",
    ],
)
def test_line_that_is_not_a_heading_is_body(line: str) -> None:
    assert kinds(article(BODY, line, MORE)) == ["body", "body", "body"]


@pytest.mark.parametrize(
    "answer",
    [
        "“Nee. Ik heb die visie nooit gedeeld”, zegt de minister.",
        "„Dat was zonder twijfel mijn eerste overwinning.”",
        "'Het zijn andere tijden, tijden van crisis.'",
        "- Geen idee, weet ik veel.",
        "De Wever: 'Het ging veel verder dan dat.'",
    ],
)
def test_interview_question_followed_by_an_answer_is_body(answer: str) -> None:
    assert kinds(article(BODY, "Bent u nog altijd zeker van uw zaak?", answer)) == [
        "body",
        "body",
        "body",
    ]


def test_question_heading_before_prose_with_a_colon_is_still_a_heading() -> None:
    text = article(BODY, "Is het wat?", "Super Kart: een spel met veel vaart. Dat is het.")
    assert kinds(text) == ["body", "heading", "body"]


def test_short_line_at_the_end_is_not_a_heading() -> None:
    assert kinds(article(BODY, "Later vandaag meer")) == ["body", "body"]


def test_short_lines_at_the_end_are_body() -> None:
    assert kinds(article(BODY, "Morgen verder", "Tot morgen")) == ["body", "heading", "body"]
    assert kinds(article(BODY, MORE, "Tot morgen")) == ["body", "body", "body"]


def test_brand_name_with_a_lowercase_first_letter_can_be_a_heading() -> None:
    assert kinds(article(BODY, "iPhone 15 getest", MORE)) == ["body", "heading", "body"]


def test_short_line_followed_only_by_boilerplate_is_not_a_heading() -> None:
    text = article(BODY, "Fijne dag", "Lees ook: Brug over de Maas open")
    assert kinds(text) == ["body", "body", "boilerplate"]


def test_heading_like_lines_before_a_heading_are_photo_captions() -> None:
    text = article(BODY, "De wethouder op de nieuwe brug", "De brug bij nacht", "Hoge kosten", MORE)
    assert kinds(text) == ["body", "boilerplate", "boilerplate", "heading", "body"]


def test_sections_of_short_lines_are_headings() -> None:
    text = article(
        "Nederland", "Brug over de Maas open", BODY, "Frankrijk", "Staking in Parijs", MORE
    )
    assert kinds(text, title=False) == ["heading", "heading", "body", "heading", "heading", "body"]


# --- byline ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "byline",
    [
        "Door Nathalie Carpentier",
        "Door Joost de Vries, hoofdredacteur",
        "door marieke van den berg",
        "door rik van puymbroeck / foto thomas sweertvaegher",
        "DOOR PIET JANSEN",
        "Door R.J. de Wit",
        "Door Jan Smit | 12.05.2024, 14:03",
        "Van onze redacteur",
        "Van onze correspondent in Berlijn",
        "Van onze verslaggevers",
        "Van onze Rotterdamse redactie",
        "(ANP)",
        "(Belga)",
        "(AFP/Reuters)",
        "ANP",
        "Tekst: Sanne Bakker",
        "Tekst Sanne Bakker / Foto Kees de Boer",
        "Redactie: Ilse Smit",
        "Bewerkt door Ilse Smit",
        "Dit artikel werd geschreven door Ilse Smit.",
        "Correspondent Jan de Vries",
        "Onze verslaggever Sanne Bakker",
        "Door De Vries",
        "www.twitter.com/janjansen",
    ],
)
def test_byline(byline: str) -> None:
    assert kinds(article(BODY, byline, MORE)) == ["body", "byline", "body"]


@pytest.mark.parametrize(
    "line",
    [
        "Door de regen liep de wedstrijd vertraging op.",
        "Door de regen",
        "Door toedoen van de storm viel de stroom uit",
        "Van onze kant is er niets veranderd.",
        "Tekst loopt hier door",
        "Redactie en lezers zijn het zelden eens over de koers van de krant.",
        "Door naar Parijs",
        "Door rood",
        "Verslaggever Eva Smit laat zien wat er gebeurde:",
        "Onze verslaggever is ter plaatse en twittert mee:",
    ],
)
def test_not_a_byline(line: str) -> None:
    assert "byline" not in kinds(article(BODY, line, MORE))


def test_byline_glued_to_prose_keeps_the_prose() -> None:
    assert kinds(article(BODY, "Door Jan Smit\n" + MORE, BODY)) == ["body", "body", "body"]
    assert kinds(article(BODY, "Door Jan Smit\n12 mei 2024, 14:03", MORE))[1] == "byline"


def test_byline_split_over_two_paragraphs() -> None:
    text = article(BODY, "Van onze correspondent", "in Kopenhagen", MORE)
    assert kinds(text) == ["body", "byline", "byline", "body"]


@pytest.mark.parametrize(
    "signature",
    [
        "Jan Jansen, Tilburg",
        "Mevr. Bakker, Lelystad",
        "A.C. van der Berg, Capelle aan den IJssel",
        "G. te Velde - Diemen",
        "Karin Vos",
    ],
)
def test_reader_letter_signed_at_the_end_is_a_byline(signature: str) -> None:
    assert kinds(article(BODY, MORE, signature)) == ["body", "body", "byline"]
    assert kinds(article(BODY, MORE, signature, "Stem op deze brief")) == [
        "body",
        "body",
        "byline",
        "boilerplate",
    ]


def test_name_in_the_middle_is_not_a_signature() -> None:
    assert kinds(article(BODY, "Karin Vos", MORE)) == ["body", "heading", "body"]


# --- boilerplate -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "KIJK. Zo ziet de nieuwe brug eruit",
        "BEKIJK. De opening van de brug",
        "KIJK: de beelden van de opening",
        "Lees ook: Brug over de Maas eindelijk open",
        "LEES OOK",
        "Lees meer over de brug",
        "Meer nieuws uit de regio",
        "Schrijf je in voor onze nieuwsbrief",
        "Meer regionaal nieuws via je mail? Schrijf je hier in voor onze nieuwsbrief.",
        "Wil je elke ochtend onze nieuwsbrief ontvangen? Meld je dan aan.",
        "Download de app van de krant",
        "Foto: Kees de Boer",
        "Foto's: ANP",
        "Beeld ANP",
        "Beeld: Hollandse Hoogte",
        "Video: de opening van de brug",
        "(Foto Kees de Boer)",
        "Bron: ANP",
        "© Kees de Boer",
        "Bekijk hier de video",
        "Bekijk hieronder de beelden van de opening:",
        "Tekst gaat verder onder de foto.",
        "(Tekst loopt door onder de foto)",
        "Hier lees je alles over de nieuwe brug.",
        "Zie hieronder de reactie van de wethouder:",
        "De omroep maakte eerder deze video over de bouw van de brug:",
        "https://www.voorbeeld.nl/nieuws/brug-open",
        "www.voorbeeld.nl",
        "Wat een dag! pic.twitter.com/AbC123xyz",
        "Wat een dag voor de stad\n— Jan de Vries (@jandevries) 12 mei 2024",
        "Bekijk deze post op Instagram",
        "View this post on Instagram",
        "Dit artikel is eerder gepubliceerd in het weekblad.",
        "Dit artikel is op 5 mei bijgewerkt",
        "Stem op deze brief",
        "Altijd op de hoogte blijven? Volg ons via WhatsApp.",
        "Vond je dit interessant? Lees dan ook eens ons dossier.",
        "(later meer)",
        "Foto © ANP",
        "Beeld Kees de Boer",
        "Foto Kees de Boer / ANP",
        "Gepubliceerd op 12 mei 2024",
        "Leestijd: 3 minuten",
        "Deel dit artikel",
        "Advertentie",
        "Bekijk de opvallendste resultaten in onze grafiek:",
        "Was u erbij? Dan horen wij graag uw verhaal.",
        "Heeft u iets gezien? Laat het ons weten via de mail.",
        "In de krant van zaterdag lees je meer over de opening van de brug.",
        "Meer in onze extra uitzending om 22.00 uur op NPO 2.",
        "Vind jij dat iedereen het Paasverhaal hoort te weten? Reageer op onze stelling!",
        "UPDATE 10:35 uur",
        "Eef Lanoye, Sterrenogen, Arbeiderspers, 142 p., 16,50 euro.",
        "Eerder maakten we onderstaande uitlegvideo over de problemen met de Boeing.",
        "De brug bij nacht. Foto: Kees de Boer",
        "Onderstaande video laat de opening van de brug zien.",
        "Hoe de opening ging, zie je in deze video:",
        "Volg de laatste ontwikkelingen in het liveblog.",
        "Meer fotogalerijen zien? Op de site vind je ons archief.",
        "In 7Days van vrijdag lees je een interview met de brugwachter.",
    ],
)
def test_boilerplate(line: str) -> None:
    assert kinds(article(BODY, line, MORE)) == ["body", "boilerplate", "body"]


@pytest.mark.parametrize(
    "line",
    [
        "Foto's van de hond gaan de hele wereld over.",
        "Beelden van de ramp maakten veel indruk op de kijkers.",
        "Foto van de dag",
        "Beelden van de ramp",
        "Kijkers konden vanaf vrijdag weer meezingen met de serie.",
        "Bekijken we de cijfers, dan blijkt de schade mee te vallen.",
        "Bekijken we de cijfers: het valt mee.",
        "Was u erbij? Veel mensen wel, zegt de burgemeester.",
        "Bronnen rond het bedrijf melden dat twintig mensen moeten vertrekken.",
        "Volgens de politie is niemand gewond geraakt.",
        "Lezers van de krant reageerden boos op het besluit.",
        "Op Twitter reageren mensen boos op de prijsverhoging.",
        "Het bericht werd massaal gedeeld op sociale media, zegt de politie.",
        "In deze video zie je hoe de brug opengaat, maar de wethouder zegt dat het nog duurt.",
    ],
)
def test_prose_that_resembles_a_marker_is_not_boilerplate(line: str) -> None:
    assert kinds(article(BODY, line, MORE))[1] in {"body", "heading"}


def test_indented_marker_counts() -> None:
    text = BODY + "\n\n  \u00a0Lees ook: Brug over de Maas open\n \n\tFoto: ANP\n\n" + MORE
    assert kinds(text) == ["body", "boilerplate", "boilerplate", "body"]


def test_marker_on_a_later_line_of_the_paragraph_counts() -> None:
    text = article(BODY, "De nieuwe brug bij nacht\nFoto: Kees de Boer", MORE)
    assert kinds(text) == ["body", "boilerplate", "body"]


def test_marker_inside_a_block_of_prose_lines_keeps_the_prose() -> None:
    # Paragraphs separated by single newlines form one block: a marker must not drop it all.
    lines = [BODY, MORE, "Lees ook: Brug over de Maas open", BODY, MORE, BODY, MORE]
    assert kinds("\n".join(lines)) == ["body"]
    assert kinds("\n".join(["KIJK. De brug", BODY * 4, MORE])) == ["body"]
    assert kinds("\n".join(["KIJK. De brug", BODY, MORE])) == ["boilerplate"]


def test_boilerplate_first_line_is_not_a_title() -> None:
    assert kinds(article("KIJK. De brug is open", BODY, MORE)) == ["boilerplate", "body", "body"]


# --- lexicons --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["boilerplate", "bylines"])
def test_lexicon_has_a_provenance_header_and_valid_patterns(name: str) -> None:
    path = Path(__file__).parents[2] / "newsstruct" / "data" / "nl" / f"{name}.txt"
    header = path.read_text(encoding="utf-8").split("\n\n")[0].lower()
    assert header.startswith("#")
    assert "source:" in header and "licence:" in header and "regular expression" in header
    patterns = load_lines(name)
    assert len(patterns) >= 10
    for pattern in patterns:
        re.compile(pattern)


def test_ignorable_chars_cover_every_whitespace_and_format_char() -> None:
    from newsstruct.layout import _IGNORABLE

    expected = {
        chr(code)
        for code in range(sys.maxunicode + 1)
        if (chr(code).isspace() or unicodedata.category(chr(code)) == "Cf")
        and chr(code) not in "\n\r\u2028\u2029"
    }
    assert set(_IGNORABLE) == expected


def test_pull_quote_box_at_the_end_is_boilerplate() -> None:
    text = (
        "Rutte presenteert begroting\n\n"
        "Het kabinet bezuinigt fors, schrijft de krant.\n\n"
        "Politicoloog Gijs Schumacher (VUA):\n\n"
        "In de praktijk regeert het kabinet met twee partijen."
    )
    assert kinds(text) == ["title", "body", "boilerplate", "boilerplate"]
    quoted = text.replace("In de praktijk", "„In de praktijk").replace("partijen.", "partijen.”")
    assert kinds(quoted) == ["title", "body", "body", "body"]
    # a last paragraph quoting someone is prose after a video's lead-in, no pull quote
    video = text.replace(
        "In de praktijk regeert het kabinet met twee partijen.",
        "Het ging niet vanzelf, vervolgde hij. „Maar we staan er.”",
    )
    assert kinds(video)[-1] == "body"
    assert kinds(video.replace("„", ",,").replace("”", "''"))[-1] == "body"  # Telegraaf's marks
    # a last block of control characters only is no statement (benchmarks/fuzz.py found it)
    assert len(find_blocks("de\n\nde\n\n:\n\n\x00 ", title=None)) == 4


def test_open_credit_line_and_the_name_below_are_bylines() -> None:
    text = "Brand in Delft\n\nHet brandde lang.\n\nMet bijdragen van\n\nBart Brinckman."
    assert kinds(text) == ["title", "body", "byline", "byline"]


def test_a_pull_quote_repeated_at_the_end_is_boilerplate() -> None:
    body = (
        "Het zijn net de vorige generaties staatslieden die het land onvoldoende hebben "
        "voorbereid op de schok. Dat weet iedereen in de Wetstraat."
    )
    text = f"De impasse\n\nDe formatie sleept aan.\n\n{body}\n\nDe partijen praten verder."
    pulled = "Het zijn net de vorige generaties staatslieden die het land onvoldoende voorbereid"
    assert kinds(f"{text}\n\n{pulled}")[-2:] == ["body", "boilerplate"]
    assert kinds(f"{text}\n\n{body}")[-1] == "body"  # printed twice: its quotes still count


def test_a_closing_sentence_that_reuses_phrases_stays_body() -> None:
    text = (
        "Twee doden door aanrijding met truck\n\n"
        "Een fietsster is om het leven gekomen door een aanrijding met een vrachtwagen op de "
        "Vasco da Gamastraat. De politie kon nog niets zeggen over de toedracht.\n\n"
        "Een motorrijder is om het leven gekomen door een aanrijding met een vrachtwagen op de "
        "N307. De politie kon nog niets zeggen over de toedracht."
    )
    assert kinds(text) == ["title", "body", "body"]


def test_a_recipe_s_list_labels_are_headings_and_its_quantities_are_body() -> None:
    text = (
        "Zo bak je een brioche\n\n"
        "Edwin Klaasen bakt al jaren brood in zijn eigen bakkerij in het dorp.\n\n"
        "Voor het deeg:\n\n500 gr broodmeel\n\n3 grote eieren\n\n"
        "Bereiding:\n\nMeng het meel met de eieren en kneed tien minuten.\n\n"
        "Laat het deeg daarna een uur rijzen op een warme plek in de keuken."
    )
    assert kinds(text) == ["title", "body", "heading", "body", "body", "heading", "body", "body"]
    quoted = "Zo bak je een brioche\n\nHij vertelt het zo.\n\nKlaasen:\n\n„Het is simpel.”"
    assert kinds(quoted)[2] == "body"  # a colon before a quote introduces it


def test_a_headline_opening_with_a_media_label_is_the_title() -> None:
    text = "Video: Verstappen woest op Vettel\n\nDe Nederlander was boos.\n\nHij reed door."
    assert kinds(text) == ["title", "body", "body"]
    # without a headline's shape the labelled block stays boilerplate
    text = "Lees ook: Verstappen boos. Vettel ook.\n\nDe Nederlander was boos."
    assert kinds(text) == ["boilerplate", "body"]
