"""Who said it: a quote finding and its cue's speaker and medium."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final

from newsstruct.lexicon import listed_or_compound
from newsstruct.rules._tokens import (
    _ADVERBS,
    _AUXILIARIES,
    _DETERMINERS,
    _LEADERS,
    _PREPOSITIONS,
    _QUESTION_WORDS,
    _SUBJECT_PRONOUNS,
    _SURNAME_PARTICLES,
    Range,
    _antecedent,
    _Doc,
    _is_pronoun,
    _label,
    _next_comma,
    _np_after,
    _np_before,
    _person_noun,
    _source_word,
    _sources_after,
    _speaker_span,
    _words,
    postmodified,
)
from newsstruct.rules.coref import _NOMINATIVE, role_of
from newsstruct.rules.cues import (
    QuoteLexicon,
    _Cue,
    _cue_at,
    _cue_span,
    _is_participle,
    _names_a_document,
    infinitive_governor,
)

_RELATIVES: Final = _words("die dat wie")
_ASIDE_REACH: Final = 8  # tokens inside a bracketed aside after a subject ("(CDA)", "(RDW)")
_RELATIVE_REACH: Final = 15  # tokens from a clause-final verb back to its relative pronoun
_RELATIVE_OPENERS: Final = _RELATIVES | _words("wiens wier waartoe waarvan waarin waarmee")
_SUBORDINATORS: Final = _words(
    "omdat dat als terwijl toen nadat voordat hoewel zoals indien wanneer zodat waarop "
    "waarna doordat"
)
_AMONG: Final = _words("andere anderen meer")  # "onder andere": among others, no place
_SOURCE_PLACES: Final = _words("uit bij achter")  # where an unnamed source is from or works
_PLACED: Final = _words("in bij uit aan achter")  # "Vrouwen in Afghanistan", "analisten bij ING"
_COMPARATIVES: Final = _words("net zoals evenals zowel")  # before "als": a comparison
_WEEKDAYS: Final = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_DAY_PARTS: Final = ("ochtend", "morgen", "middag", "avond", "nacht")
_TIME_NOUNS: Final = (
    _words(
        "week maand jaar dag ochtend middag avond nacht weekend eeuw keer tijd periode seizoen"
        " januari februari maart april mei juni juli augustus september oktober november december"
    )
    | frozenset(_WEEKDAYS)
    | frozenset(day + part for day in _WEEKDAYS for part in _DAY_PARTS)
)
_PERIOD_PARTS: Final = _words("begin eind half medio midden")  # "begin april", "eind mei"
_MEDIUM_PREPOSITIONS: Final = _words("op via tegen tegenover aan in bij")
_DOCUMENT_PREPOSITIONS: Final = _words("aan over")  # "een brief aan de Kamer"
_GROUP_LOOKBACK: Final = 3  # sentences a group "ze" may point back over
_GROUP_WORDS: Final = _words("anderen sommigen velen beiden allen")  # groups without a noun
_PLURAL_SUBJECTS: Final = _GROUP_WORDS | _words("ze zij wij we")
_DESCRIBING: Final = frozenset(("ADJ", "ADV"))  # no speaker alone: "bang", "precies"
_TOLD_REACH: Final = 6  # words from the cue to the organisation told: "zei X later aan ESPN"
_TELLING: Final = _words(
    "zeggen vertellen verklaren laten weten melden bevestigen mailen schrijven"
)
_INTERVIEWS: Final = ("interview", "gesprek")  # "in (een) (vraag)gesprek met X": X is the medium


@dataclass(frozen=True, slots=True)
class QuoteFinding:
    """One quote found in the text; every span is a ``(start, end)`` character range.

    Attributes:
        kind: "direct", "partial" or "indirect".
        start: Offset of the quoted or reported content (quotation marks excluded).
        end: Offset one past the content.
        paragraph: Index of the block the quote starts in.
        cue: The attribution cue as written ("zei", "klonk het bij", "aldus", ":").
        speaker: The speaker mention as written near the quote ("Loekasjenko", "hij",
            "een woordvoerder van de politie"); for a quote that continues another one, the
            speaker mention of that quote.
        medium: The channel's noun phrase ("Telegram", "de Russische staatstelevisie").

    """

    kind: str
    start: int
    end: int
    paragraph: int
    cue: Range | None = None
    speaker: Range | None = None
    medium: Range | None = None


@dataclass(slots=True)
class _Attribution:
    cue: Range | None = None
    speaker: Range | None = None
    medium: Range | None = None
    document: bool = False  # the speaker is the document the words stand in


# adverbs that may stand between a fronted subject and its verb: "HRW daarentegen noemt"
_AFTER_SUBJECT: Final = frozenset(("daarentegen", "echter", "evenwel", "overigens", "zelf"))
_OBJECT_PRONOUNS: Final = _words("hem hen mij jou")  # never subjects: "noemt hem dapper"


def _subject(doc: _Doc, cue: _Cue, unit: Range, lexicon: QuoteLexicon) -> Range | None:
    """Find the speaker's token range for a cue: its subject, or for "citeren" its object."""
    agent = _passive_agent(doc, cue, unit)
    if agent is not None:
        return agent  # "Het werd door stewards als ‘race-incident’ afgedaan": the stewards
    subject = _grammatical_subject(doc, cue, unit, lexicon)
    if cue.lemma != "citeren" or subject is None or subject[0] > cue.verb:
        return subject  # (an inverted subject's object is taken below, after it)
    cited = _np_after(doc, cue.last + 1, unit[1])  # "Hij citeert Thierry Frémaux: ‘...’"
    return cited if cited is not None and _cited_person(doc, cited) else subject


_PASSIVE: Final = _words("word wordt werd werden worden")


