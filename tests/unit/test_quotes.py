"""Quote rules on small hand-written Dutch sentences, one pattern each, and on the seed."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsstruct.backends.base import Annotation, EntityMention, Sentence, Token
from newsstruct.layout import Block
from newsstruct.models import ParagraphKind
from newsstruct.rules._tokens import _Doc
from newsstruct.rules.quotes import QuoteFinding, QuoteLexicon, find_quotes
from tests.builders import annotate

ROOT = Path(__file__).resolve().parents[2]


def blocks(text: str, kinds: Sequence[ParagraphKind] = ()) -> list[Block]:
    found = list(re.finditer(r"\S(?:.|\n(?!\n))*", text))
    labels = list(kinds) or ["body"] * len(found)
    return [Block(m.start(), m.end(), kind) for m, kind in zip(found, labels, strict=True)]


def run(
    text: str,
    *,
    entities: Mapping[str, str] | None = None,
    kinds: Sequence[ParagraphKind] = (),
    upos: Mapping[str, str] | None = None,
    heads: Mapping[int, tuple[int | None, str]] | None = None,
    feats: Mapping[str, Mapping[str, str]] | None = None,
    lemmas: Mapping[str, str] | None = None,
) -> list[dict[str, object]]:
    annotation = annotate(
        text, entities=entities, upos=upos, heads=heads, feats=feats, lemmas=lemmas
    )
    found = find_quotes(annotation, blocks(text, kinds))
    return [describe(text, quote) for quote in found]


def describe(text: str, quote: QuoteFinding) -> dict[str, object]:
    def part(span: tuple[int, int] | None) -> str | None:
        return None if span is None else text[span[0] : span[1]]

    return {
        "kind": quote.kind,
        "text": text[quote.start : quote.end],
        "cue": part(quote.cue),
        "speaker": part(quote.speaker),
        "medium": part(quote.medium),
        "paragraph": quote.paragraph,
    }


def one(text: str, **kwargs: object) -> dict[str, object]:
    found = run(text, **kwargs)  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------- direct


def test_trailing_cue_with_an_apposition_or_a_participle_before_the_speaker() -> None:
    upos = {"is": "AUX", "zegt": "VERB", "vertelde": "VERB", "plaatsvervangend": "VERB"}
    upos |= {"directeur": "NOUN", "commissaris": "NOUN", "zag": "VERB", "haaien": "NOUN"}
    upos |= {"vervoer": "NOUN", "trein": "NOUN", "snel": "ADJ", "algemeen": "ADJ"}
    text = "Het vervoer per trein is snel, zegt Van Hamburg, algemeen directeur."
    quote = one(text, upos=upos, entities={"Van Hamburg": "PER"})
    assert (quote["text"], quote["speaker"]) == ("Het vervoer per trein is snel", "Van Hamburg")
    text = "Haar familie zag de haaien, vertelde plaatsvervangend commissaris Paul Rolle."
    quote = one(text, upos=upos, entities={"Paul Rolle": "PER"})
    assert (quote["text"], quote["speaker"]) == ("Haar familie zag de haaien", "Paul Rolle")


def test_direct_quote_with_dat_and_a_trailing_cue_and_samenvatten() -> None:
    text = "‘Hij maakt als eerste een transfer’, dat schreef de club gisteren."
    quote = one(text, upos={"schreef": "VERB"})
    assert (quote["kind"], quote["speaker"], quote["cue"]) == ("direct", "de club", "schreef")
    quote = one("De adviseur vatte samen dat het klaar was.", upos={"vatte": "VERB"})
    assert (quote["text"], quote["cue"]) == ("het klaar was", "vatte samen")


def test_direct_quote_with_trailing_cue_and_inverted_subject() -> None:
    quote = one("„Het is voorbij”, zei de minister.")
    assert quote == {
        "kind": "direct",
        "text": "Het is voorbij",
        "cue": "zei",
        "speaker": "de minister",
        "medium": None,
        "paragraph": 0,
    }


def test_direct_quote_klonk_het_bij() -> None:
    quote = one("“We blijven vechten”, klonk het bij Rutte.", entities={"Rutte": "PER"})
    assert (quote["kind"], quote["cue"], quote["speaker"]) == ("direct", "klonk het bij", "Rutte")


def test_direct_quote_aldus_with_unnamed_source() -> None:
    quote = one('"Niemand raakte gewond", aldus een woordvoerder van de politie.')
    assert quote["cue"] == "aldus"
    assert quote["speaker"] == "een woordvoerder van de politie"


def test_colon_introduction_without_verb_has_colon_cue() -> None:
    quote = one("Jansen: „Ik stop ermee.”", entities={"Jansen": "PER"})
    assert (quote["kind"], quote["text"], quote["cue"], quote["speaker"]) == (
        "direct",
        "Ik stop ermee.",
        ":",
        "Jansen",
    )


def test_colon_introduction_with_speech_verb() -> None:
    quote = one("De burgemeester zei gisteren: ‘We moeten praten.’")
    assert (quote["cue"], quote["speaker"]) == ("zei", "De burgemeester")


def test_interrupted_quote_is_two_records_with_one_speaker() -> None:
    found = run("„Ik ben blij”, zei hij, „maar het is nog niet voorbij.”")
    assert [(q["kind"], q["text"], q["speaker"]) for q in found] == [
        ("direct", "Ik ben blij", "hij"),
        ("direct", "maar het is nog niet voorbij.", "hij"),
    ]


def test_unattributed_quote_continues_the_previous_speaker() -> None:
    text = "„Het was zwaar”, zegt Pieters. „Maar we gaan door.”\n\n„Morgen weer trainen.”"
    found = run(text, entities={"Pieters": "PER"})
    assert [(q["text"], q["speaker"], q["paragraph"]) for q in found] == [
        ("Het was zwaar", "Pieters", 0),
        ("Maar we gaan door.", "Pieters", 0),
        ("Morgen weer trainen.", "Pieters", 1),
    ]
    assert found[1]["cue"] is None


def test_quote_running_over_two_paragraphs() -> None:
    text = "„Dit is het eerste deel van mijn verhaal.\n\n„En dit het tweede”, schrijft De Vries."
    found = run(text, entities={"De Vries": "PER"})
    assert [(q["kind"], q["speaker"], q["paragraph"]) for q in found] == [
        ("direct", "De Vries", 0),
        ("direct", "De Vries", 1),
    ]


def test_dat_zei_in_the_next_sentence_attributes_the_quote() -> None:
    quote = one("„We stoppen ermee.” Dat zei de trainer zaterdag.")
    assert (quote["kind"], quote["cue"], quote["speaker"]) == ("direct", "zei", "de trainer")


def test_citeren_takes_the_quoted_object_as_speaker() -> None:
    quote = one("„Ik waardeer het”, citeerde het persbureau hem op Telegram.")
    assert (quote["cue"], quote["speaker"], quote["medium"]) == ("citeerde", "hem", "Telegram")


def test_medium_after_the_cue() -> None:
    quote = one("„We gaan door”, schreef Rutte op Twitter.", entities={"Rutte": "PER"})
    assert (quote["speaker"], quote["medium"]) == ("Rutte", "Twitter")


def test_quote_in_title_gets_the_speaker_of_the_next_attributed_quote() -> None:
    text = "“Loekasjenko naar ziekenhuis”\n\nGisteren meldde Valery Tsepkalo dat hij ziek was."
    found = run(text, entities={"Valery Tsepkalo": "PER"}, kinds=["title", "body"])
    assert [(q["kind"], q["cue"], q["speaker"]) for q in found] == [
        ("direct", None, "Valery Tsepkalo"),
        ("indirect", "meldde", "Valery Tsepkalo"),
    ]


def test_quotes_in_boilerplate_are_skipped() -> None:
    text = "Het regent.\n\nKIJK. „Dit is geweldig”, zegt de presentator."
    assert run(text, kinds=["body", "boilerplate"]) == []


# --------------------------------------------------------------------------- partial


def test_partial_quote_inside_indirect_speech_gives_both_records() -> None:
    found = run("De burgemeester zei dat de situatie „volledig onder controle” is.")
    assert [(q["kind"], q["text"], q["cue"], q["speaker"]) for q in found] == [
        ("indirect", "de situatie „volledig onder controle” is", "zei", "De burgemeester"),
        ("partial", "volledig onder controle", "zei", "De burgemeester"),
    ]


def test_partial_quote_with_noemen() -> None:
    quote = one("Hij noemde het plan „volstrekt onzinnig”.")
    assert (quote["kind"], quote["cue"], quote["speaker"]) == ("partial", "noemde", "Hij")


def test_scare_quotes_and_names_are_not_quotes() -> None:
    assert run("De operatie 'Bliksem' begon gisteren in het ‘nieuwe’ paleis.") == []


# --------------------------------------------------------------------------- indirect


def test_indirect_speech_with_particle_verb() -> None:
    quote = one("Hij voegde eraan toe dat de prijzen volgend jaar stijgen.")
    assert quote == {
        "kind": "indirect",
        "text": "de prijzen volgend jaar stijgen",
        "cue": "voegde eraan toe",
        "speaker": "Hij",
        "medium": None,
        "paragraph": 0,
    }


def test_reporter_first_claim_with_split_particle_verb() -> None:
    quote = one("De prijzen stijgen volgend jaar fors, maakte het kabinet dinsdag bekend.")
    assert (quote["text"], quote["cue"], quote["speaker"]) == (
        "De prijzen stijgen volgend jaar fors",
        "maakte",
        "het kabinet",
    )


def test_joined_particle_verb_in_subordinate_clause() -> None:
    quote = one("Het is zeker dat de club bekendmaakte dat de trainer vertrekt.")
    assert (quote["text"], quote["cue"]) == ("de trainer vertrekt", "bekendmaakte")


def test_volgens_at_sentence_start_is_left_out_of_the_text() -> None:
    quote = one("Volgens de politie, is de man gevlucht naar het buitenland.")
    assert (quote["text"], quote["cue"], quote["speaker"]) == (
        "is de man gevlucht naar het buitenland",
        "Volgens",
        "de politie",
    )


def test_volgens_mid_sentence_keeps_the_whole_clause() -> None:
    quote = one("De man is volgens de politie naar het buitenland gevlucht.")
    assert quote["text"] == "De man is volgens de politie naar het buitenland gevlucht"
    assert quote["speaker"] == "de politie"


def test_volgens_a_rule_is_not_a_quote() -> None:
    assert run("Volgens de wet mag dat niet zomaar gebeuren.") == []
    assert run("Volgens de overlevering vinden de spelen hun oorsprong in de elfde eeuw.") == []


def test_aldus_after_a_claim() -> None:
    quote = one("De schade is enorm, aldus een woordvoerder van de brandweer.")
    assert (quote["text"], quote["speaker"]) == (
        "De schade is enorm",
        "een woordvoerder van de brandweer",
    )


def test_negated_speech_is_not_a_quote() -> None:
    assert run("De minister wilde niet zeggen dat het plan mislukt is.") == []


def test_negation_raised_from_an_opinion_verb_keeps_the_report() -> None:
    quote = one("De directeur vindt niet dat hij de burgemeester had moeten bellen.")
    assert (quote["kind"], quote["text"]) == ("indirect", "hij de burgemeester had moeten bellen")
    assert run("Niemand vindt dat hij had moeten bellen.") == []
    assert run("De directeur zei niet dat hij had moeten bellen.") == []


def test_small_clause_before_a_clause_final_opinion_verb() -> None:
    quote = one(
        "Wilders komt niet omdat hij de omroep te links vindt.",
        entities={"Wilders": "PER"},
        upos={"omdat": "SCONJ", "links": "ADJ", "vindt": "VERB"},
    )
    assert (quote["text"], quote["speaker"], quote["cue"]) == ("de omroep te links", "hij", "vindt")
    boek = "Hij stopte omdat hij het boek vond."  # found the book: no predicate, no opinion
    assert run(boek, upos={"omdat": "SCONJ", "vond": "VERB"}) == []


def test_small_clause_predicate_known_by_its_form_when_the_tagger_misses_it() -> None:
    tags = {"vond": "VERB", "vindt": "VERB", "raadzaam": "NOUN", "vaag": "VERB"}
    quote = one("De rechtbank vond het raadzaam een advocaat te nemen.", upos=tags)
    assert quote["text"] == "het raadzaam een advocaat te nemen"
    vaag = one("De vakbond vindt de informatie te vaag.", upos=tags)
    assert vaag["text"] == "de informatie te vaag"
    assert run("De politie vond het lichaam in de sloot.", upos=tags) == []
    fronted = run("Dat zij vertrokken, noemde Broekers te veel.", entities={"Broekers": "PER"})
    assert "te veel" not in [q["text"] for q in fronted]  # the object stands in front


def test_acht_before_a_participle_and_dat_is_the_verb_achten() -> None:
    upos = {"Het": "PRON", "OM": "ADP", "acht": "NUM", "bewezen": "VERB", "dat": "SCONJ"}
    feats = {"bewezen": {"VerbForm": "Part"}}
    quote = one("Het OM acht bewezen dat de verdachte loog.", upos=upos, feats=feats)
    assert (quote["text"], quote["cue"]) == ("de verdachte loog", "acht")
    assert run("Er zijn acht gewonden gevallen.", upos=upos, feats=feats) == []
    assert run("Het OM acht bewezen", upos=upos, feats=feats) == []  # the text ends: no crash


def test_an_acronym_tagged_as_a_function_word_is_a_name_not_that_word() -> None:
    upos = {"Het": "PRON", "OM": "ADP", "gelooft": "VERB", "dat": "SCONJ"}
    quote = one("Het OM gelooft niet dat hij daar echt heeft gewerkt.", upos=upos)
    assert (quote["text"], quote["speaker"]) == ("hij daar echt heeft gewerkt", "Het OM")


def test_volhouden_reports_and_rumours_or_a_passive_danger_do_not() -> None:
    upos = {"Jarenlang": "ADV", "hield": "VERB"}
    quote = one("Jarenlang hield Williams vol dat hij onschuldig was.", upos=upos)
    assert (quote["text"], quote["speaker"]) == ("hij onschuldig was", "Williams")
    assert run("Volgens geruchten zou Meghan de première niet willen missen.") == []
    danger = "De bewoners vluchten omdat ze dreigen te worden overspoeld door de rivier."
    assert run(danger, upos={"dreigen": "VERB", "bewoners": "NOUN"}) == []


def test_uit_x_blijkt_with_a_bracketed_acronym_in_its_source() -> None:
    text = "Uit onderzoek van het Forensisch Instituut (NFI) blijkt dat het wapen defect was."
    quote = one(text, upos={"blijkt": "VERB", "onderzoek": "NOUN"})
    assert quote["speaker"] == "onderzoek van het Forensisch Instituut (NFI)"


def test_speech_verb_with_te_infinitive_is_governed_by_another_verb() -> None:
    assert run("Hij weigerde te zeggen dat hij vertrekt.") == []


def test_a_te_infinitive_reports_as_a_means_or_under_a_verb_of_doing() -> None:
    fin = {"VerbForm": "Fin"}
    feats = {"haastte": fin, "wist": fin, "proberen": fin, "weigerde": fin, "maakte": fin}
    upos = {"zeggen": "VERB", "vertellen": "VERB", "maken": "VERB", "roepen": "VERB"}
    text = "De minister haastte zich om te zeggen dat het kabinet niets wist."
    quote = one(text, feats=feats, upos=upos)
    assert (quote["text"], quote["speaker"]) == ("het kabinet niets wist", "De minister")
    text = "Commentator Maas wist te vertellen dat de zanger ziek was."
    quote = one(text, feats=feats, upos=upos, entities={"Maas": "PER"})
    assert (quote["text"], quote["speaker"]) == ("de zanger ziek was", "Maas")
    text = "De studenten proberen duidelijk te maken dat het studeren in gevaar komt."
    quote = one(text, feats=feats, upos=upos)
    assert (quote["text"], quote["cue"], quote["speaker"]) == (
        "het studeren in gevaar komt",
        "duidelijk te maken",
        "De studenten",
    )
    text = "Trump maakte ophef door te roepen dat Obama hem afluisterde."
    quote = one(text, feats=feats, upos=upos, entities={"Trump": "PER", "Obama": "PER"})
    assert (quote["text"], quote["speaker"]) == ("Obama hem afluisterde", "Trump")
    # Refusing to say is no report, nor is a purpose.
    text = "De minister weigerde duidelijk te maken dat het kabinet niets wist."
    assert run(text, feats=feats, upos=upos) == []


def test_laten_zien_by_a_person_is_a_deed_by_a_study_a_report() -> None:
    upos = {"liet": "VERB", "laat": "VERB", "zien": "VERB", "onderzoek": "NOUN"}
    text = "Quintana liet in de etappe zien dat hij een klimmer is."
    assert run(text, upos=upos, entities={"Quintana": "PER"}) == []
    assert run("Hij liet zien dat hij een klimmer is.", upos=upos) == []
    quote = one("Het onderzoek laat zien dat de kosten stijgen.", upos=upos)
    assert (quote["text"], quote["speaker"]) == ("de kosten stijgen", "Het onderzoek")
    text = "Hij liet in een video op Instagram zien dat hij trouwambtenaar is."
    quote = one(text, upos=upos)
    assert (quote["text"], quote["speaker"], quote["medium"]) == (
        "hij trouwambtenaar is",
        "Hij",
        "Instagram",
    )


def test_coordinated_speech_verb_takes_the_first_subject() -> None:
    quote = one(
        "Tsepkalo blijft bij zijn bewering en waarschuwt dat het Kremlin liegt.",
        entities={"Tsepkalo": "PER"},
    )
    assert (quote["cue"], quote["speaker"]) == ("waarschuwt", "Tsepkalo")


def test_participle_cue_takes_the_speaker_of_the_main_clause() -> None:
    found = run(
        "„Prima”, zei Jansen, eraan toevoegend dat hij moe was.", entities={"Jansen": "PER"}
    )
    assert [(q["kind"], q["cue"], q["speaker"]) for q in found] == [
        ("direct", "zei", "Jansen"),
        ("indirect", "eraan toevoegend", "Jansen"),
    ]


def test_titled_name_as_speaker_prefers_the_name() -> None:
    quote = one(
        "De Franse president Emmanuel Macron zei dat de grens dichtgaat.",
        entities={"Emmanuel Macron": "PER"},
    )
    assert quote["speaker"] == "Emmanuel Macron"


def test_medium_in_a_relative_clause_before_the_cue() -> None:
    quote = one(
        "In een interview dat gisteren werd uitgezonden op de Russische staatstelevisie zei "
        "Poetin dat het conflict lang duurt.",
        entities={"Poetin": "PER"},
    )
    assert (quote["speaker"], quote["medium"]) == ("Poetin", "de Russische staatstelevisie")


def test_medium_in_an_interview_with() -> None:
    quote = one("In een interview met de NOS zei ze dat ze stopt.", entities={"NOS": "ORG"})
    assert (quote["speaker"], quote["medium"]) == ("ze", "de NOS")
    text = "„Het was fantastisch”, zegt hij in gesprek met Omrop Fryslân."
    quote = one(text, entities={"Omrop Fryslân": "ORG"})
    assert (quote["speaker"], quote["medium"]) == ("hij", "Omrop Fryslân")
    text = "Ze zei in een lang vraaggesprek met Télé Loisirs dat ze stopt."
    quote = one(text, entities={"Télé Loisirs": "ORG"}, upos={"lang": "ADJ"})
    assert quote["medium"] == "Télé Loisirs"


def test_no_medium_from_a_relative_clause_about_the_speaker() -> None:
    text = "„Alles kan nu”, reageerde Gurney, die in 2018 op televisie van Mike won."
    quote = one(text, entities={"Gurney": "PER", "Mike": "PER"})
    assert (quote["speaker"], quote["medium"]) == ("Gurney", None)
    text = "„Alles kan nu”, zei Gurney op televisie, toen hij won."  # his own words' channel
    quote = one(text, entities={"Gurney": "PER"})
    assert (quote["speaker"], quote["medium"]) == ("Gurney", "televisie")


def test_an_uncued_quote_that_goes_on_keeps_the_medium() -> None:
    text = "„We gaan door”, schreef Rutte op Twitter. „Het kan niet anders.”"
    found = run(text, entities={"Rutte": "PER"})
    assert [(q["speaker"], q["medium"]) for q in found] == [("Rutte", "Twitter")] * 2
    text = "„A is goed”, zo reageerde hij op Instagram op het bericht. „B ook.”"
    found = run(text)
    assert [(q["speaker"], q["medium"]) for q in found] == [("hij", "Instagram")] * 2


def test_medium_named_by_the_organisation_told() -> None:
    lemmas = {"verklaarde": "verklaren", "zegt": "zeggen", "zei": "zeggen", "meldt": "melden"}
    lemmas |= {"vertelt": "vertellen"}
    text = "„Het is voorbij”, verklaarde Lowry later aan ESPN."
    quote = one(text, entities={"ESPN": "ORG"}, lemmas=lemmas)
    assert (quote["speaker"], quote["medium"]) == ("Lowry", "ESPN")
    text = "In Beau Monde vertelt de zanger dat hij stopt."  # a magazine he spoke in
    assert one(text, entities={"Beau Monde": "ORG"}, lemmas=lemmas)["medium"] == "Beau Monde"
    text = "Hij stelt tegenover persbureau Interfax dat het vals is."  # a listed noun
    assert one(text, entities={"Interfax": "ORG"})["medium"] == "persbureau Interfax"
    text = "„Het kan”, zei hij in Den Haag."  # a place he spoke in
    assert one(text, entities={"Den Haag": "LOC"}, lemmas=lemmas)["medium"] is None
    text = "Hij zegt op NPO | Radio 1 dat het kan."  # a listed name the tagger split
    quote = one(text.replace("| ", ""), entities={"NPO": "ORG", "Radio 1": "ORG"})
    assert quote["medium"] == "NPO Radio 1"
    nouns = {"hoogleraar": "NOUN", "finale": "NOUN"}
    for text, org in (
        ("„Het kan”, zegt Volberda, hoogleraar Strategie aan de UvA.", "UvA"),  # where he works
        ("„Het kan”, zei hij na de finale tegen Ajax.", "Ajax"),  # whom they played
        ("„Het kan”, meldt hij aan de Tweede Kamer.", "Tweede Kamer"),  # a letter
    ):
        found = one(text, entities={org: "ORG"}, upos=nouns, lemmas=lemmas)
        assert found["medium"] is None, text


def test_media_of_dutch_news_usage() -> None:
    assert one("Hij schreef in een tweet dat hij stopt.")["medium"] == "een tweet"
    assert one("Ze zei op een persconferentie dat ze stopt.")["medium"] == "een persconferentie"
    quote = one("„Een roofdier”, aldus De Ligt tegenover Veronica.", entities={"De Ligt": "PER"})
    assert (quote["speaker"], quote["medium"]) == ("De Ligt", "Veronica")
    assert one("„Het kan”, zei hij in de metro.")["medium"] is None  # a train, no outlet
    text = "„Het kan”, zei hij voor de camera van Ziggo."  # on camera, and whose it is
    quote = one(text, entities={"Ziggo": "ORG"}, upos={"camera": "NOUN", "de": "DET"})
    assert quote["medium"] == "de camera van Ziggo"
    text = "„Het kan”, zei de directeur van het Instituut voor Ziggo."  # no camera: no medium
    assert one(text, entities={"Ziggo": "ORG"})["medium"] is None
    quote = one("„Alle boeren zijn homo”, twitterde Kok.", entities={"Kok": "PER"})
    assert (quote["speaker"], quote["medium"]) == ("Kok", "twitterde")  # the verb names it


def test_a_quote_after_its_introduction_takes_the_medium_named_there() -> None:
    text = "Het was zwaar, vertelt Anna aan de NOS. „Alles trilde.”"
    found = run(text, entities={"Anna": "PER", "NOS": "ORG"})
    assert [(q["kind"], q["speaker"], q["medium"]) for q in found][-1] == (
        "direct",
        "Anna",
        "de NOS",
    )


def test_dat_zijn_de_woorden_van_x_in_the_next_sentence_names_the_speaker() -> None:
    text = "„Ik ga hem van de eerste plek stoten.” Dat zijn de duidelijke woorden van Jan Smit."
    upos = {"Dat": "PRON", "zijn": "AUX", "de": "DET", "duidelijke": "ADJ", "woorden": "NOUN"}
    quote = one(text, entities={"Jan Smit": "PER"}, upos=upos)
    assert (quote["speaker"], quote["cue"]) == ("Jan Smit", "zijn de duidelijke woorden van")


def test_an_adjective_in_ig_tagged_as_a_noun_stays_in_the_speaker() -> None:
    upos = {"de": "DET", "voormalig": "NOUN", "elektricien": "NOUN", "aldus": "ADV"}
    quote = one("„Ik geniet”, aldus de voormalig elektricien.", upos=upos)
    assert quote["speaker"] == "de voormalig elektricien"


def test_a_roman_numeral_tagged_as_a_name_is_not_the_speaker() -> None:
    text = "Het kabinet-Rutte II beloofde dat er extra geld kwam."
    upos = {"Het": "DET", "beloofde": "VERB", "dat": "SCONJ", "kwam": "VERB"}
    quote = one(text, entities={"II": "PER"}, upos=upos, lemmas={"beloofde": "beloven"})
    assert quote["speaker"] == "Het kabinet-Rutte II"


def test_a_lone_adjective_is_no_speaker() -> None:
    upos = {"verbaasd": "ADJ", "gereageerd": "VERB", "werd": "AUX", "er": "ADV"}
    text = "In veel reacties werd er verbaasd gereageerd op haar „zelfvertrouwen” op het podium."
    assert one(text, upos=upos)["speaker"] is None


def test_an_imperative_after_a_quote_is_no_cue() -> None:
    text = "’We betalen minder’, zie loonstrookje, wordt trots gemeld."
    upos = {"zie": "VERB", "loonstrookje": "NOUN", "wordt": "AUX", "gemeld": "VERB", "trots": "ADJ"}
    found = run(text, upos=upos, lemmas={"zie": "zien"})
    assert [(q["cue"], q["speaker"]) for q in found if q["kind"] == "direct"] == [(None, None)]
    text = "„Het moet”, zeg Kamerlid Jan Smit."  # a slip for "zegt": a subject follows
    quote = one(text, entities={"Jan Smit": "PER"}, lemmas={"zeg": "zeggen"})
    assert (quote["cue"], quote["speaker"]) == ("zeg", "Jan Smit")


def test_the_outlet_vertellen_takes_as_object_is_the_medium() -> None:
    lemmas = {"vertelt": "vertellen"}
    upos = {"Zijn": "PRON", "vader": "NOUN", "vertelt": "VERB", "de": "DET", "krant": "NOUN"}
    quote = one("Zijn vader vertelt de krant dat hij het niet steunt.", upos=upos, lemmas=lemmas)
    assert (quote["speaker"], quote["medium"]) == ("Zijn vader", "de krant")
    text = "„Het kan”, vertelt Iris Ellers van Museum Draiflessen."  # no object: her museum
    quote = one(text, entities={"Iris Ellers": "PER", "Draiflessen": "ORG"}, lemmas=lemmas)
    assert quote["medium"] is None


def test_medium_tegen_de_krant() -> None:
    quote = one("Hij zei tegen de krant dat hij stopt.")
    assert quote["medium"] == "de krant"
    text = "Ze zei tegen de krant La Prensa dat ze stopt."  # the name the paper goes by
    quote = one(text, entities={"La Prensa": "ORG"}, upos={"krant": "NOUN", "de": "DET"})
    assert quote["medium"] == "de krant La Prensa"


def test_colon_headline_without_marks_is_indirect() -> None:
    text = "Grapperhaus: kwestie uitzonderlijk\n\nDe minister sprak gisteren met de pers."
    found = run(text, entities={"Grapperhaus": "PER"}, kinds=["title", "body"])
    assert found[0] == {
        "kind": "indirect",
        "text": "kwestie uitzonderlijk",
        "cue": ":",
        "speaker": "Grapperhaus",
        "medium": None,
        "paragraph": 0,
    }


def test_dat_maakt_x_bekend_reports_the_previous_sentence() -> None:
    quote = one("De school gaat maandag weer open. Dat maakt de gemeente bekend.")
    assert (quote["kind"], quote["text"], quote["speaker"]) == (
        "indirect",
        "De school gaat maandag weer open",
        "de gemeente",
    )


def test_lexicon_can_be_passed_in() -> None:
    lexicon = QuoteLexicon.default()
    text = "Hij zei dat het regent."
    assert find_quotes(annotate(text), blocks(text), lexicon) == find_quotes(
        annotate(text), blocks(text)
    )
    assert lexicon.simple_verb("zei", "zei") is not None


# --------------------------------------------------------------------------- the seed


def test_seed_article_all_gold_quotes() -> None:
    text = (ROOT / "examples" / "loekasjenko-kernwapens.txt").read_text(encoding="utf-8")
    gold = json.loads(
        (ROOT / "tests" / "e2e" / "data" / "loekasjenko-kernwapens.gold.json").read_text("utf-8")
    )
    people = {"Alexandr Loekasjenko", "Loekasjenko", "Vladimir Poetin", "Poetin"}
    people |= {"Kassym-Jomart Tokayev", "Tokayev", "Valery Tsepkalo", "Tsepkalo"}
    places = {"Rusland", "Wit-Rusland", "Kazachstan", "Minsk", "Moskou", "Oekraïne"}
    entities = {name: "PER" for name in people} | {name: "LOC" for name in places}
    layout = blocks(text, gold["paragraphs"])  # the seed has no title line
    found = find_quotes(annotate(text, entities=entities), layout)
    predicted = {(q.start, q.end): q for q in found}
    assert len(found) == len(gold["quotes"])
    mentions = []
    for record in gold["quotes"]:
        start = text.index(record["text"])
        quote = predicted[(start, start + len(record["text"]))]
        assert quote.kind == record["kind"], record["text"]
        cue = None if quote.cue is None else text[quote.cue[0] : quote.cue[1]]
        assert cue == record["cue"] or record["cue"].startswith(f"{cue} "), record["text"]
        medium = None if quote.medium is None else text[quote.medium[0] : quote.medium[1]]
        assert medium == record["medium"], record["text"]
        assert quote.speaker is not None, record["text"]
        mentions.append(text[quote.speaker[0] : quote.speaker[1]])
    assert mentions == [  # each resolves to the gold speaker (pronouns by the entity rules)
        *["Alexandr Loekasjenko"] * 2,
        *["Loekasjenko"] * 5,
        "Hij",
        *["hem"] * 2,
        *["Valery Tsepkalo"] * 3,
        *["Tsepkalo"] * 2,
    ]


def test_speech_verb_with_te_infinitive_is_indirect() -> None:
    quote = one("De trainer zei gisteren blij te zijn met de uitslag.")
    assert (quote["kind"], quote["text"], quote["cue"], quote["speaker"]) == (
        "indirect",
        "blij te zijn met de uitslag",
        "zei",
        "De trainer",
    )


def test_particle_read_as_preposition_before_a_te_clause_of_the_speech_verb() -> None:
    text = "Op Twitter geven de twee aan vrienden te zullen blijven."
    tags = {"upos": {"aan": "ADP", "vrienden": "NOUN", "zullen": "AUX", "blijven": "VERB"}}
    governed = {7: (9, "mark"), 9: (2, "xcomp")}  # "blijven" hangs from "geven"
    quote = one(text, heads=governed, **tags)  # type: ignore[arg-type]
    assert (quote["text"], quote["cue"], quote["speaker"]) == (
        "vrienden te zullen blijven",
        "geven",
        "de twee",
    )
    assert run(text, heads={7: (9, "mark"), 9: (6, "acl")}, **tags) == []  # "aan vrienden"
    gift = "De ouders geven geld aan de kinderen om eten te kopen."
    assert run(gift, heads={9: (10, "mark"), 10: (2, "advcl")}) == []  # a purpose


def test_te_clause_ends_before_the_inverted_main_clause() -> None:
    text = "Samen met mensen die zeggen PVV te gaan stemmen zijn ze een grote groep."
    upos = {"gaan": "VERB", "stemmen": "VERB", "zijn": "AUX", "groep": "NOUN"}
    assert [q["text"] for q in run(text, upos=upos)] == ["PVV te gaan stemmen"]


def test_an_object_pronoun_after_the_opinion_verb_is_no_inverted_subject() -> None:
    quote = one("Weduwnaar ontmoet koning, noemt hem dapper", upos={"dapper": "ADJ"})
    assert (quote["text"], quote["cue"]) == ("hem dapper", "noemt")  # not "Weduwnaar ..."


def test_opinion_ends_before_and_with_a_pronoun_and_a_finite_verb() -> None:
    text = "Ze vinden het plan slecht en ze willen dat het stopt."
    finite = {"VerbForm": "Fin"}
    upos = {"plan": "NOUN", "slecht": "ADJ", "willen": "VERB", "stopt": "VERB"}
    found = run(text, upos=upos, feats={"willen": finite, "stopt": finite})
    assert [q["text"] for q in found] == ["het plan slecht"]


def test_a_te_clause_keeps_its_opening_time_phrase() -> None:
    text = "Het ministerie zei komende jaren extra geld beschikbaar te zullen stellen."
    upos = {"jaren": "NOUN", "geld": "NOUN", "zullen": "AUX", "stellen": "VERB"}
    quote = one(text, upos=upos)
    assert quote["text"] == "komende jaren extra geld beschikbaar te zullen stellen"
    assert one("Hij zei gisteren blij te zijn.")["text"] == "blij te zijn"  # an adverb: when


def test_a_te_infinitive_of_purpose_after_a_speech_verb_is_no_report() -> None:
    text = "De trainer vertelde in het programma over zijn reden om mee te doen."
    assert run(text, upos={"mee": "ADV"}) == []  # an adverb or particle between "om" and "te"
    found = run("De trainer zei gisteren klaar te zijn om mee te doen.")
    assert [q["text"] for q in found] == ["klaar te zijn om mee te doen"]  # a report first


def test_separable_verb_that_is_no_speech() -> None:
    assert run("De wedstrijd vond zaterdag plaats, meldde de club dat het stadion vol zat.") != []
    assert run("Het concert vond gisteren plaats in een uitverkochte zaal.") == []
    assert run("Hij zei de afspraak af omdat hij ziek was.") == []


def test_article_before_a_verb_form_makes_it_a_noun() -> None:
    assert run("Het antwoord dat hij gaf, was kort.") == []


def test_unattributed_quote_after_a_sentence_about_a_person() -> None:
    text = (
        "„Het was zwaar”, zegt Jansen.\n\n"
        "Timmerman kent het probleem ook. „Soms zie je het gebeuren.”"
    )
    found = run(text, entities={"Jansen": "PER", "Timmerman": "PER"})
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("Het was zwaar", "Jansen"),
        ("Soms zie je het gebeuren.", "Timmerman"),
    ]


def test_an_uncued_quote_before_any_speaker_takes_the_next_one() -> None:
    text = (
        "Het pakket folders wordt dikker. ‘Het kan ook anders.’ Het papier stapelt zich op. "
        "„Veel folders worden weggegooid”, zegt Breed.\n\n"
        "„Dat is zonde.”"
    )
    found = run(text, entities={"Breed": "PER"})
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("Het kan ook anders.", "Breed"),
        ("Veel folders worden weggegooid", "Breed"),
        ("Dat is zonde.", "Breed"),
    ]
    text = "‘Het kan ook anders.’ Het papier stapelt zich op.\n\nEr is veel.\n\n„Ja”, zegt Breed."
    found = run(text, entities={"Breed": "PER"})
    assert found[0]["speaker"] is None  # two paragraphs on: too far


def test_a_quote_opening_a_paragraph_takes_the_person_the_paragraph_before_ends_on() -> None:
    text = (
        "Teambaas Horner baalt dat Verstappen vierde werd.\n\n"
        "„Na zo'n race is dat lastig voor hem.”\n\n"
        "De wagen is klaar voor Canada.\n\n"
        "„Daar gaan we winnen.”"
    )
    found = run(text, entities={"Horner": "PER", "Verstappen": "PER"})
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("Na zo'n race is dat lastig voor hem.", "Horner"),
        ("Daar gaan we winnen.", "Horner"),  # the car introduces nobody: the last speaker
    ]


def test_an_uncued_first_quote_takes_the_person_opening_the_next_sentence() -> None:
    text = "De winkel is vol. ‘Ken je die grap?’ André Gantman steekt zijn vinger op."
    found = run(text, entities={"André Gantman": "PER"})
    assert [(q["text"], q["speaker"]) for q in found] == [("Ken je die grap?", "André Gantman")]
    text = "De winkel is vol. ‘Ken je die grap?’ Het publiek lacht."
    assert run(text)[0]["speaker"] is None  # no name opens the next sentence


def test_intro_sentence_names_its_parsed_subject_after_a_fronted_phrase() -> None:
    text = (
        "„Het was zwaar”, zegt Jansen.\n\n"
        "Sinds 1989 woont Kristiane Backer in Londen. „Ik ben geboren in Hamburg.”"
    )
    upos = {"Sinds": "ADP", "woont": "VERB", "Londen": "PROPN"}
    heads = {9: (1, "case"), 10: (2, "obl"), 12: (2, "nsubj"), 13: (3, "flat"), 14: (6, "case")}
    heads |= {15: (2, "obl"), 16: (2, "punct")}  # "woont" (11) is the root
    found = run(text, entities={"Jansen": "PER", "Kristiane Backer": "PER"}, upos=upos, heads=heads)
    assert found[-1]["speaker"] == "Kristiane Backer"


def test_intro_sentence_names_the_person_of_its_last_clause_or_after_dat_and_a_verb() -> None:
    text = (
        "„Het was zwaar”, zegt Jansen.\n\n"
        "Het stadion ontplofte en Fuchs wist niet wat hij meemaakte. „Dit is ongelooflijk.”\n\n"
        "Dat stelt De Pater niet gerust. „De vogels hebben last.”\n\n"
        "Achter de ruzie tussen Fuchs en De Pater gaat volgens Smit een trend schuil. "
        "„Het is oud zeer.”"
    )
    entities = {"Jansen": "PER", "Fuchs": "PER", "De Pater": "PER", "Smit": "PER"}
    upos = {"ontplofte": "VERB", "wist": "VERB", "stelt": "VERB", "gaat": "VERB", "Dat": "PRON"}
    feats = {verb: {"VerbForm": "Fin"} for verb in ("ontplofte", "wist", "stelt", "gaat")}
    found = run(text, entities=entities, upos=upos, feats=feats)
    assert [q["speaker"] for q in found if q["kind"] == "direct"] == [
        "Jansen",
        "Fuchs",
        "De Pater",
        "Smit",  # "Fuchs en De Pater gaat": two names in one phrase, no clause of De Pater's
    ]


def test_dat_and_a_verb_before_a_role_phrase_leave_the_last_speaker() -> None:
    text = "„Het was zwaar”, zegt Moerenhout. Dat begrijpt de oud-renner. „Iedereen wil rijden.”"
    upos = {"begrijpt": "VERB", "Dat": "PRON"}
    found = run(text, entities={"Moerenhout": "PER"}, upos=upos)
    assert [q["speaker"] for q in found] == ["Moerenhout", "Moerenhout"]


def test_intro_sentence_may_open_with_maar_and_hold_a_quoted_word() -> None:
    text = (
        "„Het was zwaar”, zegt Jansen.\n\n"
        "Schiltz wil meer contact. Maar hij wil niets forceren. „Het mag geen ruil worden.”\n\n"
        "Zo kreeg Eli Ershat een ‘telefoontje uit China’. „De man zei niets.”"
    )
    entities = {"Jansen": "PER", "Schiltz": "PER", "Eli Ershat": "PER"}
    upos = {"kreeg": "VERB", "wil": "VERB", "Zo": "ADV", "Maar": "CCONJ"}
    found = run(text, entities=entities, upos=upos)
    assert [(q["text"], q["speaker"]) for q in found if q["kind"] == "direct"] == [
        ("Het was zwaar", "Jansen"),
        ("Het mag geen ruil worden.", "hij"),
        ("De man zei niets.", "Eli Ershat"),
    ]


def test_wat_hem_betreft_keeps_the_whole_clause_and_its_fragment() -> None:
    found = run("Een nieuwe samenwerking is wat hem betreft „niet voor herhaling vatbaar”.")
    assert [(q["kind"], q["text"], q["cue"], q["speaker"]) for q in found] == [
        (
            "indirect",
            "Een nieuwe samenwerking is wat hem betreft „niet voor herhaling vatbaar”",
            "wat hem betreft",
            "hem",
        ),
        ("partial", "niet voor herhaling vatbaar", "wat hem betreft", "hem"),
    ]


def test_uit_onderzoek_blijkt_dat() -> None:
    quote = one("Uit onderzoek van de universiteit blijkt dat boeren meer verdienen.")
    assert (quote["text"], quote["cue"], quote["speaker"]) == (
        "boeren meer verdienen",
        "blijkt",
        "onderzoek van de universiteit",
    )


def test_attribution_only_verb_attributes_a_quote_but_no_clause() -> None:
    quote = one("„Dat was een mooie dag”, lacht de burgemeester.")
    assert (quote["kind"], quote["cue"], quote["speaker"]) == ("direct", "lacht", "de burgemeester")
    assert run("De journalist vroeg of de minister aftreedt.") == []


def test_leading_adverb_before_the_subject() -> None:
    quote = one(
        "Ook fractieleider Heerma vindt dat het zo moet blijven.", entities={"Heerma": "PER"}
    )
    assert quote["speaker"] == "Heerma"


def test_demonstrative_subject_points_to_the_person_named_before() -> None:
    text = "De Jonge volgde partijleider Buma op. Die zei steeds dat het CDA niet meer meedoet."
    found = run(text, entities={"De Jonge": "PER", "Buma": "PER"})
    assert [(q["cue"], q["speaker"]) for q in found] == [("zei", "Buma")]


def test_volgens_with_an_apposition_and_volgens_inside_a_noun_phrase() -> None:
    quote = one(
        "Volgens Epic Games, de maker van Fortnite, deden veertig miljoen spelers mee.",
        entities={"Epic Games": "ORG"},
    )
    assert (quote["text"], quote["speaker"]) == ("deden veertig miljoen spelers mee", "Epic Games")
    quote = one(
        "Volgens Techniek Nederland, een van de organisaties in de bouw, is personeel schaars.",
        entities={"Techniek Nederland": "ORG"},
        upos={"is": "AUX"},
    )
    assert (quote["text"], quote["speaker"]) == ("is personeel schaars", "Techniek Nederland")
    found = run("Hij is de volgens Rutte „grootste staatsman” van het land.")
    assert [(q["kind"], q["cue"]) for q in found] == [("partial", "volgens")]


def test_reported_clause_ends_before_a_coordinated_volgens_report() -> None:
    text = "De bank kondigde aan dat er banen verdwijnen, en volgens de krant zijn er al ontslagen."
    found = run(text, upos={"kondigde": "VERB", "zijn": "AUX", "ontslagen": "VERB"})
    assert [(q["text"], q["cue"]) for q in found] == [
        ("er banen verdwijnen", "kondigde aan"),
        ("zijn er al ontslagen", "volgens"),
    ]


def test_reported_clause_ends_before_a_new_main_clause() -> None:
    found = run("Hij zei dat het plan goed is, maar de minister is het daar niet mee eens.")
    assert [q["text"] for q in found] == ["het plan goed is"]
    found = run("Hij zei dat het zijn eigen mening was, niet die van de partij.")
    assert [q["text"] for q in found] == ["het zijn eigen mening was, niet die van de partij"]


def test_colon_headline_with_a_quoted_fragment() -> None:
    text = "TU Eindhoven: renners 'profiteren enorm' van motoren\n\nDe universiteit deed onderzoek."
    found = run(text, entities={"TU Eindhoven": "ORG"}, kinds=["title", "body"])
    assert [(q["kind"], q["text"], q["cue"], q["speaker"]) for q in found] == [
        ("indirect", "renners 'profiteren enorm' van motoren", ":", "TU Eindhoven"),
        ("partial", "profiteren enorm", ":", "TU Eindhoven"),
    ]


# --------------------------------------------------------------------------- robustness

_PIECES = [
    "Hij",
    "zei",
    "dat",
    "de",
    "minister",
    "Jansen",
    "volgens",
    "aldus",
    "klonk",
    "het",
    "bij",
    "maakte",
    "bekend",
    "voegde",
    "eraan",
    "toe",
    "op",
    "Twitter",
    "niet",
    ",",
    ".",
    ":",
    "?",
    "„",
    "”",
    "“",
    '"',
    "'",
    "‘",
    "’",
    ",,",
    "''",
    "zo’n",
    "’s",
    "\n\n",
    "KIJK.",
    "(",
    ")",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=60), st.booleans())
@settings(max_examples=150, deadline=None)
def test_any_text_gives_well_formed_findings(pieces: list[str], title: bool) -> None:
    text = " ".join(pieces).strip()
    layout = blocks(text)
    if title and layout:
        layout[0] = Block(layout[0].start, layout[0].end, "title")
    kinds = [block.kind for block in layout]
    if len(layout) > 1:
        layout[-1] = Block(layout[-1].start, layout[-1].end, "boilerplate")
        kinds[-1] = "boilerplate"
    found = find_quotes(annotate(text, entities={"Jansen": "PER"}), layout)
    assert [q.start for q in found] == sorted(q.start for q in found)
    for quote in found:
        assert quote.kind in ("direct", "partial", "indirect")
        assert 0 <= quote.start < quote.end <= len(text)
        content = text[quote.start : quote.end]
        assert content == content.strip()
        block = layout[quote.paragraph]
        assert block.start <= quote.start < block.end and kinds[quote.paragraph] != "boilerplate"
        for span in (quote.cue, quote.speaker, quote.medium):
            assert span is None or 0 <= span[0] < span[1] <= len(text)


def test_dat_as_object_is_no_complementizer() -> None:
    assert run("De minister zei dat niet.") == []
    quote = one("De minister zei dat er geen geld meer is.", upos={"dat": "PRON"})
    assert quote["text"] == "er geen geld meer is"


def test_relative_pronoun_subject_takes_its_antecedent() -> None:
    quote = one("Het gaat om een ondernemer die vindt dat de bank hem slecht informeerde.")
    assert (quote["cue"], quote["speaker"]) == ("vindt", "een ondernemer")


def test_two_listed_quotes_share_one_anonymous_cue() -> None:
    found = run("„Schande” en „Nooit meer Jupiler”, klinkt het op Twitter.")
    assert [(q["kind"], q["text"], q["cue"], q["speaker"], q["medium"]) for q in found] == [
        ("direct", "Schande", "klinkt het", None, "Twitter"),
        ("direct", "Nooit meer Jupiler", "klinkt het", None, "Twitter"),
    ]


def test_weak_medium_only_without_a_stronger_one() -> None:
    assert one("Hij zei in een interview dat hij stopt.")["medium"] == "een interview"
    quote = one("Hij zei in een interview op de radio dat hij stopt.")
    assert quote["medium"] == "de radio"


def test_subject_before_a_parenthetical_relative_clause() -> None:
    quote = one("Het bedrijf Beam, waartoe ook Jim Beam hoort, zei dat veel vaten verloren gingen.")
    assert quote["speaker"] == "Het bedrijf Beam"


def test_surname_with_capitalised_particle_without_ner() -> None:
    upos = {"moment": "NOUN", "dat": "PRON"}
    quote = one("„We gaan door”, zegt Van Duijn over het moment dat hij stopte.", upos=upos)
    assert quote["speaker"] == "Van Duijn"


def test_relative_dat_after_a_noun_is_no_complementizer() -> None:
    upos = {"moment": "NOUN", "dat": "PRON"}
    assert run("Hij vertelt over het moment dat hij de foto nam.", upos=upos) == []


def test_unclosed_quote_after_a_sentence_runs_to_the_paragraph_end() -> None:
    text = "Nicolette zou meedoen. „Het is mijn droom. Ik denk dat ik ver kom.\n\nMaar niet nu."
    found = run(text, entities={"Nicolette": "PER"})
    assert [(q["kind"], q["text"], q["speaker"]) for q in found] == [
        ("direct", "Het is mijn droom. Ik denk dat ik ver kom.", "Nicolette"),
    ]


def test_unattributed_quote_after_a_sentence_with_a_speech_verb() -> None:
    found = run("Een buurvrouw reageert geschrokken. „Zoiets gebeurt hier nooit.”")
    assert [(q["kind"], q["speaker"]) for q in found] == [("direct", "Een buurvrouw")]


def test_surname_van_der_without_ner() -> None:
    quote = one("„Als het maar fair gaat”, meent Van der Gragt.")
    assert quote["speaker"] == "Van der Gragt"


def test_any_verb_right_after_a_closing_mark_attributes_the_quote() -> None:
    upos = {"huivert": "VERB", "buurtbewoner": "NOUN", "een": "DET"}
    quote = one("„Ik loop hier elke dag langs”, huivert een buurtbewoner.", upos=upos)
    assert (quote["cue"], quote["speaker"]) == ("huivert", "een buurtbewoner")


def test_vinden_with_a_predicative_adjective_is_indirect() -> None:
    upos = {"staking": "NOUN", "onverantwoord": "ADJ", "wapen": "NOUN"}
    quote = one("Schiphol vindt de staking onverantwoord.", upos=upos, entities={"Schiphol": "ORG"})
    assert (quote["text"], quote["speaker"]) == ("de staking onverantwoord", "Schiphol")
    assert run("De politie vond een wapen in de auto.", upos=upos) == []


def test_noemen_with_a_predicate_and_a_fronted_object() -> None:
    upos = {"euro": "NOUN", "essentieel": "ADJ", "bezuinigen": "VERB", "brug": "NOUN"}
    upos |= {"ver": "ADJ", "te": "ADP", "morgen": "ADJ", "winnaars": "NOUN"}
    quote = one("Het kabinet noemt een stabiele euro essentieel.", upos=upos)
    assert (quote["text"], quote["speaker"]) == ("een stabiele euro essentieel", "Het kabinet")
    quote = one("Extra bezuinigen noemt hij een brug te ver.", upos=upos)
    assert (quote["text"], quote["speaker"]) == (
        "Extra bezuinigen noemt hij een brug te ver",
        "hij",
    )
    assert run("De winnaars noemt hij morgen.", upos=upos) == []
    found = run("Rutte noemt het ‘heel bemoedigend’ voor iedereen.", upos={"bemoedigend": "ADJ"})
    assert [q["kind"] for q in found] == ["partial"]
    assert run("Hij noemde de namen van de daders.", upos=upos) == []
    quote = one("Wethouder Eerenberg noemt het een moeilijke beslissing.", upos=upos)
    assert quote["text"] == "het een moeilijke beslissing"


def test_reporter_first_claim_with_auxiliary_and_participle() -> None:
    quote = one("De actrice speelt vanaf woensdag in Londen, heeft haar agent bekendgemaakt.")
    assert (quote["text"], quote["cue"], quote["speaker"]) == (
        "De actrice speelt vanaf woensdag in Londen",
        "bekendgemaakt",
        "haar agent",
    )


def test_demonstrative_object_points_to_the_previous_sentence() -> None:
    found = run("Rita Verdonk verlaat de politiek. Ze maakte dat bekend in een interview.")
    assert [(q["text"], q["cue"], q["speaker"], q["medium"]) for q in found] == [
        ("Rita Verdonk verlaat de politiek", "maakte", "Ze", "een interview"),
    ]


def test_cue_with_a_colon_and_no_quotation_marks() -> None:
    quote = one("Maar, voegde ze eraan toe: dat hoefde niet te betekenen dat het erger werd.")
    assert quote["text"] == "dat hoefde niet te betekenen dat het erger werd"
    assert (quote["cue"], quote["speaker"]) == ("voegde", "ze")


def test_questions_and_intended_speech_are_not_quotes() -> None:
    assert run("En wat vindt hij ervan dat de partij het opneemt?") == []
    assert run("De bank zal morgen bekendmaken of de rente omlaag gaat.") == []
    assert run("De minister wil volgende week zeggen dat de regels gelden.") == []
    # A past intention ("wilde aangeven dat") reports what was meant.
    quote = one("De minister wilde daarmee aangeven dat de regels gelden.")
    assert (quote["text"], quote["speaker"]) == ("de regels gelden", "De minister")


def test_trailing_cue_after_an_inner_report_keeps_the_inner_one() -> None:
    found = run("Hij vindt dat er een hetze wordt gevoerd, zo zegt hij in een interview.")
    assert [(q["text"], q["cue"]) for q in found] == [("er een hetze wordt gevoerd", "vindt")]


def test_trailing_cue_needs_a_claim_with_a_verb_when_tags_are_known() -> None:
    upos = {"Door": "ADP", "wachtlijsten": "NOUN", "zei": "VERB", "groeien": "VERB"}
    assert run("Door de lange wachtlijsten, zei Dijkstra gisteren.", upos=upos) == []
    assert len(run("De wachtlijsten groeien, zei Dijkstra gisteren.", upos=upos)) == 1


def test_wat_topic_betreft_is_no_source() -> None:
    found = run("Vanavond wordt wat brexit betreft een belangrijk moment, zegt De Wit.")
    assert [(q["text"], q["cue"], q["speaker"]) for q in found] == [
        ("Vanavond wordt wat brexit betreft een belangrijk moment", "zegt", "De Wit"),
    ]


def test_colon_headline_x_tegen_y_is_said_by_x() -> None:
    text = "Wilders tegen Rutte: 'Doe normaal man'\n\nIn de Kamer ging het er fel aan toe."
    found = run(text, entities={"Wilders": "PER", "Rutte": "PER"}, kinds=["title", "body"])
    assert [(q["kind"], q["cue"], q["speaker"]) for q in found] == [("direct", ":", "Wilders")]


def test_trailing_cue_claim_starts_after_a_new_main_clause() -> None:
    upos = {"ging": "VERB", "daar": "ADV"}
    text = "Rutte wil het plan, maar daar ging het beraad over, zo benadrukt het PBL."
    found = run(text, upos=upos, entities={"PBL": "ORG"})
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("daar ging het beraad over", "het PBL"),
    ]


def test_comparison_als_is_not_hypothetical_but_conditional_als_is() -> None:
    found = run("Zowel het linkse als het rechtse blok maken duidelijk dat er bezuinigd wordt.")
    assert [(q["text"], q["cue"]) for q in found] == [("er bezuinigd wordt", "maken duidelijk")]
    assert run("Behalve als je aangeeft dat je het niet wilt.") == []


def test_object_dat_before_the_particle_points_back() -> None:
    found = run("Robesin had een hand in het akkoord. Maandag gaf het Statenlid dat toe.")
    assert [(q["text"], q["cue"], q["speaker"]) for q in found] == [
        ("Robesin had een hand in het akkoord", "gaf", "het Statenlid"),
    ]


def test_uit_onderzoek_bleek_with_an_adverb_between() -> None:
    quote = one(
        "Uit gesprekken met diplomaten bleek trouwens dat dit niet ver van de praktijk ligt."
    )
    assert (quote["cue"], quote["speaker"]) == ("bleek", "gesprekken met diplomaten")


def test_possessive_zijn_opens_the_speaker_phrase() -> None:
    quote = one('Zijn raadadviseur schrijft: "De doorrekening is onwenselijk."')
    assert (quote["cue"], quote["speaker"]) == ("schrijft", "Zijn raadadviseur")


def test_naar_eigen_zeggen_takes_the_parsed_subject_after_the_verb() -> None:
    text = "Naar eigen zeggen komt Google met de functie na veel klachten."
    upos = {"Naar": "ADP", "eigen": "ADJ", "zeggen": "VERB", "komt": "VERB", "functie": "NOUN"}
    heads = {0: (2, "case"), 1: (2, "amod"), 2: (3, "obl"), 4: (3, "nsubj"), 7: (3, "obl")}
    heads |= {5: (7, "case"), 6: (7, "det"), 8: (10, "case"), 9: (10, "amod"), 10: (3, "obl")}
    heads |= {11: (3, "punct")}
    quote = one(text, upos=upos, heads=heads, entities={"Google": "ORG"})
    assert quote["speaker"] == "Google"


def test_naar_eigen_zeggen_takes_the_clause_subject() -> None:
    found = run("Maar hij is naar eigen zeggen 'verslaafd aan het debat'.")
    assert [(q["kind"], q["cue"], q["speaker"]) for q in found] == [
        ("indirect", "naar eigen zeggen", "hij"),
        ("partial", "naar eigen zeggen", "hij"),
    ]


def test_volgens_with_a_prepositional_phrase_and_a_participle_adjective() -> None:
    quote = one("Volgens aanwezigen op Twitter was het optreden het beste van het festival.")
    assert (quote["text"], quote["speaker"], quote["medium"]) == (
        "was het optreden het beste van het festival",
        "aanwezigen",
        "Twitter",
    )
    assert run("Zij krijgen in bepaalde steden dat voordeel niet.") == []


def test_quote_marks_glued_to_words_by_the_tokenizer() -> None:
    text = "“Het is voorbij”, zei de minister. Hij voegde eraan toe dat het regent."
    tokens = tuple(
        Token(m.start(), m.end(), m.group(), m.group().lower(), "X")
        for m in re.finditer(r"[“„]?\w+[”]?|\S", text)
    )
    annotation = Annotation(text, (Sentence(0, len(text), tokens),), ())  # one missed split
    found = [describe(text, q) for q in find_quotes(annotation, blocks(text))]
    assert [(q["kind"], q["text"], q["cue"], q["speaker"]) for q in found] == [
        ("direct", "Het is voorbij", "zei", "de minister"),
        ("indirect", "het regent", "voegde eraan toe", "Hij"),
    ]


def test_object_het_before_a_past_tense_verb() -> None:
    text = 'Het fonds moet, zoals Plasterk het verwoordde, "een diepe brandgang leggen".'
    found = run(text, entities={"Plasterk": "PER"})
    assert [(q["kind"], q["cue"], q["speaker"]) for q in found] == [
        ("indirect", "zoals Plasterk het verwoordde", "Plasterk"),
        ("partial", "zoals Plasterk het verwoordde", "Plasterk"),
    ]
    assert found[0]["text"] == text[:-1]


def test_without_layout_blocks_the_text_is_one_paragraph() -> None:
    text = "„Het is voorbij”, zei hij. Hij voegde eraan toe dat het regent."
    found = find_quotes(annotate(text), [])
    assert [(q.kind, q.paragraph) for q in found] == [("direct", 0), ("indirect", 0)]
    assert find_quotes(annotate(""), []) == []


def test_backend_sentence_split_inside_a_sentence_is_undone() -> None:
    text = "Gisteren meldde Tsepkalo dat Loekasjenko “met spoed” was opgenomen."
    cut = text.index("“")
    annotation = annotate(text, entities={"Tsepkalo": "PER"})
    tokens = annotation.sentences[0].tokens
    first = tuple(t for t in tokens if t.start < cut)
    rest = tuple(t for t in tokens if t.start >= cut)
    split = (Sentence(0, first[-1].end, first), Sentence(cut, rest[-1].end, rest))
    found = find_quotes(Annotation(text, split, annotation.entities), blocks(text))
    assert [(q.kind, text[q.start : q.end]) for q in found] == [
        ("indirect", "Loekasjenko “met spoed” was opgenomen"),
        ("partial", "met spoed"),
    ]


def test_mistagged_name_does_not_stop_the_search_for_dat() -> None:
    upos = {"Tsepkalo": "VERB", "Valery": "NOUN", "maakte": "VERB"}
    quote = one(
        "Gisteren maakte oppositiefiguur Valery Tsepkalo bekend dat hij ziek was.",
        upos=upos,
        entities={"Valery Tsepkalo": "PER"},
    )
    assert (quote["text"], quote["speaker"]) == ("hij ziek was", "Valery Tsepkalo")


def test_wrong_lemma_of_a_particle_verb_does_not_hide_a_speech_verb() -> None:
    text = "Maar nu vindt de burger dat de restauratie voorbij is."
    annotation = annotate(text, lemmas={"vindt": "plaatsvinden"})
    assert [text[q.start : q.end] for q in find_quotes(annotation, blocks(text))] == [
        "de restauratie voorbij is"
    ]


def test_adjective_entity_inside_a_speaker_phrase_keeps_the_phrase() -> None:
    text = "De scholen gaan dicht. Dat berichten Amerikaanse media."
    upos = {"berichten": "NOUN", "Amerikaanse": "ADJ", "media": "NOUN"}
    quote = one(text, upos=upos, entities={"Amerikaanse": "MISC"})
    assert (quote["text"], quote["speaker"]) == ("De scholen gaan dicht", "Amerikaanse media")


def test_present_participle_cue_tagged_as_a_noun() -> None:
    text = "„Prima”, zei Jansen, eraan toevoegend dat hij moe was."
    found = run(text, upos={"toevoegend": "NOUN"}, entities={"Jansen": "PER"})
    assert [q["cue"] for q in found] == ["zei", "eraan toevoegend"]


def test_name_with_a_particle_the_entity_tagger_cut_off() -> None:
    quote = one(
        '"De PVV ziet niets in dat fonds", riep Kamerlid Tony van Dijck.', entities={"Tony": "PER"}
    )
    assert quote["speaker"] == "Tony van Dijck"


def test_role_noun_tagged_as_a_name_keeps_its_article() -> None:
    quote = one('"Ik heb mijn stem gegeven", zegt de Zeeuw.', entities={"Zeeuw": "PER"})
    assert quote["speaker"] == "de Zeeuw"


def test_title_with_a_name_after_of_phrase() -> None:
    text = (
        "Turkije en Iran werken samen. "
        "Dat kondigde de minister van Buitenlandse Zaken Ahmet Davutoglu aan."
    )
    quote = one(text, entities={"Buitenlandse Zaken": "ORG", "Ahmet Davutoglu": "PER"})
    assert quote["speaker"] == "Ahmet Davutoglu"


def test_volgens_after_a_coordinated_verb_starts_the_clause_there() -> None:
    text = "Ze verblijft in een zorghotel, maar krijgt volgens Gordon amper bezoek."
    quote = one(text, upos={"krijgt": "VERB", "verblijft": "VERB"}, entities={"Gordon": "PER"})
    assert quote["text"] == "krijgt volgens Gordon amper bezoek"


def test_colon_headline_x_over_y_and_intro_with_inverted_subject() -> None:
    text = (
        "Wiegman over Oranje: ’Tijd voor de volgende stap’\n\n"
        "Momenteel zit ze in de WK-modus. „Het is tijd voor de volgende stap.”"
    )
    found = run(
        text,
        kinds=["title", "body"],
        upos={"Momenteel": "ADV", "zit": "VERB"},
        entities={"Wiegman": "PER", "Oranje": "ORG"},
    )
    assert [(q["cue"], q["speaker"]) for q in found] == [(":", "Wiegman"), (None, "ze")]


def test_dat_after_en_is_no_complementizer() -> None:
    assert run("De renner bepaalde het tempo en dat werd de anderen teveel.") == []


def test_te_clause_ends_before_maar_with_a_question_word() -> None:
    quote = one(
        "De dienst zegt een eerlijk salaris te betalen, maar hoeveel dat is, blijft geheim."
    )
    assert quote["text"] == "een eerlijk salaris te betalen"


def test_uncued_quote_later_on_keeps_the_last_speaker() -> None:
    text = (
        "„Dat kan iets kleins zijn”, zegt keurmeester Peeters.\n\n"
        "Sommige garages maakten te veel fouten. „Dan moeten ze opnieuw examen doen.”"
    )
    found = run(text, entities={"Peeters": "PER"})
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("Dat kan iets kleins zijn", "Peeters"),
        ("Dan moeten ze opnieuw examen doen.", "Peeters"),
    ]


def test_uncued_quote_after_another_person_is_named_stays_unattributed() -> None:
    text = (
        "„Dat kan iets kleins zijn”, zegt Peeters.\n\n"
        "Ook minister Jansen kijkt mee. Het rapport komt later.\n\n„Dan moeten ze terug.”"
    )
    found = run(text, entities={"Peeters": "PER", "Jansen": "PER"})
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("Dat kan iets kleins zijn", "Peeters"),
        ("Dan moeten ze terug.", None),
    ]


def test_perception_verbs_report_a_clause_and_hopes_do_not() -> None:
    quote = one("Daarop zagen de onderzoekers dat de stad een meter hoger ligt.")
    assert (quote["kind"], quote["text"], quote["speaker"]) == (
        "indirect",
        "de stad een meter hoger ligt",
        "de onderzoekers",
    )
    assert run("De onderzoekers hopen dat ze aardbevingen beter kunnen voorspellen.") == []


def test_impersonal_te_zien_dat_is_no_report() -> None:
    assert run("Op de beelden is te zien dat de auto te hard rijdt.") == []


def test_trailing_cue_followed_by_an_afterthought() -> None:
    text = "Er gaat maar weinig mis, zegt de dienst, ook na berichten van de krant."
    quote = one(text, upos={"gaat": "VERB"})
    assert (quote["kind"], quote["text"], quote["speaker"]) == (
        "indirect",
        "Er gaat maar weinig mis",
        "de dienst",
    )


def test_a_cue_set_between_commas_reports_the_sentence_around_it() -> None:
    upos = {"zegt": "VERB", "heeft": "AUX", "aangepakt": "VERB"}
    quote = one("De regering, zegt Jansen, heeft de zaak verkeerd aangepakt.", upos=upos)
    assert (quote["text"], quote["speaker"], quote["cue"]) == (
        "De regering, zegt Jansen, heeft de zaak verkeerd aangepakt",
        "Jansen",
        "zegt",
    )
    assert run("Maar, zegt hij, ‘ik weet het niet’.", upos=upos)[0]["kind"] == "partial"
    assert run("Het plan, zei hij, en meer.") == []  # no verb after the aside: no sentence


def test_unnamed_source_keeps_its_relative_clause() -> None:
    quote = one("„Er was de hele dag al gedoe”, zegt een man die in de straat woont.")
    assert quote["speaker"] == "een man die in de straat woont"
    quote = one("„Er was gedoe”, zegt een man die zegt in de straat te wonen.")
    assert quote["speaker"] == "een man die zegt in de straat te wonen"
    quote = one("„Er was gedoe”, zegt Jansen, die in de straat woont.", entities={"Jansen": "PER"})
    assert quote["speaker"] == "Jansen"


def test_mistagged_past_tense_before_its_subject_is_a_cue() -> None:
    text = "Vorige week bepaalde de rechtbank dat de minister de regeling mag toepassen."
    quote = one(text, upos={"bepaalde": "ADP"})
    assert (quote["cue"], quote["speaker"]) == ("bepaalde", "de rechtbank")
    assert run("In bepaalde steden zegt men dat niet.", upos={"bepaalde": "ADJ"}) == []


def test_vinden_with_a_quoted_predicate() -> None:
    text = 'Rutte vond het "onwenselijk" om hierover vragen te krijgen.'
    found = run(text, entities={"Rutte": "PER"}, upos={"onwenselijk": "ADJ", "om": "ADP"})
    assert [(q["kind"], q["text"], q["speaker"]) for q in found] == [
        ("indirect", 'het "onwenselijk" om hierover vragen te krijgen', "Rutte"),
        ("partial", "onwenselijk", "Rutte"),
    ]


def test_ervan_uitgaan_dat_reports_a_belief() -> None:
    quote = one("Daarbij gaan de onderzoekers ervan uit dat de cijfers kloppen.")
    assert (quote["text"], quote["speaker"]) == ("de cijfers kloppen", "de onderzoekers")


def test_unnamed_source_keeps_its_place() -> None:
    text = "Vorige week bepaalde de rechtbank in Den Haag dat de regeling later ingaat."
    quote = one(text, entities={"Den Haag": "LOC"})
    assert quote["speaker"] == "de rechtbank in Den Haag"


def test_question_before_an_attributed_answer_is_not_the_answerer_s() -> None:
    text = "De rechter vroeg verder. ‘Had u gedronken?’ ‘Nee, helemaal niet’, antwoordde Smit."
    found = run(text, entities={"Smit": "PER"})
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("Had u gedronken?", "De rechter"),
        ("Nee, helemaal niet", "Smit"),
    ]


def test_uncued_answer_after_a_question_is_the_other_party_s() -> None:
    text = (
        "„Ik was thuis”, zei Smit.\n\n"
        "„Had u gedronken?”, vroeg de rechter.\n\n"
        "„Nee, helemaal niet.”\n\n"
        "„Weet u dat zeker?”"
    )
    found = run(text, entities={"Smit": "PER"})
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("Ik was thuis", "Smit"),
        ("Had u gedronken?", "de rechter"),
        ("Nee, helemaal niet.", "Smit"),
        ("Weet u dat zeker?", "de rechter"),
    ]


def test_a_report_after_its_cue_needs_a_verb_unless_it_is_a_small_clause() -> None:
    heads = {0: (1, "nsubj")}  # a parse: the tags are real
    upos = {"Denk": "VERB", "Titanic": "PROPN", "The": "PROPN", "Departed": "PROPN"}
    assert run("Denk aan Titanic of The Departed.", upos=upos, heads=heads) == []
    upos = {"stelt": "VERB", "vragen": "NOUN", "markt": "NOUN", "vrije": "ADJ"}
    assert run("Hij stelt vragen over de markt: de vrije markt.", upos=upos, heads=heads) == []
    upos = {"vindt": "VERB", "akkoord": "NOUN", "onacceptabel": "ADJ"}
    found = run("De partij vindt het akkoord onacceptabel.", upos=upos, heads=heads)
    assert [q["text"] for q in found] == ["het akkoord onacceptabel"]


def test_an_acronym_tagged_as_a_preposition_is_a_name() -> None:
    text = "„Dat maakt de zaak kwalijker”, aldus het OM."
    quote = one(text, upos={"het": "PRON", "OM": "ADP", "aldus": "ADV"})
    assert quote["speaker"] == "het OM"


def test_answers_in_an_interview_are_the_interviewee_s() -> None:
    text = (
        "Terrorisme-expert Teun van Dongen legt uit. Een gesprek met Van Dongen.\n\n"
        "Waarom juist Europa?\n\n"
        "‘Europa ligt dichtbij. Dat speelt mee.’\n\n"
        "Minister De Vries wil strengere straffen.\n\n"
        "‘Dat helpt niet.’\n\n"
        "Is IS hierachter? ‘Niet altijd.’"
    )
    entities = {"Teun van Dongen": "PER", "Van Dongen": "PER", "De Vries": "PER"}
    found = run(text, entities=entities)
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("Europa ligt dichtbij. Dat speelt mee.", "Teun van Dongen"),
        ("Dat helpt niet.", "Teun van Dongen"),  # a remark put to him, not a question
        ("Niet altijd.", "Teun van Dongen"),
    ]


def test_an_interviewer_turn_quoting_someone_else_is_still_a_turn() -> None:
    text = (
        "Al jaren reist Rudi Vranckx. Een gesprek met Vranckx.\n\n"
        "Waarom juist Pakistan?\n\n"
        "‘Het was er gevaarlijk.’\n\n"
        "Is dat moed?\n\n"
        "‘Nee, dat is mijn werk.’\n\n"
        "‘Hij zoekt het gevaar op’, zegt uw collega Jef Lambrecht.\n\n"
        "‘Dat zie ik anders.’"
    )
    entities = {"Rudi Vranckx": "PER", "Vranckx": "PER", "Jef Lambrecht": "PER"}
    found = run(text, entities=entities)
    assert [(q["text"], q["speaker"]) for q in found][-2:] == [
        ("Hij zoekt het gevaar op", "Jef Lambrecht"),
        ("Dat zie ik anders.", "Rudi Vranckx"),  # the answer to the colleague's words
    ]


def test_one_question_before_an_uncued_quote_makes_no_interview() -> None:
    text = (
        "Van Dam wil de fabriek. Van Dam biedt veel. „De zaak is rond”, zegt Smit.\n\n"
        "Wat gebeurt er nu? „We wachten af.”"
    )
    found = run(text, entities={"Smit": "PER", "Van Dam": "PER"})
    assert [(q["text"], q["speaker"]) for q in found][1] == ("We wachten af.", "Smit")


def test_a_quote_running_on_into_a_new_paragraph_keeps_its_speaker_even_if_it_asks() -> None:
    text = (
        "„Ik was thuis”, zei Smit.\n\n"
        "„Had u gedronken?”, vroeg de rechter.\n\n"
        "Pauw: „Nee. Ze kwam vorige week aan tafel.\n\n"
        "„Toen zei ik tegen haar: wat moet ik hiermee?”"
    )
    found = run(text, entities={"Smit": "PER", "Pauw": "PER"})
    assert [q["speaker"] for q in found if q["kind"] == "direct"][-2:] == ["Pauw", "Pauw"]


def test_volgens_hen_points_back_to_the_group_subject_with_its_van_phrase() -> None:
    text = "Deskundigen van het NFI onderzochten het wapen. Volgens hen was het defect."
    heads = {0: (4, "nsubj")}
    upos = {"Deskundigen": "NOUN", "NFI": "PROPN", "onderzochten": "VERB", "was": "AUX"}
    quote = one(text, upos=upos, heads=heads, entities={"NFI": "ORG"})
    assert (quote["text"], quote["speaker"]) == ("was het defect", "Deskundigen van het NFI")


def test_group_ze_points_back_to_the_group_subject() -> None:
    text = "De onderzoekers vergeleken de foto's. Daarop zagen ze dat de stad hoger ligt."
    heads = {1: (2, "nsubj"), 8: (1, "nsubj")}
    quote = one(text, upos={"onderzoekers": "NOUN", "ligt": "VERB"}, heads=heads)
    assert (quote["text"], quote["speaker"]) == ("de stad hoger ligt", "De onderzoekers")
    person = one(
        "Jansen vergeleek de foto's. Daarop zagen ze dat de stad hoger ligt.",
        entities={"Jansen": "PER"},
        upos={"ligt": "VERB"},
        heads={0: (1, "nsubj"), 8: (1, "nsubj")},
    )
    assert person["speaker"] == "ze"
    text = "Drie boeren hebben een klacht ingediend. Ze vinden dat ze te weinig krijgen."
    heads = {1: (5, "nsubj"), 4: (5, "nsubj:pass"), 7: (1, "nsubj")}
    feats = {"boeren": {"Number": "Plur"}, "klacht": {"Number": "Sing"}}
    upos = {"boeren": "NOUN", "klacht": "NOUN", "Drie": "NUM", "krijgen": "VERB"}
    quote = one(text, upos=upos, heads=heads, feats=feats)
    assert quote["speaker"] == "Drie boeren"  # one "klacht" is no group
    text = "Nu hebben drie boeren een klacht ingediend. Ze vinden dat ze te weinig krijgen."
    heads = {3: (6, "nsubj"), 5: (6, "nsubj:pass"), 8: (1, "nsubj")}
    quote = one(text, upos=upos | {"drie": "NUM", "een": "DET"}, heads=heads, feats=feats)
    assert quote["speaker"] == "drie boeren"  # the article opens a phrase: not "boeren een klacht"


def test_group_ze_passes_a_person_misparsed_as_a_second_subject() -> None:
    text = "De bewindspersonen zeggen Buma te gaan missen. Ze vinden dat hij integer is."
    heads = {1: (2, "nsubj"), 3: (2, "nsubj"), 9: (10, "nsubj")}
    upos = {"bewindspersonen": "NOUN", "zeggen": "VERB", "missen": "VERB", "is": "AUX"}
    found = run(text, upos=upos, heads=heads, entities={"Buma": "PER"})
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("Buma te gaan missen", "De bewindspersonen"),
        ("hij integer is", "De bewindspersonen"),
    ]


def test_te_clause_after_a_coordinated_verb_or_subject() -> None:
    text = "Smit pleitte voor de staat en zei de economie te willen stimuleren."
    quote = one(text, entities={"Smit": "PER"}, upos={"willen": "VERB"})
    assert (quote["text"], quote["speaker"]) == ("de economie te willen stimuleren", "Smit")
    text = "Gehandicapten en chronisch zieken vrezen het slachtoffer te worden."
    quote = one(text, upos={"worden": "AUX"})
    assert (quote["text"], quote["speaker"]) == (
        "het slachtoffer te worden",
        "Gehandicapten en chronisch zieken",
    )


def test_new_speech_verbs_and_look_alikes() -> None:
    quote = one("De organisaties hekelen dat de lage inkomens het hardst worden getroffen.")
    assert (quote["cue"], quote["speaker"]) == ("hekelen", "De organisaties")
    quote = one("In april maakte de zanger bekend een jaar vrij te nemen.", upos={"nemen": "VERB"})
    assert (quote["text"], quote["speaker"]) == ("een jaar vrij te nemen", "de zanger")
    assert run("Het ziet ernaar uit dat drie vrouwen de dienst uitmaken.") == []
    assert run("Ze zullen zich volgens de deal aan meer regels moeten houden.") == []


def test_subject_pronoun_after_the_verb_beats_a_fronted_object() -> None:
    found = run('Cohen noemde hij "de grote gedoger".', entities={"Cohen": "PER"})
    assert [(q["kind"], q["speaker"]) for q in found] == [("partial", "hij")]


def test_zegt_hetzelfde_is_no_trailing_cue() -> None:
    assert run("Diederik Samsom, een prominent Kamerlid, zegt hetzelfde.") == []


def test_quote_glued_to_a_compound_is_no_quote() -> None:
    assert run("Ze maakten een hype van hun ‘Doe eens normaal, man!’-ruzie.") == []


def test_label_before_a_colon_is_no_speaker() -> None:
    for label in ("Stelling", "Brief 2"):
        quote = one(
            f"{label}: ‘Gewoon rustig aan doen’\n\nDe hitte houdt aan.", kinds=["title", "body"]
        )
        assert (quote["kind"], quote["speaker"]) == ("direct", None)
    quote = one("Politie: ‘Blijf binnen’\n\nDe storm houdt aan.", kinds=["title", "body"])
    assert quote["speaker"] == "Politie"
    text = "Stelling: ‘Rustig aan doen’\n\nDe hitte houdt aan, zegt de minister."
    found = run(text, kinds=["title", "body"])
    assert [(q["kind"], q["speaker"]) for q in found] == [
        ("direct", None),  # not the first speaker of the article
        ("indirect", "de minister"),
    ]
    text = "Brief 1: ‘De NAVO is duur’\n\nDe NAVO is duur, zegt Peter van Ruiten."
    found = run(text, kinds=["title", "body"], entities={"Peter van Ruiten": "PER"})
    assert found[0]["speaker"] == "Peter van Ruiten"  # a letter's headline echoes its writer


def test_volgens_opening_a_clause_after_want() -> None:
    quote = one("Boek snel, want volgens de bedenkers loopt het storm.", upos={"loopt": "VERB"})
    assert (quote["text"], quote["speaker"]) == ("loopt het storm", "de bedenkers")


def test_sentence_initial_surname_particle_belongs_to_the_speaker() -> None:
    quote = one("Ten Hag benadrukte dat er niets mis was.", entities={"Hag": "PER"})
    assert quote["speaker"] == "Ten Hag"


def test_beloven_with_a_thing_as_subject_is_no_promise() -> None:
    upos = {"verlopen": "VERB", "onderhandelingen": "NOUN", "doen": "VERB"}
    assert run("De onderhandelingen beloven moeizaam te verlopen.", upos=upos) == []
    quote = one("De minister beloofde zijn best te doen.", upos=upos)
    assert (quote["text"], quote["speaker"]) == ("zijn best te doen", "De minister")
    # An institution promises like a person does (source_nouns.txt).
    upos |= {"maken": "VERB", "organisatie": "NOUN"}
    quote = one("Ook beloofde de organisatie het festival groener te maken.", upos=upos)
    assert (quote["text"], quote["speaker"]) == ("het festival groener te maken", "de organisatie")


def test_subject_before_a_relative_clause_and_an_auxiliary() -> None:
    text = "Smit, die haar zetels verdubbelde, heeft haar kiezers beloofd haar best te doen."
    quote = one(text, entities={"Smit": "PER"}, upos={"doen": "VERB"})
    assert (quote["text"], quote["speaker"]) == ("haar best te doen", "Smit")


def test_report_nouns_with_a_clause_are_indirect() -> None:
    upos = {"dat": "SCONJ", "Samsoms": "PROPN"}
    quote = one("Samsoms ervaring is dat het om jongeren gaat.", upos=upos)
    assert (quote["kind"], quote["text"], quote["cue"], quote["speaker"]) == (
        "indirect",
        "het om jongeren gaat",
        "ervaring",
        "Samsoms",
    )
    text = "Er kwamen berichten van het programma Radar dat garages te veel rekenen."
    quote = one(text, upos=upos, entities={"Radar": "ORG"})
    assert (quote["text"], quote["speaker"]) == ("garages te veel rekenen", "Radar")
    relative = {"dat": "PRON"}
    assert run("Het verhaal dat hij vertelde klopte niet.", upos=relative) == []


def test_fronted_adjective_before_a_trailing_cue_is_no_subject() -> None:
    text = "Heerlijk, dat tropische weer, vindt 59 procent."
    quote = one(text, upos={"Heerlijk": "ADJ", "dat": "DET", "weer": "NOUN", "59": "NUM"})
    assert (quote["text"], quote["speaker"]) == ("Heerlijk, dat tropische weer", "59 procent")


def test_aan_het_woord_is_names_the_speaker_of_the_quote_before() -> None:
    text = "‘Ik kreeg telefoon van een dame.’ Aan het woord is Henk Krol, de hoofdredacteur."
    quote = one(text, entities={"Henk Krol": "PER"})
    assert (quote["cue"], quote["speaker"]) == ("Aan het woord", "Henk Krol")


def test_aan_het_woord_in_the_next_paragraph_names_the_quote_before() -> None:
    text = (
        "‘Ik kreeg telefoon van een dame. Toen heb ik een meldpunt geopend.’\n\n"
        "Aan het woord is Henk Krol, de hoofdredacteur. ‘Vier dagen later waren er 82 meldingen.’"
        "\n\n‘Dat is veel.’"
    )
    found = run(text, entities={"Henk Krol": "PER"})
    assert [(q["text"][:12], q["speaker"]) for q in found] == [
        ("Ik kreeg tel", "Henk Krol"),
        ("Vier dagen l", "Henk Krol"),
        ("Dat is veel.", "Henk Krol"),
    ]


def test_particle_of_a_trailing_cue_after_an_apposition() -> None:
    text = (
        "Nu ligt er opnieuw een akkoord op tafel, zo maakte de voorzitter van de Commissie,"
        " Jean-Claude Juncker, vanochtend bekend."
    )
    entities = {"Jean-Claude Juncker": "PER", "Commissie": "ORG"}
    quote = one(text, entities=entities, upos={"ligt": "VERB"})
    assert (quote["kind"], quote["text"], quote["cue"], quote["speaker"]) == (
        "indirect",
        "Nu ligt er opnieuw een akkoord op tafel",
        "maakte",
        "Jean-Claude Juncker",
    )
    entities["Jean-Claude Juncker"] = "ORG"  # as the tagger often has it after a role
    quote = one(text, entities=entities, upos={"ligt": "VERB"})
    assert quote["speaker"] == "de voorzitter van de Commissie, Jean-Claude Juncker"


def test_speech_verb_after_zo_is_a_cue_whatever_its_tag() -> None:
    text = "Daar ging het Klimaatberaad over, zo benadrukt het PBL."
    quote = one(text, upos={"ging": "VERB", "benadrukt": "ADJ"}, entities={"PBL": "ORG"})
    assert (quote["text"], quote["cue"], quote["speaker"]) == (
        "Daar ging het Klimaatberaad over",
        "benadrukt",
        "het PBL",
    )


def test_het_hebben_over_attributes_a_quoted_fragment() -> None:
    text = "Labour-leider Corbyn had het over ‘een prutsdeal’ die het land verzwakt."
    quote = one(text, entities={"Corbyn": "PER"})
    assert (quote["kind"], quote["text"], quote["cue"], quote["speaker"]) == (
        "partial",
        "een prutsdeal",
        "had het over",
        "Corbyn",
    )


def test_lead_quote_repeated_later_takes_the_later_speaker() -> None:
    text = (
        "De begroting splijt de coalitie. ‘Er zitten melkwegstelsels tussen hen en ons.’\n\n"
        "Het kabinet presenteert vandaag de plannen.\n\n"
        "‘Het is onverstandig. Er zitten melkwegstelsels tussen hen en ons’, zei Wilders."
    )
    found = run(text, entities={"Wilders": "PER"})
    assert [(q["text"][:8], q["speaker"]) for q in found] == [
        ("Er zitte", "Wilders"),
        ("Het is o", "Wilders"),
    ]


def test_subject_with_a_relative_clause_before_an_inverted_cue_is_no_claim() -> None:
    upos = {"die": "PRON", "dat": "PRON", "verdrievoudigde": "VERB", "uitlekte": "VERB"}
    upos |= {"heeft": "AUX", "is": "AUX"}
    text = "Schmidt-Nielsen, die haar zetels verdrievoudigde, heeft gemeld dat ze blijft."
    found = run(text, upos=upos, entities={"Schmidt-Nielsen": "PER"})
    assert [(q["text"], q["speaker"]) for q in found] == [("ze blijft", "Schmidt-Nielsen")]
    text = "Het plan, dat vorige week uitlekte, is onhaalbaar, zei de minister."
    found = run(text, upos=upos)
    assert [q["text"] for q in found] == ["Het plan, dat vorige week uitlekte, is onhaalbaar"]


def test_a_parsed_subject_takes_in_the_name_beside_it() -> None:
    text = (
        "Actrice Asia Argento heeft gisteren in een uitzending op de televisie toegegeven "
        "dat ze loog."
    )
    upos = {"Actrice": "NOUN", "heeft": "AUX", "toegegeven": "VERB", "loog": "VERB"}
    heads = {0: (11, "nsubj"), 1: (0, "appos"), 2: (1, "flat"), 3: (11, "aux")}
    quote = one(text, upos=upos, heads=heads, entities={"Asia Argento": "PER"})
    assert (quote["speaker"], quote["text"]) == ("Asia Argento", "ze loog")


def test_an_adverb_before_an_adjective_stays_in_the_source_phrase() -> None:
    text = "Volgens het meest recente jaarverslag krijgt Sewing een miljoen."
    upos = {"Volgens": "ADP", "het": "DET", "meest": "ADV", "recente": "ADJ"}
    upos |= {"jaarverslag": "NOUN", "krijgt": "VERB", "miljoen": "NOUN"}
    quote = one(text, upos=upos, entities={"Sewing": "PER"})
    assert (quote["speaker"], quote["text"]) == (
        "het meest recente jaarverslag",
        "krijgt Sewing een miljoen",
    )


def test_a_name_before_a_common_noun_only_modifies_the_source() -> None:
    text = "Volgens het Sri Lankaanse crisismanagement zijn het de ergste stortregens."
    upos = {"crisismanagement": "NOUN", "zijn": "AUX", "stortregens": "NOUN", "Volgens": "ADP"}
    quote = one(text, upos=upos, entities={"Sri Lankaanse": "ORG"})
    assert (quote["speaker"], quote["text"]) == (
        "het Sri Lankaanse crisismanagement",
        "zijn het de ergste stortregens",
    )


def test_a_time_or_condition_clause_before_the_verb_is_no_report() -> None:
    upos = {"zag": "VERB", "riep": "VERB", "wandelde": "VERB", "zagen": "VERB"}
    found = run("Toen zij het beeldje zag, riep ze: ‘Het is mijn oom!’", upos=upos)
    assert [(q["kind"], q["text"]) for q in found] == [("direct", "Het is mijn oom!")]
    assert run("Toen hij over het plein wandelde, zagen ze hun naam.", upos=upos) == []
    found = run("Dat het plein te klein is, zagen ze meteen.", upos=upos)
    assert [q["text"] for q in found] == ["Dat het plein te klein is"]


def test_a_name_after_van_only_modifies_the_speaker() -> None:
    text = "„Ik ben eindelijk moeder”, schrijft de vrouw van Xander op Instagram."
    quote = one(text, entities={"Xander": "PER"})
    assert quote["speaker"] == "de vrouw van Xander"


def test_a_fronted_adverbial_is_not_the_subject() -> None:
    text = "Meer serieus zegt de minister dat het werk zwaar is."
    upos = {"Meer": "ADV", "serieus": "ADJ", "zegt": "VERB", "minister": "NOUN", "is": "AUX"}
    heads = {0: (1, "advmod"), 1: (2, "advmod"), 4: (2, "nsubj")}
    quote = one(text, upos=upos, heads=heads)
    assert (quote["text"], quote["speaker"]) == ("het werk zwaar is", "de minister")


def test_zien_and_bestempelen_with_an_als_predicate_report_an_opinion() -> None:
    upos = {"ziet": "VERB", "bestempelt": "VERB", "imagebuilding": "NOUN", "pathetisch": "ADJ"}
    quote = one("Freilich ziet het als imagebuilding.", upos=upos, entities={"Freilich": "PER"})
    assert (quote["text"], quote["speaker"]) == ("het als imagebuilding", "Freilich")
    quote = one("Dewinter bestempelt het gedrag als pathetisch.", upos=upos)
    assert quote["text"] == "het gedrag als pathetisch"
    found = run("Hij bestempelt het als ‘een schande’.", upos=upos)
    assert [q["kind"] for q in found] == ["partial"]  # the quoted label is the quote
    assert run("We lieten zien hoe China werkt als die meer willen weten.", upos=upos) == []


def test_laten_weten_with_a_te_clause_after_the_medium_and_before_a_new_clause() -> None:
    text = (
        "De club laat op de website weten verrast te zijn door de keuze "
        "en ook de directeur reageert boos."
    )
    upos = {"laat": "VERB", "weten": "VERB", "zijn": "AUX", "reageert": "VERB", "website": "NOUN"}
    feats = {"laat": {"VerbForm": "Fin"}, "reageert": {"VerbForm": "Fin"}}
    quote = one(text, upos=upos, feats=feats)
    assert (quote["text"], quote["speaker"]) == ("verrast te zijn door de keuze", "De club")


def test_analyseren_dat_reports_an_analysis() -> None:
    quote = one("Verder analyseert de krant dat Forum evenveel zetels lijkt te behalen.")
    expected = ("Forum evenveel zetels lijkt te behalen", "de krant")
    assert (quote["text"], quote["speaker"]) == expected


def test_opmaken_dat_reports_a_conclusion() -> None:
    upos = {"maakt": "VERB", "op": "ADP", "zal": "AUX"}
    quote = one("Uit de cijfers maakt de bank nu op dat dit niet genoeg zal zijn.", upos=upos)
    assert (quote["text"], quote["speaker"]) == ("dit niet genoeg zal zijn", "de bank")


def test_betwijfelen_of_reports_a_doubt() -> None:
    upos = {"betwijfelt": "VERB", "stellen": "VERB"}
    quote = one(
        "Correspondent Renout betwijfelt of deze maatregelen de hesjes tevreden stellen.", upos=upos
    )
    assert quote["text"] == "deze maatregelen de hesjes tevreden stellen"


def test_bang_zijn_dat_reports_a_fear() -> None:
    upos = {"zijn": "AUX", "bang": "ADJ", "wordt": "AUX"}
    quote = one("Veel mensen zijn bang dat China een bewakingsstaat wordt.", upos=upos)
    assert (quote["text"], quote["speaker"]) == ("China een bewakingsstaat wordt", "Veel mensen")


def test_zeker_van_zijn_and_voor_de_voeten_werpen_report() -> None:
    upos = {"is": "AUX", "zeker": "ADJ"}
    quote = one("De minister is er zeker van dat het plan werkt.", upos=upos)
    assert (quote["text"], quote["speaker"]) == ("het plan werkt", "De minister")
    text = "Partijen werpen Rutte voor de voeten dat zijn gezag schade oploopt."
    quote = one(text, entities={"Rutte": "PER"})
    assert (quote["text"], quote["speaker"]) == ("zijn gezag schade oploopt", "Partijen")
    assert run("Dat is zeker waar.", upos=upos) == []
    assert run("Het is zeker dat hij komt.", upos=upos) == []
    text = "Van één ding is Krol overtuigd: het gaat goed."
    quote = one(text, entities={"Krol": "PER"}, upos={"Van": "ADP", "is": "AUX"})
    assert quote["speaker"] == "Krol"  # a fronted prepositional phrase is no subject
    text = "Ten Hag benadrukte dat er niets mis was."
    quote = one(text, entities={"Hag": "PER"}, upos={"Ten": "ADP"})
    assert quote["speaker"] == "Ten Hag"  # a surname particle is no preposition


def test_quoted_title_after_a_title_noun_is_no_quote() -> None:
    text = "De app ‘Doe eens normaal, man!’ heeft negen knoppen, zegt de maker."
    assert [q["kind"] for q in run(text)] == ["indirect"]
    text = "Onder de kop ‘Brandbrief over Jossef’ riepen de journalisten op tot actie."
    assert run(text) == []
    text = "Het tv-programma ‘Zo is het’ stopt, meldt de omroep."
    assert [q["kind"] for q in run(text)] == ["indirect"]


def test_name_right_before_the_verb_is_the_subject_whatever_the_tags_before() -> None:
    text = "Zelfs Ruttes partner Wilders zei geschrokken te zijn van de plannen."
    upos = {"Ruttes": "VERB", "partner": "VERB", "geschrokken": "VERB", "zijn": "AUX"}
    quote = one(text, upos=upos, entities={"Wilders": "PER"})
    assert (quote["text"], quote["speaker"]) == ("geschrokken te zijn van de plannen", "Wilders")


def test_quoted_name_inside_a_reported_sentence_is_no_partial_quote() -> None:
    text = "Het museum meldt dat de ‘Operatie Nachtwacht’ voor publiek plaatsvindt."
    found = run(text)
    assert [(q["kind"], q["text"]) for q in found] == [
        ("indirect", "de ‘Operatie Nachtwacht’ voor publiek plaatsvindt")
    ]
    found = run("Het museum meldt dat de ‘sociale afbraak’ voor publiek plaatsvindt.")
    assert [q["kind"] for q in found] == ["indirect", "partial"]


def test_wishes_and_plans_are_no_reports() -> None:
    assert run("De vereniging ziet graag dat de druk wordt opgevoerd.") == []
    assert run("Ze zouden graag zien dat het verboden wordt.") == []
    assert run("Ze hoopt hiermee genoeg geld te verdienen.") == []
    assert run("Ze hoopt dat het lukt.") == []  # a hope is a wish
    quote = one("De onderzoekers zien dat de zeespiegel stijgt.")
    assert quote["text"] == "de zeespiegel stijgt"


def test_less_common_speech_verbs() -> None:
    text = "De directeur weerspreekt dat hij niet functioneert."
    assert one(text)["text"] == "hij niet functioneert"
    text = "Wilders claimt dat hij als enige de waarheid spreekt."
    assert one(text, entities={"Wilders": "PER"})["speaker"] == "Wilders"
    text = "Het land wordt bedreigd, fulmineert Wilders in de krant."
    quote = one(text, entities={"Wilders": "PER"})
    assert (quote["text"], quote["speaker"]) == ("Het land wordt bedreigd", "Wilders")


def test_a_place_before_a_headline_colon_needs_a_claim_with_a_verb() -> None:
    text = "Jemen: groot alarm om honger\n\nHet gaat slecht."
    upos = {"Jemen": "PROPN", "groot": "ADJ", "alarm": "NOUN", "om": "ADP", "honger": "NOUN"}
    assert run(text, entities={"Jemen": "LOC"}, kinds=["title", "body"], upos=upos) == []
    text = "Rusland: Oekraïne schendt bestand\n\nHet gaat slecht."
    upos = {"Rusland": "PROPN", "schendt": "VERB"}
    found = run(text, entities={"Rusland": "LOC"}, kinds=["title", "body"], upos=upos)
    assert [(q["text"], q["speaker"]) for q in found] == [("Oekraïne schendt bestand", "Rusland")]
    text = "Grapperhaus: kwestie uitzonderlijk\n\nHet gaat slecht."
    found = run(text, entities={"Grapperhaus": "PER"}, kinds=["title", "body"])
    assert [q["speaker"] for q in found] == ["Grapperhaus"]


def test_a_trailing_cue_takes_a_claim_without_a_verb_but_not_a_subject() -> None:
    upos = {"Triest": "ADJ", "nieuws": "NOUN", "uit": "ADP", "Jemen": "PROPN"}
    assert run("Triest nieuws uit Jemen, schreven we vorig jaar.", upos=upos) == []
    upos |= {"Een": "DET", "technisch": "ADJ", "mankement": "NOUN", "advocaat": "NOUN"}
    quote = one("Een technisch mankement, zegt zijn advocaat.", upos=upos)
    assert quote["text"] == "Een technisch mankement"
    assert quote["speaker"] == "zijn advocaat"
    upos |= {"aparte": "ADJ", "munt": "NOUN", "ziet": "VERB", "helft": "NOUN", "zitten": "VERB"}
    assert run("Een aparte munt, ziet de helft wel zitten.", upos=upos) == []  # no speech
    upos |= {"Michel": "PROPN", "de": "DET", "voorzitter": "NOUN", "van": "ADP"}
    upos |= {"kwaad": "ADJ", "reageerde": "VERB"}
    text = "Michel Verschueren, de voorzitter van Anderlecht, reageerde kwaad."
    assert run(text, upos=upos, entities={"Michel Verschueren": "PER"}) == []
    upos |= {"Frits": "PROPN", "liberaal": "NOUN", "heeft": "AUX", "een": "DET"}
    upos |= {"boek": "NOUN", "geschreven": "VERB"}
    text = "Frits Bolkestein, de liberaal, heeft een boek geschreven."
    assert run(text, upos=upos, entities={"Frits Bolkestein": "PER"}) == []
    quote = one("Het is triest nieuws, schreef de krant vorig jaar.", upos={"is": "AUX", **upos})
    assert quote["text"] == "Het is triest nieuws"
    quote = one("Een record, zo laat het veilinghuis weten.", upos={"Een": "DET", "record": "NOUN"})
    assert quote["text"] == "Een record"  # "zo" marks a report, whatever its form


def test_dat_after_a_question_word_is_no_complementizer() -> None:
    assert run("In de film laat de journalist zien hoe dat gaat.") == []
    assert run("In de film laat de journalist zien hoe dat gaat: in een tank met water.") == []


def test_relative_pronoun_subject_of_a_clause_final_cue_is_its_antecedent() -> None:
    text = "Dat vond minister Maxime Verhagen (CDA), die de klachten 'ketelmuziek' noemde."
    quote = one(text, entities={"Maxime Verhagen": "PER", "CDA": "ORG"})
    assert (quote["kind"], quote["speaker"]) == ("partial", "Maxime Verhagen")
    text = "Het werd gesteund door Verhagen, die de kritiek 'ketelmuziek' noemde."
    assert one(text, entities={"Verhagen": "PER"})["speaker"] == "Verhagen"
    text = "Het ging om Verhagen, die hij 'een held' noemde."
    assert one(text, entities={"Verhagen": "PER"})["speaker"] != "Verhagen"  # "hij" names
    text = "Het is Parijs-Roubaix, ook wel 'De Hel van het Noorden' genoemd."
    assert run(text, entities={"Parijs-Roubaix": "MISC"}) == []  # a nickname
    text = "Het plan werd door de minister 'een wangedrocht' genoemd."
    assert one(text)["kind"] == "partial"  # someone did name it


def test_a_role_noun_opening_the_sentence_before_an_uncued_quote_speaks() -> None:
    text = "De rechter was duidelijk in zijn oordeel. “Daar past alleen een zware straf bij.”"
    assert one(text, upos={"De": "DET", "rechter": "NOUN"})["speaker"] == "De rechter"
    text = "Het weer was duidelijk slecht. “Daar past alleen een zware straf bij.”"
    assert one(text)["speaker"] is None
    text = "Het PBL mailt het ministerie. “Bij deze een formele mededeling.”"
    assert one(text, entities={"PBL": "ORG"})["speaker"] == "Het PBL"  # an organisation
    text = "Schutter Mustaf S. heeft de moord bekend. “Hij wilde me slaan, maar miste.”"
    upos = {"Schutter": "NOUN", "S.": "PROPN", "heeft": "AUX", "moord": "NOUN", "bekend": "ADJ"}
    tokens = tuple(  # "S." is one token, as Stanza writes initials, and the quote its own unit
        Token(m.start(), m.end(), m.group(), m.group().lower(), upos.get(m.group(), "X"))
        for m in re.finditer(r"[A-Z]\.|\w+|\S", text)
    )
    cut = text.index("“")
    first = tuple(t for t in tokens if t.start < cut)
    rest = tuple(t for t in tokens if t.start >= cut)
    split = (Sentence(0, first[-1].end, first), Sentence(cut, rest[-1].end, rest))
    mustaf = EntityMention(9, 18, "Mustaf S.", "PER")
    found = find_quotes(Annotation(text, split, (mustaf,)), blocks(text))
    assert [describe(text, q)["speaker"] for q in found] == ["Mustaf S."]


def test_dat_and_a_cue_after_the_claim() -> None:
    text = "Charly wordt vanmiddag vrijgelaten, dat schrijft de NOS."
    quote = one(text, entities={"NOS": "ORG"}, upos={"wordt": "AUX"})
    assert (quote["text"], quote["speaker"]) == ("Charly wordt vanmiddag vrijgelaten", "de NOS")
    text = "Ze worden niet vervolgd. Dat maakte het Openbaar Ministerie (OM) donderdag bekend."
    quote = one(text, entities={"Openbaar Ministerie": "ORG", "OM": "ORG"})
    assert (quote["text"], quote["speaker"]) == ("Ze worden niet vervolgd", "Openbaar Ministerie")
    assert run("Het gaat om het artikel, dat schrijft over de oorlog.") == []


def test_a_bracketed_aside_between_subject_and_cue() -> None:
    text = "De Rijksdienst (RDW) vindt het problematisch dat er zoveel mensen zijn."
    upos = {"De": "DET", "Rijksdienst": "PROPN", "RDW": "PROPN", "vindt": "VERB", "het": "PRON"}
    quote = one(text, upos=upos, entities={"Rijksdienst": "ORG", "RDW": "ORG"})
    assert quote["speaker"] == "De Rijksdienst"


def test_the_owner_of_a_blog_before_a_colon_speaks() -> None:
    text = "Merlijns blog: ‘We zien een hoestend kindje.’"
    quote = one(text, upos={"Merlijns": "PROPN", "blog": "NOUN"})
    assert (quote["speaker"], quote["medium"]) == ("Merlijns", "blog")
    text = "Merlijn helpt. Merlijns blog: ‘We zien een hoestend kindje.’"
    quote = one(text, upos={"Merlijns": "ADJ", "blog": "NOUN"}, entities={"Merlijn": "PER"})
    assert (quote["speaker"], quote["medium"]) == ("Merlijns", "blog")  # a known first name


def test_a_surname_with_a_lower_case_particle_after_the_cue() -> None:
    text = "Dat zegt Karlijn van Houwelingen. ‘Het water is schoon’, schrijft van Houwelingen."
    upos = {"van": "ADP", "Houwelingen": "NOUN", "schrijft": "VERB"}
    found = run(text, upos=upos, entities={"Karlijn van Houwelingen": "PER"})
    assert [q["speaker"] for q in found if q["kind"] == "direct"] == ["van Houwelingen"]
    text = "‘Het water is schoon’, schrijft van Amsterdam tot Rotterdam iedereen."
    assert all(q["speaker"] != "van Amsterdam" for q in run(text, upos=upos))


def test_a_claim_with_quoted_words_at_both_ends_before_a_trailing_cue() -> None:
    text = "‘Knuffelaars’ grijpen het drama aan om de PVV te ‘demoniseren’, fulmineert Wilders."
    found = run(text, entities={"Wilders": "PER"}, upos={"grijpen": "VERB"})
    kinds = {q["text"]: (q["kind"], q["speaker"]) for q in found}
    assert kinds[text[: text.index(", fulm")]] == ("indirect", "Wilders")
    assert kinds["demoniseren"] == ("partial", "Wilders")
    text = "„Nee” en „nooit”, zei hij."
    assert [q["kind"] for q in run(text)] == ["direct", "direct"]


def test_a_hope_or_belief_in_the_pluperfect_is_no_report() -> None:
    assert run("Veel inwoners hadden gehoopt dat hij zich koninklijker zou gedragen.") == []
    assert run("Ik had gedacht dat het zou lukken.") == []
    assert one("De inwoners hebben gedacht dat het lukt.")["text"] == "het lukt"
    assert one("Hij had gezegd dat het lukt.")["text"] == "het lukt"  # speech stays a report


def test_a_genitive_owner_tagged_as_an_adjective_is_the_source_of_a_report_noun() -> None:
    text = "Diederik Samsom was er. Samsoms ervaring is dat het om jongeren gaat."
    upos = {"Samsoms": "ADJ", "ervaring": "NOUN", "is": "AUX", "dat": "SCONJ"}
    found = run(text, upos=upos, entities={"Diederik Samsom": "PER"})
    assert [(q["text"], q["speaker"]) for q in found] == [("het om jongeren gaat", "Samsoms")]


def test_a_second_speech_verb_after_en_ends_the_reported_clause() -> None:
    text = "De baas weerspreekt dat hij niet functioneert en zegt te vermoeden dat het misgaat."
    upos = {"functioneert": "VERB", "zegt": "VERB", "vermoeden": "VERB", "misgaat": "VERB"}
    found = run(text, upos=upos)
    assert [(q["text"], q["cue"]) for q in found] == [
        ("hij niet functioneert", "weerspreekt"),
        ("te vermoeden dat het misgaat", "zegt"),
    ]


def test_a_trailing_cue_names_the_source_of_the_report_nested_before_it() -> None:
    upos = {"vindt": "VERB", "heeft": "VERB", "zegt": "VERB", "dat": "SCONJ", "is": "AUX"}
    text = "Een meerderheid vindt dat het geen pas heeft, zegt voorzitter Richard Sulik."
    found = run(text, entities={"Richard Sulik": "PER"}, upos=upos)
    assert [(q["text"], q["speaker"]) for q in found] == [("het geen pas heeft", "Richard Sulik")]
    text = "In het parlement vindt een meerderheid dat het geen pas heeft, zegt Richard Sulik."
    found = run(text, entities={"Richard Sulik": "PER"}, upos={**upos, "In": "ADP"})
    assert [q["speaker"] for q in found] == ["Richard Sulik"]  # a claim may open with a PP
    text = "Hij vindt dat het geen pas heeft, zegt hij."
    assert [q["speaker"] for q in run(text, upos=upos)] == ["hij"]  # the same person


def test_dat_with_adverbs_is_an_object_unless_a_clause_with_a_verb_follows() -> None:
    upos = {"kunnen": "AUX", "betalen": "VERB", "nadat": "SCONJ", "gaan": "VERB", "is": "AUX"}
    text = "Maar Blokhuis benadrukt dat ook gemeenten dat kunnen betalen."
    assert one(text, upos=upos)["text"] == "ook gemeenten dat kunnen betalen"
    text = "De gesprekken gaan snel van start. Malmström zei dat maandag nadat het mandaat er was."
    found = run(text, upos=upos, entities={"Malmström": "PER"})
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("De gesprekken gaan snel van start", "Malmström")
    ]
    found = run("Het plan is dood. Hij zegt dat ook publiek.", upos=upos)
    assert [(q["text"], q["speaker"]) for q in found] == [("Het plan is dood", "Hij")]
    assert run("Het plan is dood. Dat zei Piet niet.", upos=upos) == []  # negated
    assert run("Het plan is dood. Piet zei dat niet tegen de NOS.", upos=upos) == []


def test_the_writers_own_voice_is_no_report() -> None:
    upos = {"zeggen": "VERB", "zien": "VERB", "is": "AUX", "hebben": "AUX"}
    assert run("We willen maar zeggen: het zijn boeiende tijden.", upos=upos) == []
    assert run("Politieke systemen hebben het moeilijk. Dat zien we overal.", upos=upos) == []
    assert run("Ik stel vast dat de feiten hem gelijk geven.", upos=upos) == []
    reader = {"Soms": "ADV", "zie": "VERB", "je": "PRON", "ze": "PRON"}
    assert run("Soms zie je ze liggen: kleine, lege flesjes.", upos=reader) == []
    assert one("„Ik stel vast dat het werkt”, zegt Jansen.")["speaker"] == "Jansen"  # quoted
    assert one("Ze stelt vast dat de feiten hem gelijk geven.", upos=upos)["speaker"] == "Ze"


def test_comparisons_ratios_and_two_roles_before_a_name() -> None:
    upos = {"zei": "VERB", "vond": "VERB", "is": "AUX", "Zes": "NUM", "tien": "NUM"}
    found = run("Net als Leers zei Bleker dat de wet de wet is.", upos=upos)
    assert [(q["text"], q["speaker"]) for q in found] == [("de wet de wet is", "Bleker")]
    found = run("Zes op tien vond dat het koningschap moderner mag.", upos=upos)
    assert [q["speaker"] for q in found] == ["Zes op tien"]
    text = "„Er zijn twee miljoen Nederlanders met een handicap”, zei initiatiefnemer en "
    text += "presentatrice Lucille Werner."
    nouns = {"initiatiefnemer": "NOUN", "presentatrice": "NOUN", "zei": "VERB"}
    found = run(text, entities={"Lucille Werner": "PER"}, upos=nouns)
    assert [q["speaker"] for q in found] == ["Lucille Werner"]  # not the first role alone


def test_medical_and_sporting_professions_are_roles() -> None:
    text = "„Dat is verschrikkelijk”, zegt oncoloog en onderzoeker Eric Geijteman."
    nouns = {"oncoloog": "NOUN", "onderzoeker": "NOUN", "zegt": "VERB"}
    found = run(text, entities={"Eric Geijteman": "PER"}, upos=nouns)
    assert [q["speaker"] for q in found] == ["Eric Geijteman"]
    text = "„Het wordt lastig”, zei coureur en teambaas Jan Lammers."
    nouns = {"coureur": "NOUN", "teambaas": "NOUN", "zei": "VERB"}
    found = run(text, entities={"Jan Lammers": "PER"}, upos=nouns)
    assert [q["speaker"] for q in found] == ["Jan Lammers"]


def test_a_fragment_before_a_verb_final_opinion_verb_is_its_subjects() -> None:
    # Het(0) plan(1) dat(2) Rutte(3) ‘(4) onwenselijk(5) ’(6) vond(7) ,(8) gaat(9) door(10) .(11)
    text = "Het plan dat Rutte ‘onwenselijk’ vond, gaat door."
    upos = {"vond": "VERB", "gaat": "VERB", "dat": "PRON", "door": "ADP"}
    feats = {"vond": {"VerbForm": "Fin"}}
    heads = {3: (7, "nsubj"), 7: (1, "acl:relcl")}
    found = run(text, entities={"Rutte": "PER"}, upos=upos, heads=heads, feats=feats)
    assert [(q["kind"], q["speaker"]) for q in found] == [("partial", "Rutte")]
    feats = {"vond": {"VerbForm": "Inf"}}  # "kan zich in die ‘X’ vinden": no opinion given
    found = run(text, entities={"Rutte": "PER"}, upos=upos, heads=heads, feats=feats)
    assert [q["speaker"] for q in found] in ([], [None])


def test_a_colon_quote_is_the_unnamed_subject_of_its_sentence() -> None:
    # Voor(0) het(1) stadhuis(2) protesteren(3) demonstranten(4) met(5) spandoeken(6) :(7)
    text = "Voor het stadhuis protesteren demonstranten met spandoeken: ‘Wij willen vrede.’"
    upos = {"protesteren": "VERB", "demonstranten": "NOUN", "spandoeken": "NOUN"}
    heads = {0: (2, "case"), 1: (2, "det"), 2: (3, "obl"), 3: (None, "root")}
    heads |= {4: (3, "nsubj"), 5: (6, "case"), 6: (3, "obl")}
    found = run(text, upos=upos, heads=heads)
    assert [(q["kind"], q["speaker"]) for q in found] == [("direct", "demonstranten")]
    # A thing as subject says nothing: "Het bord toont de tekst: ‘...’" has no speaker here.
    text = "Voor het stadhuis staat een bord met spandoeken: ‘Wij willen vrede.’"
    upos = {"staat": "VERB", "bord": "NOUN", "spandoeken": "NOUN"}
    heads = {0: (2, "case"), 1: (2, "det"), 2: (3, "obl"), 3: (None, "root")}
    heads |= {4: (5, "det"), 5: (3, "nsubj"), 6: (7, "case"), 7: (5, "nmod")}
    found = run(text, upos=upos, heads=heads)
    assert [q["speaker"] for q in found] in ([], [None])


def test_an_uncued_quote_after_aldus_goes_on_with_its_source() -> None:
    text = "Leonie is een „lekker directe vrouw”, aldus Oliehoek. „Zij is vrij fysiek en zorgzaam.”"
    found = run(text, entities={"Leonie": "PER", "Oliehoek": "PER"}, upos={"is": "AUX"})
    assert [(q["kind"], q["speaker"]) for q in found][-1] == ("direct", "Oliehoek")


def test_a_past_participle_ending_in_end_is_no_present_participle() -> None:
    upos = {"kost": "VERB", "heeft": "AUX", "berekend": "VERB", "bank": "NOUN"}
    found = run("Het verloop kost veel geld, heeft de bank berekend.", upos=upos)
    assert [(q["text"], q["speaker"]) for q in found] == [("Het verloop kost veel geld", "de bank")]


def test_die_after_a_possessed_person_noun_is_that_person() -> None:
    upos = {"noemt": "VERB", "Die": "PRON", "is": "AUX", "zegt": "VERB", "hij": "PRON"}
    upos |= {"wil": "VERB", "haar": "PRON", "vader": "NOUN", "voorbeeld": "NOUN"}
    text = "Dijkstra noemt het voorbeeld van haar vader. Die is 92 en zegt dat hij niet wil."
    found = run(text, entities={"Dijkstra": "PER"}, upos=upos)
    assert [(q["text"], q["speaker"]) for q in found] == [("hij niet wil", "haar vader")]


def test_a_passive_cue_is_its_door_agents() -> None:
    upos = {"wordt": "AUX", "werd": "AUX", "genoemd": "VERB", "gezegd": "VERB", "door": "ADP"}
    upos |= {"doorgaat": "VERB", "dat": "SCONJ", "omdat": "SCONJ"}
    feats = {"genoemd": {"VerbForm": "Part"}, "gezegd": {"VerbForm": "Part"}}
    text = "Het voorstel wordt door Rutte ‘volstrekt onverantwoord’ genoemd."
    found = run(text, entities={"Rutte": "PER"}, upos=upos, feats=feats)
    assert [(q["kind"], q["speaker"]) for q in found] == [("partial", "Rutte")]
    found = run("Door de bond werd gezegd dat de wedstrijd doorgaat.", upos=upos, feats=feats)
    assert [(q["text"], q["speaker"]) for q in found] == [("de wedstrijd doorgaat", "de bond")]


def test_verzuchten_and_te_kennen_geven_report() -> None:
    upos = {"zijn": "AUX", "bereikt": "VERB", "gaf": "VERB", "te": "ADP"}
    text = "Leterme verzuchtte dat de grenzen van het model bereikt zijn."
    assert one(text, upos=upos)["text"] == "de grenzen van het model bereikt zijn"
    text = "Hijzelf gaf eerder al te kennen niet zo'n studiehoofd te zijn."
    assert one(text, upos=upos)["text"] == "niet zo'n studiehoofd te zijn"


def test_a_trailing_auxiliary_with_the_subject_before_the_participle() -> None:
    upos = {"had": "AUX", "heeft": "AUX", "teruggeroepen": "VERB", "gezegd": "VERB"}
    text = "‘Ik ben dit soort toespraken spuugzat’, had hij teruggeroepen."
    quote = one(text, upos=upos)
    assert (quote["speaker"], quote["cue"]) == ("hij", "teruggeroepen")
    text = "„Dat klopt”, heeft minister Jansen gisteren gezegd."
    quote = one(text, upos=upos)
    assert (quote["speaker"], quote["cue"]) == ("minister Jansen", "gezegd")
    text = "„Dat klopt helemaal niet, zeker weten”, heeft hij gisteren een huis gekocht."
    assert one(text, upos={**upos, "gekocht": "VERB"})["cue"] is None  # no speech verb


def test_volgens_een_names_a_source_unless_it_names_a_plan() -> None:
    text = "Volgens een woordvoerder van de politie is de dader een bekende van justitie."
    quote = one(text)
    assert (quote["text"], quote["speaker"]) == (
        "is de dader een bekende van justitie",
        "een woordvoerder van de politie",
    )
    assert one("Volgens een recente peiling zou het kamp groeien.")["speaker"] == (
        "een recente peiling"
    )
    assert run("Volgens een vast patroon gaat het elk jaar mis.") == []
    assert run("Volgens een scenario van de overheid gaat het mis.") == []


def _speakers_after_a_split(text: str, pattern: str, entity: EntityMention) -> list[object]:
    """The speakers found when the sentence splitter cut ``text`` after its second token."""
    tokens = tuple(
        Token(m.start(), m.end(), m.group(), m.group().lower(), "X")
        for m in re.finditer(pattern, text)
    )
    first, rest = tokens[:2], tokens[2:]
    split = (Sentence(0, first[-1].end, first), Sentence(rest[0].start, len(text), rest))
    found = find_quotes(Annotation(text, split, (entity,)), blocks(text))
    return [describe(text, q)["speaker"] for q in found]


def test_a_sentence_split_between_two_capitalised_words_is_undone() -> None:
    text = "Volgens Omroep West is de dader een bekende van justitie."  # "Omroep | West"
    entity = EntityMention(8, 19, "Omroep West", "ORG")
    assert _speakers_after_a_split(text, r"\w+|\S", entity) == ["Omroep West"]


def test_a_sentence_split_after_a_hyphenated_role_is_undone() -> None:
    text = "Volgens FNV-voorzitter Han Busker is het niet gek dat de mail kwam."  # "... | Han"
    entity = EntityMention(23, 33, "Han Busker", "PER")
    assert _speakers_after_a_split(text, r"[\w-]+|\S", entity) == ["Han Busker"]


def test_a_name_cut_by_a_sentence_split_goes_on_after_it() -> None:
    text = "Volgens The Straits Times is het de eerste keer."
    tags = {"Volgens": "ADP", "The": "PROPN", "Straits": "PROPN", "Times": "NOUN", "is": "AUX"}
    tokens = tuple(
        Token(m.start(), m.end(), m.group(), m.group().lower(), tags.get(m.group(), "X"))
        for m in re.finditer(r"\w+|\S", text)
    )
    split = (Sentence(0, 19, tokens[:3]), Sentence(20, len(text), tokens[3:]))  # "Straits | Times"
    entity = EntityMention(8, 19, "The Straits", "ORG")  # the tagger saw only the first half
    found = find_quotes(Annotation(text, split, (entity,)), blocks(text))
    assert [(describe(text, q)["speaker"], describe(text, q)["text"]) for q in found] == [
        ("The Straits Times", "is het de eerste keer")
    ]


def test_a_quoted_label_of_a_speech_verb_after_te_is_partial() -> None:
    text = "Jansen goot olie op het vuur door moskeeën ‘haatpaleizen’ te noemen."
    quote = one(text, entities={"Jansen": "PER"}, upos={"noemen": "VERB", "goot": "VERB"})
    assert (quote["kind"], quote["speaker"], quote["cue"]) == ("partial", "Jansen", "noemen")
    assert run("Hij weigerde te zeggen dat het klopt.", upos={"zeggen": "VERB"}) == []


def test_an_adverb_before_the_subject_keeps_its_van_phrase() -> None:
    text = "Ongeveer 70 procent van de kiezers vindt dat Mauro moet blijven."
    upos = {"Ongeveer": "ADV", "70": "NUM", "procent": "NOUN", "vindt": "VERB", "dat": "SCONJ"}
    assert one(text, upos=upos)["speaker"] == "70 procent van de kiezers"


def test_an_adverb_between_a_trailing_cue_and_its_subject() -> None:
    text = "„Geen handig optreden”, zo oordeelde achteraf een CDA-spindoctor."
    quote = one(text, upos={"oordeelde": "VERB", "achteraf": "ADV"})
    assert (quote["cue"], quote["speaker"]) == ("oordeelde", "een CDA-spindoctor")


def test_a_second_report_after_en_and_an_auxiliary_ends_the_first() -> None:
    text = "Supermarkten hebben gezegd dat ze ervan af willen en hebben beloofd dat het lukt."
    upos = {"hebben": "AUX", "gezegd": "VERB", "beloofd": "VERB", "willen": "VERB"}
    found = run(text, upos=upos)
    assert [(q["text"], q["cue"]) for q in found] == [
        ("ze ervan af willen", "gezegd"),
        ("het lukt", "beloofd"),
    ]


def test_uit_source_gebleken_takes_the_whole_source_phrase() -> None:
    text = "Uit de test bij AH met groente en fruit is gebleken dat sla niet vers blijft."
    found = run(text, entities={"AH": "ORG"}, upos={"is": "AUX", "gebleken": "VERB"})
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("sla niet vers blijft", "de test bij AH met groente en fruit")
    ]
    found = run("Uit dat onderzoek bleek dat het misging.", upos={"bleek": "VERB"})
    assert [q["speaker"] for q in found] == ["dat onderzoek"]  # "dat" as a demonstrative


def test_an_unnamed_source_keeps_where_it_is_from_and_its_relative_clause() -> None:
    text = "„Dat is een fabel”, vertelt een arts uit de stad."
    assert one(text, upos={"vertelt": "VERB"})["speaker"] == "een arts uit de stad"
    text = "Dat zegt een man die de jongen goed kende. „Hij speelde altijd buiten.”"
    upos = {"zegt": "VERB", "kende": "VERB", "speelde": "VERB"}
    found = run(text, upos=upos)
    assert found[-1]["speaker"] == "een man die de jongen goed kende"
    text = "Het is onrustig, weet een man die zegt in de straat te wonen. „Schreeuwen en gedoe.”"
    upos = {"weet": "VERB", "zegt": "VERB", "wonen": "VERB", "man": "NOUN"}
    found = run(text, upos=upos)
    assert found[-1]["speaker"] == "een man die zegt in de straat te wonen"
    text = "Oesters horen volgens de ondernemer bij een gezond watermilieu."
    assert one(text, upos={"horen": "VERB"})["speaker"] == "de ondernemer"  # "horen bij"


def test_a_time_adjunct_tagged_as_verb_before_the_complementizer() -> None:
    text = "Onder andere Job Cohen wees Wilders er de afgelopen week op dat het misging."
    upos = {"Onder": "ADP", "wees": "VERB", "afgelopen": "VERB", "op": "ADP", "dat": "SCONJ"}
    found = run(text, upos=upos, entities={"Job Cohen": "PER", "Wilders": "PER"})
    assert [(q["text"], q["speaker"]) for q in found] == [("het misging", "Job Cohen")]


def test_a_number_before_adjectives_heads_no_phrase_yet() -> None:
    text = "Bovendien wijzen de vier grote steden erop dat ze moeten bouwen."
    upos = {"vier": "NUM", "grote": "ADJ", "steden": "NOUN", "wijzen": "VERB", "dat": "SCONJ"}
    assert one(text, upos=upos)["speaker"] == "de vier grote steden"


def test_delen_reports_a_clause_but_attributes_no_fragment() -> None:
    upos = {"deelde": "VERB", "deelt": "VERB", "dat": "SCONJ"}
    assert one("Enzo Knol deelde dat hij elke dag luisterde.", upos=upos)["speaker"] == "Enzo Knol"
    assert run("De koning deelt foto's van zijn nieuwe ‘bijvrouw’.", upos=upos) == []


def test_a_participle_before_its_noun_opens_the_speaker_phrase() -> None:
    text = "„Wat een bizar scenario”, zei de verrassende ritwinnaar, die de sprint won."
    upos = {"zei": "VERB", "de": "DET", "verrassende": "VERB", "ritwinnaar": "NOUN", "won": "VERB"}
    assert one(text, upos=upos)["speaker"] == "de verrassende ritwinnaar"


def test_achten_reports_a_judgement_even_tagged_as_a_number() -> None:
    upos = {"acht": "NUM", "de": "DET", "groot": "ADJ", "speelt": "VERB"}
    quote = one("De krant acht de kans groot dat de koning geen rol meer speelt.", upos=upos)
    assert quote["speaker"] == "De krant"
    assert quote["text"].endswith("de koning geen rol meer speelt")
    assert not run("Er kwamen er acht. De rest bleef thuis.", upos={"acht": "NUM"})


def test_a_speech_verb_mistagged_as_a_noun_after_a_comma_is_a_cue() -> None:
    upos = {"bezwoer": "NOUN", "was": "AUX"}
    quote = one(
        "Van een afloop was geen sprake, bezwoer Vedder.", upos=upos, entities={"Vedder": "PER"}
    )
    assert (quote["text"], quote["cue"], quote["speaker"]) == (
        "Van een afloop was geen sprake",
        "bezwoer",
        "Vedder",
    )


def test_volgens_haar_before_an_adverb_is_the_pronoun() -> None:
    upos = {"was": "AUX", "haar": "PRON", "enigszins": "ADV", "ongemakkelijk": "ADJ"}
    quote = one("Het afscheid was volgens haar enigszins ongemakkelijk.", upos=upos)
    assert (quote["text"], quote["speaker"]) == (
        "Het afscheid was volgens haar enigszins ongemakkelijk",
        "haar",
    )
    upos = {"haar": "PRON", "zeer": "ADV", "goede": "ADJ", "vriend": "NOUN", "komt": "VERB"}
    quote = one("Volgens haar zeer goede vriend komt hij niet.", upos=upos)
    assert quote["speaker"] == "haar zeer goede vriend"


def test_aangeven_with_a_te_infinitive_reports() -> None:
    upos = {"gaf": "VERB", "aan": "ADP", "sneller": "ADJ", "te": "ADP", "zijn": "AUX"}
    quote = one("Leclerc gaf aan sneller te zijn dan Vettel.", upos=upos)
    assert (quote["text"], quote["cue"], quote["speaker"]) == (
        "sneller te zijn dan Vettel",
        "gaf aan",
        "Leclerc",
    )
    upos = {"gaf": "VERB", "boek": "NOUN", "aan": "ADP", "zijn": "PRON", "broer": "NOUN"}
    assert not run("Hij gaf het boek aan zijn broer te lezen.", upos=upos)


def test_a_name_that_only_owns_a_thing_does_not_take_the_next_quote() -> None:
    text = (
        "„Het is bijzonder”, zegt René Kok.\n\n"
        "De teksten van Blokzijl liggen in het archief. „Hij was bekend.”"
    )
    found = run(text, entities={"René Kok": "PER", "Blokzijl": "PER"})
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("Het is bijzonder", "René Kok"),
        ("Hij was bekend.", "René Kok"),
    ]


def test_an_institution_noun_before_a_headline_colon_is_its_source() -> None:
    text = "Commissie: minister handelt in strijd met wet\n\nHet rapport is uit."
    upos = {"Commissie": "NOUN", "minister": "NOUN", "handelt": "VERB"}
    found = run(text, kinds=["title", "body"], upos=upos)
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("minister handelt in strijd met wet", "Commissie")
    ]
    text = "Podcasts: de rechter handelt snel\n\nHet rapport is uit."
    upos = {"Podcasts": "NOUN", "rechter": "NOUN", "handelt": "VERB"}
    assert run(text, kinds=["title", "body"], upos=upos) == []


def test_a_plural_institution_or_a_role_compound_before_a_headline_colon() -> None:
    upos = {"minister": "NOUN", "handelt": "VERB", "Bonden": "NOUN", "Kliniekdirecteur": "NOUN"}
    for source in ("Bonden", "Kliniekdirecteur", "Ombudsman"):
        text = f"{source}: minister handelt te traag\n\nHet rapport is uit."
        found = run(text, kinds=["title", "body"], upos=upos | {"Ombudsman": "NOUN"})
        assert [(q["text"], q["speaker"]) for q in found] == [("minister handelt te traag", source)]


def test_a_quoted_fragment_in_what_a_source_wants_is_its_partial_quote() -> None:
    upos = {"wil": "VERB", "willen": "VERB"}
    text = "Koopmans wil voor zulke zaken een ‘superspoedprocedure’."
    quote = one(text, upos=upos, entities={"Koopmans": "PER"})
    assert (quote["kind"], quote["speaker"], quote["cue"]) == ("partial", "Koopmans", "wil")
    # no source wants it ("het verhaal" is no one), or the wish is another clause's
    assert run("Het verhaal wil een ‘superspoedprocedure’.", upos=upos) == []
    assert run("Zij willen weg, maar de ‘superspoedprocedure’ blijft.", upos=upos) == []
    assert run("Dan wil je niet het gevoel hebben ‘slechts’ een nummer te zijn.", upos=upos) == []


def test_interpreteren_and_afdoen_als_attribute_a_partial_quote() -> None:
    upos = {"interpreteerden": "VERB", "als": "SCONJ"}
    quote = one("Joodse leiders interpreteerden zijn woorden als ‘onverklaarbaar’.", upos=upos)
    assert (quote["kind"], quote["text"], quote["speaker"]) == (
        "partial",
        "onverklaarbaar",
        "Joodse leiders",
    )
    quote = one("Wilders doet de dader af als ‘een verknipte idioot’.", upos={"doet": "VERB"})
    assert (quote["text"], quote["cue"]) == ("een verknipte idioot", "doet")


def test_a_subject_keeps_the_place_it_is_in() -> None:
    upos = {"vinden": "VERB", "kan": "AUX", "in": "ADP"}
    entities = {"Tweede Kamer": "ORG"}
    quote = one(
        "Partijen in de Tweede Kamer vinden dat het niet kan.", upos=upos, entities=entities
    )
    assert quote["speaker"] == "Partijen in de Tweede Kamer"
    quote = one(
        "In de Tweede Kamer vinden partijen dat het niet kan.", upos=upos, entities=entities
    )
    assert quote["speaker"] == "partijen"


def test_volgens_haar_before_an_article_and_volgens_haarzelf_are_the_pronoun() -> None:
    upos = {"zou": "AUX", "haar": "PRON", "een": "DET", "opleiding": "NOUN", "komen": "VERB"}
    quote = one("Britney lacht. Daarom zou er volgens haar een opleiding komen.", upos=upos)
    assert quote["speaker"] == "haar"
    upos = {"komt": "VERB", "haar": "PRON", "doordat": "SCONJ", "vissen": "VERB"}
    quote = one("Marion lacht. Dat komt volgens haar doordat scholen vissen.", upos=upos)
    assert (quote["text"], quote["speaker"]) == (
        "Dat komt volgens haar doordat scholen vissen",
        "haar",
    )
    upos = {"leek": "VERB", "haarzelf": "PRON"}
    quote = one("Volgens haarzelf leek ze op foto’s zwaarder.", upos=upos)
    assert quote["speaker"] == "haarzelf"


def test_a_speaker_after_its_cue_keeps_all_its_adjectives() -> None:
    upos = {"gaan": "VERB", "vertelde": "VERB", "beroemde": "ADJ", "Britse": "ADJ"}
    upos |= {"tv-chef": "NOUN"}
    quote = one("Amerikanen gaan graag uit eten, vertelde de beroemde Britse tv-chef.", upos=upos)
    assert quote["speaker"] == "de beroemde Britse tv-chef"


def test_a_present_tense_equal_to_its_stem_after_a_comma_is_a_cue() -> None:
    upos = {"gaat": "VERB", "verzucht": "ADJ", "Jaspers": "ADJ"}
    quote = one(
        "Maar erg makkelijk gaat dat niet, verzucht Jaspers.",
        upos=upos,
        entities={"Jaspers": "PER"},
    )
    assert (quote["text"], quote["speaker"]) == ("Maar erg makkelijk gaat dat niet", "Jaspers")


def test_er_vanuit_gaan_dat_reports_an_assumption() -> None:
    upos = {"gingen": "VERB", "vanuit": "ADP", "was": "AUX"}
    quote = one("Toen gingen de maatschappijen er vanuit dat het daar veilig was.", upos=upos)
    assert (quote["text"], quote["speaker"]) == ("het daar veilig was", "de maatschappijen")


def test_a_person_reporting_inside_an_outlet_s_trailing_cue_keeps_the_report() -> None:
    upos = {"vindt": "VERB", "moet": "AUX", "komen": "VERB"}
    text = "Thieme vindt dat er een verbod moet komen, aldus omroep BNNVARA."
    found = run(text, entities={"Thieme": "PER", "BNNVARA": "ORG"}, upos=upos)
    assert [(q["text"], q["speaker"], q["medium"]) for q in found] == [
        ("er een verbod moet komen", "Thieme", "BNNVARA")
    ]


def test_laten_zien_dat_reports_what_a_source_shows() -> None:
    upos = {"liet": "VERB", "zien": "VERB", "dat": "SCONJ", "omgaan": "VERB"}
    text = "Het programma Rambam liet gisteren zien dat trainers ruw met honden omgaan."
    quote = one(text, upos=upos, entities={"Rambam": "ORG"})
    assert (quote["text"], quote["speaker"]) == (
        "trainers ruw met honden omgaan",
        "Rambam",  # the name of "Het programma Rambam"
    )


def test_dit_dachten_de_meeste_mensen_is_said_by_the_people() -> None:
    upos = {"is": "AUX", "Dit": "PRON", "dachten": "VERB", "meeste": "ADV", "mensen": "NOUN"}
    found = run("Het vliegtuig is neergeschoten. Dit dachten de meeste mensen al.", upos=upos)
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("Het vliegtuig is neergeschoten", "de meeste mensen")
    ]


def test_a_colon_label_may_give_the_speaker_s_age() -> None:
    quote = one("Leander (17): ‘Het lijkt me een vreemd plan.’", entities={"Leander": "PER"})
    assert (quote["speaker"], quote["cue"]) == ("Leander", ":")


def test_het_eens_zijn_and_het_erop_houden_dat_report() -> None:
    upos = {"waren": "AUX", "eens": "ADV", "dat": "SCONJ", "moest": "AUX", "veranderen": "VERB"}
    quote = one("Alle partijen waren het er over eens dat dit moest veranderen.", upos=upos)
    assert (quote["text"], quote["speaker"]) == ("dit moest veranderen", "Alle partijen")
    upos = {"houdt": "VERB", "erop": "ADV", "dat": "SCONJ", "zijn": "AUX", "verdiend": "VERB"}
    quote = one("Justitie houdt het erop dat er miljoenen zijn verdiend.", upos=upos)
    assert (quote["text"], quote["speaker"]) == ("er miljoenen zijn verdiend", "Justitie")


def test_volgens_after_the_verb_zijn_is_a_source_inside_the_clause() -> None:
    upos = {"zijn": "AUX", "volgens": "ADP", "de": "DET", "commissaris": "NOUN", "een": "DET"}
    quote = one("De gesprekken zijn volgens de commissaris een stap vooruit.", upos=upos)
    assert (quote["text"], quote["speaker"]) == (
        "De gesprekken zijn volgens de commissaris een stap vooruit",
        "de commissaris",
    )
    upos = {"is": "AUX", "de": "DET", "volgens": "ADP", "grootste": "ADJ"}
    assert run("Hij is de volgens Rutte grootste staatsman.", upos=upos) == []


def test_a_title_s_dot_ends_no_sentence_and_volgens_after_an_attribution_is_no_source() -> None:
    text = "„Ik zag vier bijen”, aldus Dr. Hung Chi-ting, volgens Business Insider."
    entities = {"Hung Chi-ting": "PER", "Business Insider": "ORG"}
    found = run(text, entities=entities, upos={"aldus": "ADV", "volgens": "ADP"})
    assert [(q["kind"], q["text"], q["speaker"]) for q in found] == [
        ("direct", "Ik zag vier bijen", "Hung Chi-ting")
    ]


def test_a_colon_intro_without_a_cue_takes_the_person_it_makes_subject() -> None:
    text = "Nu liet Máxima zich horen in Margriet: „Nederland is divers.”"
    # Tokens: Nu(0) liet(1) Máxima(2) zich(3) horen(4) in(5) Margriet(6) :(7) ...
    heads = {0: (1, "advmod"), 1: (None, "root"), 2: (1, "nsubj"), 3: (1, "obj"), 4: (1, "xcomp")}
    heads |= {5: (6, "case"), 6: (1, "obl"), 7: (1, "punct")}
    entities = {"Máxima": "PER", "Margriet": "MISC"}
    quote = one(text, entities=entities, heads=heads, upos={"liet": "VERB", "horen": "VERB"})
    assert (quote["speaker"], quote["cue"]) == ("Máxima", ":")


def test_a_quote_named_as_someone_s_words_is_theirs() -> None:
    text = "Hij won. „Ik ga blij naar huis”, waren zo'n beetje de eerste woorden van Kruijswijk."
    quote = one(text, entities={"Kruijswijk": "PER"}, upos={"waren": "AUX"})
    assert (quote["speaker"], quote["cue"]) == (
        "Kruijswijk",
        "waren zo'n beetje de eerste woorden van",
    )
    text = "Het kabinet sprak. „Daar is geen sprake van”, was de reactie van minister Hoekstra."
    quote = one(text, entities={"Hoekstra": "PER"}, upos={"was": "AUX"})
    assert quote["speaker"] == "Hoekstra"


def test_a_plural_speech_verb_tagged_as_a_noun_between_subject_and_dat_is_a_cue() -> None:
    upos = {"Koreaanse": "ADJ", "media": "NOUN", "berichten": "NOUN", "dat": "SCONJ"}
    upos |= {"kregen": "VERB"}
    quote = one("Koreaanse media berichten dat de providers lucht kregen.", upos=upos)
    assert (quote["text"], quote["speaker"]) == ("de providers lucht kregen", "Koreaanse media")


def test_claimen_with_a_te_clause_reports() -> None:
    upos = {"claimen": "VERB", "te": "ADP", "hebben": "AUX", "gelanceerd": "VERB"}
    quote = one("De providers claimen een eigen netwerk te hebben gelanceerd.", upos=upos)
    assert (quote["text"], quote["speaker"]) == (
        "een eigen netwerk te hebben gelanceerd",
        "De providers",
    )
    upos = {"bekende": "VERB", "in": "ADP", "2013": "NUM", "te": "ADP", "hebben": "AUX"}
    quote = one("Hij bekende in 2013 verboden middelen te hebben gebruikt.", upos=upos)
    assert (quote["text"], quote["cue"]) == ("verboden middelen te hebben gebruikt", "bekende")


def test_a_sentence_split_between_a_lower_case_word_and_a_name_is_undone() -> None:
    text = "Technisch directeur Ted van Leeuwen is blij. De club ook."
    tokens = tuple(
        Token(m.start(), m.end(), m.group(), m.group().lower(), "X")
        for m in re.finditer(r"\w+|\S", text)
    )
    cut, end = text.index("Ted"), text.index("De club")
    split = (
        Sentence(0, cut - 1, tokens[:2]),  # "Technisch directeur | Ted van Leeuwen"
        Sentence(cut, end - 1, tokens[2:8]),
        Sentence(end, len(text), tokens[8:]),  # "blij. | De club": a real sentence end
    )
    doc = _Doc(Annotation(text, split, ()), blocks(text))
    assert [text[doc.tokens[a].start : doc.tokens[b - 1].end] for a, b in doc.units] == [
        "Technisch directeur Ted van Leeuwen is blij.",
        "De club ook.",
    ]


def test_an_uncued_quote_after_a_fronted_phrase_takes_the_pronoun_subject() -> None:
    text = "Na zes ronden had hij zijn plek terug. „Ik kwam slecht weg.”"
    # Tokens: Na(0) zes(1) ronden(2) had(3) hij(4) zijn(5) plek(6) terug(7) .(8)
    heads = {0: (2, "case"), 1: (2, "nummod"), 2: (3, "obl"), 3: (None, "root"), 4: (3, "nsubj")}
    heads |= {5: (6, "nmod:poss"), 6: (3, "obj"), 7: (3, "compound:prt"), 8: (3, "punct")}
    feats = {"had": {"Number": "Sing", "VerbForm": "Fin"}}
    upos = {"Na": "ADP", "zes": "NUM", "ronden": "NOUN", "had": "AUX"}
    quote = one(text, heads=heads, feats=feats, upos=upos)
    assert quote["speaker"] == "hij"
    # A plural verb's "ze" is a thing ("raken ze aan het fundament": the cuts), no speaker.
    text = "Na zes ronden raken ze aan het fundament. „Ik kwam slecht weg.”"
    heads = {0: (2, "case"), 1: (2, "nummod"), 2: (3, "obl"), 3: (None, "root"), 4: (3, "nsubj")}
    feats = {"raken": {"Number": "Plur", "VerbForm": "Fin"}}
    upos = {"Na": "ADP", "zes": "NUM", "ronden": "NOUN", "raken": "VERB"}
    assert one(text, heads=heads, feats=feats, upos=upos)["speaker"] is None


def test_a_report_in_a_fronted_subordinate_clause_ends_before_the_main_clause() -> None:
    text = (
        "Waar adviseur Marko in niet mis te verstane woorden liet weten het oneens te zijn met "
        "de straf, bleef Horner kalm. „Het mag gewoon.”"
    )
    upos = {"Waar": "ADV", "adviseur": "NOUN", "in": "ADP", "niet": "ADV", "mis": "ADV"}
    upos |= {"te": "ADP", "verstane": "ADJ", "woorden": "NOUN", "liet": "VERB"}
    upos |= {"weten": "VERB", "oneens": "ADJ", "zijn": "AUX", "bleef": "VERB", "kalm": "ADJ"}
    feats = {"liet": {"VerbForm": "Fin"}, "bleef": {"VerbForm": "Fin", "Number": "Sing"}}
    # liet(9) is the subordinate clause's verb, bleef(19) the root with subject Horner(20).
    heads = {i: (9, "dep") for i in range(19)} | {i: (19, "dep") for i in range(20, 23)}
    heads |= {9: (19, "advcl"), 19: (None, "root"), 20: (19, "nsubj")}
    entities = {"Marko": "PER", "Horner": "PER"}
    found = run(text, entities=entities, upos=upos, feats=feats, heads=heads)
    assert [(q["kind"], q["text"], q["speaker"]) for q in found] == [
        ("indirect", "het oneens te zijn met de straf", "Marko"),
        ("direct", "Het mag gewoon.", "Horner"),
    ]


def test_an_inverted_subject_takes_in_what_goes_on_it_after_the_verb() -> None:
    assert one("„Zij blijven zitten”, stelt iemand anders.")["speaker"] == "iemand anders"
    upos = {"vindt": "VERB", "ruim": "ADV", "deelnemers": "NOUN", "Stelling": "NOUN"}
    text = "Het is terecht dat hij opstapt, vindt driekwart van de deelnemers aan de Stelling."
    assert one(text, upos=upos)["speaker"] == "driekwart van de deelnemers aan de Stelling"
    text = "„Het is onzin”, stellen de organisaties achter de Bankwijzer."
    assert (
        one(text, upos={"Bankwijzer": "NOUN"})["speaker"] == "de organisaties achter de Bankwijzer"
    )
    text = "„Het was fijn”, zeggen Vanessa en Chisom."
    feats = {"zeggen": {"Number": "Plur"}}
    assert one(text, feats=feats, entities={"Vanessa": "PER", "Chisom": "PER"})["speaker"] == (
        "Vanessa en Chisom"
    )
    # Whom a source told is no part of it; a singular verb has one subject.
    text = "„Het is stil”, vertelde een bron aan The Sun."
    assert one(text, entities={"The Sun": "ORG"})["speaker"] == "een bron"
    text = "„Het was fijn”, zegt Vanessa en Chisom knikt."
    found = run(text, feats={"zegt": {"Number": "Sing"}}, entities={"Vanessa": "PER"})
    assert found[0]["speaker"] == "Vanessa"


def test_a_headline_quote_goes_to_the_body_quote_it_rewords() -> None:
    text = (
        "‘Mijn generatie beseft hoe broos vrouwenrechten zijn’\n\n"
        "„Het boek is spannend”, zegt Kristine Steenbergh.\n\n"
        "„Mijn generatie ziet nu pas hoe broos de vrouwenrechten zijn”, zegt Mojdeh Feili."
    )
    entities = {"Kristine Steenbergh": "PER", "Mojdeh Feili": "PER"}
    found = run(text, entities=entities, kinds=["title", "body", "body"])
    assert [q["speaker"] for q in found] == ["Mojdeh Feili", "Kristine Steenbergh", "Mojdeh Feili"]


def test_a_short_headline_quote_goes_to_the_body_quote_holding_all_its_words() -> None:
    text = (
        "Het kabinet na Buma\n\n"
        "‘Tijd zat’\n\n"
        "„Het gaat goed”, zegt Knops.\n\n"
        "„De verkiezingen zijn pas in 2021, dus er is tijd zat”, zegt De Jonge."
    )
    entities = {"Knops": "PER", "De Jonge": "PER"}
    found = run(text, entities=entities, kinds=["title", "heading", "body", "body"])
    assert [q["speaker"] for q in found] == ["De Jonge", "Knops", "De Jonge"]


def test_the_u_an_interviewer_speaks_to_is_the_interviewee() -> None:
    text = (
        "Een gesprek met Ramsey Nasr over Vermeer.\n\n"
        "Waarom juist Nederland?\n\n"
        "‘Het is mijn land.’\n\n"
        "Is dat trots?\n\n"
        "‘Nee, dat is liefde.’\n\n"
        "U zegt dat de angst de grootste fout is."
    )
    found = run(text, entities={"Ramsey Nasr": "PER", "Vermeer": "PER"}, upos={"zegt": "VERB"})
    assert [(q["kind"], q["speaker"]) for q in found] == [
        ("direct", "Ramsey Nasr"),
        ("direct", "Ramsey Nasr"),
        ("indirect", "Ramsey Nasr"),  # not "U", left for the pronoun rules to give to Vermeer
    ]


def test_hij_after_an_unnamed_source_s_quote_is_that_source() -> None:
    text = "De granaat was te kort, legt een woordvoerder uit. „We weten niet meer”, zegt hij."
    found = run(text, upos={"legt": "VERB", "woordvoerder": "NOUN"})
    assert [(q["kind"], q["speaker"]) for q in found] == [
        ("indirect", "een woordvoerder"),
        ("direct", "een woordvoerder"),  # not "hij", which no named person can take
    ]
    # A person named in between is the pronoun's; a counted group is no "hij".
    text = (
        "De granaat was te kort, legt een woordvoerder uit. Minister Bijleveld is boos. "
        "„We weten niet meer”, zegt hij."
    )
    found = run(text, upos={"legt": "VERB", "woordvoerder": "NOUN"}, entities={"Bijleveld": "PER"})
    assert found[-1]["speaker"] == "hij"
    text = "Het klopt, vinden 70 procent van de mensen. „Ik ben blij”, zegt hij."
    upos = {"vinden": "VERB", "70": "NUM", "procent": "NOUN", "mensen": "NOUN"}
    assert run(text, upos=upos)[-1]["speaker"] == "hij"


def test_an_outlet_reporting_an_organisation_s_report_gives_two_reports() -> None:
    text = "Stadion Feijenoord heeft aangekondigd de kosten te verhalen, meldt RTV Rijnmond."
    entities = {"Stadion Feijenoord": "ORG", "RTV Rijnmond": "ORG"}
    upos = {"heeft": "AUX", "aangekondigd": "VERB", "te": "ADP", "verhalen": "VERB"}
    found = run(text, entities=entities, upos=upos | {"meldt": "VERB"})
    assert sorted((q["text"], q["speaker"]) for q in found) == [
        ("Stadion Feijenoord heeft aangekondigd de kosten te verhalen", "RTV Rijnmond"),
        ("de kosten te verhalen", "Stadion Feijenoord"),
    ]


def test_a_fronted_object_before_verb_and_pronoun_introduces_the_pronoun() -> None:
    text = "Rutte sprak. Wilders' haatpaleizen kon hij niet pruimen. „Het is verschrikkelijk.”"
    upos = {"haatpaleizen": "NOUN", "kon": "AUX", "'": "PUNCT"}
    feats = {"kon": {"VerbForm": "Fin"}}
    entities = {"Rutte": "PER", "Wilders": "PER"}
    assert one(text, upos=upos, feats=feats, entities=entities)["speaker"] == "hij"


def test_dat_with_an_auxiliary_and_a_participle_cue_reports_the_previous_sentence() -> None:
    text = "Het duo staat in de Van Dale. Dat heeft hoofdredacteur Den Boon bekendgemaakt."
    upos = {"heeft": "AUX", "hoofdredacteur": "NOUN", "bekendgemaakt": "VERB"}
    feats = {"bekendgemaakt": {"VerbForm": "Part"}}
    quote = one(text, upos=upos, feats=feats, entities={"Den Boon": "PER"})
    assert (quote["text"], quote["speaker"]) == ("Het duo staat in de Van Dale", "Den Boon")
    # What someone saw is no report.
    text = "De nood is hoog. Dat hebben hulpverleners met eigen ogen gezien."
    upos = {"hebben": "AUX", "hulpverleners": "NOUN", "gezien": "VERB"}
    assert run(text, upos=upos, feats={"gezien": {"VerbForm": "Part"}}) == []


def test_a_condition_with_its_own_main_clause_before_a_trailing_cue_is_a_claim() -> None:
    text = "Als er geen geld komt, zal hij het faillissement aanvragen, schrijft 1Limburg."
    upos = {"Als": "SCONJ", "komt": "VERB", "zal": "AUX", "aanvragen": "VERB"}
    feats = {"zal": {"VerbForm": "Fin"}}
    quote = one(text, upos=upos | {"schrijft": "VERB"}, feats=feats, entities={"1Limburg": "ORG"})
    assert quote["text"] == "Als er geen geld komt, zal hij het faillissement aanvragen"


def test_dat_melden_opening_a_paragraph_reports_the_lead_before_it() -> None:
    text = "Een surfer is aangevallen door een haai.\n\nDat melden internationale media."
    quote = one(text, upos={"melden": "VERB", "media": "NOUN"})
    assert (quote["text"], quote["speaker"], quote["paragraph"]) == (
        "Een surfer is aangevallen door een haai",
        "internationale media",
        0,
    )


def test_a_quoted_title_with_a_comma_after_a_trailing_cue() -> None:
    text = (
        "Hij is reserve bij CCC, zo maakte Ten Dam bekend in zijn podcast 'Live Slow, Ride Fast'."
    )
    upos = {"is": "AUX", "reserve": "NOUN", "maakte": "VERB", "bekend": "ADJ"}
    quote = one(text, upos=upos, entities={"Ten Dam": "PER", "CCC": "ORG"})
    assert (quote["kind"], quote["text"], quote["speaker"]) == (
        "indirect",
        "Hij is reserve bij CCC",
        "Ten Dam",
    )  # the title is no partial quote, and its comma does not make the cue an aside


def test_a_time_phrase_between_cue_and_subject_and_a_mistagged_final_verb() -> None:
    text = "Toen kondigden in de laatste maand van het jaar drie leraren aan dat ze weggingen."
    upos = {"Toen": "ADV", "kondigden": "VERB", "in": "ADP", "de": "DET", "laatste": "ADJ"}
    upos |= {"maand": "NOUN", "van": "ADP", "het": "DET", "jaar": "NOUN", "drie": "NUM"}
    upos |= {"leraren": "NOUN", "aan": "ADP", "dat": "SCONJ", "weggingen": "NOUN"}
    heads = {i: (1, "dep") for i in range(16)} | {1: (None, "root")}  # a parse, all but one tag
    quote = one(text, upos=upos, heads=heads)
    assert (quote["text"], quote["speaker"]) == ("ze weggingen", "drie leraren")


def test_a_participle_used_as_a_preposition_is_no_cue() -> None:
    text = "De rechtbank vond het raadzaam, gezien het dossier, toch een advocaat te nemen."
    upos = {"vond": "VERB", "raadzaam": "NOUN", "gezien": "VERB", "dossier": "NOUN"}
    heads = {2: (None, "root"), 4: (2, "obj"), 6: (8, "case"), 8: (2, "obl")}
    # the court's opinion is reported ("vond het raadzaam ..."), "gezien" cues nothing
    assert [q["cue"] for q in run(text, upos=upos, heads=heads)] == ["vond"]


def test_ter_discussie_stellen_is_no_speech() -> None:
    text = (
        "Volgens Hoekstra stellen zuinige landen de toekomst van de NAVO ter discussie. "
        "„We betalen niet langer de rekening.”"
    )
    upos = {"stellen": "VERB", "landen": "NOUN", "toekomst": "NOUN", "discussie": "NOUN"}
    found = run(text, upos=upos, entities={"Hoekstra": "PER", "NAVO": "ORG"})
    direct = [q for q in found if q["kind"] == "direct"]
    assert [(q["text"], q["speaker"]) for q in direct] == [
        ("We betalen niet langer de rekening.", "Hoekstra")
    ]  # the speaker of the "volgens" report, not the subject of "ter discussie stellen"


def test_beschrijven_als_takes_a_quoted_label() -> None:
    text = "Murphy werkt aan een project dat hij beschrijft als ’een liefdesbrief aan Hollywood’."
    upos = {"beschrijft": "VERB", "werkt": "VERB", "project": "NOUN"}
    quote = one(text, upos=upos, entities={"Murphy": "PER", "Hollywood": "LOC"})
    assert (quote["kind"], quote["text"], quote["cue"]) == (
        "partial",
        "een liefdesbrief aan Hollywood",
        "beschrijft",
    )


def test_his_words_are_his() -> None:
    text = "Polak is kritisch. Het is nog niet duidelijk hoe het mis ging, blijkt uit zijn woorden."
    upos = {"blijkt": "VERB", "woorden": "NOUN", "ging": "VERB"}
    quote = one(text, upos=upos, entities={"Polak": "PER"})
    assert (quote["speaker"], quote["cue"]) == ("zijn", "blijkt uit")


def test_a_month_before_an_inverted_subject_is_a_time() -> None:
    text = "Afgelopen september antwoordde staatssecretaris Harbers dat er 120 gezinnen wachtten."
    upos = {"Afgelopen": "ADJ", "september": "NOUN", "antwoordde": "VERB", "gezinnen": "NOUN"}
    upos |= {"staatssecretaris": "NOUN", "wachtten": "VERB"}
    quote = one(text, upos=upos, entities={"Harbers": "PER"})
    assert (quote["text"], quote["speaker"]) == ("er 120 gezinnen wachtten", "Harbers")


def test_a_subject_opened_by_a_bare_participle_in_a_subordinate_clause() -> None:
    text = "Het is een baan, hoewel vertrekkende leden benadrukken dat het werk zwaar kan zijn."
    upos = {"vertrekkende": "VERB", "leden": "NOUN", "benadrukken": "VERB", "zwaar": "ADJ"}
    upos |= {"werk": "NOUN", "kan": "AUX", "zijn": "AUX"}
    heads = {3: (None, "root"), 6: (7, "amod"), 7: (8, "nsubj"), 8: (3, "advcl")}
    heads |= {9: (13, "mark"), 11: (13, "nsubj"), 13: (8, "ccomp")}
    quote = one(text, upos=upos, heads=heads)
    assert (quote["text"], quote["speaker"]) == (
        "het werk zwaar kan zijn",
        "vertrekkende leden",
    )


def test_volgens_jou_is_the_reader_not_a_source() -> None:
    text = "Hij slaat de boodschappen van zijn fiets. Hij heeft volgens jou wat verkeerd gedaan."
    assert run(text, upos={"slaat": "VERB", "gedaan": "VERB"}) == []


def test_a_comparison_with_a_speech_verb_is_no_report() -> None:
    text = "Aladdin succesvoller dan verwacht: 112 miljoen dollar na eerste weekend"
    upos = {"Aladdin": "PROPN", "succesvoller": "ADJ", "dan": "ADV", "verwacht": "VERB"}
    assert run(text, upos=upos, kinds=["title"]) == []
    text = "Dan verwacht de minister dat de kosten flink stijgen."
    quote = one(text, upos={"Dan": "ADV", "verwacht": "VERB", "stijgen": "VERB"})
    assert (quote["text"], quote["speaker"]) == ("de kosten flink stijgen", "de minister")


def test_als_after_a_verb_is_no_predicate_of_zien() -> None:
    text = "Velen zagen de film en daarmee doet die het beter dan het deel met Reeves als dief."
    upos = {"zagen": "VERB", "film": "NOUN", "doet": "VERB", "deel": "NOUN", "dief": "NOUN"}
    assert run(text, upos=upos, entities={"Reeves": "PER"}) == []


def test_vinden_het_with_a_noun_predicate() -> None:
    upos = {"vindt": "VERB", "het": "DET", "symboolpolitiek": "NOUN"}
    quote = one(
        "Dennis de Jong vindt het symboolpolitiek.", upos=upos, entities={"Dennis de Jong": "PER"}
    )
    assert (quote["text"], quote["speaker"]) == ("het symboolpolitiek", "Dennis de Jong")


def test_an_uncued_quote_after_a_sentence_ending_on_a_name() -> None:
    text = "Dat valt ook zijn bondscoach op, Gerben de Knegt. „Het lijkt me vervelend voor hem.”"
    upos = {"valt": "VERB", "bondscoach": "NOUN", "op": "ADP"}
    quote = one(text, upos=upos, entities={"Gerben de Knegt": "PER"})
    assert (quote["kind"], quote["speaker"]) == ("direct", "Gerben de Knegt")


def test_an_uncued_quote_after_a_sentence_whose_parsed_subject_is_a_name() -> None:
    text = "Jammer genoeg kan Marielle het kruis niet dragen. „Ik ben daar te klein voor.”"
    upos = {"Jammer": "ADJ", "genoeg": "ADV", "kan": "AUX", "kruis": "NOUN", "dragen": "VERB"}
    heads = {0: (7, "advmod"), 1: (0, "advmod"), 2: (7, "aux"), 3: (7, "nsubj")}
    heads |= {4: (5, "det"), 5: (7, "obj"), 6: (7, "advmod"), 7: (None, "root"), 8: (7, "punct")}
    quote = one(text, upos=upos, heads=heads, entities={"Marielle": "PER"})
    assert (quote["kind"], quote["speaker"]) == ("direct", "Marielle")


def test_a_document_states_a_claim() -> None:
    text = "Het kabinet laat twee eisen los, staat in een brief aan de Tweede Kamer."
    upos = {"laat": "VERB", "eisen": "NOUN", "staat": "VERB", "brief": "NOUN"}
    quote = one(text, upos=upos, entities={"Tweede Kamer": "ORG"})
    assert (quote["kind"], quote["text"], quote["cue"], quote["speaker"]) == (
        "indirect",
        "Het kabinet laat twee eisen los",
        "staat in",
        "een brief aan de Tweede Kamer",
    )  # the document as written is the source (as the development set's annotators code it)
    text = "In het rapport staat dat de wereld te weinig doet."
    quote = one(text, upos={"In": "ADP", "het": "DET", "rapport": "NOUN", "staat": "VERB"})
    assert (quote["text"], quote["speaker"]) == ("de wereld te weinig doet", "het rapport")
    text = "Op het trouwcertificaat stond dat de zangeres 18 jaar was."
    quote = one(text, upos={"Op": "ADP", "het": "DET", "trouwcertificaat": "NOUN", "stond": "VERB"})
    assert (quote["text"], quote["speaker"]) == ("de zangeres 18 jaar was", "het trouwcertificaat")
    text = "Jansen reageerde boos. „Wij stoppen ermee”, staat in de verklaring."
    upos = {"reageerde": "VERB", "boos": "ADJ", "stoppen": "VERB", "staat": "VERB"}
    quote = one(text, upos=upos | {"verklaring": "NOUN"}, entities={"Jansen": "PER"})
    assert (quote["kind"], quote["speaker"]) == ("direct", "Jansen")  # quoted words: a person's
    text = "De VN publiceerden een rapport. Daarin staat dat de wereld te weinig doet."
    quote = one(text, upos={"publiceerden": "VERB", "staat": "VERB", "doet": "VERB"})
    assert (quote["text"], quote["cue"]) == ("de wereld te weinig doet", "Daarin staat")


def test_staat_in_without_a_document_is_no_cue() -> None:
    text = "De prijzen stijgen hard. Dat staat in schril contrast met de lonen van vorig jaar."
    assert run(text, upos={"stijgen": "VERB", "staat": "VERB", "contrast": "NOUN"}) == []


def test_a_small_clause_ends_before_en_and_a_finite_verb() -> None:
    text = "Burgemeester Salet vindt de branden heel erg naar en neemt snel maatregelen."
    upos = {"vindt": "VERB", "branden": "NOUN", "naar": "ADJ", "neemt": "VERB"}
    feats = {"neemt": {"VerbForm": "Fin"}}
    quote = one(text, upos=upos, feats=feats, entities={"Salet": "PER"})
    assert (quote["text"], quote["speaker"]) == ("de branden heel erg naar", "Salet")


def test_a_thing_that_says_something_volgens_a_person() -> None:
    text = "Het verhaal zegt volgens Mike veel over de wereld van nu. „Kijk maar naar Petrus.”"
    upos = {"verhaal": "NOUN", "zegt": "VERB", "wereld": "NOUN"}
    found = run(text, upos=upos, entities={"Mike": "PER"})
    direct = [q for q in found if q["kind"] == "direct"]
    assert [q["speaker"] for q in direct] == ["Mike"]


def test_an_intro_whose_subject_is_a_thing_names_no_speaker() -> None:
    text = (
        "„Het is te laat”, zegt Jansen. De zaak zegt veel over geld en macht. "
        "„Ook wordt erkend dat het slecht is aangepakt.”"
    )
    upos = {"zegt": "VERB", "zaak": "NOUN", "geld": "NOUN", "macht": "NOUN"}
    found = run(text, upos=upos, entities={"Jansen": "PER"})
    assert [q["speaker"] for q in found] == ["Jansen", "Jansen"]  # the last speaker goes on


def test_an_intro_whose_subject_is_a_person_noun_speaks() -> None:
    text = (
        "„Het is te laat”, zegt Jansen. Een buurvrouw reageert geschrokken. „Zoiets gebeurt nooit.”"
    )
    upos = {"zegt": "VERB", "buurvrouw": "NOUN", "reageert": "VERB", "geschrokken": "ADJ"}
    found = run(text, upos=upos, entities={"Jansen": "PER"})
    assert [q["speaker"] for q in found] == ["Jansen", "Een buurvrouw"]


def test_a_fragment_that_borrows_a_quote_s_words_is_that_speaker_s() -> None:
    text = (
        "„We investeren in de goede dingen”, zegt minister Bijleveld.\n\n"
        "Investeren 'in de goede dingen'\n\n"
        "Trump wil meer geld. De 'de markt' doet 'wat hij wil'."
    )
    upos = {"zegt": "VERB", "investeren": "VERB", "Investeren": "VERB", "wil": "VERB"}
    found = run(text, upos=upos, entities={"Bijleveld": "PER", "Trump": "PER"})
    assert [(q["kind"], q["text"], q["speaker"]) for q in found] == [
        ("direct", "We investeren in de goede dingen", "Bijleveld"),
        ("partial", "in de goede dingen", "Bijleveld"),
    ]  # "de markt" and "wat hij wil" repeat nobody's words


def test_a_weekday_that_is_a_surname_ends_the_subject() -> None:
    text = (
        "Zijn collega Remko Vrijdag stelde onlangs dat mensen meer aanstoot nemen aan de teksten."
    )
    upos = {"collega": "NOUN", "Remko": "PROPN", "Vrijdag": "PROPN", "stelde": "VERB"}
    upos |= {"mensen": "NOUN", "aanstoot": "NOUN", "nemen": "VERB"}
    quote = one(text, upos=upos)
    assert quote["speaker"] == "Zijn collega Remko Vrijdag"


def test_a_possessive_zijn_is_no_auxiliary() -> None:
    text = "Toch moest hij tot zijn teleurstelling constateren dat het niet het geval was."
    upos = {"moest": "AUX", "hij": "PRON", "zijn": "PRON", "teleurstelling": "NOUN"}
    upos |= {"constateren": "VERB", "geval": "NOUN", "was": "AUX"}
    feats = {"constateren": {"VerbForm": "Inf"}, "moest": {"VerbForm": "Fin"}}
    quote = one(text, upos=upos, feats=feats)
    assert (quote["text"], quote["speaker"]) == ("het niet het geval was", "hij")


def test_a_percentage_opens_the_subject() -> None:
    text = "84% van de deelnemers zegt dat deze kwestie hun vertrouwen heeft geschaad."
    upos = {"84": "SYM", "deelnemers": "NOUN", "zegt": "VERB", "kwestie": "NOUN"}
    annotation = annotate(text, upos=upos)
    first, percent, *rest = annotation.sentences[0].tokens  # Stanza's one token "84%"
    merged = dataclasses.replace(first, text="84%", end=percent.end)
    sentence = dataclasses.replace(annotation.sentences[0], tokens=(merged, *rest))
    annotation = dataclasses.replace(annotation, sentences=(sentence,))
    found = find_quotes(annotation, blocks(text))
    assert [text[q.speaker[0] : q.speaker[1]] for q in found if q.speaker] == [
        "84% van de deelnemers"
    ]


def test_a_prepositional_phrase_before_a_trailing_cue_is_no_claim() -> None:
    text = "Op de vraag hoe fans kunnen helpen, antwoordt Bergling: „Door te luisteren.”"
    upos = {"Op": "ADP", "vraag": "NOUN", "kunnen": "AUX", "helpen": "VERB", "antwoordt": "VERB"}
    feats = {"kunnen": {"VerbForm": "Fin"}, "antwoordt": {"VerbForm": "Fin"}}
    found = run(text, upos=upos, feats=feats, entities={"Bergling": "PER"})
    assert [(q["kind"], q["speaker"]) for q in found] == [("direct", "Bergling")]
    text = "In Nederland zijn te weinig huizen, zegt Jansen."
    upos = {"In": "ADP", "zijn": "AUX", "huizen": "NOUN", "zegt": "VERB"}
    feats = {"zijn": {"VerbForm": "Fin"}}
    quote = one(text, upos=upos, feats=feats, entities={"Jansen": "PER", "Nederland": "LOC"})
    assert quote["text"] == "In Nederland zijn te weinig huizen"


def test_een_van_and_zelf_inside_a_subject() -> None:
    text = "„Je vindt overal sporen”, zegt een van de auteurs."
    quote = one(text, upos={"zegt": "VERB", "auteurs": "NOUN", "een": "NUM"})
    assert quote["speaker"] == "een van de auteurs"
    text = "De rijder zelf reageert schuldbewust: „Dit was dom van mij.”"
    upos = {"rijder": "NOUN", "reageert": "VERB", "schuldbewust": "ADJ"}
    quote = one(text, upos=upos)
    assert quote["speaker"] == "De rijder zelf"


def test_a_topic_or_a_one_word_object_is_no_report() -> None:
    text = "Zo konden oud-leraren vertellen over hoe het was om voor een klas te staan."
    upos = {"konden": "AUX", "vertellen": "VERB", "over": "ADP", "was": "AUX", "staan": "VERB"}
    feats = {"konden": {"VerbForm": "Fin"}, "was": {"VerbForm": "Fin"}}
    heads = {i: (3, "dep") for i in range(15)} | {3: (None, "root")}
    assert run(text, upos=upos, feats=feats, heads=heads) == []
    text = "De Amerikaanse ambassadeur ziet dat anders."
    heads = {i: (3, "dep") for i in range(7)} | {3: (None, "root")}
    assert run(text, upos={"ziet": "VERB", "anders": "ADV"}, heads=heads) == []


def test_the_interviewee_is_the_source_the_lead_names_with_volgens() -> None:
    text = (
        "Hoe groot is de kans op oorlog volgens Remco Breuker?\n\n"
        "Waarom heeft Kim ruzie met Japan?\n\n"
        "‘Daar geloof ik niets van.’\n\n"
        "Wat wil Kim eigenlijk?\n\n"
        "‘Hij wil het zuiden binnenvallen.’"
    )
    upos = {"heeft": "AUX", "wil": "VERB", "geloof": "VERB", "binnenvallen": "VERB"}
    found = run(text, upos=upos, entities={"Remco Breuker": "PER", "Kim": "PER"})
    assert [q["speaker"] for q in found if q["kind"] == "direct"] == ["Remco Breuker"] * 2


def test_daaruit_blijkt_reports_a_clause() -> None:
    text = "Er kwam een enquête. Daaruit blijkt elk jaar dat de meeste mensen de koning steunen."
    upos = {"kwam": "VERB", "enquête": "NOUN", "blijkt": "VERB", "steunen": "VERB"}
    quote = one(text, upos=upos)
    assert (quote["text"], quote["cue"], quote["speaker"]) == (
        "de meeste mensen de koning steunen",
        "Daaruit blijkt",
        "een enquête",  # "Daaruit" points back to the survey, which is the source
    )
    text = "Er is een onderzoek ingesteld, waaruit bleek dat het geld uit Nederland kwam."
    upos = {"is": "AUX", "onderzoek": "NOUN", "ingesteld": "VERB", "bleek": "VERB"}
    quote = one(text, upos=upos | {"kwam": "VERB"})
    assert (quote["text"], quote["speaker"]) == ("het geld uit Nederland kwam", "een onderzoek")
    text = "De krant zag documenten van het hof. Daarin staat dat hij schuldig is."
    upos = {"krant": "NOUN", "zag": "VERB", "documenten": "NOUN", "van": "ADP", "hof": "NOUN"}
    quote = one(text, upos=upos | {"staat": "VERB", "is": "AUX"})
    assert quote["speaker"] == "documenten van het hof"
    text = "De minister sprak. Daarin staat dat hij schuldig is."  # nothing written named
    quote = one(text, upos={"minister": "NOUN", "sprak": "VERB", "staat": "VERB", "is": "AUX"})
    assert quote["speaker"] is None


def test_a_headline_quote_goes_to_the_person_who_opens_the_lead() -> None:
    text = "'Geweldig uitzicht vanaf de Akropolis'\n\nPim (17) uit Amsterdam is in Griekenland."
    found = run(text, kinds=["title", "body"], entities={"Pim": "PER"}, upos={"is": "AUX"})
    assert [(q["kind"], q["speaker"]) for q in found] == [("direct", "Pim")]
    text = "'Via een leeg koffiekopje betaald'\n\nOud-wielrenner Alex McGregor staat terecht."
    upos = {"Oud-wielrenner": "NOUN", "staat": "VERB"}
    found = run(text, kinds=["title", "body"], entities={"Alex McGregor": "PER"}, upos=upos)
    assert [(q["kind"], q["speaker"]) for q in found] == [("direct", "Alex McGregor")]


def test_the_full_name_of_the_last_speaker_is_no_one_else() -> None:
    text = (
        "„Het is voorbij”, zegt Lanoye.\n\n"
        "Een gesprek met TOM LANOYE over literatuur. „Schizofrenie is een partydrug.”"
    )
    upos = {"zegt": "VERB", "gesprek": "NOUN", "literatuur": "NOUN"}
    found = run(text, upos=upos, entities={"Lanoye": "PER", "TOM LANOYE": "PER"})
    assert [q["speaker"] for q in found] == ["Lanoye", "Lanoye"]


def test_zijn_eerste_reactie_is_his() -> None:
    text = "„Een grote eer”, luidde zijn eerste reactie."
    quote = one(text, upos={"luidde": "VERB", "eerste": "ADJ", "reactie": "NOUN"})
    assert (quote["speaker"], quote["cue"]) == ("zijn", "luidde")


def test_a_volgens_source_ends_at_its_name_before_the_clause_goes_on() -> None:
    text = "Bij het smartegeld is volgens Slachtofferhulp Nederland sprake van willekeur."
    upos = {"is": "AUX", "volgens": "ADP", "sprake": "NOUN", "willekeur": "NOUN"}
    quote = one(text, upos=upos, entities={"Slachtofferhulp Nederland": "ORG"})
    assert quote["speaker"] == "Slachtofferhulp Nederland"
    text = "„Het is erg”, vertelt Timmothy’s tante aan de krant."
    quote = one(text, upos={"vertelt": "VERB", "tante": "NOUN"}, entities={"Timmothy’s": "PER"})
    assert quote["speaker"] == "Timmothy’s tante"


def test_vinden_with_an_object_and_a_noun_predicate() -> None:
    text = "Ruim zestig procent vindt de open grenzen geen goede zaak."
    upos = {"vindt": "VERB", "open": "ADJ", "grenzen": "NOUN", "geen": "DET", "goede": "ADJ"}
    upos |= {"zaak": "NOUN", "procent": "NOUN", "zestig": "NUM", "Ruim": "ADV", "de": "DET"}
    heads = {0: (2, "advmod"), 1: (2, "nummod"), 2: (3, "nsubj"), 3: (None, "root")}
    heads |= {4: (6, "det"), 5: (6, "amod"), 6: (3, "obj"), 7: (9, "det"), 8: (9, "amod")}
    heads |= {9: (3, "xcomp"), 10: (3, "punct")}
    quote = one(text, upos=upos, heads=heads)
    assert (quote["text"], quote["speaker"]) == (
        "de open grenzen geen goede zaak",
        "zestig procent",
    )
    text = "Hij vond in de kast een oude brief."
    assert run(text, upos={"vond": "VERB", "kast": "NOUN", "oude": "ADJ", "brief": "NOUN"}) == []


def test_a_quote_whose_opening_mark_is_missing_after_the_cue_goes_to_the_same_speaker() -> None:
    text = "„Het klopt”, zei minister Balkhi. Er was iemand die omkwam.” Het ministerie zweeg."
    found = run(text, entities={"Balkhi": "PER"})
    assert [(q["kind"], q["text"], q["speaker"]) for q in found] == [
        ("direct", "Het klopt", "Balkhi"),
        ("direct", "Er was iemand die omkwam.", "Balkhi"),
    ]


def test_a_fronted_volgens_reaches_over_an_inverted_conjunct() -> None:
    tags = {"upos": {"gaat": "VERB", "is": "AUX"}, "feats": {"gaat": {"VerbForm": "Fin"}}}
    text = "Volgens de VS is dat staatssteun, en gaat dat in tegen de regels."
    quote = one(text, heads={9: (8, "nsubj")}, **tags)  # "dat": the subject after "gaat"
    assert quote["text"] == "is dat staatssteun, en gaat dat in tegen de regels"
    # "volgens" inside the sentence scopes over its own clause only.
    text = "Vandaag is het volgens de VS staatssteun, en gaat dat in tegen de regels."
    quote = one(text, heads={10: (9, "nsubj")}, **tags)
    assert quote["text"] == "Vandaag is het volgens de VS staatssteun"


def test_aanstippen_and_omroepen_report_speech() -> None:
    quote = one("De bank stipte onder meer aan dat de groei vlak was.")
    assert (quote["text"], quote["cue"], quote["speaker"]) == (
        "de groei vlak was",
        "stipte",
        "De bank",
    )
    quote = one("Het ging mis toen de piloot omriep dat het toestel terugkeerde.")
    assert (quote["text"], quote["speaker"]) == ("het toestel terugkeerde", "de piloot")


def test_a_report_noun_with_its_source_at_the_very_end_reports_nothing() -> None:
    # Once an IndexError: the colon after "van Rutte" was the text's last token.
    assert run("Dat was de stelling van Rutte:", entities={"Rutte": "PER"}) == []


def test_a_source_name_of_two_capitalised_parts_is_one_source() -> None:
    text = "Volgens cijfers van onderzoeksbureaus Markit en Caixin krimpt de industrie."
    quote = one(text, entities={"Markit": "ORG", "Caixin": "ORG"})
    assert (quote["text"], quote["speaker"]) == (
        "krimpt de industrie",
        "cijfers van onderzoeksbureaus Markit en Caixin",
    )
    text = "Er is meer misbruik van arbeiders, meldt de Inspectie Sociale Zaken en Werkgelegenheid."
    entities = {"Sociale Zaken": "ORG", "Werkgelegenheid": "ORG"}
    quote = one(text, entities=entities, upos={"Inspectie": "NOUN", "meldt": "VERB"})
    assert quote["speaker"] == "de Inspectie Sociale Zaken en Werkgelegenheid"
    # Two people are two sources: the speaker names both (and resolves to neither alone).
    text = "Rutte en Hoekstra zeggen dat het klopt."
    speaker = one(text, entities={"Rutte": "PER", "Hoekstra": "PER"})["speaker"]
    assert speaker == "Rutte en Hoekstra"


def test_a_manner_before_a_colon_is_no_speaker_and_a_caption_no_source() -> None:
    text = "Marco Barens lacht. „Met Rob heb ik dat niet.” Lachend: „Wij werken goed samen.”"
    found = run(text, entities={"Marco Barens": "PER"}, upos={"Lachend": "PROPN"})
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("Met Rob heb ik dat niet.", "Marco Barens"),
        ("Wij werken goed samen.", "Marco Barens"),
    ]
    text = "Het blad zette een foto op de cover. Het onderschrift: ‘Welcome to America’."
    assert [q["speaker"] for q in run(text)] == [None]


def test_a_report_pointing_back_reads_a_later_dat_as_a_relative() -> None:
    upos = {"blijkt": "VERB", "pdf": "NOUN", "conceptbesluit": "NOUN", "is": "AUX"}
    text = (
        "De commissie is akkoord met de regeling. "
        "Dat blijkt uit een pdf van het conceptbesluit dat de NOS in handen heeft."
    )
    quote = one(text, upos=upos)
    assert (quote["text"], quote["speaker"]) == (
        "De commissie is akkoord met de regeling",
        "een pdf van het conceptbesluit",
    )
    # "Zo" opens no pointing back: its "dat" introduces the report.
    quote = one("Zo blijkt uit onderzoek dat mensen vaker thuiswerken.", upos=upos)
    assert quote["text"] == "mensen vaker thuiswerken"


def test_an_adverb_between_a_fronted_subject_and_its_verb() -> None:
    text = "Human Rights Watch daarentegen noemt het besluit ‘een klap voor slachtoffers’."
    quote = one(text, entities={"Human Rights Watch": "ORG"}, upos={"noemt": "VERB"})
    assert (quote["text"], quote["speaker"]) == ("een klap voor slachtoffers", "Human Rights Watch")


def test_die_after_a_sentence_ending_in_a_role_phrase_is_that_role() -> None:
    upos = {"bepaalde": "VERB", "rechter": "NOUN", "stapten": "VERB"}
    text = "De moeders stapten naar de rechter. Die bepaalde dat de kinderen in nood zitten."
    quote = one(text, upos=upos)
    assert (quote["text"], quote["speaker"]) == ("de kinderen in nood zitten", "de rechter")
    text = "Jan Smit sprak met de burgemeester. Die zei dat het goed ging."
    quote = one(text, upos=upos | {"zei": "VERB", "burgemeester": "NOUN"})
    assert quote["speaker"] == "de burgemeester"


def test_die_after_maar_or_after_a_plural_of_people_is_that_phrase() -> None:
    upos = {"bepaald": "VERB", "rechter": "NOUN", "stapten": "VERB", "heeft": "AUX"}
    text = (
        "Buurtbewoners stapten naar de rechter, maar die heeft bepaald dat het monument mag komen."
    )
    parse = {1: (None, "root"), 7: (9, "nsubj"), 9: (1, "conj"), 14: (9, "ccomp")}
    quote = one(text, upos=upos | {"die": "PRON", "dat": "SCONJ", "komen": "VERB"}, heads=parse)
    assert (quote["text"], quote["speaker"]) == ("het monument mag komen", "de rechter")
    plural = {"Number": "Plur"}
    text = (
        "Het monument weegt zwaarder dan de bezwaren van bewoners. Die vinden dat het te groot is."
    )
    quote = one(text, upos={"vinden": "VERB", "bewoners": "NOUN"}, feats={"bewoners": plural})
    assert quote["speaker"] == "bewoners"


def test_dat_after_a_de_noun_opens_the_report_not_a_relative_clause() -> None:
    upos = {"zei": "VERB", "premier": "NOUN", "dat": "PRON", "Maleisische": "ADJ"}
    text = "Gisteren zei de Maleisische premier dat de ramp politiek werd gemaakt."
    quote = one(text, upos=upos)
    assert (quote["text"], quote["speaker"]) == (
        "de ramp politiek werd gemaakt",
        "de Maleisische premier",
    )


def test_a_document_names_its_owner_as_the_source() -> None:
    text = "Hij eerde zijn idool. „Deze avond is memorabel”, staat op de website van de Melkweg."
    found = run(text, entities={"Melkweg": "ORG"}, upos={"staat": "VERB", "website": "NOUN"})
    assert [(q["text"], q["speaker"]) for q in found] == [("Deze avond is memorabel", "de Melkweg")]
    text = "In het rapport van de VN staat dat de wereld te weinig doet."
    quote = one(text, entities={"VN": "ORG"}, upos={"staat": "VERB", "rapport": "NOUN"})
    assert (quote["text"], quote["speaker"]) == ("de wereld te weinig doet", "de VN")
    quote = one("In het rapport staat dat de wereld te weinig doet.", upos={"staat": "VERB"})
    assert quote["speaker"] == "het rapport"  # who wrote it is not said: the report itself


def test_a_report_goes_on_over_terwijl_but_ends_before_want() -> None:
    upos = {"helpt": "VERB", "gif": "NOUN", "lijkt": "VERB", "werken": "VERB", "zijn": "AUX"}
    text = "Volgens de deskundigen helpt gif niet, terwijl bespuiten wel lijkt te werken."
    quote = one(text, upos=upos)
    assert quote["text"] == "helpt gif niet, terwijl bespuiten wel lijkt te werken"
    text = "Volgens de deskundigen helpt gif niet, want de rupsen zijn taai."
    assert one(text, upos=upos)["text"] == "helpt gif niet"


def test_a_share_of_them_is_the_subject_before_the_verb() -> None:
    upos = {"vindt": "VERB", "arbeidsmigranten": "NOUN", "idee": "NOUN", "goed": "ADJ"}
    text = "Slechts elf procent van hen vindt arbeidsmigranten uit de EU geen goed idee."
    quote = one(text, upos=upos | {"hen": "PRON", "procent": "NOUN", "elf": "NUM"})
    assert (quote["text"], quote["speaker"]) == (
        "arbeidsmigranten uit de EU geen goed idee",
        "elf procent",
    )


def test_dat_with_vinden_and_a_bare_predicate_is_an_opinion_of_it() -> None:
    upos = {"vindt": "VERB", "prima": "ADJ", "is": "AUX", "gezicht": "NOUN"}
    text = "Lizzo is het gezicht van de beweging. Dat vindt ze prima, maar ze wil meer."
    quote = one(text, upos=upos, entities={"Lizzo": "PER"})
    assert (quote["text"], quote["speaker"]) == ("Dat vindt ze prima", "ze")
    # Without a predicate "Dat vindt X" still reports the sentence before.
    quote = one("Het plan is klaar. Dat vindt de minister.", upos=upos)
    assert quote["text"] == "Het plan is klaar"


def test_quoted_words_in_a_headline_are_its_source_s_even_without_a_cue() -> None:
    text = "Presentatrice Janine Abbring is ’moe en trots’\n\nDe zomer is voorbij."
    found = run(text, entities={"Janine Abbring": "PER"}, kinds=["title", "body"])
    assert [(q["kind"], q["text"], q["speaker"]) for q in found] == [
        ("partial", "moe en trots", "Janine Abbring")
    ]
    # One quoted word or a capitalised phrase is a label, not words said.
    for title in ("Thaise koning deelt foto's van nieuwe 'bijvrouw'", "Wat betekent 'Ok boomer'?"):
        assert run(f"{title}\n\nDe zomer is voorbij.", kinds=["title", "body"]) == []


def test_a_name_in_apposition_before_the_verb_is_the_speaker() -> None:
    text = "De hoofdredacteur van de Donald Duck, Joan Lommers, zei dat het klopt."
    entities = {"Donald Duck": "ORG", "Joan Lommers": "PER"}
    quote = one(text, entities=entities, upos={"zei": "VERB", "hoofdredacteur": "NOUN"})
    assert (quote["text"], quote["speaker"]) == ("het klopt", "Joan Lommers")


def test_quoted_words_without_a_cue_in_the_body_are_the_last_speaker_s() -> None:
    text = "„We zijn tevreden”, zegt Kees Jansen. Het plan is ‘nog lang niet klaar voor de Kamer’."
    found = run(text, entities={"Kees Jansen": "PER"})
    assert [(q["kind"], q["text"], q["speaker"]) for q in found] == [
        ("direct", "We zijn tevreden", "Kees Jansen"),
        ("partial", "nog lang niet klaar voor de Kamer", "Kees Jansen"),
    ]
    # A label announced as one, or two words only, is no quote.
    text = "„We zijn tevreden”, zegt Kees Jansen. Het is een zogenoemde ‘onttrekking aan de bank’."
    assert [q["kind"] for q in run(text, entities={"Kees Jansen": "PER"})] == ["direct"]
    text = "„We zijn tevreden”, zegt Kees Jansen. Het gaat om ‘slimme meters’."
    assert [q["kind"] for q in run(text, entities={"Kees Jansen": "PER"})] == ["direct"]


def test_an_elided_article_tagged_as_punctuation_is_a_word() -> None:
    text = "Niaina vertelde al om twee uur ’s nachts te zijn vertrokken."
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"’s|\w+|\.", text)]
    upos = {"’s": "PUNCT", ".": "PUNCT", "vertelde": "VERB", "zijn": "AUX", "vertrokken": "VERB"}
    feats = {"vertelde": {"VerbForm": "Fin"}, "zijn": {"VerbForm": "Inf"}}
    tokens = tuple(
        Token(a, b, w, w.lower(), upos.get(w, "X"), feats.get(w, {})) for a, b, w in words
    )
    annotation = Annotation(
        text,
        (Sentence(0, len(text), tokens),),
        (EntityMention(0, 6, "Niaina", "PER"),),
    )
    found = [describe(text, q) for q in find_quotes(annotation, blocks(text))]
    assert [(q["speaker"], str(q["text"]).endswith("te zijn vertrokken")) for q in found] == [
        ("Niaina", True)
    ]


def test_a_headline_quote_after_a_colon_is_a_quote_even_in_capitals() -> None:
    text = "Nederlanders in Sri Lanka na aanslag: ’Surrealistische ervaring’\n\nHet was druk."
    found = run(text, kinds=["title", "body"])
    assert [(q["kind"], q["text"]) for q in found] == [("direct", "Surrealistische ervaring")]


def test_a_time_before_a_headline_colon_is_no_source() -> None:
    text = (
        "Zes jaar na de zaak: ’Artsen nog onzeker over sedatie’\n\n"
        "Kees Besse zegt: ’Artsen zijn nog onzeker over sedatie.’"
    )
    found = run(text, kinds=["title", "body"], entities={"Kees Besse": "PER"})
    assert [q["speaker"] for q in found] == ["Kees Besse", "Kees Besse"]


def test_an_uncued_first_person_quote_is_the_protagonists() -> None:
    story = (
        "Jan Peters wint de prijs. Peters is blij met de zege. Ook Kees Smit kijkt toe. "
        "Zaterdag krijgt Peters de beker.\n\nDe zaal is vol en het publiek juicht.\n\n"
    )
    people = {"Jan Peters": "PER", "Peters": "PER", "Kees Smit": "PER"}
    quote = run(story + "„Ik heb hard gewerkt voor deze prijs.”", entities=people)[-1]
    assert quote["speaker"] == "Jan Peters"
    about_him = run(story + "„Peters heeft hard gewerkt, ik ben trots.”", entities=people)[-1]
    assert about_him["speaker"] is None  # someone speaking about him
    nobody = run(story + "„Het was een mooie avond.”", entities=people)[-1]
    assert nobody["speaker"] is None  # no "ik" or "we": anyone's words
    even = {**people, "Smit": "PER"}
    rivals = story.replace("Zaterdag krijgt Peters", "Zaterdag krijgt Smit")
    assert run(rivals + "„Ik heb hard gewerkt.”", entities=even)[-1]["speaker"] is None


def test_two_conjuncts_after_a_plural_auxiliary_are_one_subject() -> None:
    text = "Daarom hebben de liberalen en socialisten beloofd dat ze het beleid niet veranderen."
    plural = {"Number": "Plur"}
    upos = {"hebben": "AUX", "liberalen": "NOUN", "socialisten": "NOUN", "beloofd": "VERB"}
    quote = one(text, upos=upos, feats={"hebben": plural})
    assert quote["speaker"] == "de liberalen en socialisten"


def test_citeren_with_its_subject_before_it_gives_the_words_to_its_object() -> None:
    people = {"Busch": "PER", "Thierry Frémaux": "PER"}
    cited = one("Busch citeert Thierry Frémaux: „Goede films selecteer ik.”", entities=people)
    assert (cited["speaker"], cited["cue"]) == ("Thierry Frémaux", "citeert")
    own = one("Busch citeert het rapport: „Goede films selecteer ik.”", entities=people)
    assert own["speaker"] == "Busch"  # a document cited: whoever cites it speaks


def test_a_dat_clause_ends_before_en_with_a_main_clause_of_its_own() -> None:
    text = (
        "Max Havelaar vindt dat de afspraken niet ver genoeg gaan "
        "en Milieudefensie heeft te weinig kennis."
    )
    finite = {"VerbForm": "Fin"}
    upos = {"gaan": "VERB", "heeft": "AUX", "weinig": "DET", "kennis": "NOUN", "afspraken": "NOUN"}
    found = run(text, upos=upos, feats={"heeft": finite}, entities={"Milieudefensie": "ORG"})
    assert [q["text"] for q in found] == ["de afspraken niet ver genoeg gaan"]
    joined = "De minister zei dat de economie groeit en de werkloosheid daalt tot drie procent."
    tags = {"upos": {"groeit": "VERB", "daalt": "VERB", "tot": "ADP"}, "feats": {"daalt": finite}}
    assert [q["text"] for q in run(joined, **tags)] == [  # type: ignore[arg-type]
        "de economie groeit en de werkloosheid daalt tot drie procent"
    ]


def test_a_report_in_a_relative_clause_ends_before_the_main_clause_cue() -> None:
    text = "Westerbeke, die aankondigde dat vier mannen worden vervolgd, zei dat Rusland zwijgt."
    found = run(text, entities={"Westerbeke": "PER"})
    assert [(q["text"], q["cue"]) for q in found] == [
        ("vier mannen worden vervolgd", "aankondigde"),
        ("Rusland zwijgt", "zei"),
    ]
    apposition = (
        "Uit een rondvraag bleek dat honderd opvangen, verspreid over het land, "
        "zeggen dat ze weigeren."
    )
    first = run(apposition)[0]
    assert first["text"] == "honderd opvangen, verspreid over het land, zeggen dat ze weigeren"


def test_an_adverb_before_a_participle_stays_inside_the_source_phrase() -> None:
    text = "De huizenprijzen stijgen weer, blijkt uit het vandaag verschenen onderzoek van de bank."
    upos = {"vandaag": "ADV", "verschenen": "VERB", "onderzoek": "NOUN", "stijgen": "VERB"}
    quote = one(text, upos=upos | {"het": "DET", "de": "DET", "bank": "NOUN"})
    assert (quote["text"], quote["speaker"]) == (
        "De huizenprijzen stijgen weer",
        "het vandaag verschenen onderzoek van de bank",
    )


def test_an_adjective_modifying_a_participle_stays_inside_the_source_phrase() -> None:
    text = "Hij schrapte delen van de brief, blijkt uit een nieuw opgedoken e-mail."
    upos = {"nieuw": "ADJ", "opgedoken": "VERB", "e-mail": "NOUN", "schrapte": "VERB"}
    # "nieuw" modifies "opgedoken" (advmod), which modifies "e-mail"
    quote = one(text, upos=upos | {"een": "DET", "brief": "NOUN"}, heads={10: (11, "advmod")})
    assert (quote["text"], quote["speaker"]) == (
        "Hij schrapte delen van de brief",
        "een nieuw opgedoken e-mail",
    )


def test_an_opinion_ends_before_en_maar_and_the_next_subject_with_its_own_opinion() -> None:
    text = (
        "Elf procent vindt het plan een goed idee "
        "en maar vijf procent vindt de wet geen goede zaak."
    )
    finite = {"VerbForm": "Fin"}
    upos = {"vindt": "VERB", "plan": "NOUN", "idee": "NOUN", "wet": "NOUN", "zaak": "NOUN"}
    upos |= {"goed": "ADJ", "goede": "ADJ", "procent": "NOUN", "het": "DET", "de": "DET"}
    parse = {1: (2, "nsubj"), 11: (12, "nsubj")}  # "procent" twice: each "vindt"'s subject
    found = run(text, upos=upos, feats={"vindt": finite}, heads=parse)
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("het plan een goed idee", "Elf procent"),
        ("de wet geen goede zaak", "vijf procent"),
    ]


def test_a_weekday_with_a_part_of_the_day_is_a_time_not_a_speaker() -> None:
    text = (
        "Larry Kudlow, de topadviseur van Trump, meldde maandagavond - anders dan Trump - "
        "dat beide partijen lijden onder het conflict."
    )
    people = {"Larry Kudlow": "PER", "Trump": "PER"}
    quote = one(text, entities=people, upos={"maandagavond": "NOUN", "meldde": "VERB"})
    assert (quote["text"], quote["speaker"]) == (
        "beide partijen lijden onder het conflict",
        "Larry Kudlow",
    )


def test_het_and_an_adjective_before_a_final_opinion_verb_are_the_opinion_not_its_subject() -> None:
    text = "Dat veel mensen het eng vinden, ziet de kunstenaar als een compliment."
    upos = {"eng": "ADJ", "vinden": "VERB", "mensen": "NOUN", "veel": "DET", "Dat": "SCONJ"}
    found = run(text, upos=upos | {"het": "PRON", "ziet": "VERB"})
    assert [q["text"] for q in found] == ["het eng"]  # not "Dat veel mensen het eng vinden"


def test_a_rule_named_after_volgens_with_adjectives_is_no_source() -> None:
    upos = {"nieuwe": "ADJ", "sociale": "ADJ", "mag": "VERB"}
    assert run("Volgens de nieuwe wet mag je niet bellen op de fiets.", upos=upos) == []
    assert run("Dat is volgens de sociale normen heel gewoon.", upos=upos) == []
    assert run("Volgens schattingen zijn er zesduizend kernwapens.", upos=upos) == []
    tags = upos | {"strenge": "ADJ", "regels": "NOUN", "leven": "VERB", "moet": "AUX"}
    assert run("Daar moet iedereen volgens strenge regels leven.", upos=tags) == []
    source = one("Volgens de nieuwe woordvoerder mag je niet bellen op de fiets.", upos=upos)
    assert source["speaker"] == "de nieuwe woordvoerder"


def test_a_quote_after_zoiets_als_is_a_gloss_unless_a_speech_verb_says_it() -> None:
    gloss = "Holi valt in maart. Het woord betekent zoiets als: ‘Gelukkig Nieuwjaar!’"
    assert run(gloss, upos={"betekent": "VERB"}) == []
    said = one("Hij zei iets als: „Je hebt me geraakt, ik heb er vrede mee.”", upos={"zei": "VERB"})
    assert (said["kind"], said["cue"], said["speaker"]) == ("direct", "zei", "Hij")


def test_a_source_phrase_ends_before_a_second_noun_or_zo_n() -> None:
    text = "Bij de rellen kreeg zij volgens zijn zus politiebeveiliging."
    upos = {"zus": "NOUN", "politiebeveiliging": "NOUN", "kreeg": "VERB", "zijn": "DET"}
    assert one(text, upos=upos)["speaker"] == "zijn zus"
    text = "Bij de protesten zijn volgens de betogers zo'n honderd mensen gedood."
    upos = {"betogers": "NOUN", "mensen": "NOUN", "zijn": "AUX", "gedood": "VERB"}
    assert one(text, upos=upos)["speaker"] == "de betogers"
    titled = one(
        "Bij de rellen is volgens chef voetbal Jan Smit niets gebeurd.",
        upos=upos | {"chef": "NOUN", "voetbal": "NOUN", "is": "AUX", "gebeurd": "VERB"},
        entities={"Jan Smit": "PER"},
    )
    assert titled["speaker"] == "Jan Smit"  # no determiner: a title and its field, then the name


def test_no_inverted_subject_in_a_time_phrase_or_a_complementizer() -> None:
    text = (
        "Het consortium onder leiding van PAI maakte begin april bekend dat het de fabriek koopt."
    )
    upos = {"maakte": "VERB", "consortium": "NOUN", "april": "NOUN", "begin": "NOUN"}
    quote = one(text, upos=upos, entities={"PAI": "ORG"})
    assert quote["speaker"] not in ("begin april", "bekend")
    text = "Burgemeester Janssen van Zeist, waar de kliniek staat, vindt dat omwonenden boos zijn."
    quote = one(text, entities={"Janssen": "PER", "Zeist": "LOC"}, upos={"vindt": "VERB"})
    assert quote["speaker"] != "dat omwonenden"


def test_deze_after_a_sentence_whose_subject_names_people_is_those_people() -> None:
    text = "Ook 569 ouders werden ondervraagd voor het onderzoek. Deze dachten dat het meeviel."
    upos = {"ouders": "NOUN", "werden": "AUX", "ondervraagd": "VERB", "dachten": "VERB"}
    upos |= {"meeviel": "VERB"}
    parse = {2: (4, "nsubj:pass"), 9: (1, "nsubj")}  # heads within each sentence
    quote = one(text, upos=upos | {"Deze": "PRON"}, heads=parse)
    assert (quote["text"], quote["speaker"]) == ("het meeviel", "569 ouders")


def test_het_with_degree_words_and_a_bare_noun_is_an_opinion() -> None:
    upos = {"vindt": "VERB", "onzin": "NOUN", "allemaal": "ADV", "maar": "CCONJ"}
    quote = one("Jeukens vindt het allemaal maar onzin.", upos=upos, entities={"Jeukens": "PER"})
    assert (quote["text"], quote["speaker"]) == ("het allemaal maar onzin", "Jeukens")


def test_a_web_address_split_as_dot_nl_ends_no_sentence_before_the_complementizer() -> None:
    text = "De broer liet aan horses.nl weten dat het paard is overleden."
    tokens = tuple(
        Token(m.start(), m.end(), m.group(), m.group().lower(), "X")
        for m in re.finditer(r"\.nl|\w+|\S", text)  # "horses" ".nl", as Stanza splits it
    )
    annotation = Annotation(text, (Sentence(0, len(text), tokens),), ())
    found = [describe(text, q) for q in find_quotes(annotation, blocks(text))]
    assert [(q["text"], q["speaker"]) for q in found] == [("het paard is overleden", "De broer")]


def test_mailen_and_appen_report_what_was_written() -> None:
    quote = one("Een medewerker mailde aan de krant dat het onderzoek klaar is.")
    assert (quote["text"], quote["cue"]) == ("het onderzoek klaar is", "mailde")
    quote = one("Zijn zus appte dat ze later komt.")
    assert (quote["text"], quote["cue"], quote["speaker"]) == ("ze later komt", "appte", "Zijn zus")


def test_a_relative_clause_after_the_subject_of_a_trailing_cue_is_no_te_clause() -> None:
    text = "„Het was lastig”, erkende Van de Beek die met Ajax de titel hoopt te veroveren."
    found = run(text, entities={"Van de Beek": "PER", "Ajax": "ORG"}, upos={"veroveren": "VERB"})
    assert [(q["kind"], q["text"]) for q in found] == [("direct", "Het was lastig")]


def test_dacht_with_a_te_clause_narrates_denkt_reports() -> None:
    upos = {"dacht": "VERB", "denkt": "VERB", "komen": "VERB", "hebben": "AUX"}
    assert run("PSV dacht tien minuten later op 2-2 te komen.", upos=upos) == []
    quote = one("Weber denkt twee weken nodig te hebben.", upos=upos, entities={"Weber": "PER"})
    assert (quote["text"], quote["speaker"]) == ("twee weken nodig te hebben", "Weber")


def test_niet_uitsluiten_and_an_idiom_with_er_report_a_view() -> None:
    quote = one("Hij sluit niet uit dat er later meer acties komen.")
    assert (quote["text"], quote["cue"], quote["speaker"]) == (
        "er later meer acties komen",
        "sluit niet uit",
        "Hij",
    )
    quote = one("Hermant heeft er een hard hoofd in dat er snel iets verandert.")
    assert (quote["text"], quote["speaker"]) == ("er snel iets verandert", "Hermant")
    assert run("Hij had het boek niet uit.") == []


def test_a_complementizer_before_a_parenthetical_opens_the_report_after_it() -> None:
    text = "Analisten sluiten niet uit dat, gelet op de koers, beleggers winst nemen."
    quote = one(text)
    assert (quote["text"], quote["speaker"]) == (
        "gelet op de koers, beleggers winst nemen",
        "Analisten",
    )


def test_dat_before_a_quotation_mark_opens_the_report() -> None:
    text = "Trump bleek sceptisch. Hij twitterde dat „Facebook een vergunning moet aanvragen”."
    found = run(text, entities={"Trump": "PER", "Facebook": "ORG"}, upos={"aanvragen": "VERB"})
    assert [(q["kind"], q["text"]) for q in found] == [
        ("indirect", "„Facebook een vergunning moet aanvragen”"),
        ("partial", "Facebook een vergunning moet aanvragen"),
    ]  # not "Trump bleek sceptisch" as what he tweeted


def test_zich_melden_is_no_speech() -> None:
    text = "Ze meldde zich bij Het Parool, dat haar verhaal uitgebreid optekende."
    assert run(text, entities={"Het Parool": "ORG"}, upos={"optekende": "VERB"}) == []
    assert one("De club meldde dat de trainer vertrekt.")["text"] == "de trainer vertrekt"


def test_a_te_clause_of_a_coordinated_verb_is_not_the_first_verb_s_report() -> None:
    text = "Ze vertelde een roadie over haar verleden en vroeg hem om Vedder in te lichten."
    finite = {"VerbForm": "Fin"}
    upos = {"vertelde": "VERB", "vroeg": "VERB", "lichten": "VERB", "roadie": "NOUN"}
    assert run(text, upos=upos, feats={"vertelde": finite, "vroeg": finite}) == []


def test_found_things_with_a_relative_clause_are_no_opinion() -> None:
    text = "De verzekeraar vond declaraties voor zorg die nooit is verleend."
    upos = {"vond": "VERB", "declaraties": "NOUN", "zorg": "NOUN", "verleend": "VERB", "is": "AUX"}
    feats = {"verleend": {"VerbForm": "Part"}, "die": {"PronType": "Rel"}}
    assert run(text, upos=upos | {"die": "PRON"}, feats=feats) == []


def test_a_particle_before_a_preposition_closes_the_cue() -> None:
    text = "Waller leidde het. Dat klopt, legde ze uit aan The Guardian: „Die blik werkt.”"
    quotes = run(text, entities={"Waller": "PER", "The Guardian": "ORG"}, upos={"uit": "ADP"})
    direct = [q for q in quotes if q["kind"] == "direct"]
    assert len(direct) == 1
    assert direct[0]["cue"] == "legde"
    assert direct[0]["speaker"] == "ze"


def test_grumbling_introduces_a_quote() -> None:
    quote = one("Zo mokt een tegenstander: „Het werkt averechts.”", upos={"tegenstander": "NOUN"})
    assert (quote["speaker"], quote["cue"]) == ("een tegenstander", "mokt")
    quote = one("Een opposant moppert: „Het is grof.”", upos={"opposant": "NOUN"})
    assert (quote["speaker"], quote["cue"]) == ("Een opposant", "moppert")


def test_zo_with_an_object_of_its_own_is_for_instance() -> None:
    text = "Vakantiewoningen zijn erg in trek. Zo kondigde Center Parcs de verkoop van huisjes aan."
    tags = {"kondigde": "VERB", "verkoop": "NOUN", "huisjes": "NOUN", "aan": "ADP"}
    heads = {8: (1, "nsubj"), 11: (1, "obj")}  # (head within the sentence, deprel)
    assert run(text, entities={"Center Parcs": "ORG"}, upos=tags, heads=heads) == []
    text = "Het was een droom die een nachtmerrie werd. Zo omschreef Erbudak haar avontuur."
    tags = {"omschreef": "VERB", "avontuur": "NOUN"}
    heads = {11: (1, "nsubj"), 13: (1, "obj")}
    quote = one(text, entities={"Erbudak": "PER"}, upos=tags, heads=heads)
    assert quote["text"] == "Het was een droom die een nachtmerrie werd"


def test_a_headline_topic_before_a_colon_is_no_speaker() -> None:
    upos = {"Geen": "DET", "verrassingen": "NOUN", "bij": "ADP", "Oranje": "PROPN"}
    text = "Geen verrassingen bij Oranje: ‘We willen winnen’\n\nHet elftal speelt donderdag."
    found = run(text, upos=upos, kinds=["title", "body"])
    assert [(q["text"], q["speaker"]) for q in found] == [("We willen winnen", None)]
    text = "Slachtofferhulp: ‘Onaanvaardbare verschillen’\n\nHet smartengeld verschilt."
    found = run(text, upos={"Slachtofferhulp": "NOUN"}, kinds=["title", "body"])
    assert [q["speaker"] for q in found] == ["Slachtofferhulp"]  # one word: a name
    text = "Arbeidsmigranten in Nederland: ‘Niemand komt voor zijn plezier’\n\nZe plukken."
    upos = {"Arbeidsmigranten": "NOUN", "in": "ADP", "Nederland": "PROPN"}
    feats = {"Arbeidsmigranten": {"Number": "Plur"}}
    found = run(text, upos=upos, feats=feats, kinds=["title", "body"])
    assert [q["speaker"] for q in found] == [None]  # one word, but a plural: a group as topic
    text = "Kijkers over talkshow Beau: ‘Die man is afgevallen’\n\nDe eerste aflevering liep."
    upos = {"Kijkers": "NOUN", "over": "ADP", "talkshow": "NOUN", "Beau": "PROPN"}
    found = run(text, upos=upos, kinds=["title", "body"])
    assert [q["speaker"] for q in found] == ["Kijkers"]


def test_a_trailing_cue_without_its_comma() -> None:
    upos = {"is": "AUX", "essentieel": "ADJ", "bij": "ADP", "sturen": "VERB", "stelde": "VERB"}
    upos |= {"premier": "NOUN", "de": "DET", "gaat": "VERB", "vader": "NOUN", "hout": "NOUN"}
    feats = {"is": {"VerbForm": "Fin"}, "stelde": {"VerbForm": "Fin"}, "gaat": {"VerbForm": "Fin"}}
    quote = one("Het is essentieel om bij te sturen stelde de premier.", upos=upos, feats=feats)
    assert (quote["text"], quote["speaker"]) == ("Het is essentieel om bij te sturen", "de premier")
    text = "Hij stelde de premier een vraag."  # the cue opens the clause: nothing before it
    assert run(text, upos=upos | {"vraag": "NOUN", "een": "DET"}, feats=feats) == []
    text = "Zijn vader gaat hout halen stelde de premier voor aan de groep."  # more after it
    assert run(text, upos=upos | {"halen": "VERB", "groep": "NOUN"}, feats=feats) == []


def test_a_speaker_takes_in_its_leader_and_a_bracketed_figure() -> None:
    upos = {"consortium": "NOUN", "onder": "ADP", "leiding": "NOUN", "bod": "NOUN", "laag": "ADJ"}
    text = "Volgens het consortium onder leiding van PAI is het bod te laag."
    quote = one(text, upos=upos | {"is": "AUX"}, entities={"PAI": "ORG"})
    assert quote["speaker"] == "het consortium onder leiding van PAI"
    text = "De commissie onder leiding van Roos Vermeij zegt dat het moet."
    upos |= {"De": "DET", "commissie": "NOUN", "zegt": "VERB", "moet": "AUX", "dat": "SCONJ"}
    heads = {1: (7, "nsubj"), 8: (10, "mark"), 10: (7, "ccomp")}
    quote = one(text, upos=upos, entities={"Roos Vermeij": "PER"}, heads=heads)
    assert quote["speaker"] == "De commissie onder leiding van Roos Vermeij"  # not Vermeij
    upos |= {"kleine": "ADJ", "meerderheid": "NOUN", "procent": "NOUN", "is": "AUX"}
    quote = one("Volgens een kleine meerderheid (52 procent) is het goed.", upos=upos)
    assert quote["speaker"] == "een kleine meerderheid (52 procent)"


def test_a_verb_tagged_as_a_noun_after_a_closing_quote_is_a_trailing_cue() -> None:
    text = "„De staat krijgt geld”, vat adviseur Hellings het samen."
    upos = {"vat": "NOUN", "adviseur": "NOUN", "het": "PRON", "samen": "ADV"}
    quote = one(text, upos=upos, entities={"Hellings": "PER"})
    assert (quote["speaker"], quote["cue"]) == ("Hellings", "vat")


def test_a_verb_tagged_as_a_noun_that_heads_its_dat_clause_is_a_cue() -> None:
    upos = {"OM": "ADP", "ontkent": "NOUN", "dat": "SCONJ", "dit": "PRON", "is": "AUX"}
    heads = {2: (None, "root"), 3: (6, "mark"), 6: (2, "ccomp")}
    quote = one("Het OM ontkent dat dit is gebeurd.", upos=upos, heads=heads)
    assert (quote["text"], quote["cue"]) == ("dit is gebeurd", "ontkent")
    upos = {"Dus": "ADV", "stel": "NOUN", "dat": "SCONJ", "je": "PRON", "hebt": "VERB"}
    heads = {1: (None, "root"), 2: (5, "mark"), 5: (1, "ccomp")}
    assert run("Dus stel dat je les hebt.", upos=upos, heads=heads) == []  # "suppose"


def test_a_dat_clause_ends_before_a_main_clause_conjunct_with_its_auxiliary_first() -> None:
    upos = {"geeft": "VERB", "toe": "ADP", "dat": "SCONJ", "zat": "VERB", "heeft": "AUX"}
    upos |= {"fout": "ADJ", "ontslag": "NOUN", "genomen": "VERB", "en": "CCONJ"}
    feats = {"heeft": {"VerbForm": "Fin"}, "genomen": {"VerbForm": "Part"}}
    text = "Gonzalez geeft nu toe dat ze fout zat en heeft ontslag genomen."
    assert one(text, upos=upos, feats=feats)["text"] == "ze fout zat"
    text = "Gonzalez geeft nu toe dat ze fout zat en ontslag heeft genomen."  # still hers
    assert one(text, upos=upos, feats=feats)["text"] == "ze fout zat en ontslag heeft genomen"
    text = "Koeman gaf vast prijs dat Van Dijk speelt."
    assert one(text, upos={"gaf": "VERB", "prijs": "NOUN", "speelt": "VERB"})["cue"] == "gaf"


def test_a_sentence_en_dat_goes_on_with_the_report_before_it() -> None:
    upos = {"bevestigt": "VERB", "dat": "SCONJ", "gevecht": "NOUN", "is": "AUX", "En": "CCONJ"}
    upos |= {"gehouden": "VERB", "opnamen": "NOUN", "zijn": "AUX", "gemaakt": "VERB"}
    text = "Hij bevestigt dat er een gevecht is gehouden. En dat er opnamen zijn gemaakt."
    found = run(text, upos=upos)
    assert [(q["text"], q["speaker"], q["cue"]) for q in found] == [
        ("er een gevecht is gehouden", "Hij", "bevestigt"),
        ("er opnamen zijn gemaakt", "Hij", "bevestigt"),
    ]
    text = "Hij bevestigt dat er een gevecht is gehouden. En dat is niet alles."
    assert len(run(text, upos=upos | {"niet": "ADV"}, feats={})) == 1  # "dat": a pronoun


def test_a_report_noun_as_object_takes_the_verbs_subject_as_its_source() -> None:
    text = "De commissie kwam tot de conclusie dat de NVWA meldingen kreeg."
    upos = {"De": "DET", "commissie": "NOUN", "kwam": "VERB", "tot": "ADP", "de": "DET"}
    upos |= {"conclusie": "NOUN", "dat": "SCONJ", "meldingen": "NOUN", "kreeg": "VERB"}
    heads = {1: (2, "nsubj"), 5: (2, "obl"), 6: (10, "mark"), 10: (5, "acl")}
    quote = one(text, upos=upos, heads=heads)
    assert (quote["text"], quote["speaker"]) == ("de NVWA meldingen kreeg", "De commissie")
    text = "Anna komt tot het oordeel dat het casino faalde."
    upos = {"komt": "VERB", "tot": "ADP", "het": "DET", "oordeel": "NOUN", "dat": "SCONJ"}
    upos |= {"casino": "NOUN", "faalde": "VERB"}
    heads = {0: (1, "nsubj"), 4: (1, "obl"), 5: (8, "mark"), 8: (4, "acl")}
    quote = one(text, upos=upos, heads=heads, entities={"Anna": "PER"})
    assert (quote["text"], quote["speaker"]) == ("het casino faalde", "Anna")  # a report noun
    text = "Het is duidelijk dat hij van mening is dat de zaak moet stoppen."
    upos = {"Het": "PRON", "is": "AUX", "duidelijk": "ADJ", "dat": "SCONJ", "hij": "PRON"}
    upos |= {"van": "ADP", "mening": "NOUN", "zaak": "NOUN", "moet": "AUX", "stoppen": "VERB"}
    heads = {4: (6, "nsubj"), 6: (2, "ccomp"), 7: (6, "cop"), 8: (12, "mark"), 12: (6, "acl")}
    quote = one(text, upos=upos, heads=heads)  # the noun heads its copula clause
    assert (quote["text"], quote["speaker"]) == ("de zaak moet stoppen", "hij")


def test_a_relative_clause_after_volgens_x_is_not_the_report() -> None:
    text = "Volgens een woordvoerder van de gevangenis waar ze zaten, zijn ze vertrokken."
    upos = {"woordvoerder": "NOUN", "gevangenis": "NOUN", "waar": "ADV", "zaten": "VERB"}
    upos |= {"zijn": "AUX", "vertrokken": "VERB", "ze": "PRON", "de": "DET", "een": "DET"}
    feats = {"zaten": {"VerbForm": "Fin"}, "zijn": {"VerbForm": "Fin"}}
    quote = one(text, upos=upos, feats=feats)
    assert (quote["text"], quote["speaker"]) == (
        "zijn ze vertrokken",
        "een woordvoerder van de gevangenis",
    )
    text = "Volgens het signalement dat ze gaf gaat het om mannen, droegen zij sweaters."
    feats = {"gaf": {"VerbForm": "Fin"}, "gaat": {"VerbForm": "Fin"}}
    upos = {"signalement": "NOUN", "dat": "PRON", "gaf": "VERB", "gaat": "VERB", "het": "PRON"}
    upos |= {"mannen": "NOUN", "droegen": "VERB", "zij": "PRON", "sweaters": "NOUN"}
    found = run(text, upos=upos, feats=feats)  # the clause ran on with no comma: not skipped
    assert "droegen zij sweaters" not in [q["text"] for q in found]


def test_a_finding_by_nobody_is_no_report() -> None:
    upos = {"werd": "AUX", "vastgesteld": "VERB", "dat": "SCONJ", "zwanger": "ADJ", "was": "AUX"}
    feats = {"vastgesteld": {"VerbForm": "Part"}}
    lemmas = {"vastgesteld": "vaststellen"}
    text = "Met een echo werd vastgesteld dat de vrouw zwanger was."
    assert run(text, upos=upos, feats=feats, lemmas=lemmas) == []
    text = "Door de arts werd vastgesteld dat de vrouw zwanger was."  # an agent: a report
    found = run(text, upos=upos, feats=feats, lemmas=lemmas)
    assert [q["text"] for q in found] == ["de vrouw zwanger was"]


def test_a_report_noun_of_nobody_reports_nothing() -> None:
    upos = {"De": "DET", "verwachting": "NOUN", "is": "AUX", "dat": "SCONJ", "zal": "AUX"}
    assert run("De verwachting is dat hij op tijd fit zal zijn.", upos=upos) == []


def test_a_trailing_cue_reports_a_conclusion_with_its_reason() -> None:
    upos = {"Het": "DET", "plan": "NOUN", "was": "AUX", "goed": "ADJ", "dus": "ADV"}
    upos |= {"excuus": "NOUN", "is": "AUX", "nodig": "ADJ", "aldus": "ADV", "gemeente": "NOUN"}
    quote = one("Het plan was goed, dus een excuus is niet nodig, aldus de gemeente.", upos=upos)
    assert quote["text"] == "Het plan was goed, dus een excuus is niet nodig"


def test_group_ze_passes_an_expletive_het_subject() -> None:
    text = "De dierenbeschermers zijn het niet eens. Ze zeggen dat de olifanten helpen."
    heads = {1: (2, "nsubj"), 3: (2, "nsubj"), 7: (1, "nsubj")}  # "het": parsed as a subject
    upos = {"dierenbeschermers": "NOUN", "het": "PRON", "zeggen": "VERB", "helpen": "VERB"}
    quote = one(text, upos=upos, heads=heads)
    assert quote["speaker"] == "De dierenbeschermers"


def test_a_claim_opening_with_a_phrase_and_its_relative_clause_before_a_main_clause() -> None:
    text = "Door het onderzoek dat het bedrijf deed, is het rijk aan patenten, schrijft The Verge."
    upos = {"Door": "ADP", "het": "DET", "onderzoek": "NOUN", "dat": "SCONJ", "deed": "VERB"}
    upos |= {"bedrijf": "NOUN", "is": "AUX", "rijk": "ADJ", "patenten": "NOUN", "schrijft": "VERB"}
    feats = {"deed": {"VerbForm": "Fin"}, "is": {"VerbForm": "Fin"}}
    quote = one(text, upos=upos, feats=feats, entities={"The Verge": "ORG"})
    assert quote["text"] == "Door het onderzoek dat het bedrijf deed, is het rijk aan patenten"
    text = "Op de vraag hoe fans kunnen helpen, zei hij niets."  # a phrase and its clause only
    assert run(text, upos={"Op": "ADP", "hoe": "SCONJ", "kunnen": "AUX", "zei": "VERB"}) == []


def test_a_name_with_its_apostrophe_apart_owns_the_noun_after_it() -> None:
    text = "De minister heeft volgens Wilders' advocaat meegewerkt aan de zaak."
    upos = {"Wilders": "PROPN", "advocaat": "NOUN", "heeft": "AUX", "meegewerkt": "VERB"}
    quote = one(text, upos=upos, entities={"Wilders": "PER"})
    assert quote["speaker"] == "Wilders' advocaat"  # not Wilders himself


def test_a_subject_before_a_finite_auxiliary_and_an_infinitive_one() -> None:
    text = "Hij zou in verhoren hebben toegegeven haar te hebben gekend."
    upos = {"zou": "AUX", "verhoren": "NOUN", "hebben": "AUX", "toegegeven": "VERB"}
    upos |= {"haar": "PRON", "te": "ADP", "gekend": "VERB"}
    feats = {"zou": {"VerbForm": "Fin"}, "hebben": {"VerbForm": "Inf"}}
    feats |= {"toegegeven": {"VerbForm": "Part"}}
    quote = one(text, upos=upos, feats=feats)
    assert quote["speaker"] == "Hij"  # not "haar", after the infinitive "hebben"


def test_volgens_inside_a_quotes_trailing_cue_is_no_report_of_its_own() -> None:
    text = "„Ik kom hier om een aanslag te plegen”, had de man volgens justitie gezegd."
    upos = {"had": "AUX", "man": "NOUN", "volgens": "ADP", "justitie": "NOUN", "gezegd": "VERB"}
    quote = one(text, upos=upos | {"de": "DET"})
    assert (quote["kind"], quote["speaker"], quote["cue"]) == ("direct", "de man", "gezegd")


def test_a_quoted_title_after_a_noun_for_a_work_is_no_quote() -> None:
    text = "Dat concludeert het SCP in het rapport ‘Denkend aan Nederland’ dat vandaag verscheen."
    found = run(text, entities={"SCP": "ORG"}, upos={"concludeert": "VERB", "rapport": "NOUN"})
    assert [q["kind"] for q in found] == []  # (no report either: nothing before "Dat")
    text = "In zijn roman ‘Het ei van de tijd’ noemt hij het vooral ‘een groot verdriet’."
    found = run(text, upos={"roman": "NOUN", "noemt": "VERB"})
    assert [q["text"] for q in found] == ["een groot verdriet"]  # the novel's title is none


def test_zonder_dat_and_an_instruction_to_them_report_nothing() -> None:
    text = "Het is iets aardigs zeggen tegen iemand, zonder dat je iets terugverwacht."
    upos = {"zeggen": "VERB", "zonder": "ADP", "dat": "SCONJ", "terugverwacht": "VERB"}
    assert run(text, upos=upos) == []
    text = "Hulp kwam niet, dus werd hun verteld rustig te wachten."
    upos = {"werd": "AUX", "hun": "PRON", "verteld": "VERB", "te": "ADP", "wachten": "VERB"}
    assert run(text, upos=upos) == []  # an instruction to them, nobody's claim


def test_dat_with_an_auxiliary_points_back_and_the_subject_follows_the_auxiliary() -> None:
    text = "Juan Carlos is geopereerd. Dat heeft het Spaanse hof na weken van geruchten gemeld."
    upos = {"is": "AUX", "geopereerd": "VERB", "Dat": "PRON", "heeft": "AUX", "het": "DET"}
    upos |= {"Spaanse": "ADJ", "hof": "NOUN", "na": "ADP", "weken": "NOUN"}
    heads = {5: (9, "nsubj:pass"), 6: (9, "aux"), 9: (9, "obj"), 14: (None, "root")}
    feats = {"gemeld": {"VerbForm": "Part"}, "heeft": {"VerbForm": "Fin"}}
    upos |= {"van": "ADP", "geruchten": "NOUN", "gemeld": "VERB"}
    quote = one(text, upos=upos, heads=heads, feats=feats, entities={"Juan Carlos": "PER"})
    assert (quote["text"], quote["speaker"]) == ("Juan Carlos is geopereerd", "het Spaanse hof")


def test_the_sentence_before_dat_zei_may_hold_a_quoted_fragment() -> None:
    text = 'De wet, waar veel tegen is geprotesteerd, was "een complete mislukking". Dat zegt Lam.'
    upos = {"wet": "NOUN", "was": "AUX", "complete": "ADJ", "mislukking": "NOUN", "zegt": "VERB"}
    upos |= {"waar": "ADV", "veel": "ADV", "tegen": "ADP", "is": "AUX", "geprotesteerd": "VERB"}
    found = run(text, upos=upos, entities={"Lam": "PER"})
    texts = [(q["kind"], q["text"]) for q in found]
    claim = 'De wet, waar veel tegen is geprotesteerd, was "een complete mislukking"'
    assert ("indirect", claim) in texts


def test_a_person_noun_tagged_as_a_verb_still_heads_the_subject() -> None:
    text = "Een omwonende zegt tegen de NOS dat het een grote explosie was."
    upos = {"Een": "DET", "omwonende": "VERB", "zegt": "VERB", "de": "DET", "dat": "SCONJ"}
    upos |= {"het": "PRON", "een": "DET", "grote": "ADJ", "explosie": "NOUN", "was": "AUX"}
    found = run(text, upos=upos, entities={"NOS": "ORG"})
    assert [(q["kind"], q["speaker"]) for q in found] == [("indirect", "Een omwonende")]


def test_the_subject_of_a_zoals_clause_keeps_its_place() -> None:
    text = "Zoals een wethouder uit Haarlem onlangs zei: ‘Kunstgras is niet gevaarlijk.’"
    upos = {"Zoals": "SCONJ", "een": "DET", "wethouder": "NOUN", "uit": "ADP", "onlangs": "ADV"}
    upos |= {"zei": "VERB", "Kunstgras": "NOUN", "is": "AUX", "gevaarlijk": "ADJ"}
    found = run(text, upos=upos, entities={"Haarlem": "LOC"})
    assert [(q["kind"], q["speaker"]) for q in found] == [("direct", "een wethouder uit Haarlem")]


def test_a_group_ze_skips_the_subject_of_an_earlier_subordinate_clause() -> None:
    text = "De onderzoekers vinden dat het klopt, omdat dieren lijden. Ook vinden ze dat het moet."
    upos = {"De": "DET", "onderzoekers": "NOUN", "vinden": "VERB", "dat": "SCONJ", "het": "PRON"}
    upos |= {"klopt": "VERB", "omdat": "SCONJ", "dieren": "NOUN", "lijden": "VERB"}
    upos |= {"Ook": "ADV", "ze": "PRON", "moet": "VERB"}
    heads = {1: (2, "nsubj"), 2: (None, "root"), 3: (5, "mark"), 4: (5, "nsubj"), 5: (2, "ccomp")}
    heads |= {7: (9, "mark"), 8: (9, "nsubj"), 9: (5, "advcl")}  # "omdat dieren lijden"
    heads |= {11: (1, "advmod"), 12: (None, "root"), 13: (1, "nsubj"), 14: (5, "mark")}
    heads |= {15: (5, "nsubj"), 16: (1, "ccomp")}
    feats = {"onderzoekers": {"Number": "Plur"}, "dieren": {"Number": "Plur"}}
    found = run(text, upos=upos, heads=heads, feats=feats)
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("het klopt, omdat dieren lijden", "De onderzoekers"),
        ("het moet", "De onderzoekers"),
    ]


def test_a_group_ze_goes_back_to_anderen() -> None:
    text = "Anderen vinden dat het klopt. Bovendien vinden ze dat het moet."
    upos = {"Anderen": "PROPN", "vinden": "VERB", "dat": "SCONJ", "het": "PRON", "klopt": "VERB"}
    upos |= {"Bovendien": "ADV", "ze": "PRON", "moet": "VERB"}
    heads = {0: (1, "nsubj"), 1: (None, "root"), 2: (4, "mark"), 3: (4, "nsubj"), 4: (1, "ccomp")}
    heads |= {6: (1, "advmod"), 7: (None, "root"), 8: (1, "nsubj"), 9: (5, "mark")}
    heads |= {10: (5, "nsubj"), 11: (1, "ccomp")}
    found = run(text, upos=upos, heads=heads)
    assert [q["speaker"] for q in found] == ["Anderen", "Anderen"]


def test_a_group_ze_passes_a_free_relative_wat() -> None:
    # Veel(0) critici(1) vinden(2) ‘(3) pijn(4) ’(5) niet(6) wat(7) een(8) dier(9) voelt(10) .(11)
    # Ze(12) spreken(13) over(14) ‘(15) ongerief(16) ’(17) .(18)
    text = "Veel critici vinden ‘pijn’ niet wat een dier voelt. Ze spreken over ‘ongerief’."
    upos = {"Veel": "DET", "critici": "NOUN", "vinden": "VERB", "pijn": "NOUN", "wat": "PRON"}
    upos |= {"dier": "NOUN", "voelt": "VERB", "Ze": "PRON", "spreken": "VERB", "over": "ADP"}
    heads = {0: (1, "det"), 1: (2, "nsubj"), 2: (None, "root"), 4: (2, "obj"), 7: (10, "nsubj")}
    heads |= {8: (9, "det"), 9: (10, "obj"), 10: (2, "xcomp"), 12: (1, "nsubj")}
    heads |= {13: (None, "root"), 14: (4, "case"), 16: (1, "obl")}
    feats = {"critici": {"Number": "Plur"}}
    found = run(text, upos=upos, heads=heads, feats=feats)
    assert [(q["text"], q["speaker"]) for q in found][-1] == ("ongerief", "Veel critici")


def test_an_attributive_participle_stays_in_the_subject() -> None:
    text = "De opgestapte ambassadeur in Washington was ervan overtuigd dat Trump blufte."
    upos = {"De": "DET", "opgestapte": "VERB", "ambassadeur": "NOUN", "in": "ADP", "was": "AUX"}
    upos |= {"ervan": "ADV", "overtuigd": "ADJ", "dat": "SCONJ", "blufte": "VERB"}
    heads = {0: (2, "det"), 1: (2, "amod"), 2: (7, "nsubj"), 3: (4, "case"), 4: (2, "nmod")}
    heads |= {5: (7, "cop"), 6: (7, "advmod"), 7: (None, "root"), 8: (10, "mark")}
    heads |= {9: (10, "nsubj"), 10: (7, "ccomp")}
    found = run(text, upos=upos, heads=heads, entities={"Washington": "LOC", "Trump": "PER"})
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("Trump blufte", "De opgestapte ambassadeur in Washington")
    ]


def test_a_headline_role_of_a_place_speaks_through_the_role_holder() -> None:
    text = (
        "Premier Maleisië: bewijs tegen Rusland politiek gemotiveerd\n\n"
        "De Maleisische premier Mahathir zegt dat het bewijs niet deugt."
    )
    upos = {"Premier": "NOUN", "bewijs": "NOUN", "tegen": "ADP", "politiek": "ADJ"}
    upos |= {"gemotiveerd": "VERB", "De": "DET", "Maleisische": "ADJ", "premier": "NOUN"}
    upos |= {"zegt": "VERB", "dat": "SCONJ", "het": "DET", "niet": "ADV", "deugt": "VERB"}
    entities = {"Maleisië": "LOC", "Rusland": "LOC", "Mahathir": "PER"}
    found = run(text, upos=upos, entities=entities, kinds=("title", "body"))
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("bewijs tegen Rusland politiek gemotiveerd", "Mahathir"),
        ("het bewijs niet deugt", "Mahathir"),
    ]


def test_the_organisations_behind_a_campaign_keep_it() -> None:
    text = (
        "Banken investeren in wapens. "
        "Dat stellen de organisaties achter de Eerlijke Bankwijzer in een rapport."
    )
    upos = {"Banken": "NOUN", "investeren": "VERB", "in": "ADP", "wapens": "NOUN", "een": "DET"}
    upos |= {"Dat": "PRON", "stellen": "VERB", "de": "DET", "organisaties": "NOUN"}
    upos |= {"achter": "ADP", "Eerlijke": "ADJ", "Bankwijzer": "NOUN", "rapport": "NOUN"}
    quote = one(text, upos=upos, entities={"Eerlijke Bankwijzer": "MISC"})
    assert quote["speaker"] == "de organisaties achter de Eerlijke Bankwijzer"


def test_an_unnamed_subject_keeps_its_relative_clause() -> None:
    text = "Een bron die anoniem wil blijven, zegt dat het kabinet valt."
    upos = {"Een": "DET", "bron": "NOUN", "die": "PRON", "anoniem": "ADJ", "wil": "AUX"}
    upos |= {"blijven": "VERB", "zegt": "VERB", "dat": "SCONJ", "het": "DET", "kabinet": "NOUN"}
    upos |= {"valt": "VERB"}
    quote = one(text, upos=upos)
    assert (quote["text"], quote["speaker"]) == (
        "het kabinet valt",
        "Een bron die anoniem wil blijven",
    )
    text = "Het kabinet valt. Sporters die hier spelen, worden ziek, vrezen artsen."
    upos |= {"Sporters": "NOUN", "hier": "ADV", "spelen": "VERB", "worden": "AUX"}
    upos |= {"ziek": "ADJ", "vrezen": "VERB", "artsen": "NOUN", "Het": "DET"}
    quote = one(text, upos=upos)
    assert quote["speaker"] == "artsen"  # the subject follows the verb: the clause is the claim


def test_sources_joined_by_en_are_one_speaker_and_stay_out_of_the_quote() -> None:
    upos = {"is": "AUX", "gevlucht": "VERB", "politie": "NOUN", "OM": "PROPN", "man": "NOUN"}
    quote = one("Volgens de politie en het OM is de man gevlucht.", upos=upos)
    assert (quote["speaker"], quote["text"]) == ("de politie en het OM", "is de man gevlucht")
    text = "Teeven en minister Ivo Opstelten zeiden dat er niets van klopte."
    entities = {"Teeven": "PER", "Ivo Opstelten": "PER"}
    upos = {"minister": "NOUN", "zeiden": "VERB", "klopte": "VERB"}
    quote = one(text, entities=entities, upos=upos)
    assert quote["speaker"] == "Teeven en minister Ivo Opstelten"
    text = "Het bedrijf en zijn partner Servier maakten bekend dat de studie klaar is."
    upos = {"bedrijf": "NOUN", "zijn": "PRON", "partner": "NOUN", "maakten": "VERB"}
    quote = one(text, entities={"Servier": "ORG"}, upos=upos | {"is": "AUX"})
    assert quote["speaker"] == "Het bedrijf en zijn partner Servier"
    text = "Twitter en Facebook zeggen dat de accounts de regels braken."  # one tagged
    upos = {"Twitter": "PROPN", "zeggen": "VERB", "accounts": "NOUN", "braken": "VERB"}
    quote = one(text, entities={"Facebook": "ORG"}, upos=upos)
    assert quote["speaker"] == "Twitter en Facebook"


def test_a_relative_dat_opens_no_report_and_the_report_may_follow_it() -> None:
    # "dat" the parser made the subject of a relative clause: no report opens there.
    text = "Tien spelers zijn zeker van deelname aan het KLM Open, dat wordt gehouden in Baarn."
    upos = {"zijn": "AUX", "zeker": "ADJ", "dat": "PRON", "wordt": "AUX", "gehouden": "VERB"}
    heads = {11: (13, "nsubj:pass"), 13: (9, "acl:relcl")}
    assert run(text, upos=upos | {"deelname": "NOUN"}, heads=heads) == []
    # After a relative clause set off by commas, the complementizer opens the report.
    text = "De commissie stelde in haar rapport, dat in juni verscheen, dat ze niet had bijgeklust."
    upos = {"stelde": "VERB", "verscheen": "VERB", "bijgeklust": "VERB", "dat": "PRON"}
    heads = {7: (10, "nsubj"), 10: (6, "acl:relcl")}
    quote = one(text, upos=upos | {"had": "AUX", "rapport": "NOUN"}, heads=heads)
    assert quote["text"] == "ze niet had bijgeklust"


def test_a_list_of_names_with_a_comma_before_en_stays_in_the_report() -> None:
    text = "De organisatie maakte bekend dat Sergio Garcia, Lee Westwood, en Matt Wallace meedoen."
    entities = {"Sergio Garcia": "PER", "Lee Westwood": "PER", "Matt Wallace": "PER"}
    upos = {"maakte": "VERB", "bekend": "ADJ", "meedoen": "VERB", "organisatie": "NOUN"}
    quote = one(text, entities=entities, upos=upos)
    assert quote["text"] == "Sergio Garcia, Lee Westwood, en Matt Wallace meedoen"


def test_a_quote_after_the_trailing_cue_of_the_one_before_goes_on_in_its_voice() -> None:
    text = (
        "Owen sloeg terug. „Ik ben het met je eens, Henry”, zo reageerde hij op het bericht "
        "van Winter. „Het is treurig.”"
    )
    upos = {"reageerde": "VERB", "hij": "PRON", "bericht": "NOUN", "sloeg": "VERB"}
    found = run(text, entities={"Owen": "PER", "Winter": "PER"}, upos=upos)
    assert [(q["text"], q["speaker"]) for q in found] == [
        ("Ik ben het met je eens, Henry", "hij"),
        ("Het is treurig.", "hij"),
    ]


def test_hij_after_a_described_source_naming_an_organisation_is_that_source() -> None:
    text = (
        "Boer Smit werd vermoord. Een vertegenwoordiger van regeringspartij ANC noemde de "
        "moord onbegrijpelijk. „Hij had zijn land al verkocht”, zei hij."
    )
    entities = {"Smit": "PER", "ANC": "ORG"}
    upos = {"noemde": "VERB", "zei": "VERB", "vertegenwoordiger": "NOUN", "moord": "NOUN"}
    found = run(text, entities=entities, upos=upos | {"werd": "AUX", "vermoord": "VERB"})
    assert found[-1]["speaker"] == "Een vertegenwoordiger van regeringspartij ANC"


def test_a_genitive_s_before_an_adjective_stays_inside_the_source_phrase() -> None:
    text = "De vraag is groot, zegt de baas van 's werelds grootste rederij."
    upos = {"zegt": "VERB", "baas": "NOUN", "'s": "DET", "werelds": "DET", "grootste": "ADJ"}
    quote = one(text, upos=upos | {"rederij": "NOUN", "is": "AUX", "vraag": "NOUN"})
    assert quote["speaker"] == "de baas van 's werelds grootste rederij"


def test_a_claim_opening_with_a_time_clause_before_a_trailing_cue_is_reported() -> None:
    text = "Zodra dat gebeurt richt Trump zich op Europa, zegt de topman."
    upos = {"Zodra": "SCONJ", "gebeurt": "VERB", "richt": "VERB", "zegt": "VERB"}
    feats = {"richt": {"VerbForm": "Fin"}}
    heads = {4: (3, "nsubj")}  # "Trump" is the subject of "richt"
    quote = one(text, upos=upos | {"topman": "NOUN"}, feats=feats, heads=heads)
    assert (quote["text"], quote["speaker"]) == (
        "Zodra dat gebeurt richt Trump zich op Europa",
        "de topman",
    )


def test_a_particle_in_a_later_subordinate_clause_is_not_the_verbs() -> None:
    text = (
        "De coalitie viel toen Conte opstapte. Dat deed hij nadat Salvini het vertrouwen had "
        "opgezegd om verkiezingen af te dwingen."
    )
    upos = {"deed": "VERB", "nadat": "SCONJ", "opgezegd": "VERB", "dwingen": "VERB"}
    assert run(text, entities={"Conte": "PER", "Salvini": "PER"}, upos=upos) == []


def test_a_verb_after_en_joined_to_the_cue_ends_the_report() -> None:
    text = "Conte zegt dat hij een rol ziet voor Italië en roept op tot minder ruzie."
    upos = {"zegt": "VERB", "ziet": "VERB", "roept": "VERB", "rol": "NOUN", "ruzie": "NOUN"}
    heads = {1: (None, "root"), 6: (1, "ccomp"), 10: (1, "conj")}  # "roept" goes with "zegt"
    quote = one(text, entities={"Conte": "PER"}, upos=upos, heads=heads)
    assert quote["text"] == "hij een rol ziet voor Italië"
    heads = {1: (None, "root"), 6: (1, "ccomp"), 10: (6, "conj")}  # "roept" goes with "ziet"
    quote = one(text, entities={"Conte": "PER"}, upos=upos, heads=heads)
    assert quote["text"] == "hij een rol ziet voor Italië en roept op tot minder ruzie"


def test_a_participle_between_an_article_and_its_noun_is_no_cue() -> None:
    from newsstruct.rules._tokens import _Doc
    from newsstruct.rules.cues import QuoteLexicon, _cue_at

    text = "Naast de eerder genoemde werklozen ging het om mensen die niet zochten."
    upos = {"genoemde": "VERB", "werklozen": "NOUN", "ging": "VERB", "eerder": "ADJ"}
    heads = {2: (3, "advmod"), 3: (4, "acl")}  # "eerder" -> "genoemde" -> "werklozen"
    lemmas = {"genoemde": "noemen"}
    annotation = annotate(text, upos=upos | {"de": "DET"}, heads=heads, lemmas=lemmas)
    doc = _Doc(annotation, blocks(text))
    assert _cue_at(doc, QuoteLexicon.default(), 3, len(doc.tokens)) is None
    # a past tense after a comma stays a cue, whatever the parser hangs it from
    text = "Alles opgeteld gaat het om 45 miljard dollar, berekende The New York Times."
    upos = {"berekende": "VERB", "gaat": "VERB", "opgeteld": "VERB"}
    heads = {10: (11, "amod")}
    quote = one(text, entities={"The New York Times": "ORG"}, upos=upos, heads=heads)
    assert quote["speaker"] == "The New York Times"


def test_remarks_of_someone_that_report_a_clause() -> None:
    text = "Het verwees naar de opmerkingen van Johnson dat zijn land een vazalstaat wordt."
    entities = {"Johnson": "PER"}
    upos = {"opmerkingen": "NOUN", "verwees": "VERB", "wordt": "VERB"}
    quote = one(text, entities=entities, upos=upos | {"dat": "SCONJ", "land": "NOUN"})
    assert (quote["text"], quote["speaker"]) == ("zijn land een vazalstaat wordt", "Johnson")


def test_a_name_in_quote_marks_used_elsewhere_is_no_quote() -> None:
    text = "Frenkie de Jong vertrekt. In het filmpje spreekt ’Frenkie’ zijn dank uit."
    entities = {"Frenkie de Jong": "PER", "Frenkie": "PER"}
    upos = {"spreekt": "VERB", "vertrekt": "VERB", "dank": "NOUN"}
    assert run(text, entities=entities, upos=upos) == []


def test_disputing_reports_and_naar_voren_komen_points_back_to_the_documents() -> None:
    upos = {"bestrijdt": "VERB", "stelt": "VERB", "school": "NOUN", "dat": "SCONJ"}
    quote = one("Fasen bestrijdt dat zijn school geen doelen stelt.", upos=upos)
    assert (quote["text"], quote["speaker"]) == ("zijn school geen doelen stelt", "Fasen")
    text = "Er kwamen rapporten uit. Daaruit kwam naar voren dat er veel fouten zijn gemaakt."
    upos = {"rapporten": "NOUN", "kwamen": "VERB", "kwam": "VERB", "dat": "SCONJ"}
    quote = one(text, upos=upos | {"gemaakt": "VERB", "zijn": "AUX"})
    assert (quote["text"], quote["speaker"]) == ("er veel fouten zijn gemaakt", "rapporten")


def test_a_participle_apposition_after_volgens_x_stays_out_of_the_report() -> None:
    text = "Volgens psycholoog Nikken, gespecialiseerd in media, is bellen niet meer van deze tijd."
    upos = {"Volgens": "ADP", "gespecialiseerd": "VERB", "is": "AUX", "bellen": "VERB"}
    feats = {"gespecialiseerd": {"VerbForm": "Part"}}
    quote = one(text, entities={"Nikken": "PER"}, upos=upos, feats=feats)
    assert (quote["text"], quote["speaker"]) == ("is bellen niet meer van deze tijd", "Nikken")


def test_dat_hebben_a_list_of_names_bekendgemaakt_reports_the_sentence_before() -> None:
    text = "Het feest wordt gehouden in Ahoy. Dat hebben NPO, NOS en AVROTROS bekendgemaakt."
    entities = {"NPO": "ORG", "NOS": "ORG", "AVROTROS": "ORG", "Ahoy": "LOC"}
    upos = {"wordt": "AUX", "gehouden": "VERB", "hebben": "AUX", "bekendgemaakt": "VERB"}
    feats = {"bekendgemaakt": {"VerbForm": "Part"}}
    quote = one(text, entities=entities, upos=upos | {"Dat": "PRON"}, feats=feats)
    assert quote["text"] == "Het feest wordt gehouden in Ahoy"


def test_a_verbless_claim_before_vond_x_with_a_relative_clause_is_the_report() -> None:
    text = "Het paleis moest worden verbouwd. Te kostbaar, vond de staat, die eigenaar was."
    upos = {"Te": "ADP", "kostbaar": "ADJ", "vond": "VERB", "staat": "NOUN", "die": "PRON"}
    upos |= {"moest": "AUX", "worden": "AUX", "verbouwd": "VERB", "was": "AUX"}
    quote = one(text, upos=upos | {"de": "DET", "eigenaar": "NOUN"})
    assert (quote["text"], quote["speaker"]) == ("Te kostbaar", "de staat")


def test_a_subject_with_a_wiens_clause_before_its_verb_is_no_claim() -> None:
    text = (
        "De acteur, wiens vrouw een vriendin is van de hertogin, roept de media op om te zwijgen."
    )
    upos = {"De": "DET", "acteur": "NOUN", "wiens": "DET", "vrouw": "NOUN", "een": "DET"}
    upos |= {"vriendin": "NOUN", "is": "AUX", "van": "ADP", "de": "DET", "hertogin": "NOUN"}
    upos |= {"roept": "VERB", "media": "NOUN", "op": "ADP", "om": "ADP", "te": "ADP"}
    upos |= {"zwijgen": "VERB"}
    assert [q["text"] for q in run(text, upos=upos)] == []  # "De acteur, wiens ...": no claim


def test_a_quoted_nickname_shortening_a_name_used_elsewhere_is_no_quote() -> None:
    text = "’Gio’ verwacht emotioneel afscheid\n\nGiovanni van Bronckhorst stopt bij Feyenoord."
    entities = {"Gio": "PER", "Giovanni van Bronckhorst": "PER", "Feyenoord": "ORG"}
    upos = {"verwacht": "VERB", "stopt": "VERB", "afscheid": "NOUN"}
    assert run(text, entities=entities, upos=upos, kinds=["title", "body"]) == []


def test_a_group_ze_passes_a_singular_subject_that_is_no_collective() -> None:
    text = "De blusser van twee studenten werkt. Het geluid golft op en neer, vertellen ze."
    heads = {1: (5, "nsubj"), 8: (9, "nsubj"), 15: (14, "nsubj")}
    feats = {"geluid": {"Number": "Sing"}, "blusser": {"Number": "Sing"}}
    upos = {"blusser": "NOUN", "geluid": "NOUN", "golft": "VERB", "vertellen": "VERB"}
    quote = one(text, upos=upos | {"werkt": "VERB", "studenten": "NOUN"}, heads=heads, feats=feats)
    assert quote["speaker"] == "ze"  # not "Het geluid"


def test_a_group_ze_points_back_to_both_subjects_joined_by_en() -> None:
    text = "De stichting en de vereniging dagen het fonds. Zij stellen dat er een korting dreigt."
    heads = {1: (5, "nsubj"), 4: (1, "conj"), 10: (11, "nsubj")}
    feats = {"stichting": {"Number": "Sing"}, "stellen": {"Number": "Plur"}}
    upos = {"stichting": "NOUN", "vereniging": "NOUN", "dagen": "VERB", "stellen": "VERB"}
    quote = one(text, upos=upos | {"dreigt": "VERB", "fonds": "NOUN"}, heads=heads, feats=feats)
    assert quote["speaker"] == "De stichting en de vereniging"


def test_gezien_after_a_comma_is_a_preposition_no_cue() -> None:
    text = "Zijn positie geeft, gezien zijn achtergrond, te denken over de politiek."
    upos = {"geeft": "VERB", "gezien": "VERB", "achtergrond": "NOUN", "denken": "VERB"}
    assert run(text, upos=upos | {"positie": "NOUN", "zijn": "PRON"}) == []


def test_an_outlet_named_after_a_place_is_one_source_when_the_tagger_splits_it() -> None:
    text = "De school is dicht, meldt Dagblad van het Noorden."
    entities = {"Dagblad": "ORG", "Noorden": "LOC"}
    upos = {"meldt": "VERB", "school": "NOUN", "is": "AUX", "dicht": "ADJ"}
    assert one(text, entities=entities, upos=upos)["speaker"] == "Dagblad van het Noorden"
