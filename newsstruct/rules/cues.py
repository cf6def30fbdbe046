"""The Dutch speech-verb and cue lexicon, and matching its cues in the token view."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Final

from newsstruct.lexicon import listed_or_compound, load_lines
from newsstruct.rules._tokens import (
    _CONJUNCTIONS,
    _DETERMINERS,
    _PREPOSITIONS,
    _SUBJECT_PRONOUNS,
    _TEMPORAL_REPORT,
    Range,
    _attributive,
    _closes_quote,
    _Doc,
    _np_after,
    _source_like,
    _words,
    _words_match,
)

__all__ = ["QuoteLexicon", "SpeechVerb"]


_PARTICLE_FOLLOWERS: Final = _words("dat of te om en maar want omdat hoe wat waarom wie")
_ARTICLES: Final = _words("de het een dit deze mijn zijn haar onze hun jouw uw elk elke geen")
# finite verbs under which a te-infinitive speech verb reports: "wist te melden dat"
_INFINITIVE_GOVERNORS: Final = _words(
    "haast haastte haastten probeer probeert probeerde probeerden proberen tracht trachtte"
    " trachtten poogt poogde poogden wist wisten durf durft durfde durfden durven"
)
_PARTICLE_GAP: Final = _words("eraan er ervan erbij daaraan")
_SUBORDINATORS: Final = _words(
    "nadat omdat voordat zodat terwijl hoewel doordat zodra opdat indien tenzij"
)  # unambiguous ones: "toen" is an adverb too, "als" follows "af" ("deed het af als")
_PARTICLE_WINDOW: Final = 24
_TE_REACH: Final = 4  # words from a particle to the "te" of its infinitive clause
_APPOSITION_REACH: Final = 30  # tokens from a comma to a particle that closes the sentence


@dataclass(frozen=True, slots=True)
class SpeechVerb:
    """A verb that introduces speech or thought.

    Attributes:
        lemma: The dictionary form, particle included ("bekendmaken").
        particle: The separable particle's words (``("bekend",)``), empty for a simple verb.
        forms: Inflected forms of the base verb, the stem first ("maak", "maakte", ...).
        kind: "speech", "cognition" ("vinden", "denken"), "attribution" (only next to a
            quote: "lachen", "vragen") or "not" (a separable verb that is no speech although
            its base is: "plaatsvinden", "afzeggen").

    """

    lemma: str
    particle: tuple[str, ...]
    forms: tuple[str, ...]
    kind: str = "speech"


@dataclass(frozen=True, slots=True)
class _Pattern:
    """A multiword cue, parsed once: the words before and after the speaker's place."""

    prefix: tuple[str, ...]
    suffix: tuple[str, ...]
    named: bool
    clause: bool
    kind: str
    document: bool = False  # the speaker's place must name a document ("staat in {doc}")


def _parse_pattern(words: tuple[str, ...]) -> _Pattern:
    clause = words[0] == "{clause}"
    pattern = words[1:] if clause else words
    document = "{doc}" in pattern
    pattern = tuple("{s}" if word == "{doc}" else word for word in pattern)
    named = "{s}" in pattern
    split = pattern.index("{s}") if named else len(pattern)
    prefix = tuple(word for word in pattern[:split] if word not in ("{-}", "{<}"))
    kind = "named" if named and not document else "subject"
    kind = "anonymous" if "{-}" in pattern else kind
    kind = "document" if document else kind  # the document, or its owner, is the source
    kind = "pointing" if "{<}" in pattern else kind  # "Daaruit blijkt": the one named before
    return _Pattern(prefix, pattern[split + 1 :], named, clause, kind, document)


def _document_owner(doc: _Doc, phrase: Range) -> int | None:
    """Where a document phrase's owner starts, or None when it names none.

    "de Melkweg" in "de website van de Melkweg"; "het rapport" names no one.
    """
    owner = next((i + 1 for i in range(*phrase) if doc.lower[i] == "van"), None)
    return owner if owner is not None and owner < phrase[1] else None