def _passive_agent(doc: _Doc, cue: _Cue, unit: Range) -> Range | None:
    """The "door X" agent of a passive cue ("werd door de oppositie ‘onzin’ genoemd").

    The passive's subject is what was said or named, not who said it. The agent must be a
    name, a role, a noun for people or an institution ("door de regen" is a cause).
    """
    if not cue.is_verb or doc.tokens[cue.verb].feats.get("VerbForm") != "Part":
        return None
    if _is_participle(doc, cue):
        return None  # (a present participle: "eraan toevoegend")
    before = range(unit[0], cue.first)
    if not any(doc.lower[i] in _PASSIVE and doc.quoted(i) is None for i in before):
        return None
    door = next((i for i in before if doc.lower[i] == "door" and doc.quoted(i) is None), None)
    if door is None:
        return None
    for i in range(door + 1, cue.first):
        mark = any(doc.quoted(j) is not None for j in (i - 1, i, i + 1))  # by quoted words
        subordinate = doc.tokens[i].upos == "SCONJ" and doc.lower[i] != "als"  # (als ‘X’)
        if (doc.punct(i) and not mark) or subordinate:
            return None  # "... door X is genoemd, omdat ... werd gevraagd": another clause's
    agent = _np_after(doc, door + 1, cue.first)
    if agent is None or any(doc.quoted(i) is not None for i in range(*agent)):
        return None
    head = agent[1] - 1
    animate = _label(doc, head) in ("PER", "ORG") or role_of(doc.lower[head]) is not None
    animate = animate or _person_noun(doc, head)
    animate = animate or _source_word(doc.lower[head])
    return agent if animate else None


def _joined_before(doc: _Doc, phrase: Range, clause: int) -> Range | None:
    """The subject "X en <phrase>" opening its clause ("Teeven en minister Opstelten"), or None."""
    joint = phrase[0] - 1
    while joint > clause and doc.lower[joint] != "en" and joint >= phrase[0] - 3:
        if doc.tokens[joint].upos not in ("NOUN", "ADJ", "DET", "PRON") or doc.punct(joint):
            return None
        joint -= 1  # "en [haar collega] Hoekstra", "en [minister] Ivo Opstelten"
    if joint <= clause or doc.lower[joint] != "en":
        return None
    leading = _np_before(doc, joint, clause)
    if leading is None or any(
        doc.lower[i] not in _LEADERS and doc.tokens[i].upos != "ADV"
        for i in range(clause, leading[0])
    ):
        return None  # (not "Na overleg met Rutte en Kaag zei ...")
    return leading[0], phrase[1]


def _cited_person(doc: _Doc, phrase: Range) -> bool:
    """Tell a cited source ("hem", "Thierry Frémaux") from a cited thing ("het rapport")."""
    first = phrase[0]
    return doc.lower[first] in ("hem", "haar", "hen") or _label(doc, first) in ("PER", "ORG")


