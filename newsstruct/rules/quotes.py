"""Reported speech in Dutch news: direct, partial and indirect quotes, speaker, cue, medium."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import accumulate
from typing import Final

from newsstruct.backends.base import Annotation
from newsstruct.lexicon import load_set
from newsstruct.rules._attribution import (
    QuoteFinding,
    _Attribution,
    _attribution,
    _finding,
    _inverted_subject,
    _medium,
    _medium_matches,
    _parsed_subject,
    _subject,
    _time_noun,
    _with_relative_clause,
)
from newsstruct.rules._indirect import (
    _OPINION_VERBS,
    _WRITER,
    _animate,
    _complementizer,
    _genitive,
    _indirect,
    _inverted_main_clause,
    _noun_reports,
)
from newsstruct.rules._tokens import (
    _ADVERBS,
    _AUXILIARIES,
    _LEADERS,
    _MARK_CHARS,
    _SENTENCE_END,
    _SUBJECT_PRONOUNS,
    _TEMPORAL_REPORT,
    Range,
    _antecedent,
    _Doc,
    _is_pronoun,
    _label,
    _next_comma,
    _np_after,
    _np_before,
    _only_a_phrase,
    _source_word,
    _speaker_span,
    _words,
    _words_match,
)
from newsstruct.rules.coref import ends_in_role, role_of
from newsstruct.rules.cues import QuoteLexicon, SpeechVerb, _Cue, _cue_at
from newsstruct.rules.quotemarks import BlockLike, QuotedSpan, find_quoted_spans

__all__ = ["QuoteFinding", "QuoteLexicon", "SpeechVerb", "find_quotes"]


_TOPIC_PREPS: Final = _words("tegen over aan op na voor bij met in")
_NOT_SPEAKER_HEADLINE: Final = _words(
    "live update video column kijk lees foto opinie analyse interview recensie breaking "
    "liveblog podcast quiz reconstructie"
)
_MAX_HEADLINE_SPEAKER: Final = 6
_UNOWNED_LABELS: Final = frozenset(("stelling", "vraag", "poll", "quiz"))  # of labels.txt
_NAME_WORDS: Final = 2  # a quoted fragment of at least this many capitalised words is a name
_SPEAKER_LOOKBACK: Final = 8  # speaker spans checked before a quote (they rarely nest)
_TURN_LOOKBACK: Final = 20  # quotes looked back over for the other party of a dialogue
_MIN_ECHO: Final = 20  # characters of a quote repeated later in the article ...
_SUBORDINATE_OPENERS: Final = _words("dat hoe die waar wat of als wie welke toen")
_MIN_BORROWED: Final = 2  # words of a quoted fragment that repeats a quote's words
_ECHO_LOOKAHEAD: Final = 50  # ... among this many later quotes
_MIN_SHARED: Final = 2  # words a headline quote shares with the body quote it rewords
_HEADLINE_WORDS: Final = 2  # quoted words in a headline without a cue: at least this many
_BODY_WORDS: Final = 3  # and in the body, where labels and scare quotes are more common
_SO_CALLED: Final = frozenset(("zogenoemde", "zogeheten", "zogenaamde", "zogenaamd", "zgn"))
_LONG_WORD: Final = 5  # letters of a word that says what a quote is about
_GLUE: Final = frozenset(("het", "een", "van", "die", "dat", "met", "voor", "aan", "bij", "ook"))
_ECHO_TRIM: Final = re.compile(r"[\s.,!?…]+$")
_PARTICIPLE_REACH: Final = 6  # words from an auxiliary to its participle ("had hij ... gezegd")
_SCENE_SETTERS: Final = frozenset(  # subordinators of time and condition
    {"toen", "als", "wanneer", "nadat", "voordat", "zodra", "terwijl", "indien", "tenzij"}
)
_FIRST_PERSON: Final = _words("ik mijn me mij we wij ons onze")
_INTERVIEW_TURNS: Final = 2  # unquoted questions answered by quotes that make an interview
_QUESTION_LOOKBACK: Final = 200  # characters looked back over for the question before a quote
_ADDRESSING: Final = _words("u uw jij jouw")  # an interviewer speaking to the interviewee
_ADDRESSED: Final = _words("u jij")  # the interviewee as the interviewer speaks of them
_COPULAS: Final = _words("is was waren zijn luidt luidde luidden")
_WORDS_NOUNS: Final = _words("woorden reactie antwoord")  # "was de reactie van X"
_WORDS_REACH: Final = 6  # words from the copula to the noun ("waren zo'n beetje de eerste woorden")
_CARRY_PARAGRAPHS: Final = 6  # how far an uncued quote may take the last speaker from


@dataclass(frozen=True, slots=True)
class _WholeText:
    """The stand-in block when no layout is given."""

    start: int
    end: int
    kind: str


def _whole_utterance(doc: _Doc, span: QuotedSpan, attributed_until: int | None) -> bool:
    block = doc.blocks[span.block]
    before = doc.text[block.start : span.open].rstrip()
    if not before or span.continued:
        return True
    last = before[-1]
    if last in _SENTENCE_END or last == ":" or last in "”\"’'":
        return True
    if before.endswith((" en", " of")) and before[:-3].rstrip()[-1:] in "”\"’'":
        return True  # the second of "„A” en „B”"
    if attributed_until is not None and before.endswith(",") and len(before) <= attributed_until:
        return True  # “A”, zei hij, “B”
    content = doc.text[span.start : span.end]
    return content[:1].isupper() and content[-1:] in _SENTENCE_END


def _after_close(
    doc: _Doc, lexicon: QuoteLexicon, span: QuotedSpan
) -> tuple[_Attribution, int] | None:
    """Attribute a quote from right after its closing mark ("”, zei hij"), with the end."""
    if not span.closed:
        return None
    closer = doc.token_at(span.close - 1)
    if closer is None:
        return None
    unit = doc.units[doc.unit_of[closer]]
    index = closer + 1
    while index < unit[1] and doc.tokens[index].text in (",", "-", "–", "—"):
        index += 1
    if index < unit[1] and doc.lower[index] in ("zo", "dat", "dit"):
        index += 1  # "”, zo schreef de club", "’, dat schreef voetbalclub Telstar"
    if index >= unit[1] or doc.block_of[index] != span.block or doc.quoted(index) is not None:
        return _next_sentence_cue(doc, lexicon, closer, span)
    cue = _cue_at(doc, lexicon, index, unit[1])
    if (
        cue is None
        and doc.tokens[index].upos == "VERB"
        and doc.text[span.close : doc.tokens[index].start].strip() == ","
    ):
        cue = _Cue(index, index, index, doc.lemma(index), kind="attribution")  # "”, huivert hij"
        if _inverted_subject(doc, cue, index, unit[1]) is None:
            cue = None
    if cue is not None and cue.is_verb and _imperative(doc, lexicon, cue.verb, unit[1]):
        cue = None  # "’...’, zie loonstrookje", "’...’, zeg maar": nobody says it there
    first = cue.first if cue is not None else index
    if cue is None and doc.lower[index] in _AUXILIARIES:
        cue = _participle_after(doc, lexicon, index, unit[1])  # "’, had hij teruggeroepen"
    if cue is None:
        named = _words_of(doc, index, unit[1])  # "”, waren de eerste woorden van X"
        if named is not None:
            return named
        return _next_sentence_cue(doc, lexicon, closer, span)
    window = (min(first, cue.first), unit[1])
    said = _until_quote(doc, window)
    attribution = _attribution(doc, lexicon, cue, window, None, said)
    return attribution, doc.tokens[said[1] - 1].end


def _imperative(doc: _Doc, lexicon: QuoteLexicon, verb: int, stop: int) -> bool:
    """Tell a verb's bare stem with no subject after it: an imperative ("zie kader", "zeg maar").

    A subject after it ("zeg ik", "zeg VVD-Kamerlid Jan Middendorp": a slip for "zegt") makes
    it a cue.
    """
    word = doc.lower[verb]
    speech = lexicon.simple_verb(word, doc.lemma(verb))
    if speech is None or word != speech.forms[0] or word.endswith("t"):
        return False  # (a stem in -t is also the third person: "zucht", "verzucht")
    after = verb + 1
    return after >= stop or not (
        doc.lower[after] in ("ik", "je", "jij")
        or after in doc.in_entity
        or doc.tokens[after].upos in ("DET", "PROPN")
        or role_of(doc.lower[after]) is not None
    )


def _words_of(doc: _Doc, first: int, stop: int) -> tuple[_Attribution, int] | None:
    """``„...”, waren de eerste woorden van X``: the quote is named as someone's words.

    A copula right after the quote, then within a few words a noun for words or a report noun
    with "van" and the source; the cue runs from the copula to "van".
    """
    if doc.lower[first] not in _COPULAS:
        return None
    nouns = _WORDS_NOUNS | load_set("report_nouns")
    for index in range(first + 1, min(stop - 1, first + _WORDS_REACH)):
        if doc.lower[index] in nouns and doc.lower[index + 1] == "van":
            phrase = _np_after(doc, index + 2, stop)
            if phrase is None:
                return None
            speaker = _speaker_span(doc, phrase)
            cue = doc.chars(first, index + 2)
            return _Attribution(cue=cue, speaker=speaker), doc.tokens[phrase[1] - 1].end
        if doc.punct(index):
            return None
    return None


def _participle_after(doc: _Doc, lexicon: QuoteLexicon, auxiliary: int, stop: int) -> _Cue | None:
    """The speech verb a few words after an auxiliary: "had hij gezegd", "heeft X gemeld"."""
    for index in range(auxiliary + 1, min(stop, auxiliary + _PARTICIPLE_REACH)):
        if doc.punct(index) or doc.quoted(index) is not None:
            return None
        cue = _cue_at(doc, lexicon, index, stop)
        if cue is None or (cue.clause and not cue.is_verb):
            continue  # past "volgens justitie": "had de man volgens justitie gezegd"
        return cue if cue.is_verb else None
    return None


def _until_quote(doc: _Doc, window: Range) -> Range:
    for index in range(*window):
        if doc.quoted(index) is not None:
            return window[0], index
    return window


def _next_sentence_cue(
    doc: _Doc, lexicon: QuoteLexicon, closer: int, span: QuotedSpan
) -> tuple[_Attribution, int] | None:
    """``“...” Dat zei X.``: a cue opening the next sentence of the paragraph."""
    number = doc.unit_of[closer] + 1
    if number >= len(doc.units):
        return None
    first, stop = doc.units[number]
    if doc.tokens[first].start < span.close:
        return None
    if doc.block_of[first] != span.block:
        # a quote that ends its paragraph, named by the next one: "’...’ ¶ Aan het woord is X"
        if doc.block_of[first] != span.block + 1 or doc.block_of[closer] != span.block:
            return None
        if any(doc.block_of[i] == span.block for i in range(closer + 1, first)):
            return None
    if _words_match(doc, first, ("aan", "het", "woord"), stop) and first + 4 < stop:
        speaker = _np_after(doc, first + 4, stop)  # "„...” Aan het woord is Henk Krol, ..."
        if speaker is not None and doc.lower[first + 3] in ("is", "was", "zijn", "waren"):
            named = _Attribution(doc.chars(first, first + 3), _speaker_span(doc, speaker))
            return named, doc.tokens[stop - 1].end
    if doc.block_of[first] != span.block:
        return None
    if doc.lower[first] in ("dat", "dit") and first + 1 < stop:
        words = _words_of(doc, first + 1, stop)  # "“...” Dat zijn de woorden van X."
        if words is not None:
            return words
    if doc.lower[first] not in _TEMPORAL_REPORT or first + 1 >= stop:
        return None
    cue = _cue_at(doc, lexicon, first + 1, stop)
    if cue is None or not cue.is_verb or _complementizer(doc, lexicon, cue, stop) is not None:
        return None
    return _attribution(doc, lexicon, cue, (first, stop), None), doc.tokens[stop - 1].end


def _before_open(doc: _Doc, lexicon: QuoteLexicon, span: QuotedSpan) -> _Attribution | None:
    """``X zei: “...”`` or ``X: “...”``."""
    opener = doc.token_at(span.open)
    if opener is None or opener == 0:
        return None
    colon = opener - 1
    if doc.tokens[colon].text != ":" or doc.block_of[colon] != span.block:
        return None
    unit = (doc.units[doc.unit_of[colon]][0], colon)
    alone = colon - 1 == unit[0] or (colon > 1 and doc.punct(colon - 2))
    if alone and _manner(doc, (colon - 1, colon)):
        return None  # "Lachend: „...”": how, not who (the speaker before goes on)
    for index in range(colon - 1, unit[0] - 1, -1):
        if doc.quoted(index) is not None:
            break
        cue = _cue_at(doc, lexicon, index, colon)
        if cue is not None and not cue.clause:
            return _attribution(doc, lexicon, cue, unit, None)
    end = colon
    age = [t.text for t in doc.tokens[max(unit[0], colon - 3) : colon]]
    if len(age) == 3 and age[0] == "(" and age[1].isdigit() and age[2] == ")":
        end = colon - 3  # "Leander (17): ‘...’": the age after a name
    phrase = _np_before(doc, end, unit[0])
    if phrase is not None and phrase[0] > unit[0] and doc.lower[phrase[0] - 1] in _TOPIC_PREPS:
        addressee = phrase  # "Wilders tegen Rutte: „...”", "Wiegman over Oranje: „...”"
        phrase = _np_before(doc, addressee[0] - 1, unit[0])
    if phrase is not None and phrase[0] != unit[0]:
        phrase = _np_after(doc, unit[0], end)  # "Boze boer Jan maakt fietsers boos: „...”"
        named = phrase is not None and any(_label(doc, i) in ("PER", "ORG") for i in range(*phrase))
        if not named:
            phrase = None
    if phrase is None:
        # "Wat Groenewold ervan overhoudt: „...”", "Ook bewondert de jury de inzet: „...”"
        # (a headline's quote is left to the body: "Kabinet schaamt zich: ‘...’" is Blokhuis)
        body = doc.blocks[span.block].kind not in ("title", "heading")
        person = _parsed_person(doc, unit[0], colon, described=body)
        if person is None:
            return None
        return _Attribution(cue=doc.chars(colon, colon + 1), speaker=person)
    if _is_label(doc, phrase) or _time_noun(doc, phrase[1] - 1, phrase[0]):
        return None  # "Stelling: ‘…’", "Zes jaar na zaak-Tuitjenhorn: ‘…’": no source
    headline = doc.blocks[span.block].kind in ("title", "heading")
    proper = all(doc.tokens[i].upos == "PROPN" for i in range(*phrase))
    single = phrase[1] - phrase[0] == 1 and doc.tokens[phrase[0]].feats.get("Number") != "Plur"
    # ("Slachtofferhulp: ‘…’": a name the tagger missed; not "Arbeidsmigranten in Nederland")
    if headline and not (proper or single or _animate(doc, phrase)):
        return None  # "Geen verrassingen bij Oranje: ‘…’": a topic, not who speaks
    owner = phrase[1] - 2
    if (
        owner >= phrase[0]
        and _genitive(doc, owner)
        and any(_medium_matches(entry, doc.lower[owner + 1 : phrase[1]]) for entry in lexicon.media)
    ):  # "Merlijns blog: ‘...’": the blog's owner speaks in it
        medium = doc.chars(owner + 1, phrase[1])
        return _Attribution(doc.chars(colon, colon + 1), doc.chars(owner, owner + 1), medium)
    return _Attribution(
        cue=doc.chars(colon, colon + 1),
        speaker=_speaker_span(doc, phrase),
        medium=_medium(doc, lexicon, unit, colon),
    )


def _titled(doc: _Doc, span: QuotedSpan) -> bool:
    """Tell a quoted title right after a noun that introduces one ("onder de kop ‘...’")."""
    opener = doc.token_at(span.open)
    if opener is None or opener == 0 or span.continued:
        return False
    word = doc.lower[opener - 1]
    return word.rpartition("-")[2] in load_set("title_nouns")


def _something_like(doc: _Doc, lexicon: QuoteLexicon, span: QuotedSpan) -> bool:
    """Tell a quote after "(zo)iets als" that no speech verb introduces: a gloss or an example.

    "betekent zoiets als ‘vrede scheppen’", "Meer zoiets als: ‘Pure paaseitjes? Bah!’"; but
    "zei iets als: „Je hebt me neergeschoten”" reports what was said.
    """
    opener = doc.token_at(span.open)
    if opener is None or opener < 2:
        return False
    at = opener - 1 if doc.tokens[opener - 1].text == ":" else opener
    if at < 2 or doc.lower[at - 1] != "als" or doc.lower[at - 2] not in ("iets", "zoiets"):
        return False
    verb = at - 3
    if verb < 0:
        return True
    cue = _cue_at(doc, lexicon, verb, at)  # ("betekent" is none)
    return cue is None or cue.kind == "cognition"


def _after_label(doc: _Doc, span: QuotedSpan) -> bool:
    """Tell a quote right after a label of words nobody in the article says ("Stelling: ‘...’")."""
    opener = doc.token_at(span.open)
    if opener is None or opener < 2 or doc.tokens[opener - 1].text != ":":
        return False
    phrase = _np_before(doc, opener - 1, doc.units[doc.unit_of[opener - 1]][0])
    if phrase is None or not _is_label(doc, phrase):
        return False
    return doc.lower[phrase[0]] in _UNOWNED_LABELS  # ("Brief 1: ‘...’" echoes its writer)


def _manner(doc: _Doc, phrase: Range) -> bool:
    """Tell how a quote is said ("Lachend: „...”") from who says it ("Rutte: „...”")."""
    first, stop = phrase
    return (
        stop - first == 1
        and doc.lower[first].endswith("end")
        and doc.tokens[first].upos != "NOUN"
        and first not in doc.in_entity  # ("Lachend" may be tagged PROPN, but it is no name)
    )


def _is_label(doc: _Doc, phrase: Range) -> bool:
    """Tell a label before a colon ("Stelling", "Brief 2") from a source ("Rutte", "De politie")."""
    labels = load_set("labels")
    begin = phrase[0] + (doc.lower[phrase[0]] in ("het", "de") and phrase[1] - phrase[0] > 1)
    first, *rest = (doc.lower[i] for i in range(begin, phrase[1]))
    return first in labels and all(word in labels or word.isdigit() for word in rest)


def _cue_in_unit(
    doc: _Doc, lexicon: QuoteLexicon, span: QuotedSpan, *, thoughts: bool = False
) -> _Attribution | None:
    """Attribute a quoted fragment to the nearest speech cue of its sentence.

    With ``thoughts`` a finite "vinden" counts too ("dat Rutte het ‘een slecht idee’ vond").
    """
    inside = doc.token_at(span.start)
    if inside is None:
        return None
    unit = doc.units[doc.unit_of[inside]]
    best: tuple[int, _Cue] | None = None
    for index in range(*unit):
        if doc.quoted(index) is not None:
            continue
        cue = _cue_at(doc, lexicon, index, unit[1]) or _infinitive_cue(doc, lexicon, index)
        if cue is None or cue.kind == "attribution":
            continue
        finite = doc.tokens[cue.verb].feats.get("VerbForm") == "Fin"
        opinion = thoughts and finite and cue.lemma == "vinden"  # (not "worden ... verwacht")
        if cue.kind == "cognition" and not opinion:
            continue  # not someone's words here (nor in "kan zich in die ‘X’ vinden")
        if best is None or abs(index - inside) < best[0]:
            best = (abs(index - inside), cue)
    if best is None:
        return _wanted(doc, lexicon, span, unit)
    attribution = _attribution(doc, lexicon, best[1], unit, (span.open, span.close))
    if best[1].verb > 0 and doc.lower[best[1].verb - 1] == "te":
        start = unit[0]  # the infinitive has no subject of its own: the clause's speaks
        while start < unit[1] and doc.lower[start] in _ADVERBS:
            start += 1
        subject = _np_after(doc, start, unit[1])  # "Wilders goot ... door ... te noemen"
        animate = subject is not None and _animate(doc, subject)
        attribution.speaker = _speaker_span(doc, subject) if subject and animate else None
    return attribution


def _wanted(doc: _Doc, lexicon: QuoteLexicon, span: QuotedSpan, unit: Range) -> _Attribution | None:
    """A quoted fragment in what a source wants: "Koopmans wil een ‘superspoedprocedure’".

    A wish is no report of its own (GUIDELINES: requests are not quotes), but the words it
    quotes are the source's, so the finite "willen" of the sentence attributes the fragment
    when its subject is a person, a pronoun or an institution.
    """
    opener = doc.token_at(span.open)
    for index in range(unit[1] - 1 if opener is None else opener - 1, unit[0] - 1, -1):
        if doc.punct(index):
            return None  # the fragment stands in another clause than any "willen" before
        finite = doc.tokens[index].upos in ("VERB", "AUX") and doc.quoted(index) is None
        if finite and doc.lower[index] in ("wil", "willen", "wilde", "wilden"):
            cue = _Cue(index, index, index, "willen")
            subject = _subject(doc, cue, unit, lexicon)
            writer = subject is not None and doc.lower[subject[0]] in _WRITER  # "wil je ‘…’"
            if subject is not None and _animate(doc, subject) and not writer:
                return _Attribution(doc.chars(index, index + 1), _speaker_span(doc, subject))
    return None


def _infinitive_cue(doc: _Doc, lexicon: QuoteLexicon, index: int) -> _Cue | None:
    """A speech verb after "te" ("door moskeeën ‘haatpaleizen’ te noemen"), for a fragment.

    Not a cue of a reported clause ("weigerde te zeggen dat" says nothing), but the quoted
    label it takes is still the subject's word.
    """
    if index == 0 or doc.lower[index - 1] != "te" or doc.tokens[index].upos not in ("VERB", "X"):
        return None
    verb = lexicon.simple_verb(doc.lower[index], doc.lemma(index))
    return None if verb is None else _Cue(index, index, index, verb.lemma, kind=verb.kind)


def _quoted(
    doc: _Doc, lexicon: QuoteLexicon, indirect: Sequence[QuoteFinding]
) -> list[QuoteFinding]:
    found: list[QuoteFinding] = []
    attributed_until: dict[int, int] = {}  # block -> end of the last "”, zei hij" attribution
    hosts = _Hosts(indirect)
    for number, span in enumerate(doc.spans):
        block = doc.blocks[span.block]
        glued = doc.text[span.close : span.close + 2]
        if glued[:1] == "-" and glued[1:].isalpha():
            continue  # "hun ‘Doe eens normaal, man!’-ruzie": part of a compound word
        if _titled(doc, span):
            continue  # "de app ‘Doe eens normaal, man!’": a title, nobody says it here
        if _something_like(doc, lexicon, span):
            continue  # "Dat betekent zoiets als: ‘Gelukkig Nieuwjaar!’": a gloss, not words said
        whole = _whole_utterance(doc, span, attributed_until.get(span.block))
        if block.kind in ("title", "heading") and span.open == block.start and whole:
            found.append(QuoteFinding("direct", span.start, span.end, span.block))
            continue
        after = _after_close(doc, lexicon, span)
        following = doc.spans[number + 1] if number + 1 < len(doc.spans) else None
        if after is None and following is not None and _listed(doc, span, following):
            after = _after_close(doc, lexicon, following)  # "„A” en „B”, klinkt het"
        if after is not None:
            attributed_until[span.block] = after[1] - block.start + 1
        if whole:
            attribution = (after[0] if after else None) or _before_open(doc, lexicon, span)
            colon_headline = block.kind in ("title", "heading") and _after_colon(doc, span)
            if attribution is None and not _looks_like_speech(doc, span) and not colon_headline:
                continue  # (but "Nederlanders in Sri Lanka na aanslag: ’Surrealistisch’")
            found.append(
                _finding(doc, "direct", (span.start, span.end), attribution or _Attribution())
            )
            continue
        if _is_name(doc.text[span.start : span.end]):
            continue  # "de ‘Operatie Nachtwacht’", "(‘De Morgen’)": a name or title, no words said
        host = hosts.first_around(span.open, span.close)
        if host is not None:
            attribution = _Attribution(host.cue, host.speaker, host.medium)
        elif after is not None and after[0].speaker is None:  # "die de klachten 'X' noemde"
            attribution = _cue_in_unit(doc, lexicon, span) or after[0]
            if attribution.speaker is None:  # "staat dat Rutte het ‘een slecht idee’ vond"
                attribution = _cue_in_unit(doc, lexicon, span, thoughts=True) or attribution
        else:
            attribution = (after[0] if after else None) or _cue_in_unit(doc, lexicon, span)
        headline = block.kind in ("title", "heading")
        uncued = _quoted_words(doc, span) and not _so_called(doc, span)
        words = len(doc.text[span.start : span.end].split())
        uncued = uncued and (headline or words >= _BODY_WORDS)
        if (attribution is None or attribution.cue is None) and uncued:
            # "Duncan Laurence ’herenigd met eerste liefde’": a headline quotes words of its
            # source, named at its start (else the body's echo names it, further on); in the
            # body, "Marietje Schaake had niet ’op de radar’ hoe ...": quoted words without a
            # cue are the source's, most often the one speaking before (found further on)
            attribution = _Attribution(speaker=_headline_source(doc, span) if headline else None)
        elif attribution is None or attribution.cue is None:
            continue
        if attribution.cue is not None and _nickname(doc, span, attribution.cue):
            continue
        found.append(_finding(doc, "partial", (span.start, span.end), attribution))
    return found


def _after_colon(doc: _Doc, span: QuotedSpan) -> bool:
    """Tell a quote right after a colon."""
    opener = doc.token_at(span.open)
    return opener is not None and opener > 0 and doc.tokens[opener - 1].text == ":"


def _quoted_words(doc: _Doc, span: QuotedSpan) -> bool:
    """Tell quoted words ("’moe en trots’", "'9 ton'") from a label, by their form.

    Two words or more, opening in lower case or with a digit: a single quoted word
    ("'bijvrouw'", "’Schumi’") or a capitalised phrase ("'Ok boomer'") is a label or a name.
    """
    fragment = doc.text[span.start : span.end]
    first = fragment[:1]
    return len(fragment.split()) >= _HEADLINE_WORDS and (first.islower() or first.isdigit())


def _so_called(doc: _Doc, span: QuotedSpan) -> bool:
    """Tell a label announced as one ("de zogenoemde „onttrekking aan de voorraad”")."""
    opener = doc.token_at(span.open)
    return opener is not None and opener > 0 and doc.lower[opener - 1] in _SO_CALLED


def _headline_source(doc: _Doc, span: QuotedSpan) -> Range | None:
    """The person or organisation a headline opens with, before its quoted words."""
    block = doc.blocks[span.block]
    first = doc.token_at(block.start)
    if first is None:
        return None
    if role_of(doc.lower[first]) or ends_in_role(doc.lower[first]):
        first += 1  # "Zomergasten-presentatrice Janine Abbring is ’moe en trots’"
    if doc.entity_label.get(first) not in ("PER", "ORG"):
        return None
    end = doc.entity_end[first]
    return doc.chars(first, end + 1) if doc.tokens[end].end <= span.open else None


def _nickname(doc: _Doc, span: QuotedSpan, cue: Range) -> bool:
    """``ook wel ‘De Hel van het Noorden’ genoemd``: a passive name with no one who names it."""
    if doc.text[cue[0] : cue[1]].lower() != "genoemd":
        return False
    unit = doc.units[doc.unit_of[doc.token_at(cue[0]) or 0]]
    return "door" not in doc.lower[unit[0] : unit[1]]


class _Hosts:
    """The indirect quotes by start, to find the first one (in their order) around a span."""

    def __init__(self, quotes: Sequence[QuoteFinding]) -> None:
        order = sorted(range(len(quotes)), key=lambda number: quotes[number].start)
        self._numbers = order
        self._starts = [quotes[number].start for number in order]
        self._ends = [quotes[number].end for number in order]
        self._reach = list(accumulate(self._ends, max))  # the farthest end up to each one
        self._quotes = quotes

    def first_around(self, start: int, end: int) -> QuoteFinding | None:
        """Return the earliest-listed quote with ``q.start <= start`` and ``end <= q.end``."""
        best: int | None = None
        index = bisect_right(self._starts, start) - 1
        while index >= 0 and self._reach[index] >= end:  # nothing earlier reaches ``end``
            if self._ends[index] >= end and (best is None or self._numbers[index] < best):
                best = self._numbers[index]
            index -= 1
        return None if best is None else self._quotes[best]


def _is_name(fragment: str) -> bool:
    """Tell a quoted name or title ("Operatie Nachtwacht") from quoted words.

    A name has two or more words, every one capitalised, and no sentence punctuation (a comma
    may stand in a title: "Live Slow, Ride Fast").
    """
    words = fragment.split()
    capitalised = all(word[:1].isupper() for word in words)
    return len(words) >= _NAME_WORDS and capitalised and not any(c in ".!?;:" for c in fragment)


def _listed(doc: _Doc, span: QuotedSpan, following: QuotedSpan) -> bool:
    """Tell whether two quotes are listed side by side ("„A” en „B”") in one paragraph."""
    between = doc.text[span.close : following.open].strip()
    asked = doc.text[span.start : span.end].rstrip().endswith("?")
    if asked and not doc.text[following.start : following.end].rstrip().endswith("?"):
        return False  # "‘Had u gedronken?’ ‘Nee’, antwoordde T.": a question and its answer
    return following.block == span.block and between in ("", ",", "en", "of", ";")


def _looks_like_speech(doc: _Doc, span: QuotedSpan) -> bool:
    content = doc.text[span.start : span.end]
    return span.continued or content[-1:] in _SENTENCE_END or len(content.split()) >= 3


def _source_noun(doc: _Doc, first: int, stop: int) -> bool:
    """Tell a phrase that is one institution or group noun ("Commissie", "De gemeenteraad")."""
    words = [w for w in doc.lower[first:stop] if w not in ("de", "het")]
    if len(words) != 1:
        return False
    word = words[0]
    if role_of(word.rpartition("-")[2]) is not None or ends_in_role(word):
        return True  # "Kliniekdirecteur: weglopers vaker niet gemeld"
    singular = word[:-2] if word.endswith("en") else word[:-1] if word.endswith("s") else word
    return _source_word(word) or _source_word(singular)  # "Bonden: ..."


def _colon_headlines(doc: _Doc, lexicon: QuoteLexicon) -> list[QuoteFinding]:
    """``Grapperhaus: kwestie uitzonderlijk``: a title or heading that reports a claim."""
    found = []
    headlines = {n for n, block in enumerate(doc.blocks) if block.kind in ("title", "heading")}
    by_block: dict[int, list[int]] = {}  # headline block -> its tokens, in order
    for index, block_number in enumerate(doc.block_of):
        if block_number in headlines:
            by_block.setdefault(block_number, []).append(index)
    for number, block in enumerate(doc.blocks):
        if block.kind not in ("title", "heading"):
            continue
        tokens = by_block.get(number, [])
        colons = [i for i in tokens if doc.tokens[i].text == ":"]
        if not tokens or not colons:
            continue
        colon = colons[0]
        first = tokens[0]
        rest = colon + 1
        if rest > tokens[-1] or doc.quoted(rest) is not None or doc.quoted(colon) is not None:
            continue
        if not 0 < colon - first <= _MAX_HEADLINE_SPEAKER:
            continue
        if doc.lower[first] in _NOT_SPEAKER_HEADLINE:
            continue
        named = any(
            doc.entity_label.get(doc.in_entity.get(i, -1)) in ("PER", "ORG")
            for i in range(first, colon)
        )
        proper = all(doc.tokens[i].upos == "PROPN" for i in range(first, colon))
        role = role_of(doc.lower[first])
        place = first + 1 < colon and doc.entity_label.get(first + 1) in ("LOC", "ORG")
        place = place and role is not None and doc.entity_end[first + 1] == colon - 1
        if not (named or proper or place or _source_noun(doc, first, colon)):
            continue  # "Podcasts: voetbal en Formule 1" names no source
        end = tokens[-1] + 1
        while end > rest and doc.punct(end - 1):
            end -= 1
        if end <= rest:
            continue
        if not named and _only_a_phrase(doc, rest, end):
            continue  # "Jemen: groot alarm om honger": a place and a topic, no source
        speaker = _speaker_span(doc, (first, colon))
        if place and role is not None:  # "Premier Maleisië:": the role's holder, not the place
            holder = _role_holder(doc, role, number)
            speaker = holder if holder is not None else doc.chars(first, colon)
        found.append(
            QuoteFinding(
                "indirect",
                doc.tokens[rest].start,
                doc.tokens[end - 1].end,
                number,
                cue=doc.chars(colon, colon + 1),
                speaker=speaker,
            )
        )
    return found


def _role_holder(doc: _Doc, role: str, block: int) -> Range | None:
    """The person the text after ``block`` names with ``role`` ("De Maleisische premier X")."""
    for index, word in enumerate(doc.lower):
        if doc.block_of[index] <= block or role_of(word) != role:
            continue
        name = index + 1
        if doc.entity_label.get(name) == "PER":
            return doc.chars(name, doc.entity_end[name] + 1)
    return None


def _continue_speakers(
    doc: _Doc, lexicon: QuoteLexicon, found: list[QuoteFinding]
) -> list[QuoteFinding]:
    """Give unattributed direct quotes the speaker of the quote they continue."""
    result = sorted(found, key=lambda q: (q.start, q.end))
    spans = {(span.start, span.end): span for span in doc.spans}
    last_speaker: QuoteFinding | None = None  # the last quote before this one with a speaker
    answers = sum(
        1
        for quote in result
        if quote.kind == "direct"
        and quote.speaker is None
        and (quote.start, quote.end) in spans
        and _after_question(doc, spans[quote.start, quote.end])
    )
    interviewee = _interviewee(doc) if answers >= _INTERVIEW_TURNS else None
    quoted_blocks = {span.block for span in doc.spans}
    for position, quote in enumerate(result):
        if position and result[position - 1].speaker is not None:
            last_speaker = result[position - 1]
        if quote.kind == "indirect" or quote.speaker is not None:
            continue
        block = doc.blocks[quote.paragraph]
        span = spans.get((quote.start, quote.end))
        if quote.kind == "partial" and quote.cue is not None:
            continue
        if block.kind in ("title", "heading"):  # a headline echoes a quote of the article
            if span is not None and _after_label(doc, span):
                continue  # "Stelling: ‘...’": a statement put to readers, nobody's words
            source = _reworded(doc, result, position) or _first_attributed_after(
                doc, result, quote.paragraph
            )
            if source is not None:
                result[position] = _with_speaker(quote, source, medium=False)
            elif (opener := _opening_name(doc, quote.paragraph + 1)) is not None:
                result[position] = replace(quote, speaker=opener)  # "‘…’ Pim (17) is in …"
            continue
        if interviewee is not None and span is not None and _answers(doc, span, quoted_blocks):
            result[position] = replace(quote, speaker=interviewee)  # "Is IS erachter? ‘Nee.’"
            continue
        if last_speaker is not None and _after_its_cue(doc, last_speaker, quote):
            result[position] = _with_speaker(quote, last_speaker, medium=True)
            continue  # "„A”, zo reageerde hij op het bericht van Winter. „B”": his too
        intro = None if span is None else _intro_speaker(doc, lexicon, span)
        if intro is not None:  # "Timmerman kent het probleem. „Soms zie je ...”"
            medium = quote.medium or _intro_medium(doc, lexicon, span)
            result[position] = replace(quote, speaker=intro, medium=medium)
            continue
        previous = last_speaker
        goes_on = span is not None and span.continued  # the same speaker's words, run on
        other = None if goes_on else _other_party(doc, result, position, previous)
        if other is not None:  # "‘Had u gedronken?’, vroeg de rechter. ‘Nee.’": a turn
            result[position] = _with_speaker(quote, other, medium=False)
            continue
        opens_block = span is not None and span.open == block.start
        if previous is not None and (
            previous.paragraph == quote.paragraph
            or (
                opens_block
                and previous.paragraph == quote.paragraph - 1
                and previous.kind == "direct"  # the speaker's words go on in a new paragraph
            )
            # An uncued quote further on is, in news, most often the last speaker's (three in
            # four in the development set); no speaker at all is never right there.
            or not _names_someone_else(doc, previous, quote)
        ):  # and, like the annotators (three in four), in the same medium
            result[position] = _with_speaker(quote, previous, medium=True)
        else:
            nearby = _speaker_nearby(doc, lexicon, result, position, span, first=previous is None)
            if nearby is not None:
                result[position] = nearby
    for position, quote in enumerate(result):
        described = _described_before(doc, result, position)
        if described is not None:  # "..., legt een woordvoerder uit. „...”, zegt hij."
            result[position] = replace(quote, speaker=described)
    if interviewee is not None:  # "volgens u", "heeft u ... gezegd. '...'": the interviewee
        result = [replace(q, speaker=interviewee) if _addressed(doc, q) else q for q in result]
    for position in range(len(result) - 2, -1, -1):  # a quote running on into the next paragraph
        quote = result[position]
        span = spans.get((quote.start, quote.end))
        if quote.kind == "direct" and quote.speaker is None and span is not None and span.continues:
            following = result[position + 1]
            if following.speaker is not None and following.paragraph == quote.paragraph + 1:
                result[position] = _with_speaker(quote, following, medium=True)
    for position in range(len(result) - 2, -1, -1):
        quote = result[position]
        echoed = None if quote.kind != "direct" or quote.cue else _echoed(doc, result, position)
        if echoed is not None:  # a lead quoting words the article attributes further on
            result[position] = _with_speaker(quote, echoed, medium=False)
    protagonist = _protagonist(doc)
    if protagonist is not None:
        result = [
            replace(q, speaker=protagonist) if _speaks_for_self(doc, q, protagonist) else q
            for q in result
        ]
    return result


def _speaks_for_self(doc: _Doc, quote: QuoteFinding, protagonist: Range) -> bool:
    """An uncued, unattributed direct quote in the body that says "ik" or "we".

    Not one that names the protagonist: "Ed kan 92.000 mensen laten doen wat hij wil" is
    someone talking about him.
    """
    if quote.kind != "direct" or quote.speaker is not None or quote.cue is not None:
        return False
    if doc.blocks[quote.paragraph].kind != "body":
        return False
    words = {doc.lower[i] for i in doc.tokens_in((quote.start, quote.end))}
    name = set(doc.text[protagonist[0] : protagonist[1]].lower().split())
    return bool(words & _FIRST_PERSON) and not words & name


def _protagonist(doc: _Doc) -> Range | None:
    """The person the story is about: named outside quotes half as often again as anyone."""
    counts, first = _persons_named(doc)
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[1] * 3 > ranked[0] * 2):
        return None
    return first[max(counts, key=lambda key: counts[key])]


def _has_verb(doc: _Doc, lexicon: QuoteLexicon, quote: QuoteFinding) -> bool:
    """Tell whether a report's content is a clause ("Tom en Ellen" after a colon is none).

    Only contents after their cue are asked, in the article's body: a small clause after
    "vinden", "noemen" or "zien als", an answer before "zo laat X weten" and a headline after
    its colon need no verb.
    """
    first, last = doc.token_at(quote.start), doc.token_at(quote.end - 1)
    cue = None if quote.cue is None else doc.token_at(quote.cue[0])
    if not doc.has_parse or first is None or last is None or cue is None or cue > first:
        return True
    if first == last and first > 0 and doc.lower[first - 1] == "dat":
        return False  # "ziet dat anders": "dat" is the object, nothing is reported
    after_dat = first > 0 and doc.lower[first - 1] in ("dat", "of")  # a clause all the same
    topic = doc.lower[first] == "over" or "te" not in doc.lower[first : last + 1]
    topic = topic and not after_dat and doc.tokens[first].upos == "ADP"
    if topic and _phrase_only(doc, first, last + 1):
        return False  # "konden onderwijzers vertellen over hoe het was": a topic
    verb = lexicon.simple_verb(doc.lower[cue], doc.lemma(cue))
    small_clause = verb is not None and verb.lemma in _OPINION_VERBS
    if small_clause or doc.blocks[quote.paragraph].kind != "body":
        return True
    if any(doc.tokens[i].upos in ("VERB", "AUX") for i in range(first, last + 1)):
        return True
    # "aankondigden dat ze weggingen/NOUN": after "dat" a subject pronoun makes a clause
    clause = first > 0 and doc.lower[first - 1] == "dat" and doc.lower[first] in _SUBJECT_PRONOUNS
    return clause and last > first


def _adverbial_clause(doc: _Doc, quote: QuoteFinding) -> bool:
    """Tell a time or condition clause before its verb ("Toen zij het zag, riep ze: ...").

    Such a clause sets the scene of the main clause; it is not what the subject says. With its
    own main clause after it, the whole is a claim ("Als er niet snel geld komt, zal hij
    faillissement aanvragen, schrijft 1Limburg").
    """
    first = doc.token_at(quote.start)
    if first is None or quote.cue is None or quote.cue[0] < quote.end:
        return False
    while first < len(doc.tokens) - 1 and doc.lower[first] in ("en", "maar"):
        first += 1
    last = doc.token_at(quote.end - 1) or first  # "Als er geen geld komt, zal hij ...": a claim
    if doc.tokens[first].upos == "ADP" and doc.lower[first] != "te":  # ("Te kostbaar, vond X")
        return _phrase_only(doc, first, last + 1)
    if doc.lower[first] not in _SCENE_SETTERS:
        return False
    return not (
        _main_clause_after(doc, first, last + 1) or _main_clause_unmarked(doc, first, last + 1)
    )


def _main_clause_unmarked(doc: _Doc, index: int, stop: int) -> bool:
    """Tell an inverted main clause right after the clause's own verb, without a comma.

    "Zodra dat gebeurt richt Trump zijn aandacht op Europa": "gebeurt" ends the time clause,
    "richt Trump" opens the main one.
    """
    return any(
        doc.tokens[at - 1].upos in ("VERB", "AUX") and _inverted_main_clause(doc, at, stop)
        for at in range(index + 2, stop - 1)
    )


def _phrase_only(doc: _Doc, first: int, stop: int) -> bool:
    """Tell a prepositional phrase with no main clause ("Op de vraag hoe fans kunnen helpen").

    "In Nederland zijn te weinig huizen" has its finite verb right after the phrase: a claim.
    """
    index = first
    while index < stop:
        if doc.lower[index] in _SUBORDINATE_OPENERS:  # the first verb is the subordinate
            index = _next_comma(doc, index, stop) + 1  # clause's; a main clause may follow
            # its comma ("Door het onderzoek dat het bedrijf deed, is het in bezit van ...")
            continue
        token = doc.tokens[index]
        if token.upos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin":
            return False
        index += 1
    return True


def _after_question(doc: _Doc, span: QuotedSpan) -> bool:
    """Tell whether an unquoted question ends right before the quote ("Is het zo? ‘Nee.’")."""
    return doc.text[max(0, span.open - _QUESTION_LOOKBACK) : span.open].rstrip().endswith("?")


def _answers(doc: _Doc, span: QuotedSpan, quoted_blocks: set[int]) -> bool:
    """Tell whether a quote in an interview answers the interviewer's turn before it.

    The turn is a question right before the quote, or a whole paragraph right before the
    paragraph the quote opens that is without quotation marks or, outside them, addresses the
    interviewee ("zegt uw collega: '...'"): a remark put to the interviewee.
    """
    if _after_question(doc, span):
        return True
    block = span.block
    opens = span.open == doc.blocks[block].start and not span.continued
    turn = block - 1 not in quoted_blocks or _addresses(doc, block - 1)
    return opens and block > 1 and turn


def _described_before(doc: _Doc, found: Sequence[QuoteFinding], position: int) -> Range | None:
    """The unnamed source a "hij"/"zij" speaker points back to, if the quote before has one.

    The quote right before, in this or the previous paragraph, must have a speaker that names
    no person and is no pronoun ("een woordvoerder van Defensie"; one naming an organisation
    must be headed by a role or a noun for people: "een vertegenwoordiger van de ANC", not
    "onderzoek van het NFI"), and no person may be named between the two speakers: a person
    named there is the pronoun's to take.
    """
    quote = found[position]
    if position == 0 or quote.speaker is None:
        return None
    tokens = doc.tokens_in(quote.speaker)
    if len(tokens) != 1 or doc.lower[tokens[0]] not in ("hij", "zij"):
        return None
    previous = found[position - 1]
    if previous.speaker is None or quote.paragraph - previous.paragraph > 1:
        return None
    if previous.speaker[1] > quote.speaker[0]:
        return None
    words = doc.tokens_in(previous.speaker)
    if not words or _is_pronoun(doc, words[0]):
        return None
    if any(_label(doc, i) == "PER" for i in words):
        return None
    if any(_label(doc, i) == "ORG" for i in words):
        head = next((i for i in words if doc.tokens[i].upos == "NOUN"), None)
        if head is None or not _animate(doc, (head, head + 1), people_only=True):
            return None  # "de NOS", but "een vertegenwoordiger van regeringspartij ANC" speaks
    if doc.lower[tokens[0]] == "hij" and not _one_person(doc, words):
        return None  # "70 procent van de Nederlanders" is no "hij"
    between = range(words[-1] + 1, tokens[0])
    if any(_label(doc, i) == "PER" and doc.quoted(i) is None for i in between):
        return None
    return previous.speaker


def _one_person(doc: _Doc, words: Sequence[int]) -> bool:
    """Tell whether a description's head noun is singular and no number counts it."""
    if any(doc.tokens[i].upos == "NUM" for i in words):
        return False
    nouns = [i for i in words if doc.tokens[i].upos == "NOUN"]
    return bool(nouns) and doc.tokens[nouns[0]].feats.get("Number") != "Plur"


def _addressed(doc: _Doc, quote: QuoteFinding) -> bool:
    """Tell whether a quote's speaker is the "u" or "jij" an interviewer speaks to."""
    if quote.speaker is None:
        return False
    tokens = doc.tokens_in(quote.speaker)
    return len(tokens) == 1 and doc.lower[tokens[0]] in _ADDRESSED


def _addresses(doc: _Doc, block: int) -> bool:
    """Tell whether a paragraph speaks to the interviewee ("zegt uw collega Jef Lambrecht")."""
    first, stop = bisect_left(doc.block_of, block), bisect_right(doc.block_of, block)
    return any(
        doc.lower[index] in _ADDRESSING and doc.quoted(index) is None
        for index in range(first, stop)
    )


def _persons_named(doc: _Doc) -> tuple[dict[str, int], dict[str, Range]]:
    """Each person named outside quotes, by last word: how often, and the first mention."""
    counts: dict[str, int] = {}
    first: dict[str, Range] = {}
    for start, last in doc.entity_end.items():
        if doc.entity_label[start] == "PER" and doc.quoted(start) is None:
            key = doc.lower[last]
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, doc.chars(start, last + 1))
    return counts, first