def _names_a_document(doc: _Doc, phrase: Range) -> bool:
    """Tell whether a noun phrase names a document ("een brief aan de Kamer", "het persbericht")."""
    for index in range(*phrase):
        if listed_or_compound(doc.lower[index], "document_nouns"):
            return True
        if doc.tokens[index].upos == "ADP":
            return False  # "schril contrast met het rapport": the head came before
    return False


@dataclass(frozen=True, slots=True)
class QuoteLexicon:
    """The Dutch data the quote rules use; :meth:`default` loads the bundled lists.

    Attributes:
        verbs: Speech and cognition verbs.
        cues: Multiword cues as word tuples; ``"{s}"`` marks the speaker's place, ``"{-}"``
            a cue that names no speaker, a first word ``"{clause}"`` a cue that stands inside
            the clause it attributes ("volgens {s}").
        not_cues: Word tuples that look like a cue but are not one ("volgens de wet").
        media: Channels as word tuples (names as written, common nouns lower-cased).
        weak_media: Channels used only when nothing stronger is named ("interview").

    """

    verbs: tuple[SpeechVerb, ...]
    cues: tuple[tuple[str, ...], ...]
    not_cues: tuple[tuple[str, ...], ...]
    media: tuple[tuple[str, ...], ...]
    weak_media: tuple[tuple[str, ...], ...] = ()
    _simple: dict[str, SpeechVerb] = field(init=False, repr=False, compare=False)
    _joined: dict[str, SpeechVerb] = field(init=False, repr=False, compare=False)
    _split: dict[str, tuple[SpeechVerb, ...]] = field(init=False, repr=False, compare=False)
    # Cues and not-cues by their first word, in lexicon order, so a token tries only its own.
    _patterns: dict[str, tuple[_Pattern, ...]] = field(init=False, repr=False, compare=False)
    _not_cues: dict[str, tuple[tuple[str, ...], ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        simple: dict[str, SpeechVerb] = {}
        joined: dict[str, SpeechVerb] = {}
        split: dict[str, list[SpeechVerb]] = {}
        for verb in self.verbs:
            if not verb.particle:
                for form in (verb.lemma, *verb.forms):
                    simple.setdefault(form, verb)
                continue
            joined[verb.lemma] = verb
            glued = "".join(verb.particle)
            for number, form in enumerate(verb.forms):
                if number:  # the particle glued to the bare stem is a noun: "uitleg"
                    joined.setdefault(glued + form, verb)
                split.setdefault(form, []).append(verb)
            base = verb.lemma.removeprefix(glued)
            split.setdefault(base, []).append(verb)
        object.__setattr__(self, "_simple", simple)
        object.__setattr__(self, "_joined", joined)
        object.__setattr__(self, "_split", {key: tuple(value) for key, value in split.items()})
        patterns: dict[str, list[_Pattern]] = {}
        for words in self.cues:
            pattern = _parse_pattern(words)
            if pattern.prefix:  # a cue without leading words matches nowhere
                patterns.setdefault(pattern.prefix[0], []).append(pattern)
        object.__setattr__(self, "_patterns", {k: tuple(v) for k, v in patterns.items()})
        not_cues: dict[str, list[tuple[str, ...]]] = {}
        for words in self.not_cues:
            not_cues.setdefault(words[0] if words else "", []).append(words)
        object.__setattr__(self, "_not_cues", {k: tuple(v) for k, v in not_cues.items()})

    def patterns(self, word: str) -> tuple[_Pattern, ...]:
        """The multiword cues whose first word is ``word``, in lexicon order."""
        return self._patterns.get(word, ())

    def not_cues_at(self, word: str) -> tuple[tuple[str, ...], ...]:
        """The not-cues that may match at a token spelled ``word`` (an empty one anywhere)."""
        return self._not_cues.get(word, ()) + self._not_cues.get("", ())

    @classmethod
    def default(cls) -> QuoteLexicon:
        """Load the bundled Dutch lexicon (``speech_verbs``, ``cue_patterns``, ``media``), cached.

        Returns:
            The lexicon.

        Example:
            >>> QuoteLexicon.default().verbs[0].lemma
            'zeggen'

        """
        return _default_lexicon()

    def simple_verb(self, word: str, lemma: str) -> SpeechVerb | None:
        """Look up a simple speech verb by its spelling ``word`` or its ``lemma``."""
        return self._simple.get(word) or self._simple.get(lemma)

    def joined_verb(self, word: str, lemma: str) -> SpeechVerb | None:
        """Look up a separable verb written as one word ("toevoegend", "bekendmaakte")."""
        verb = self._joined.get(word)
        if verb is None:  # by lemma only when the particle is written too ("plaatsvinden"
            verb = self._joined.get(lemma)  # is a lemmatizer's guess for a bare "vindt")
            if verb is not None and not word.startswith("".join(verb.particle)):
                return None
        return verb

    def split_verbs(self, word: str, lemma: str) -> tuple[SpeechVerb, ...]:
        """Look up the separable verbs whose base verb is spelled ``word`` or has ``lemma``."""
        return self._split.get(word, ()) + self._split.get(lemma, ())


@cache
def _default_lexicon() -> QuoteLexicon:
    verbs = []
    kind = "speech"
    for line in load_lines("speech_verbs"):
        if line.startswith("@"):
            kind = line[1:]
            continue
        lemma, *forms = line.split()
        particle, _, base = lemma.rpartition("+")
        words = tuple(particle.split("_")) if particle else ()
        verbs.append(SpeechVerb("".join(words) + base, words, tuple(forms), kind))
    cues: list[tuple[str, ...]] = []
    not_cues: list[tuple[str, ...]] = []
    clause: tuple[str, ...] = ()
    for line in load_lines("cue_patterns"):
        if line == "@clause":
            clause = ("{clause}",)
            continue
        words = tuple(line.lstrip("-").lower().split())
        if line.startswith("-"):
            not_cues.append(words)
        else:
            cues.append(clause + words)
    media: list[tuple[str, ...]] = []
    weak: list[tuple[str, ...]] = []
    target = media
    for line in load_lines("media"):
        if line == "@weak":
            target = weak
            continue
        target.append(tuple(line.split()))
    return QuoteLexicon(tuple(verbs), tuple(cues), tuple(not_cues), tuple(media), tuple(weak))


@dataclass(frozen=True, slots=True)
class _Cue:
    first: int  # first token of the cue
    last: int  # last token of the cue
    verb: int  # the verb (or the pattern's first word)
    lemma: str  # verb lemma, or the pattern's first word
    speaker_at: int | None = None  # where a pattern's {S} starts
    is_verb: bool = True
    particle: int | None = None  # a separable verb's particle, written apart
    size: int = 0  # words in that particle
    clause: bool = False  # the cue stands inside the clause it attributes ("volgens X")
    kind: str = "speech"  # "speech", "cognition", or a pattern's "named", "anonymous", "document"
    # or "pointing"


def _cue_at(doc: _Doc, lexicon: QuoteLexicon, index: int, stop: int) -> _Cue | None:
    """Match a speech verb or multiword cue at token ``index`` (``stop``: unit end)."""
    word = doc.lower[index]
    if any(_not_cue_at(doc, index, bad, stop) for bad in lexicon.not_cues_at(word)):
        return None  # "volgens de wet", "meldde zich": looks like a cue, is none
    for pattern in lexicon.patterns(word):
        clause, prefix, suffix = pattern.clause, pattern.prefix, pattern.suffix
        if not _words_match(doc, index, prefix, stop):
            continue
        kind = pattern.kind
        at = index + len(prefix)
        if suffix:  # "uit {S} blijkt": the cue is what follows the speaker
            ends = (
                j for j in range(at + 1, min(stop, at + 12)) if _words_match(doc, j, suffix, stop)
            )
            end = next(ends, None)
            phrase = None if end is None else _np_after(doc, at, end)
            if phrase is None or end is None:
                continue
            if any(_breaks_phrase(doc, i) for i in range(phrase[1], end) if not _aside(doc, i)):
                continue  # "uit een gesprek met diplomaten bleek": no clause may stand between
            if clause and not _source_like(doc, phrase):
                continue  # "wat brexit betreft": a topic, not a source
            if pattern.document and not _names_a_document(doc, phrase):
                continue  # "In de top tien staat ...": no document
            last = end + len(suffix) - 1
            begin = index if clause else end  # "wat hem betreft" is one cue
            # "In het rapport staat": the report; "In het rapport van de VN staat": the VN
            owner = _document_owner(doc, phrase) if pattern.document else None
            speaker = at if owner is None else owner
            return _Cue(begin, last, end, suffix[0], speaker, False, kind=kind, clause=clause)
        speaker_at = at if pattern.named and not pattern.document else None
        if pattern.document:
            phrase = _np_after(doc, at, stop)
            if phrase is None or not _names_a_document(doc, phrase):
                continue  # "Dat staat in schril contrast met ...": no document
            owner = _document_owner(doc, phrase)  # "staat op de website van de Melkweg"
            speaker_at = at if owner is None else owner  # "staat in het rapport": the report
        return _Cue(index, at - 1, index, prefix[0], speaker_at, False, kind=kind, clause=clause)
    return _verb_at(doc, lexicon, index, stop)


def _not_cue_at(doc: _Doc, index: int, words: Sequence[str], stop: int) -> bool:
    """Match a not-cue at ``index``, adjectives allowed before its last word.

    "-volgens de wet" also stands for "volgens de nieuwe wet", "-volgens de normen" for
    "volgens de sociale normen": the noun, not its modifiers, makes it a rule.
    """
    if _words_match(doc, index, words, stop):
        return True
    if len(words) < 2 or not _words_match(doc, index, words[:-1], stop):
        return False
    at = index + len(words) - 1
    while at < stop - 1 and doc.tokens[at].upos == "ADJ":
        at += 1
    return at > index + len(words) - 1 and doc.lower[at] == words[-1]


def _aside(doc: _Doc, index: int) -> bool:
    """Tell a token of a one-word bracketed aside: "(NFI)" in "Uit onderzoek van het NFI (NFI)"."""
    return any(
        opener >= 0
        and opener + 2 < len(doc.tokens)
        and doc.tokens[opener].text == "("
        and doc.tokens[opener + 2].text == ")"
        for opener in (index, index - 1, index - 2)
    )


def _breaks_phrase(doc: _Doc, index: int) -> bool:
    word = doc.lower[index]
    if word in ("en", "of") and not any(  # "met honderd soorten groente en fruit": one phrase
        doc.tokens[i].upos in ("VERB", "AUX") or doc.punct(i) for i in (index - 1, index + 1)
    ):
        return False
    return doc.punct(index) or word in _CONJUNCTIONS or doc.tokens[index].upos in ("VERB", "AUX")


def _reporting_infinitive(doc: _Doc, te: int) -> bool:
    """Tell "door te zeggen dat", "haastte zich te zeggen dat" (a report) from "weigerde te zeggen".

    The infinitive reports when it is the means ("door te roepen dat") or when the finite verb
    governing it says that the speaking happened ("wist te melden", "probeerde uit te leggen").
    """
    if doc.lower[te - 1] == "door":
        return True
    finite = infinitive_governor(doc, te)
    return finite is not None and doc.lower[finite] in _INFINITIVE_GOVERNORS


def infinitive_governor(doc: _Doc, te: int) -> int | None:
    """The finite verb before the ``te`` of an infinitive, in its unit, or None.

    Its subject is the infinitive's: "haastte" in "De minister haastte zich te zeggen".
    """
    first = doc.units[doc.unit_of[te]][0]
    return next(
        (i for i in range(te - 1, first - 1, -1) if doc.tokens[i].feats.get("VerbForm") == "Fin"),
        None,
    )


def _verb_at(doc: _Doc, lexicon: QuoteLexicon, index: int, stop: int) -> _Cue | None:
    token, word, lemma = doc.tokens[index], doc.lower[index], doc.lemma(index)
    nominal = token.upos in ("NOUN", "PROPN", "DET", "ADP", "PRON", "NUM", "PUNCT", "ADJ")
    first = doc.units[doc.unit_of[index]][0]
    second = index == first + 1 and doc.lower[first] in _TEMPORAL_REPORT  # "Dat berichten X"
    after_zo = index > 1 and doc.lower[index - 1] == "zo" and doc.tokens[index - 2].text == ","
    after_quote = (  # "„...”, vat/NOUN adviseur Hellings het samen": the trailing cue's place
        index > 1 and doc.tokens[index - 1].text == "," and _closes_quote(doc, index - 2)
    )
    rooted = (  # "Het OM ontkent/NOUN dat ...": the parser makes it the clause's head anyway
        token.deprel == "root"
        and any(  # a subject before it, so no imperative ("Dus stel dat de politie ...")
            doc.tokens[i].upos in ("NOUN", "PROPN", "PRON") for i in range(first, index)
        )
        and index + 1 < stop
        and doc.lower[index + 1] == "dat"
        and doc.tokens[index + 1].upos == "SCONJ"
    )
    before_article = index + 1 < stop and doc.tokens[index + 1].upos in ("DET", "PRON")
    participle = index + 1 < stop and doc.tokens[index + 1].feats.get("VerbForm") == "Part"
    # "acht/NUM de kans groot dat", "Het OM acht/NUM bewezen dat": the verb, not the number
    numeral_verb = word == "acht" and token.upos == "NUM" and (before_article or participle)
    between = 0 < index < stop - 1 and doc.tokens[index - 1].upos in ("NOUN", "PROPN")
    plural_verb = (  # "Koreaanse media berichten/NOUN dat": a verb between subject and clause
        between
        and word.endswith("en")
        and doc.lower[index + 1] in ("dat", "of")
        and lexicon.simple_verb(word, word)
    )
    if nominal and not (
        second
        or after_zo
        or after_quote
        or rooted
        or numeral_verb
        or plural_verb
        or word.endswith("end")
        or _inverted_past_tense(doc, lexicon, index)
    ):  # "eraan toevoegend/NOUN", "bepaalde/ADP de rechtbank", ", zo benadrukt/ADJ het PBL"
        return None
    if index > 0 and doc.lower[index - 1] == "te" and not _reporting_infinitive(doc, index - 1):
        return None  # "weigerde te zeggen dat": the speech verb is governed by another one
    if token.deprel == "case" or (word == "gezien" and index > 0 and doc.punct(index - 1)):
        return None  # "vond het raadzaam, gezien het dossier, ...": a preposition here
    if _describes_next(doc, index, stop):
        return None  # "de eerder genoemde werklozen": a participle describing a noun
    if _comparison(doc, index, stop):
        return None  # "beter dan verwacht", "zoals gezegd,": no one speaks
    if index > 0 and token.upos not in ("VERB", "AUX") and _after_article(doc, lexicon, index):
        return None  # "het antwoord", "een bericht", "in bepaalde steden": no verb
    if index > 1 and doc.lower[index - 1] == "te":  # "duidelijk te maken dat"
        for split in lexicon.split_verbs(word, lemma):
            at = index - 1 - len(split.particle)
            if at >= 0 and _words_match(doc, at, split.particle, stop):
                if split.kind == "not":
                    return None
                return _Cue(at, index, index, split.lemma, kind=split.kind)
    verb = lexicon.joined_verb(word, lemma)
    if verb is not None:
        if verb.kind == "not":
            return None
        first = index - 1 if index > 0 and doc.lower[index - 1] in _PARTICLE_GAP else index
        return _Cue(first, index, index, verb.lemma, kind=verb.kind)
    for verb in lexicon.split_verbs(word, lemma):
        size = len(verb.particle)
        for at in range(index + 1, min(stop, index + _PARTICLE_WINDOW)):
            pointing = at + 1 < stop and doc.lower[at + 1] == verb.particle[0]  # "dat bekend"
            aside = doc.lower[at] in ("(", ")")  # "maakte het OM (Openbaar Ministerie) bekend"
            stopped = (doc.punct(at) and not aside) or (
                doc.lower[at] in ("dat", "of") and not pointing
            )
            if doc.lower[at] in _SUBORDINATORS:
                break  # "Dat deed hij nadat ... af te dwingen": another clause's particle
            if stopped:
                at = _closing_particle(doc, verb, at, stop) if doc.lower[at] == "," else -1
            if at < 0:
                break
            if _words_match(doc, at, verb.particle, stop) and _particle_ends(
                doc, verb, index, at, stop
            ):
                if verb.kind == "not":
                    return None  # "vond ... plaats", "zei ... af"
                gap = doc.lower[index + 1 : at]
                last = at + size - 1 if all(w in _PARTICLE_GAP for w in gap) else index
                return _Cue(index, last, index, verb.lemma, particle=at, size=size, kind=verb.kind)
            if stopped:
                break
    verb = lexicon.simple_verb(word, lemma)
    if verb is not None:
        return _Cue(index, index, index, verb.lemma, kind=verb.kind)
    return None


def _describes_next(doc: _Doc, index: int, stop: int) -> bool:
    """Tell a participle between an article and its noun ("de (eerder) genoemde werklozen").

    Not a past tense after a comma ("..., berekende/amod The New York Times").
    """
    if doc.heads[index] != index + 1 or not _attributive(doc, index, stop):
        return False
    return any(doc.lower[i] in _DETERMINERS for i in range(max(0, index - 2), index))


def _comparison(doc: _Doc, index: int, stop: int) -> bool:
    """Tell a verb that ends a comparison: "succesvoller dan verwacht", "Zoals gezegd, ..."."""
    if index < 1:
        return False
    if doc.lower[index - 1] == "zoals":
        return index + 1 >= stop or doc.punct(index + 1)
    if doc.lower[index - 1] != "dan" or index < 2:
        return False
    before = doc.lower[index - 2]
    return before in ("meer", "minder", "eerder", "later") or (
        before.endswith("er") and doc.tokens[index - 2].upos in ("ADJ", "ADV", "VERB")
    )


def _closing_particle(doc: _Doc, verb: SpeechVerb, comma: int, stop: int) -> int:
    """Index of a particle that closes the unit past an apposition, else -1.

    "..., zo maakte de voorzitter, Jean-Claude Juncker, vanochtend bekend."
    """
    end = stop
    while end > comma and doc.punct(end - 1):
        end -= 1
    at = end - len(verb.particle)
    if not comma < at <= comma + _APPOSITION_REACH or not _words_match(
        doc, at, verb.particle, stop
    ):
        return -1
    if any(doc.lower[i] in ("dat", "of") or doc.quoted(i) is not None for i in range(comma, at)):
        return -1
    return at


def _inverted_past_tense(doc: _Doc, lexicon: QuoteLexicon, index: int) -> bool:
    """Tell a mistagged verb before its subject ("bepaalde/ADP de rechtbank dat").

    A past tense anywhere, any inflected form right after a comma (", bezwoer/NOUN Vedder").
    """
    word, following = doc.lower[index], index + 1
    past = word.endswith(("de", "te", "den", "ten"))
    after_comma = index > 0 and doc.lower[index - 1] == ","
    if not (past or after_comma) or following >= len(doc.tokens):
        return False
    verbs = (lexicon.simple_verb(word, word), *lexicon.split_verbs(word, word))
    if not any(
        v is not None and v.kind != "not" and word in (v.forms[1:] if past else _finite_forms(v))
        for v in verbs
    ):
        return False
    if index > 0 and (doc.lower[index - 1] in _PREPOSITIONS or doc.lower[index - 1] in _ARTICLES):
        return False  # "in bepaalde steden", "de bepaalde"
    subject = doc.lower[following] in ("de", "het") or doc.lower[following] in _SUBJECT_PRONOUNS
    return subject or following in doc.in_entity


def _finite_forms(verb: SpeechVerb) -> tuple[str, ...]:
    """The inflected forms of a verb, its stem too when that is the third person ("verzucht")."""
    return verb.forms if verb.forms[0].endswith(("t", "d")) else verb.forms[1:]


def _after_article(doc: _Doc, lexicon: QuoteLexicon, index: int) -> bool:
    """Tell a noun after an article or preposition ("het bericht") from a verb ("het zei")."""
    before, word = doc.lower[index - 1], doc.lower[index]
    if before in _PREPOSITIONS or (before in _ARTICLES and before != "het"):
        return True
    if before != "het":
        return False
    verb = lexicon.simple_verb(word, doc.lemma(index))  # "het antwoord" but "het verwoordde"
    return verb is not None and word in (verb.lemma, verb.forms[0])


def _particle_ends(doc: _Doc, verb: SpeechVerb, index: int, at: int, stop: int) -> bool:
    """Tell a separated particle ("gaf aan dat") from a preposition ("aan Piet")."""
    if verb.particle[-1] not in _PREPOSITIONS:
        return True
    after = at + len(verb.particle)
    if after >= stop or doc.punct(after) or doc.tokens[after].upos in ("VERB", "AUX"):
        return True
    if doc.lower[after] in _PARTICLE_FOLLOWERS or doc.lower[after] in _PREPOSITIONS:
        return True  # "legde uit aan The Guardian": a preposition has no noun phrase
    if _te_infinitive_at(doc, after, stop):
        return True  # "gaf aan sneller te zijn"
    return verb.kind != "not" and _governed_te_clause(doc, index, after, stop)


def _governed_te_clause(doc: _Doc, verb: int, first: int, stop: int) -> bool:
    """Tell "gaf aan vrienden te blijven" (the particle, a clause after it) from "aan Piet".

    A ``te``-infinitive further on whose verb the parser hangs from the speech verb makes the
    word a particle, though the parser read it as a preposition of the noun after it. Not for
    a verb that is no speech: "zegt op Instagram trots te zijn" is "zeggen", not "opzeggen".
    """
    for index in range(first, stop - 1):
        if doc.lower[index] in ("dat", "of", "om") or doc.tokens[index].text in ",;:.":
            return False
        if doc.lower[index] == "te" and doc.tokens[index + 1].upos in ("VERB", "AUX"):
            infinitive = doc.heads[index]
            return infinitive is not None and doc.heads[infinitive] == verb
    return False


def _te_infinitive_at(doc: _Doc, first: int, stop: int) -> bool:
    """Tell a short ``te``-infinitive clause opening at token ``first`` ("sneller te zijn")."""
    for index in range(first, min(stop - 1, first + _TE_REACH)):
        if doc.punct(index) or doc.tokens[index].upos in ("NOUN", "PROPN", "DET"):
            return False  # "gaf het boek aan zijn broer": a noun phrase follows, no clause
        if doc.lower[index] == "te" and doc.tokens[index + 1].upos in ("VERB", "AUX"):
            return True
    return False


def _cue_span(doc: _Doc, cue: _Cue) -> Range:
    return doc.chars(cue.first, cue.last + 1)


def _is_participle(doc: _Doc, cue: _Cue) -> bool:
    """Tell a present participle ("eraan toevoegend") from a past one ending alike ("berekend").

    A present participle is the infinitive's stem with "-end": "toevoeg|end" of "toevoegen",
    not "berek|end" of "berekenen".
    """
    word = doc.lower[cue.verb]
    lemma = cue.lemma.replace("+", "").replace("_", "")
    return cue.is_verb and word.endswith("end") and lemma.endswith(word[:-3] + "en")