def _grammatical_subject(doc: _Doc, cue: _Cue, unit: Range, lexicon: QuoteLexicon) -> Range | None:
    first, stop = unit
    if not cue.is_verb:
        if cue.speaker_at is not None and cue.verb > cue.speaker_at:
            return cue.speaker_at, cue.verb  # "uit [de test bij AH met ...] is gebleken"
        if cue.speaker_at is not None:
            return _sources_after(doc, cue.speaker_at, stop)
        if cue.kind == "anonymous":
            return None
        if cue.kind == "pointing":
            return _document_before(doc, cue)  # "Het verslag kwam uit. Daaruit blijkt dat"
        governor = doc.heads[cue.last]
        if governor is not None and first <= governor < stop:  # "Naar eigen zeggen komt Google"
            parsed = _parsed_subject(doc, governor, unit)
            if parsed is not None and not (cue.first <= parsed[0] <= cue.last):
                return parsed
        while first < stop and doc.lower[first] in _LEADERS:
            first += 1  # "Maar hij is naar eigen zeggen ..."
        return _np_after(doc, first, stop)
    if _is_participle(doc, cue):
        for index in range(cue.first - 1, first - 1, -1):
            earlier = _cue_at(doc, lexicon, index, stop) if doc.quoted(index) is None else None
            if earlier is not None and not _is_participle(doc, earlier):
                return _subject(doc, earlier, unit, lexicon)
        fronted = first + 1 < cue.first and doc.lower[first] in ("dat", "dit")
        if fronted and doc.lower[first + 1] in _AUXILIARIES:
            return _np_after(doc, first + 2, cue.first)  # "Dat hebben medewerkers ... gezegd"
        return _np_after(doc, first, stop)
    if cue.verb > first and doc.lower[cue.verb - 1] == "te":
        governor = infinitive_governor(doc, cue.verb - 1)
        if governor is not None:  # "X haastte zich te zeggen": the governing verb's subject
            governing = replace(cue, first=governor, last=governor, verb=governor, particle=None)
            return _subject(doc, governing, unit, lexicon)
    anchor = cue.verb
    for index in range(cue.verb - 1, max(first, cue.verb - 6) - 1, -1):
        if doc.punct(index) or not _non_finite(doc, lexicon, cue.verb):
            break
        if doc.lower[index] in _AUXILIARIES and doc.tokens[index].upos != "PRON":
            anchor = index  # "heeft hij gezegd": the finite auxiliary takes the verb's place
            if doc.tokens[index].feats.get("VerbForm") != "Inf":
                break  # (not "tot zijn teleurstelling": "zijn" is his)
            # "Hij zou ... hebben toegegeven": the finite one is further back
    subject_end = _before_aside(doc, anchor, first)  # "De RDW (Rijksdienst) vindt"
    clause = first
    for index in range(subject_end - 1, first - 1, -1):
        if doc.punct(index):
            clause = index + 1
            break
    pointing = clause + 1 < cue.verb and doc.lower[clause] in ("dat", "dit")
    participle = doc.tokens[cue.verb].feats.get("VerbForm") == "Part"
    own = pointing and doc.heads[clause + 1] == cue.verb  # (not "Dat is iets lager dan ...
    if own and participle and doc.lower[clause + 1] in _AUXILIARIES:  # werd gemeld")
        inverted = _inverted_subject(doc, cue, clause + 1, stop)  # "Dat heeft het Spaanse hof
        if inverted is not None:  # na weken van geruchten bekendgemaakt": the auxiliary's
            return inverted
    described = _described_subject(doc, anchor, first)
    if described is not None and _inverted_subject(doc, cue, anchor, stop) is None:
        return described  # "Een man die anoniem wil blijven, zegt": the man as described
    if (
        anchor - 2 >= first
        and doc.lower[anchor - 1] in _RELATIVES
        and not (  # "..., dat schrijft de NOS": "dat" points back, the NOS writes
            doc.lower[anchor - 1] == "dat" and _inverted_subject(doc, cue, anchor, stop)
        )
    ):
        comma = anchor - 2 if doc.tokens[anchor - 2].text == "," else anchor - 1
        antecedent = _np_before(doc, comma, first)  # "(,) die zei dat": the antecedent speaks
        place = antecedent is not None and _label(doc, antecedent[1] - 1) == "LOC"
        if antecedent is not None and not place:
            return antecedent
    relative_comma = _verb_final_relative(doc, anchor, first)
    if relative_comma is not None:  # ", die de klachten 'ketelmuziek' noemde": it speaks
        antecedent = _np_before(doc, relative_comma, first)
        if antecedent is not None and _label(doc, antecedent[1] - 1) != "LOC":
            return antecedent
    if anchor + 1 < stop and doc.lower[anchor + 1] in _NOMINATIVE and anchor > clause:
        return anchor + 1, anchor + 2  # "Cohen noemde hij ...": the subject follows the verb
    before = _np_before(doc, subject_end, clause)
    if before is None and subject_end - 1 > clause and doc.lower[subject_end - 1] in _AFTER_SUBJECT:
        opening = _np_before(doc, subject_end - 1, clause)  # "HRW daarentegen noemt het ..."
        before = opening if opening is not None and opening[0] == clause else None
    if before is not None and _time_noun(doc, before[1] - 1, clause):
        before = None  # "Eerder deze maand vertelde Kate ...": a time, not the subject
    if before is not None and _adverbial(doc, before):
        before = None  # "Toentertijd/ADJ dacht ze", "Meer serieus zegt de liberaal"
    if (
        before is not None
        and before[0] - 2 >= clause
        and doc.lower[before[0] - 1] == "als"
        and doc.lower[before[0] - 2] in _COMPARATIVES
    ):
        before = None  # "Net als Leers zei Bleker dat": a comparison, not the subject
    if before is not None and before[0] - 1 > clause and doc.lower[before[0] - 1] in _PLACED:
        leading = _np_before(doc, before[0] - 1, clause)
        if leading is not None and leading[0] == clause and not _adverbial(doc, leading):
            return leading[0], before[1]  # "Partijen in de Tweede Kamer vinden": one subject
    if before is not None and _prepositional(doc, before[0]):
        before = None  # "Van één ding is Krol overtuigd": a prepositional phrase, no subject
    if before is not None and doc.lower[before[0]] in _QUESTION_WORDS:
        before = None  # "En wat vindt hij ervan": "wat" is the object
    if before is not None and doc.lower[before[0]] in _SUBJECT_PRONOUNS:
        return before  # "... Hij voegde eraan toe": a subject pronoun right before the verb
    if before is not None and _named_before_verb(doc, before, clause):
        joined = _joined_before(doc, before, clause)  # "Teeven en minister Opstelten zeiden"
        return before if joined is None else joined  # "Zelfs Ruttes gedoogpartner Wilders zei"
    if before is not None and (
        all(  # "Ook Heerma vindt", "Ongeveer 70 procent van de kiezers vindt"
            doc.lower[i] in _LEADERS
            or doc.tokens[i].upos == "ADV"
            or (doc.lower[i] == "onder" and doc.lower[i + 1] in _AMONG)  # "Onder andere X wees"
            for i in range(clause, before[0])
        )
        or doc.lower[before[0] - 1] in _SUBORDINATORS
        or doc.lower[before[0] - 1] == "maar"  # "... en maar vijf procent vindt": a new clause
    ):
        return before
    if before is not None and before[0] - 1 > clause and doc.lower[before[0] - 1] in ("en", "of"):
        leading = _np_before(doc, before[0] - 1, clause)
        if leading is not None and leading[0] == clause:
            return leading[0], before[1]  # "Gehandicapten en chronisch zieken vrezen"
    if anchor - 1 == clause and doc.lower[clause] in ("die", "deze"):
        return clause, anchor  # "Die zei ...": a demonstrative subject
    if anchor > first and doc.lower[anchor - 1] in ("en", "maar", "of"):
        demonstrative = doc.lower[first] in ("die", "deze") and first + 1 < anchor
        if demonstrative and doc.tokens[first + 1].upos in ("VERB", "AUX"):
            return first, first + 1  # "Die is 92 en zegt dat": the one named before
        return _np_after(doc, first, stop)  # "Tsepkalo blijft ... en waarschuwt dat"
    appositive = _before_appositive(doc, anchor, first)
    relative = appositive is not None and appositive[1] + 1 < anchor
    if relative and appositive is not None:
        opener = doc.tokens[appositive[1] + 1]
        relative = opener.text.lower() in _RELATIVE_OPENERS and opener.upos != "DET"
    if relative and appositive is not None:
        return appositive  # "Schmidt-Nielsen, die ..., heeft haar kiezers beloofd"
    lead = clause
    while lead < anchor and doc.lower[lead] in _LEADERS:
        lead += 1
    subordinate = doc.lower[lead] in _SUBORDINATORS or doc.lower[lead] == "waar"
    if lead > clause and doc.lower[lead - 1] in _COMPARATIVES:
        subordinate = False  # "Net als Leers verkondigde Bleker": a comparison
    if doc.has_parse and doc.heads[anchor] is None:
        subordinate = False  # "Als reactie op haar post schrijven volgers": the main verb
    word = doc.tokens[lead + 1] if lead + 1 < anchor else None
    if subordinate and word and (word.upos not in ("VERB", "AUX") or word.deprel == "amod"):
        inside = _np_after(doc, lead + 1, anchor)  # "Waar Marko in ... woorden liet weten"
        if inside is not None:  # a subordinate clause keeps its subject before the verb, with
            return _with_relative_clause(doc, inside, anchor)  # its place: "een wethouder uit X"
    after = _inverted_subject(doc, cue, anchor, stop)
    if after is not None:
        if cue.lemma == "citeren":
            quoted = _np_after(doc, after[1], stop)
            if quoted is not None:
                return quoted
        return after
    if appositive is not None:
        return appositive  # "Het bedrijf Beam, dat bij Suntory hoort, zei dat ..."
    parsed = _parsed_subject(doc, cue.verb, unit)
    if parsed is not None:
        return parsed
    for index in range(anchor - 1, clause - 1, -1):  # "nadat Bettens zaterdag bekendmaakte"
        if doc.lower[index] in _SUBORDINATORS:
            return _np_after(doc, index + 1, anchor)
    return None