def _interviewee(doc: _Doc) -> Range | None:
    """The person an interview's answers are from: named most outside quotes, then first.

    Persons count by their last word, so "Teun van Dongen" and "Van Dongen" are one.
    """
    counts, first = _persons_named(doc)
    if not counts:
        return None
    sources = [  # "Hoe groot is de kans op oorlog volgens Remco Breuker, hoogleraar ...?"
        key
        for key, (start, _) in first.items()
        if (at := doc.token_at(start)) is not None and at > 0 and doc.lower[at - 1] == "volgens"
    ]
    if len(sources) == 1:
        return first[sources[0]]
    return first[max(counts, key=lambda key: (counts[key], -first[key][0]))]


def _echoed(doc: _Doc, found: Sequence[QuoteFinding], position: int) -> QuoteFinding | None:
    """The first later quote with a speaker that repeats ``found[position]``'s words, if any."""
    words = _ECHO_TRIM.sub(
        "", " ".join(doc.text[found[position].start : found[position].end].split())
    )
    if len(words) < _MIN_ECHO:
        return None
    for later in found[position + 1 : position + 1 + _ECHO_LOOKAHEAD]:
        if later.speaker is not None and words in " ".join(
            doc.text[later.start : later.end].split()
        ):
            return later
    return None


def _reworded(doc: _Doc, found: Sequence[QuoteFinding], position: int) -> QuoteFinding | None:
    """The body quote with a speaker that a headline quote rewords, if one shares its words.

    "‘Mijn generatie beseft hoe broos vrouwenrechten zijn’" over an article quoting three
    women is the one whose quote holds "generatie", "broos" and "vrouwenrechten": the later
    quote sharing the most words of five letters or more, at least ``_MIN_SHARED``.
    """
    words = _long_words(doc, found[position])
    best, shared = None, _MIN_SHARED - 1
    for later in found[position + 1 :]:
        if later.speaker is None or doc.blocks[later.paragraph].kind in ("title", "heading"):
            continue
        common = len(words & _long_words(doc, later))
        if common > shared:
            best, shared = later, common
    if best is None and len(words) < _MIN_SHARED:  # "‘Tijd zat’": a short headline repeats
        short = _long_words(doc, found[position], 3) - _GLUE  # all its words ("tijd zat")
        for later in found[position + 1 :] if len(short) >= _MIN_SHARED else ():
            heading = doc.blocks[later.paragraph].kind in ("title", "heading")
            if later.speaker is not None and not heading and short <= _long_words(doc, later, 3):
                return later
    return best