def _time_noun(doc: _Doc, index: int, clause: int) -> bool:
    """Tell a time word ("maand", "september") from a name ("Remko Vrijdag", "Mei Li Vos")."""
    if doc.lower[index] not in _TIME_NOUNS or _label(doc, index) == "PER":
        return False
    return index == clause or not doc.tokens[index].text[:1].isupper()


def _adverbial(doc: _Doc, phrase: Range) -> bool:
    """Tell a phrase the parser calls an adverbial modifier, however it is tagged."""
    return doc.has_parse and all(
        doc.tokens[i].upos in ("ADJ", "ADV") and doc.tokens[i].deprel == "advmod"
        for i in range(*phrase)
    )


def _before_aside(doc: _Doc, index: int, first: int) -> int:
    """Return the index of the "(" of a bracketed aside ending right before ``index``, else it."""
    if index - 1 <= first or doc.tokens[index - 1].text != ")":
        return index
    for at in range(index - 2, max(first, index - _ASIDE_REACH) - 1, -1):
        if doc.tokens[at].text == "(":
            return at
    return index


def _verb_final_relative(doc: _Doc, anchor: int, first: int) -> int | None:
    """Find the comma before ", die ... noemde": a relative clause that ends in the cue.

    Only when the relative pronoun is the subject: no subject pronoun of its own follows it
    (not "die hij noemde").
    """
    for index in range(anchor - 1, max(first, anchor - _RELATIVE_REACH) - 1, -1):
        text = doc.tokens[index].text
        if doc.lower[index] in _NOMINATIVE or text in (".", ";", ":", "?", "!"):
            return None
        if text == ",":
            opener = index + 1
            relative = doc.lower[opener] in ("die", "dat") and opener + 1 < anchor
            if not relative or doc.tokens[opener].upos == "DET":
                return None
            return _before_aside(doc, index, first)  # "Verhagen (CDA), die": skip the aside
    return None


def _named_before_verb(doc: _Doc, phrase: Range, clause: int) -> bool:
    """A person or organisation right before the finite verb, not inside a prepositional phrase.

    In a main clause one phrase precedes the verb, so a name ending it ends the subject even
    when the tagger misreads the words before it ("Ruttes/VERB gedoogpartner/VERB Wilders zei").
    """
    if _label(doc, phrase[1] - 1) not in ("PER", "ORG"):
        return False
    if phrase[0] == clause:
        return True
    before = phrase[0] - 1
    return doc.lower[before] not in _PREPOSITIONS and not _prepositional(doc, before)


def _prepositional(doc: _Doc, index: int) -> bool:
    """Tell a preposition opening a phrase from a surname particle ("Ten Hag", "Van Braekel")."""
    if doc.tokens[index].upos != "ADP" or index in doc.in_entity:
        return False
    return not (doc.lower[index] in _SURNAME_PARTICLES and index + 1 in doc.in_entity)


def _described_subject(doc: _Doc, anchor: int, first: int) -> Range | None:
    """An unnamed subject with its relative clause before ", verb" ("Een bron die ..., zegt").

    A named one keeps its name alone ("Rutte, die ..., zei" is handled as an apposition).
    """
    if (
        anchor - 2 <= first
        or doc.tokens[anchor - 1].text != ","
        or doc.lower[first] in _PREPOSITIONS
    ):
        return None  # (not "Van de respondenten die ..., zegt negentig procent")
    relative = next((i for i in range(first + 1, anchor - 1) if doc.lower[i] in _RELATIVES), None)
    if relative is None or doc.punct(relative - 1) or doc.lower[relative] == "wie":
        return None
    subject = _np_before(doc, relative, first)
    if subject is None or subject[0] != first or _is_named(doc, subject):
        return None
    if any(doc.punct(i) or doc.quoted(i) is not None for i in range(relative, anchor - 1)):
        return None
    return first, anchor - 1


def _before_appositive(doc: _Doc, anchor: int, first: int) -> Range | None:
    """The subject opening the sentence before ", ... ," and the verb at ``anchor``."""
    if anchor - 1 <= first or doc.tokens[anchor - 1].text != ",":
        return None
    opening = max((i for i in range(first, anchor - 1) if doc.tokens[i].text == ","), default=None)
    if opening is None:
        return None
    subject = _np_before(doc, opening, first)
    if subject is None or subject[0] != first:
        return None
    head = subject[1] - 1
    nominal = head in doc.in_entity or doc.tokens[head].upos in ("NOUN", "PROPN", "PRON")
    if not nominal:
        return None  # not "Heerlijk, dat tropische weer, vindt ..."
    name = opening + 1  # "De hoofdredacteur van de Donald Duck, Joan Lommers, zei": the name
    if _label(doc, name) == "PER" and doc.entity_end.get(name) == anchor - 2:
        return name, anchor - 1
    return subject


def _non_finite(doc: _Doc, lexicon: QuoteLexicon, index: int) -> bool:
    """Tell a participle or infinitive ("gezegd", "verklaard", "zeggen") from a finite verb."""
    form = doc.tokens[index].feats.get("VerbForm")
    if form is not None:
        return form != "Fin"
    word, lemma = doc.lower[index], doc.lemma(index)
    joined = lexicon.joined_verb(word, lemma)
    if joined is not None:  # "bekendgemaakt": look past the particle
        word = word.removeprefix("".join(joined.particle))
    if word.startswith("ge") or word.endswith("en"):
        return True
    verb = lexicon.simple_verb(word, lemma)  # "verklaard" beside the past tense "verklaarde"
    return verb is not None and word[-1:] in ("d", "t") and word + "e" in verb.forms


def _inverted_subject(doc: _Doc, cue: _Cue, anchor: int, stop: int) -> Range | None:
    index = anchor + 1
    while index < stop and (
        doc.lower[index] in _ADVERBS
        or doc.lower[index] in _TIME_NOUNS
        or (index == cue.verb and cue.verb != anchor)
        or (index + 1 < stop and _time_phrase(doc, index))
    ):
        index += 1  # "maakten deze week homoparen bekend": past the time phrase
    when = _time_prepositional(doc, index, stop)
    if when is not None:  # "kondigden in de laatste maand van het schooljaar drie leraren aan"
        index = when
    if cue.first <= index <= cue.last:
        index = cue.last + 1  # past the cue's own words ("voegde eraan toe")
    if cue.particle is not None and index == cue.particle:
        return None  # "maakte begin april bekend": no subject between the verb and its particle
    if cue.particle is not None and cue.particle > index:
        stop = cue.particle  # "maakte de gemeente bekend": the particle ends the subject
    if cue.first > index:
        stop = min(stop, cue.first)  # "heeft haar agent bekendgemaakt": the verb ends it
    if index < stop and doc.lower[index] in _OBJECT_PRONOUNS:
        return None  # "..., noemt hem dapper": the object, the subject is elsewhere
    if index < stop and doc.lower[index] in ("dat", "of") and index == cue.last + 1:
        return None  # "..., waar de kliniek staat, vindt dat omwonenden": the report opens
    phrase = _extended(doc, cue, anchor, _np_after(doc, index, stop), stop)
    return _with_apposition(doc, phrase, stop)


def _extended(doc: _Doc, cue: _Cue, anchor: int, phrase: Range | None, stop: int) -> Range | None:
    """Take in what goes on an inverted subject after the verb.

    "iemand anders"; a second conjunct after a plural verb or auxiliary ("zeggen Vanessa en
    Chisom", "hebben de sociaaldemocraten en socialisten beloofd"); and
    "achter" (after a cognition verb also "aan") with its noun phrase when the subject ends
    the clause there ("stellen de organisaties achter de Bankwijzer.", "vindt driekwart van de
    deelnemers aan de Stelling"; not "vertelde een bron aan The Sun").
    """
    if phrase is None or phrase[1] >= stop:
        return phrase
    first, end = phrase
    if doc.lower[end] == "anders" and doc.lower[end - 1] in ("iemand", "niemand"):
        return first, end + 1
    plural = any(doc.tokens[i].feats.get("Number") == "Plur" for i in (cue.verb, anchor))
    if doc.lower[end] == "en" and plural and not _is_pronoun(doc, first):
        second = _np_after(doc, end + 1, stop)
        if second is not None:
            return first, second[1]
    thinks = cue.kind == "cognition"  # "vertelde een bron aan The Sun": whom she told
    if (doc.lower[end] == "achter" or (doc.lower[end] == "aan" and thinks)) and not _is_pronoun(
        doc, first
    ):
        tail = _np_after(doc, end + 1, stop)
        if tail is not None and (tail[1] >= stop or doc.punct(tail[1])):
            return first, tail[1]
    return phrase


def _with_apposition(doc: _Doc, phrase: Range | None, stop: int) -> Range | None:
    """Take in a name set off by commas after a subject ("de voorzitter, Jean-Claude Juncker,")."""
    if phrase is None or phrase[1] + 1 >= stop or doc.tokens[phrase[1]].text != ",":
        return phrase
    name = phrase[1] + 1
    role = any(role_of(doc.tokens[i].text) for i in range(*phrase))
    if _label(doc, name) not in ("PER", *(("ORG", "MISC") if role else ())):
        return phrase  # the tagger often calls a name after a role ORG: "de voorzitter, X,"
    if doc.in_entity[name] != name:
        return phrase
    end = doc.entity_end[name] + 1
    if end < stop and doc.tokens[end].text != ",":
        return phrase
    return phrase[0], end


def _time_prepositional(doc: _Doc, index: int, stop: int) -> int | None:
    """The token after a prepositional phrase of time at ``index`` ("in de laatste maand")."""
    if index >= stop or doc.lower[index] not in ("in", "op", "tijdens", "na", "sinds"):
        return None
    at = index + 1
    while at < stop and doc.tokens[at].upos in ("DET", "ADJ", "NUM"):
        at += 1
    if at >= stop or doc.lower[at] not in _TIME_NOUNS:
        return None
    at += 1
    if at < stop and doc.lower[at] == "van":  # "van het vorige schooljaar"
        owner = at + 1
        while owner < stop and doc.tokens[owner].upos in ("DET", "ADJ"):
            owner += 1
        if owner < stop and doc.tokens[owner].upos == "NOUN":
            at = owner + 1
    return at if at < stop else None


def _time_phrase(doc: _Doc, index: int) -> bool:
    """Tell whether a word opens a time phrase ("deze week", "die avond", "begin april")."""
    opener = doc.lower[index] in _DETERMINERS or doc.lower[index] in _PERIOD_PARTS
    return opener and doc.lower[index + 1] in _TIME_NOUNS


def _parsed_subject(doc: _Doc, verb: int, unit: Range) -> Range | None:
    if not doc.has_parse:
        return None
    first, stop = unit
    heads = [verb]
    if doc.tokens[verb].deprel == "conj" and doc.heads[verb] is not None:
        heads.append(doc.heads[verb])  # type: ignore[arg-type]
    for head in heads:
        for index in range(first, stop):
            if doc.heads[index] == head and doc.tokens[index].deprel.startswith("nsubj"):
                if index in doc.in_entity:
                    start = doc.in_entity[index]
                    return start, doc.entity_end[start] + 1
                phrase = _np_before(doc, index + 1, first) or (index, index + 1)
                end = postmodified(doc, phrase[1], stop)
                if end is not None:  # "De commissie onder leiding van X zegt", "Een kleine
                    return phrase[0], end  # meerderheid (52 procent) vindt"
                named = index + 1
                if named < stop and named in doc.entity_end and doc.heads[named] == index:
                    return phrase[0], doc.entity_end[named] + 1  # "Actrice Asia Argento"
                return phrase
    return None