def _long_words(doc: _Doc, quote: QuoteFinding, shortest: int = _LONG_WORD) -> set[str]:
    tokens = doc.tokens_in((quote.start, quote.end))
    return {doc.lower[i] for i in tokens if len(doc.lower[i]) >= shortest}


def _inside_a_speaker(speakers: Sequence[Range], quote: QuoteFinding) -> bool:
    """Tell whether ``quote`` lies inside one of the (sorted) speaker spans."""
    at = bisect_right(speakers, (quote.start, quote.end))
    for start, end in reversed(speakers[max(0, at - _SPEAKER_LOOKBACK) : at]):
        if start <= quote.start and quote.end <= end:
            return True
    return False


def _asks(doc: _Doc, quote: QuoteFinding) -> bool:
    return doc.text[quote.start : quote.end].rstrip().endswith("?")


def _after_its_cue(doc: _Doc, previous: QuoteFinding, quote: QuoteFinding) -> bool:
    """Tell a quote that follows the trailing cue of the direct quote before it.

    "„A”, zo reageerde hij op het bericht van Winter. „B”": the sentence between the two is
    A's attribution, so B goes on in the same voice (whoever else that sentence names).
    """
    if previous.kind != "direct" or previous.cue is None or previous.speaker is None:
        return False
    if previous.paragraph != quote.paragraph or not previous.end <= previous.cue[0]:
        return False
    before_cue = doc.text[previous.end : previous.cue[0]]
    if any(ch in _SENTENCE_END for ch in before_cue):
        return False  # "„A.” Dat zei hij. ..." is handled elsewhere
    after_cue = "".join(doc.text[previous.cue[1] : quote.start].split())
    after_cue = after_cue.rstrip("".join(_MARK_CHARS))  # the opening mark of the next quote
    ends = [i for i, ch in enumerate(after_cue) if ch in _SENTENCE_END]
    return ends == [len(after_cue) - 1] or (not ends and after_cue.endswith(":"))


def _other_party(
    doc: _Doc, found: Sequence[QuoteFinding], position: int, previous: QuoteFinding | None
) -> QuoteFinding | None:
    """In a dialogue, the other speaker: an answer after a question, a question after an answer.

    Applies to ``found[position]`` when the quote right before is the previous speaker's, in
    this or the previous paragraph, and one of the two asks while the other does not; the other
    speaker is looked for among the few quotes before.
    """
    quote = found[position]
    if previous is None or position == 0 or found[position - 1] is not previous:
        return None
    if quote.paragraph - previous.paragraph > 1 or _asks(doc, previous) == _asks(doc, quote):
        return None
    said = doc.text[slice(*previous.speaker)].lower() if previous.speaker else None
    for earlier in found[max(0, position - _TURN_LOOKBACK) : position - 1][::-1]:
        if earlier.speaker is not None and doc.text[slice(*earlier.speaker)].lower() != said:
            return earlier if earlier.kind == "direct" else None
    return None


def _names_someone_else(doc: _Doc, previous: QuoteFinding, quote: QuoteFinding) -> bool:
    """Tell whether a person other than ``previous``'s speaker is named between the quotes."""
    if previous.speaker is None or quote.paragraph - previous.paragraph > _CARRY_PARAGRAPHS:
        return True
    first, last = doc.token_at(previous.end - 1), doc.token_at(quote.start)
    if first is None or last is None:
        return True
    start, end = previous.speaker
    index = doc.token_at(start)
    speaker = set()
    while index is not None and index < len(doc.tokens) and doc.tokens[index].start < end:
        speaker.add(doc.lower[index])
        index += 1
    for index in range(first + 1, last):
        if _label(doc, index) == "PER" and doc.lower[index] not in speaker:
            if doc.lower[doc.entity_end[doc.in_entity[index]]] in speaker:
                continue  # "TOM LANOYE" for the speaker "Lanoye": the same surname
            owner = doc.in_entity[index] > 0 and doc.lower[doc.in_entity[index] - 1] == "van"
            if not owner:  # "de teksten van Blokzijl": a name owning a thing says nothing
                return True
    return False