def _medium(
    doc: _Doc, lexicon: QuoteLexicon, window: Range, near: int, skip: Sequence[Range] = ()
) -> Range | None:
    """Find the channel named in tokens ``window`` (nearest to token ``near``), as chars."""
    found: list[tuple[int, int, Range]] = []
    first, stop = window
    for index in range(first, stop):
        camera = doc.lower[index] == "voor" and "camera" in doc.lower[index + 1 : index + 3]
        if doc.lower[index] not in _MEDIUM_PREPOSITIONS and not camera:
            continue  # (not "voor": "het Instituut voor X", "volgt de club voor ESPN")
        if doc.quoted(index) is not None:
            continue
        if any(a <= doc.tokens[index].start < b for a, b in skip):
            continue
        with_ = _interview_with(doc, index + 1, stop)
        if with_ is not None:  # "in (een) gesprek met de krant": the one who asked
            phrase = _np_after(doc, with_ + 1, stop)
            if phrase is not None and role_of(doc.lower[phrase[1] - 1]) is None:
                found.append((0, abs(index - near), doc.chars(*phrase)))  # (not "met de premier")
        phrase = _np_after(doc, index + 1, stop)
        if phrase is None:
            continue
        for rank, entries in ((0, lexicon.media), (1, lexicon.weak_media)):
            last = _last_medium_word(doc, phrase, stop, entries)
            if last is not None:
                found.append((rank, abs(index - near), doc.chars(phrase[0], last + 1)))
                break
        else:  # no listed medium: an organisation told is a weaker one
            if _told_an_organisation(doc, index, near, phrase):
                found.append((2, abs(index - near), doc.chars(*phrase)))
    if not found and doc.lower[near].startswith(("twitter", "tweet")):
        return doc.chars(near, near + 1)  # "twitterde Kok", "tweette hij": the verb names it
    return min(found)[2] if found else None


def _interview_with(doc: _Doc, first: int, stop: int) -> int | None:
    """The "met" of "(een/het) (lang) gesprek/interview/vraaggesprek met" from ``first``."""
    index = first
    while index < stop and (doc.lower[index] in _DETERMINERS or doc.tokens[index].upos == "ADJ"):
        index += 1
    noun = index < stop and doc.lower[index].endswith(_INTERVIEWS)
    return index + 1 if noun and index + 1 < stop and doc.lower[index + 1] == "met" else None


def _told_an_organisation(doc: _Doc, index: int, verb: int, phrase: Range) -> bool:
    """Tell an organisation named after a medium preposition as the one spoken to or in.

    "vertelde hij later aan ESPN", "In Beau Monde vertelt de zanger": a verb of telling
    (``_TELLING``) stands at most ``_TOLD_REACH`` words away, and the phrase ends in the
    organisation's name, with no "van" ("aan de vooravond van X") and no institution noun
    ("aan de Tweede Kamer", "aan de Universiteit Twente"). Not after a noun: "hoogleraar aan de
    UvA" is where one works, "de finale tegen Ajax" whom one plays; not after "zijn": "is
    tegen de EU" is against it.
    """
    if abs(index - verb) > _TOLD_REACH or doc.lemma(verb) not in _TELLING:
        return False
    before = index - 1
    while before > 0 and doc.tokens[before].upos in ("PROPN", "ADJ"):
        before -= 1  # "hoogleraar Strategisch Management aan de UvA"
    if doc.tokens[before].upos == "NOUN" or doc.lemma(index - 1) == "zijn":
        return False
    words = range(*phrase)
    if any(doc.lower[i] == "van" or _source_word(doc.lower[i]) for i in words):
        return False
    return _label(doc, phrase[1] - 1) == "ORG"


def _last_medium_word(
    doc: _Doc, phrase: Range, stop: int, entries: Sequence[tuple[str, ...]]
) -> int | None:
    """The last word of a listed medium that starts in ``phrase`` (and ends before ``stop``).

    A name may run past the phrase when the tagger split it ("op NPO | Radio 1").
    """
    best = None
    for index in range(*phrase):
        for entry in entries:
            size = len(entry)
            words = [t.text for t in doc.tokens[index : index + size]]
            if index + size > stop or not _medium_matches(entry, words):
                continue
            last = index + size - 1
            if (
                last + 1 < phrase[1]
                and last + 1 in doc.entity_end
                and doc.tokens[last].upos == "NOUN"
            ):
                last += 1  # "de lokale krant South China Morning Post": the name it goes by
            elif last + 2 < phrase[1] and doc.lower[last + 1] == "van":
                last = phrase[1] - 1  # "de website van Forum voor Democratie": whose it is
            if last in doc.in_entity:
                last = min(doc.entity_end[doc.in_entity[last]], max(phrase[1] - 1, last))
            best = last if best is None else max(best, last)
    return best


def _medium_matches(entry: tuple[str, ...], words: Sequence[str]) -> bool:
    if len(entry) == 1 and entry[0].islower():
        word = words[0].lower()
        return word == entry[0] or (len(entry[0]) >= 4 and word.endswith(entry[0]))
    if len(entry) == 1 and len(entry[0]) <= 2:
        return words[0] == entry[0]
    return [w.lower() for w in words] == [e.lower() for e in entry]