def _sentence_before(doc: _Doc, span: QuotedSpan, *, block_before: bool = False) -> Range | None:
    """The tokens of the sentence right before a quote that opens a sentence, if any.

    With ``block_before`` it is the last sentence of the paragraph before, which the quote's
    paragraph opens with.
    """
    opener = doc.token_at(span.open)
    if span.continued or opener is None or opener == 0:
        return None
    if block_before and span.open != doc.blocks[span.block].start:
        return None
    if doc.block_of[opener - 1] != span.block - (1 if block_before else 0):
        return None
    first = doc.units[doc.unit_of[opener - 1]][0]
    for index in range(opener - 2, first - 1, -1):
        text = doc.tokens[index].text
        initial = len(text) == 2 and text[0].isupper()  # "Mustaf S. heeft": no sentence end
        if (text[-1:] in _SENTENCE_END and not initial) or _utterance(doc, index):
            return index + 1, opener
    return first, opener


def _intro_medium(doc: _Doc, lexicon: QuoteLexicon, span: QuotedSpan | None) -> Range | None:
    """The medium named in the sentence right before a quote ("..., vertelt ze aan de NOS.")."""
    sentence = None if span is None else _sentence_before(doc, span)
    return None if sentence is None else _medium(doc, lexicon, sentence, sentence[1] - 1)


def _intro_speaker(
    doc: _Doc, lexicon: QuoteLexicon, span: QuotedSpan, *, block_before: bool = False
) -> Range | None:
    """Return who the sentence right before an unattributed quote introduces, if anyone.

    The subject of a speech cue in that sentence ("Een buurvrouw reageert geschrokken."), else
    a person or a personal pronoun opening it ("Timmerman kent het probleem."). With
    ``block_before`` the sentence is the last one of the paragraph before, which the quote's
    paragraph opens after.
    """
    sentence = _sentence_before(doc, span, block_before=block_before)
    if sentence is None:
        return None
    first, opener = sentence
    if any(_utterance(doc, index) for index in range(first, opener)):
        return None
    for index in range(opener - 1, first - 1, -1):  # the last cue is the sentence's own
        cue = _cue_at(doc, lexicon, index, opener)
        if cue is not None and not cue.is_verb and cue.speaker_at is not None:
            source = _subject(doc, cue, (first, opener), lexicon)  # "..., aldus Oliehoek. „”"
            if source is not None and _animate(doc, source):
                return _attribution(doc, lexicon, cue, (first, opener), None).speaker
        if cue is not None and cue.is_verb and _main_clause_after(doc, cue.last, opener):
            return _parsed_person(doc, first, opener, pronoun=True)  # "Waar X zei ..., bleef Y"
        if cue is not None and cue.is_verb:
            subject = _subject(doc, cue, (first, opener), lexicon)
            if subject is not None and any(doc.quoted(i) for i in range(*subject)):
                return None  # "Slechts 17% antwoordt ’ja’": no speaker inside a quote
            if subject is not None and not _animate(doc, subject):
                source = _according_to_name(doc, first, opener)
                subject = subject if source is None else source  # "Het verhaal zegt volgens
                if source is None and not _source_noun(doc, *subject):
                    return None
            if subject is not None:  # Mike ook veel over ...": Mike speaks
                described = _with_relative_clause(doc, subject, opener)
                inside = subject[1] < cue.first < described[1]  # "een man die zegt ... te wonen"
                if (subject[0] > cue.last or inside) and described != subject:
                    return doc.chars(*described)  # "Dat zegt een man die ... kende. „...”"
                return _speaker_span(doc, _antecedent(doc, subject))
    first = _last_conjunct(doc, first, opener)  # "Het stadion ontplofte en Fuchs wist ..."
    while first < opener and (doc.lower[first] in _LEADERS or doc.tokens[first].upos == "ADV"):
        first += 1  # "Maar hij wil niets forceren."
    near = range(first + 1, min(first + 6, opener))
    named = any(doc.entity_label.get(i) == "PER" or doc.lower[i] in _PERSONAL for i in near)
    if doc.lower[first] in ("dat", "dit") and named:
        first += 1  # "Dat stelt De Pater niet gerust.": the person follows the verb
    verbal = doc.tokens[first].upos in ("VERB", "AUX") or doc.lower[first] in _AUXILIARIES
    if first + 1 < opener and verbal:
        first += 1  # "Momenteel zit ze in de WK-modus.": the subject follows the verb
    phrase = _np_after(doc, first, opener)
    if phrase is None:
        return _parsed_person(doc, first, opener, pronoun=True) or _dislocated_name(doc, opener)
    after = phrase[1]
    owned = after + 1 < opener and doc.tokens[after + 1].upos == "NOUN"
    if owned and doc.tokens[after].text in ("'", "’"):  # "Wilders' haatpaleizen": his, not him
        phrase = (phrase[0], after + 2)
        after += 2
    if after + 1 < opener and doc.lower[after + 1] in ("hij", "zij", "ze"):
        verb = doc.tokens[after]
        if verb.upos in ("VERB", "AUX") and verb.feats.get("VerbForm") == "Fin":
            return _speaker_span(doc, (after + 1, after + 2))  # "... kon hij niet pruimen."
    person = any(
        (
            doc.entity_label.get(doc.in_entity.get(i, -1)) in ("PER", "ORG")
            and doc.entity_end[doc.in_entity[i]] == phrase[1] - 1  # not "Wilders' haatpaleizen"
            and doc.lower[max(doc.in_entity[i] - 1, 0)] != "van"  # not "De teksten van Blokzijl"
        )
        or role_of(doc.lower[i])
        for i in range(*phrase)
    )  # "Timmerman", "De rechter", "Schutter Mustaf S.", "Het PBL", "De man van Shell"
    pronoun = phrase[1] - phrase[0] == 1 and doc.lower[phrase[0]] in ("hij", "zij", "ze")
    if person or pronoun:
        return _speaker_span(doc, phrase)
    return _parsed_person(doc, first, opener, pronoun=True) or _dislocated_name(doc, opener)