def _attribution(
    doc: _Doc,
    lexicon: QuoteLexicon,
    cue: _Cue,
    unit: Range,
    content: Range | None,
    media: Range | None = None,
) -> _Attribution:
    """The cue's speaker in ``unit`` and the medium named there (or in ``media``)."""
    phrase = _subject(doc, cue, unit, lexicon)
    if phrase is not None:
        phrase = _group_antecedent(doc, cue, _antecedent(doc, phrase))
    document = False
    if phrase is not None and cue.kind in ("document", "pointing"):
        document = _names_a_document(doc, phrase)
        if document:  # "In het rapport staat dat": the report as written is the source
            phrase = _document_phrase(doc, phrase, cue.first if phrase[1] <= cue.first else unit[1])
    speaker = None if phrase is None else _speaker_span(doc, phrase)
    if phrase is not None and phrase[0] > cue.last:
        # not after "volgens": "volgens de ondernemer [horen oesters] bij een gezond milieu"
        described = _with_relative_clause(doc, phrase, unit[1], places=cue.is_verb)
        speaker = speaker if described == phrase else doc.chars(*described)
    skip = [content] if content else []
    if phrase is not None and phrase[0] > cue.last:
        clause = _relative_clause(doc, phrase[1], unit[1])
        if clause is not None:  # "reageerde Gurney, die ... op televisie won": not his medium
            skip.append(doc.chars(*clause))
    medium = _medium(doc, lexicon, media or unit, cue.verb, skip)
    if medium is None and cue.is_verb:
        medium = _told_outlet(doc, lexicon, cue, phrase, media or unit)
    return _Attribution(cue=_cue_span(doc, cue), speaker=speaker, medium=medium, document=document)


def _told_outlet(
    doc: _Doc, lexicon: QuoteLexicon, cue: _Cue, speaker: Range | None, window: Range
) -> Range | None:
    """The outlet "vertellen" takes as its object: "vertelt de krant dat", "vertelt hij het AD".

    The noun phrase right after the verb (after its subject pronoun, when that follows it)
    that is a listed medium or ends in an organisation's name.
    """
    if doc.lemma(cue.verb) != "vertellen":
        return None
    first = cue.verb + 1
    if speaker is not None and speaker[0] == first:
        if speaker[1] - speaker[0] > 1 or not _is_pronoun(doc, first):
            return None  # (not "vertelt Iris Ellers van Museum | Draiflessen")
        first = speaker[1]  # "vertelt hij The Washington Post"
    phrase = _np_after(doc, first, window[1])
    if phrase is None or phrase == speaker:
        return None
    listed = _last_medium_word(doc, phrase, window[1], lexicon.media) is not None
    return doc.chars(*phrase) if listed or _label(doc, phrase[1] - 1) == "ORG" else None


def _document_before(doc: _Doc, cue: _Cue) -> Range | None:
    """The document a pointing cue refers back to, in its own sentence or the one before.

    "Er is een onderzoek ingesteld, waaruit bleek dat": the study; "De inspectie komt met het
    jaarlijkse verslag. Daaruit blijkt dat": the report.
    """
    floor = doc.units[max(doc.unit_of[cue.first] - 1, 0)][0]
    for index in range(cue.first - 1, floor - 1, -1):
        if doc.quoted(index) is None and _document_noun(doc.lower[index]):
            phrase = _np_before(doc, index + 1, floor)  # with its "van" phrase: "documenten
            return None if phrase is None else _np_after(doc, phrase[0], cue.first)  # van X"
    return None


def _document_noun(word: str) -> bool:
    """Tell a document noun, singular or plural ("rapport", "rapporten", "verslagen")."""
    forms = (word, word.removesuffix("en"), word.removesuffix("s"))
    return any(listed_or_compound(form, "document_nouns") for form in forms if form)


def _document_phrase(doc: _Doc, phrase: Range, stop: int) -> Range:
    """A document as written: "een brief aan de Tweede Kamer", "documenten die ... opvroeg"."""
    first, end = _with_relative_clause(doc, phrase, stop, places=False)
    while end + 1 < stop and doc.lower[end] in _DOCUMENT_PREPOSITIONS:
        following = _np_after(doc, end + 1, stop)
        if following is None:
            break
        end = following[1]
    return first, end


def _group_antecedent(doc: _Doc, cue: _Cue, phrase: Range) -> Range:
    """Replace a group "ze" or "hen" ("verwijten ze", "volgens hen") with the group named before.

    The group is the nearest earlier subject outside quotation marks, within the last few
    sentences, that is a common noun phrase ("de onderzoekers", "de oppositie", not "een
    klacht") or an organisation; a person (or another pronoun than "ze") is no group and ends
    the search.
    """
    first = phrase[0]
    if phrase[1] - first != 1 or doc.lower[first] not in ("ze", "zij", "hen") or not doc.has_parse:
        return phrase
    verb = doc.tokens[cue.verb]
    plural = verb.feats.get("Number", "Plur" if doc.lower[cue.verb].endswith("en") else "")
    if plural != "Plur" and doc.lower[first] != "hen":  # "Volgens hen": always more than one
        return phrase
    floor = doc.units[max(doc.unit_of[first] - _GROUP_LOOKBACK, 0)][0]
    for index in range(first - 1, floor - 1, -1):
        token = doc.tokens[index]
        if not token.deprel.startswith("nsubj") or doc.quoted(index) is not None:
            continue
        label = _label(doc, index)
        if label == "PER" and _second_subject(doc, index):
            continue  # "De bewindspersonen zeggen Buma/nsubj te missen": an object, misparsed
        if token.upos == "PRON" and doc.lower[index] in ("het", "er"):
            continue  # "Autoriteiten waren het niet eens. Ze vonden dat": an expletive
        if doc.lower[index] in _GROUP_WORDS:
            return index, index + 1  # "Anderen vinden ... Bovendien vinden ze"
        if doc.lower[index] in ("wat", "wie"):
            continue  # "... van wat een proefdier kan voelen. Ze spreken": no group
        if label == "PER" or (token.upos == "PRON" and doc.lower[index] not in ("ze", "zij")):
            return phrase
        if index < doc.units[doc.unit_of[first]][0] and _subordinate_subject(doc, index):
            continue  # "Zij vinden dat ..., omdat dieren ...": a clause's, not the group
        if token.upos == "NOUN" or label == "ORG":
            last = doc.entity_end[doc.in_entity[index]] if index in doc.in_entity else index
            unit = doc.units[doc.unit_of[index]]
            group = _np_before(doc, last + 1, unit[0])
            if group is not None and doc.lower[group[1]] == "van":  # "Deskundigen van het NFI"
                group = (group[0], (_np_after(doc, group[1] + 1, unit[1]) or group)[1])
            if group is not None and doc.lower[group[1]] == "en":  # "Vakbond FNV en VNO-NCW"
                group = (group[0], (_sources_after(doc, group[0], unit[1]) or group)[1])
            single = token.feats.get("Number") == "Sing" and label != "ORG"
            if single and group is not None and doc.lower[group[0]] == "een":
                continue  # "een klacht": one thing is no group that speaks as "ze"
            if single and not _collective(doc.lower[index]):
                continue  # "het geluid golft ..., vertellen ze": no group either
            return group or phrase
    return phrase