_PERSONAL: Final = frozenset(("hij", "zij", "ze", "hem", "haar"))


def _last_conjunct(doc: _Doc, first: int, stop: int) -> int:
    """Where the sentence's last coordinated clause opens with a person's name, else ``first``.

    "Het stadion ontplofte, kleurde oranje en Fuchs wist even niet wat hij meemaakte.": the
    quote after it is Fuchs's; "Wilders en Cohen gaan" is one subject, not two clauses.
    """
    for index in range(stop - 2, first, -1):
        if doc.lower[index] not in ("en", "maar") or doc.entity_label.get(index + 1) != "PER":
            continue
        if index - 1 in doc.in_entity:
            return first  # "tussen Wilders en Cohen gaat ...": two names, one phrase
        verb = doc.entity_end[index + 1] + 1
        finite = verb < stop and doc.tokens[verb].feats.get("VerbForm") == "Fin"
        return index + 1 if finite else first
    return first


def _dislocated_name(doc: _Doc, opener: int) -> Range | None:
    """The person a sentence ends on after a comma: "Dat valt ook zijn bondscoach op, X."."""
    end = opener - 1
    while end > 0 and doc.punct(end) and doc.tokens[end].text != ",":
        end -= 1
    start = doc.in_entity.get(end)
    if start is None or doc.entity_label.get(start) != "PER" or start == 0:
        return None
    return doc.chars(start, end + 1) if doc.tokens[start - 1].text == "," else None


def _according_to_name(doc: _Doc, first: int, stop: int) -> Range | None:
    """The person or organisation a "volgens" phrase between ``first`` and ``stop`` names."""
    for index in range(first, stop - 1):
        if doc.lower[index] == "volgens" and doc.quoted(index) is None:
            phrase = _np_after(doc, index + 1, stop)
            if phrase is not None and _names_a_source(doc, doc.chars(*phrase)):
                return phrase
    return None


def _opening_name(doc: _Doc, block: int) -> Range | None:
    """The person whose name opens body paragraph ``block``, if one does.

    A role word may stand before the name ("Oud-wielrenner Alex McGregor heeft ...").
    """
    if block >= len(doc.blocks) or doc.blocks[block].kind != "body":
        return None
    first = bisect_left(doc.block_of, block)
    if first >= len(doc.tokens) or doc.block_of[first] != block:
        return None
    word = doc.tokens[first].text
    if doc.entity_label.get(first) != "PER" and (role_of(word) or ends_in_role(word)):
        first += 1
    if first >= len(doc.tokens) or doc.entity_label.get(first) != "PER":
        return None
    return doc.chars(first, doc.entity_end[first] + 1)


def _main_clause_after(doc: _Doc, index: int, stop: int) -> bool:
    """Tell whether a comma and an inverted main clause follow token ``index`` before ``stop``."""
    return any(
        doc.tokens[at].text == "," and _inverted_main_clause(doc, at + 1, stop)
        for at in range(index + 1, stop - 1)
    )


def _named_after(doc: _Doc, span: QuotedSpan) -> Range | None:
    """The person whose name opens the sentence right after a quoted sentence, if any."""
    content = doc.text[span.start : span.end]
    after = doc.token_at(span.close)
    if content[-1:] not in _SENTENCE_END or after is None or doc.block_of[after] != span.block:
        return None
    if doc.tokens[after].start < span.close or doc.entity_label.get(after) != "PER":
        return None
    return doc.chars(after, doc.entity_end[after] + 1)


def _names_a_source(doc: _Doc, chars: Range) -> bool:
    """Tell whether a speaker mention holds a person, an organisation or a personal pronoun."""
    return any(
        doc.entity_label.get(doc.in_entity.get(i, -1)) in ("PER", "ORG")
        or doc.lower[i] in ("hij", "zij", "ze")
        for i in doc.tokens_in(chars)
    )


def _parsed_person(
    doc: _Doc, first: int, stop: int, *, pronoun: bool = False, described: bool = False
) -> Range | None:
    """The person the parser makes subject of the sentence's main verb, if a name.

    "Sinds haar debuut woont Kristiane Backer in Londen." introduces Backer; with ``pronoun``
    a personal pronoun subject counts too ("Na zes ronden had hij zijn plek terug."), with
    ``described`` a role, a noun for people or an institution ("de jury", "de voorzitter").
    """
    roots = [i for i in range(first, stop) if doc.heads[i] is None and not doc.punct(i)]
    subject = _parsed_subject(doc, roots[0], (first, stop)) if len(roots) == 1 else None
    if subject is None:
        return None
    singular = doc.tokens[roots[0]].feats.get("Number") == "Sing"  # not "raken ze": the cuts
    if pronoun and singular and doc.lower[subject[0]] in ("hij", "zij", "ze"):
        return _speaker_span(doc, subject) if subject[1] - subject[0] == 1 else None
    if doc.entity_label.get(subject[0]) != "PER":
        unnamed = described and doc.tokens[subject[0]].upos != "PRON" and _animate(doc, subject)
        return _speaker_span(doc, subject) if unnamed else None
    return doc.chars(*subject) if doc.entity_end[subject[0]] == subject[1] - 1 else None


def _utterance(doc: _Doc, index: int) -> bool:
    """Tell whether token ``index`` lies in a quoted sentence, not a quoted word or phrase."""
    span = doc.quoted(index)
    if span is None:
        return False
    content = doc.text[span.start : span.end]
    return content[:1].isupper() or content[-1:] in _SENTENCE_END


def _first_attributed_after(
    doc: _Doc, found: Sequence[QuoteFinding], block: int
) -> QuoteFinding | None:
    for quote in found:
        if quote.paragraph <= block:
            continue
        if doc.blocks[quote.paragraph].kind in ("title", "heading"):
            return None
        if quote.cue is not None and quote.speaker is not None:
            return quote
    return None


def _speaker_nearby(
    doc: _Doc,
    lexicon: QuoteLexicon,
    found: Sequence[QuoteFinding],
    position: int,
    span: QuotedSpan | None,
    *,
    first: bool,
) -> QuoteFinding | None:
    """``found[position]`` with a speaker found around it when no last speaker carries over.

    In this order: the person or organisation the paragraph before ends on ("Teambaas Horner
    baalt dat ...", then a paragraph opening „Na zo'n race ...”); and when nobody has spoken
    yet (``first``), the person whose name opens the next sentence ("‘Ken je die grap?’ André
    Gantman steekt zijn vinger op."), then the next attributed speaker ("‘...’ De quote kwam
    van de premier").
    """
    quote = found[position]
    before = None if span is None else _intro_speaker(doc, lexicon, span, block_before=True)
    if before is not None and _names_a_source(doc, before):
        return replace(quote, speaker=before)
    if not first:
        return None
    after = None if span is None else _named_after(doc, span)
    if after is not None:
        return replace(quote, speaker=after)
    following = _next_attributed(found, position)
    return None if following is None else _with_speaker(quote, following, medium=False)


def _next_attributed(found: Sequence[QuoteFinding], position: int) -> QuoteFinding | None:
    """The next direct quote with a cue and a speaker, in this paragraph or the next."""
    paragraph = found[position].paragraph
    for quote in found[position + 1 : position + 1 + _TURN_LOOKBACK]:
        if quote.paragraph > paragraph + 1:
            return None
        if quote.kind == "direct" and quote.cue is not None and quote.speaker is not None:
            return quote
    return None


def _with_speaker(quote: QuoteFinding, source: QuoteFinding, *, medium: bool) -> QuoteFinding:
    return QuoteFinding(
        quote.kind,
        quote.start,
        quote.end,
        quote.paragraph,
        quote.cue,
        source.speaker,
        source.medium if medium and quote.medium is None else quote.medium,
    )


def find_quotes(
    annotation: Annotation,
    blocks: Sequence[BlockLike],
    lexicon: QuoteLexicon | None = None,
) -> list[QuoteFinding]:
    """Find the direct, partial and indirect quotes of an annotated article.

    The rules lean on surface patterns first (quotation marks, the speech-verb, cue and media
    lexicons, closed-class words, entity mentions, UPOS tags) and use the dependency parse only as
    a fallback, because real parses are noisy; with crude tags (all ``X``) they still find most
    quotes.

    Conventions of the spans (``GUIDELINES.md`` says what counts as a quote):

    - Cue: as written. A separable verb's particle is part of the cue only when it stands next to
      the verb or with "eraan"/"er" alone between ("voegde eraan toe", "eraan toevoegend",
      "maken duidelijk", "bekendmaakte"); otherwise the cue is the verb alone ("maakte" in
      "maakte Loekasjenko vorige week bekend"). Multiword cues keep their words ("klonk het bij",
      "aldus", "volgens", "wat hem betreft"); a colon introduction has the cue ":".
    - Speaker: the mention next to the cue. A titled name gives the name ("De Franse president
      Emmanuel Macron" -> "Emmanuel Macron") when it is an entity mention; a phrase with "van" stays
      whole ("een woordvoerder van de politie"); pronouns stay pronouns ("hij", "hem"), except a
      sentence-initial "Die" that points back to the person just named. A quote that continues
      another one, or follows a sentence that introduces its speaker, gets that speaker's mention.
      An unnamed source keeps its description ("een bron die anoniem wil blijven"). A document
      is the source of the indirect speech it holds ("In het rapport staat dat", "Daaruit
      blijkt dat" after "het jaarlijkse verslag"), unless its owner is named ("het rapport van
      de VN": the VN); quoted words in a document keep the person the context gives.
    - Medium: the noun phrase after "op"/"via"/"tegen"/"aan"/"in"/"bij" that names a channel
      ("de Russische staatstelevisie"), or the X of "in een interview met X".

    Args:
        annotation: The backend's annotation of the article text.
        blocks: The article's layout blocks (``newsstruct.layout.find_blocks``); quotes in
            ``boilerplate`` blocks are skipped, ``paragraph`` indexes this sequence.
        lexicon: The Dutch lexicon; the bundled one by default.

    Returns:
        The quotes, sorted by start offset.

    Example:
        >>> from newsstruct.layout import find_blocks
        >>> from tests.builders import annotate
        >>> text = "„Het is voorbij”, zei hij."
        >>> [q.kind for q in find_quotes(annotate(text), find_blocks(text, title=False))]
        ['direct']

    """
    lexicon = lexicon or QuoteLexicon.default()
    if not blocks:  # no layout given: the whole text is one body paragraph
        blocks = [_WholeText(0, len(annotation.text), "body")]
    doc = _Doc(annotation, blocks)
    doc.set_spans(
        [
            span
            for span in find_quoted_spans(annotation.text, blocks)
            if blocks[span.block].kind != "boilerplate"
        ]
    )
    indirect = _indirect(doc, lexicon) + _colon_headlines(doc, lexicon)
    indirect += _noun_reports(doc, lexicon, indirect)
    indirect = [q for q in indirect if _has_verb(doc, lexicon, q) and not _adverbial_clause(doc, q)]
    found = indirect + [q for q in _quoted(doc, lexicon, indirect) if not _quoted_name(doc, q)]
    speakers = sorted(q.speaker for q in found if q.speaker is not None)
    found = [  # "zegt een man die zegt in de straat te wonen": the clause describes the source
        q for q in found if q.kind != "indirect" or not _inside_a_speaker(speakers, q)
    ]
    unique = {(q.kind, q.start, q.end): q for q in found}
    spoken = _continue_speakers(doc, lexicon, list(unique.values()))
    return _borrowed_words(doc, [q for q in spoken if not _unowned_fragment(doc, q)])


def _quoted_name(doc: _Doc, quote: QuoteFinding) -> bool:
    """Tell a person's name or nickname in quote marks ("spreekt ’Frenkie’ zijn dank uit")."""
    tokens = doc.tokens_in((quote.start, quote.end))
    if not tokens or tokens[0] not in doc.in_entity:
        return False
    start = doc.in_entity[tokens[0]]
    if not (
        doc.entity_label.get(start) == "PER"
        and doc.tokens[start].start == quote.start
        and doc.tokens[doc.entity_end[start]].end == quote.end
    ):
        return False
    written = doc.text[quote.start : quote.end]
    name = re.compile(rf"(?<![\w-]){re.escape(written)}(?![\w-])")
    if any(  # the name is used elsewhere ("Frenkie de Jong"), not coined here
        not quote.start <= match.start() < quote.end for match in name.finditer(doc.text)
    ):
        return True
    short = written.lower()  # or it shortens a name used elsewhere ("’Gio’", "Giovanni")
    return " " not in short and any(
        word.startswith(short) and word != short
        for person in doc.person_names
        for word in person.split()
    )


def _unowned_fragment(doc: _Doc, quote: QuoteFinding) -> bool:
    """Tell quoted words in the body that neither a cue nor an earlier speaker claims."""
    headline = doc.blocks[quote.paragraph].kind in ("title", "heading")
    return quote.kind == "partial" and quote.cue is None and quote.speaker is None and not headline


def _borrowed_words(doc: _Doc, found: list[QuoteFinding]) -> list[QuoteFinding]:
    """Add quoted fragments that repeat words of a quote with a speaker: that speaker's.

    "Investeren 'in de goede dingen'" as a sub-heading, or "De doelstelling ‘iets grappigs’"
    in a sentence without a cue, quotes the words of someone quoted in full elsewhere in the
    article ("... en we investeren in de goede dingen.”). A name or title is no quote.
    """
    taken = sorted((q.start, q.end) for q in found)
    starts = [start for start, _ in taken]
    reach = list(accumulate((end for _, end in taken), max))  # the furthest end so far
    sources = [
        (q, " ".join(doc.text[q.start : q.end].split()).lower())
        for q in found
        if q.speaker is not None and q.kind in ("direct", "partial")
    ]
    added: list[QuoteFinding] = []
    for span in doc.spans:
        at = bisect_left(starts, span.end)
        if at and reach[at - 1] > span.start:
            continue  # already (part of) a quote
        fragment = doc.text[span.start : span.end]
        words = _ECHO_TRIM.sub("", " ".join(fragment.split())).lower()
        parts = words.split()
        if len(parts) < _MIN_BORROWED or not fragment[:1].islower():
            continue  # "Woest" is too common to say whose; "Het goddelijke monster": a title
        if len(parts) == 2 and parts[0] in ("de", "het", "een"):
            continue  # "de markt": a term
        source = next(
            (q for q, text in sources if q.end - q.start > len(fragment) and words in text), None
        )
        if source is not None:
            added.append(
                QuoteFinding("partial", span.start, span.end, span.block, speaker=source.speaker)
            )
    return sorted(found + added, key=lambda q: (q.start, q.end)) if added else found