def _collective(word: str) -> bool:
    """Tell a singular noun that can stand for a group ("de politie", "het bedrijf", "het OM")."""
    return listed_or_compound(word, "organisation_nouns") or _source_word(word)


def _subordinate_subject(doc: _Doc, index: int) -> bool:
    """Tell the subject of a subordinate or relative clause in a sentence with a plural main one.

    In "Zij vinden dat ..., omdat dieren niet mogen lijden" the group is "Zij", not "dieren";
    "Inmiddels is duidelijk dat de oppositie kritiek heeft" has no other subject to offer, and
    "een tegendemonstratie, waaraan enkele tientallen moslims meedoen" no other group.
    """
    first, stop = doc.units[doc.unit_of[index]]
    if not _under_a_clause(doc, index, first, stop):
        return False
    return any(
        doc.tokens[i].deprel.startswith("nsubj")
        and not _under_a_clause(doc, i, first, stop)
        and _plural(doc, i)
        for i in range(first, stop)
    )


def _plural(doc: _Doc, index: int) -> bool:
    """Tell a plural subject: "De drie", "Anderen", "ze", "de onderzoekers"."""
    token = doc.tokens[index]
    return (
        token.feats.get("Number") == "Plur"
        or token.upos == "NUM"
        or doc.lower[index] in _PLURAL_SUBJECTS
    )


def _under_a_clause(doc: _Doc, index: int, first: int, stop: int) -> bool:
    verb = doc.heads[index]
    if verb is None or doc.heads[verb] is None:
        return False  # the main verb: "Maar/mark mogelijk hebben drie providers ..." misparsed
    if doc.tokens[verb].deprel.startswith("acl"):
        return True
    return any(doc.heads[i] == verb and doc.tokens[i].deprel == "mark" for i in range(first, stop))


def _second_subject(doc: _Doc, index: int) -> bool:
    """Tell a token parsed as a subject of a verb that has an earlier subject in its unit."""
    head, unit = doc.heads[index], doc.units[doc.unit_of[index]]
    return head is not None and any(
        doc.heads[i] == head and doc.tokens[i].deprel.startswith("nsubj")
        for i in range(unit[0], index)
    )


def _with_relative_clause(doc: _Doc, phrase: Range, stop: int, *, places: bool = True) -> Range:
    """Keep the words that describe an unnamed source: a place and a restrictive clause.

    "de rechtbank in Den Haag", "een arts uit de stad", "een man die zegt in de straat te
    wonen"; a named source
    keeps its name alone ("zegt Rutte, die ...", where the clause is set off by a comma).
    """
    first, end = phrase
    pronoun = end - first == 1 and doc.tokens[first].upos == "PRON"
    if end >= stop or pronoun or _is_named(doc, phrase):
        return phrase
    if doc.lower[end] == "in" and end + 1 < stop and _label(doc, end + 1) == "LOC":
        end = doc.entity_end[doc.in_entity[end + 1]] + 1
    elif places and doc.lower[end] in _SOURCE_PLACES and end + 1 < stop:
        place = _np_after(doc, end + 1, stop)  # "een arts uit de stad", "een medewerker bij X"
        end = place[1] if place is not None else end
    if end >= stop or doc.lower[end] != "die":
        return first, end
    index = end + 1
    while index < stop and not doc.punct(index) and doc.quoted(index) is None:
        index += 1
    return (first, index) if index > end + 1 else (first, end)


def _relative_clause(doc: _Doc, end: int, stop: int) -> Range | None:
    """The relative clause set off by a comma after the phrase ending at ``end``, if any."""
    if end + 1 >= stop or doc.tokens[end].text != "," or doc.lower[end + 1] not in _RELATIVES:
        return None
    return end + 1, _next_comma(doc, end + 2, stop)


def _no_speaker_word(doc: _Doc, index: int) -> bool:
    """Tell a lone lower-case word that names nobody: an adjective or adverb ("bang")."""
    token = doc.tokens[index]
    if token.upos not in _DESCRIBING or not token.text.islower() or index in doc.in_entity:
        return False
    return not (_is_pronoun(doc, index) or doc.lower[index] in _GROUP_WORDS)  # "sommigen", "u"


def _is_named(doc: _Doc, phrase: Range) -> bool:
    return any(_label(doc, index) in ("PER", "ORG") for index in range(*phrase))


def _finding(doc: _Doc, kind: str, content: Range, attribution: _Attribution) -> QuoteFinding:
    block = doc.block_at(content[0])
    speaker = attribution.speaker
    inside = speaker is not None and speaker[0] < content[1] and content[0] < speaker[1]
    if inside and kind != "indirect":  # (an indirect clause holds its "volgens X")
        speaker = None  # "ook wel 'De Hel van het Noorden' genoemd": no one says its own words
    if attribution.document and kind != "indirect":
        speaker = None  # "„...”, staat in de verklaring": who spoke is left to the context
    words = doc.tokens_in(speaker) if speaker is not None else range(0)
    if len(words) == 1 and _no_speaker_word(doc, words[0]):
        speaker = None  # "beweerde bang te zijn", "werd er verbaasd gereageerd": nobody named
    return QuoteFinding(
        kind, content[0], content[1], block, attribution.cue, speaker, attribution.medium
    )
