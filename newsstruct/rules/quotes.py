"""Reported speech in Dutch news: direct, partial and indirect quotes, speaker, cue, medium."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise
from typing import Final

from newsstruct.backends.base import Annotation, Token
from newsstruct.lexicon import load_lines
from newsstruct.rules.quotemarks import BlockLike, QuotedSpan, find_quoted_spans

__all__ = ["QuoteFinding", "QuoteLexicon", "SpeechVerb", "find_quotes"]

Range = tuple[int, int]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Closed-class Dutch words the rules need; grammar, not vocabulary, so they live here.
_SUBJECT_PRONOUNS: Final = _words("ik jij je hij zij ze wij we jullie u men")
_OBJECT_PRONOUNS: Final = _words("mij me jou hem haar hen hun ons")
_DETERMINERS: Final = _words(
    "de het een die dat deze dit zijn haar hun mijn onze ons jouw uw elke ieder iedere alle "
    "enkele sommige beide veel vele weinig geen diens wiens"
)
_PREPOSITIONS: Final = _words(
    "op in tegen bij aan met voor na naar over uit door om onder tijdens sinds via volgens tot "
    "zonder vanuit binnen buiten achter naast tussen rond rondom namens jegens vanaf"
)
_CONJUNCTIONS: Final = _words(
    "en of maar want dat omdat als terwijl toen dan noch doch zodat nadat voordat hoewel "
    "zoals indien wanneer"
)
_ADVERBS: Final = _words(
    "gisteren vandaag morgen eerder later ook nog al nu daarna dus echter wel niet nooit zelf "
    "vaak altijd eens inmiddels intussen vanochtend vanmiddag vanavond vannacht eerst "
    "vervolgens daarom namelijk bovendien tevens verder opnieuw nogmaals meteen direct zo er "
    "eraan erbij ervan daar hier toen dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "maandag vorige afgelopen komende onlangs recent zelfs alleen slechts net pas nog "
    "eveneens evenwel toch steeds telkens herhaaldelijk destijds ooit gisteravond gisterochtend "
    "gistermiddag vanmorgen zojuist kortgeleden daarnaast ondertussen immers overigens "
    "wellicht misschien waarschijnlijk uiteindelijk vorig eerst desondanks daarentegen "
    "niettemin nochtans althans trouwens eigenlijk blijkbaar kennelijk"
)
_AUXILIARIES: Final = _words(
    "is was zijn waren ben bent heeft hebben had hadden heb hebt wordt worden werd werden "
    "zal zullen zou zouden kan kunnen kon konden moet moeten moest moesten wil willen wilde "
    "wilden mag mogen mocht mochten"
)
_TE_VERBS: Final = _words(
    "zeggen verklaren beweren stellen melden vertellen erkennen toegeven menen denken "
    "vrezen verwachten wetenlaten verwijten ontkennen beloven"
)
_PARTICLE_FOLLOWERS: Final = _words("dat of te om en maar want omdat hoe wat waarom wie")
_SURNAME_PARTICLES: Final = _words("van de der den ter ten te 't")
_TOPIC_PREPS: Final = _words("tegen over aan op na voor bij met in")
_QUESTION_WORDS: Final = _words("wat wie waarom hoe hoeveel welke waar wanneer")
_POSSESSIVES: Final = _words("zijn haar hun")
_ARTICLES: Final = _words("de het een dit deze mijn zijn haar onze hun jouw uw elk elke geen")
_NEGATIONS: Final = _words("niet nooit geen allerminst nergens niemand")
_HYPOTHETICAL: Final = _words("als indien wanneer mocht tenzij wie")
_RELATIVES: Final = _words("die dat wie")
_SUBORDINATORS: Final = _words(
    "omdat dat als terwijl toen nadat voordat hoewel zoals indien wanneer zodat waarop "
    "waarna doordat"
)
_PARTICLE_GAP: Final = _words("eraan er ervan erbij daaraan")
_TEMPORAL_REPORT: Final = _words("dat dit zo")  # "Dat zei X." / "Zo zei X."
_CLAUSE_CUTTERS: Final = _words("want terwijl")
_TIME_NOUNS: Final = _words(
    "week maand jaar dag ochtend middag avond nacht weekend eeuw keer tijd periode seizoen"
)
_INTENT: Final = _words("zal zullen wil willen wilde wilden gaat gaan ging gingen")
_OF_VERBS: Final = _words("afvragen twijfelen betwijfelen")
_SO_THAT: Final = _words("zo zo'n zo’n zodanig dusdanig zoveel zulke zulk zozeer")
_OBJECT_DAT: Final = _words("niet ook wel nooit zelf")  # "zei dat niet": "dat" is the object
_COORDINATORS: Final = _words("maar en dus")
_LEADERS: Final = _ADVERBS | _COORDINATORS | {"want", "of"}  # may open a clause before its subject
_NON_NP_UPOS: Final = _words("PUNCT VERB AUX ADP SCONJ CCONJ ADV PART INTJ SYM")
_SENTENCE_END: Final = frozenset(".!?…")
_MARK_CHARS: Final = frozenset("„“”\"‘’',")
_NOT_SPEAKER_HEADLINE: Final = _words(
    "live update video column kijk lees foto opinie analyse interview recensie breaking "
    "liveblog podcast quiz reconstructie"
)
_MEDIUM_PREPOSITIONS: Final = _words("op via tegen aan in bij")
_INTERVIEW_WITH: Final = (("een", "interview", "met"), ("een", "gesprek", "met"))
_MIN_CLAIM_TOKENS: Final = 2
_MAX_HEADLINE_SPEAKER: Final = 6
_COMPLEMENTIZER_WINDOW: Final = 30
_PARTICLE_WINDOW: Final = 24


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


# --------------------------------------------------------------------------- the token view


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
    kind: str = "speech"  # "speech", "cognition", or for a pattern "named"/"anonymous"


@dataclass(frozen=True, slots=True)
class _WholeText:
    start: int
    end: int
    kind: str


@dataclass(slots=True)
class _Attribution:
    cue: Range | None = None
    speaker: Range | None = None
    medium: Range | None = None


class _Doc:
    """Tokens of the whole text with units (sentences cut at paragraph ends) and entities."""

    def __init__(self, annotation: Annotation, blocks: Sequence[BlockLike]) -> None:
        self.text = annotation.text
        self.blocks = blocks
        self.tokens: list[Token] = []
        self.heads: list[int | None] = []
        starts: set[int] = set()
        for sentence in annotation.sentences:
            base = len(self.tokens)
            starts.add(base)
            for token in sentence.tokens:
                self.tokens.append(token)
                self.heads.append(None if token.head is None else base + token.head)
        self.has_parse = any(head is not None for head in self.heads)
        self.lower = [token.text.lower() for token in self.tokens]
        self._block_starts = [block.start for block in blocks]
        self.block_of = [self.block_at(token.start) for token in self.tokens]
        for index in range(1, len(self.tokens)):
            if self.block_of[index] != self.block_of[index - 1] or self._ends_after_quote(index):
                starts.add(index)
            elif index in starts and self._split_mid_sentence(index):
                starts.discard(index)
        bounds = sorted(starts | {len(self.tokens)})
        self.units = [(a, b) for a, b in pairwise(bounds) if a < b]
        self.unit_of = [0] * len(self.tokens)
        for number, (a, b) in enumerate(self.units):
            for index in range(a, b):
                self.unit_of[index] = number
        self.entity_end: dict[int, int] = {}  # first token -> last token of a mention
        self.entity_label: dict[int, str] = {}
        self.in_entity: dict[int, int] = {}  # token -> first token of its mention
        self._ends = [token.end for token in self.tokens]
        for mention in annotation.entities:
            first = bisect_right(self._ends, mention.start)
            covered = []
            while first < len(self.tokens) and self.tokens[first].start < mention.end:
                covered.append(first)
                first += 1
            if covered:
                self.entity_end[covered[0]] = covered[-1]
                self.entity_label[covered[0]] = mention.label
                for index in covered:
                    self.in_entity[index] = covered[0]
        self.spans: list[QuotedSpan] = []
        self._quote_of: list[QuotedSpan | None] = [None] * len(self.tokens)

    def block_at(self, offset: int) -> int:
        """Return the index of the block that holds ``offset`` (the one before, between)."""
        return max(bisect_right(self._block_starts, offset) - 1, 0)

    def _ends_after_quote(self, index: int) -> bool:
        """Tell whether a sentence starts here that a backend may miss (``.” Hij``)."""
        previous = self.tokens[index - 1].text
        before = self.tokens[index - 2].text if index > 1 else ""
        word = self.tokens[index].text
        closing = bool(previous) and all(ch in _MARK_CHARS for ch in previous)
        return closing and before[-1:] in _SENTENCE_END and word[:1].isupper()

    def _split_mid_sentence(self, index: int) -> bool:
        """Tell a backend's sentence split inside a sentence (``... dat Loekasjenko | “met``)."""
        previous = self.tokens[index - 1].text
        if previous[-1:] in _SENTENCE_END or previous[-1:] in ":;":
            return False
        closing = all(ch in _MARK_CHARS for ch in previous) and index > 1
        if closing and self.tokens[index - 2].text[-1:] in _SENTENCE_END:
            return False  # "... iedereen.” | Hij"
        following = next(
            (t.text for t in self.tokens[index : index + 3] if any(c.isalnum() for c in t.text)),
            "",
        )
        return following[:1].islower()

    def punct(self, index: int) -> bool:
        return self.tokens[index].upos == "PUNCT" or not any(
            ch.isalnum() for ch in self.tokens[index].text
        )

    def lemma(self, index: int) -> str:
        return self.tokens[index].lemma.lower().replace("_", "").replace("|", "")

    def set_spans(self, spans: list[QuotedSpan]) -> None:
        """Record the quoted stretches and which token lies in which."""
        self.spans = spans
        self._quote_of = [None] * len(self.tokens)
        for span in spans:
            first = self.token_at(span.open)
            index = len(self.tokens) if first is None else first
            while index < len(self.tokens) and self.tokens[index].start < span.close:
                token = self.tokens[index]
                if span.open <= token.start and token.end <= span.close:
                    self._quote_of[index] = span
                index += 1

    def quoted(self, index: int) -> QuotedSpan | None:
        return self._quote_of[index]

    def token_at(self, offset: int) -> int | None:
        """Return the first token that ends after ``offset``."""
        index = bisect_right(self._ends, offset)
        return index if index < len(self.tokens) else None

    def chars(self, first: int, stop: int) -> Range:
        return self.tokens[first].start, self.tokens[stop - 1].end


# --------------------------------------------------------------------------- noun phrases


def _is_pronoun(doc: _Doc, index: int) -> bool:
    word = doc.lower[index]
    if word in ("haar", "hun") and index + 1 < len(doc.tokens):  # "haar agent": possessive
        following = index + 1
        closed = _PREPOSITIONS | _CONJUNCTIONS | _ADVERBS | _AUXILIARIES
        if not doc.punct(following) and doc.lower[following] not in closed:
            return doc.tokens[following].upos in ("VERB", "AUX")
    if word in _SUBJECT_PRONOUNS or word in _OBJECT_PRONOUNS:
        return True
    return doc.tokens[index].upos == "PRON" and word not in _DETERMINERS


def _np_after(
    doc: _Doc, first: int, stop: int, *, with_of: bool = True, depth: int = 0
) -> Range | None:
    """Return the noun phrase starting at token ``first`` (a token range), or None.

    One "van" phrase is taken in ("een woordvoerder van de politie"), two when the first
    ends in a common noun ("onderzoek van de universiteit van Amsterdam").
    """
    if first >= stop:
        return None
    if _is_pronoun(doc, first):
        return first, first + 1
    index, head = first, False
    while index < stop:
        if index in doc.entity_end and doc.entity_label.get(index) != "MISC":
            last = _name_end(doc, min(doc.entity_end[index], stop - 1), stop)
            return first, last + 1  # a name ends the phrase
        word, upos = doc.lower[index], doc.tokens[index].upos
        if _name_particle(doc, index, stop):
            head = True  # "Van Duijn", "De Jonge", "Van der Gragt" inside a sentence
            index += 2 if doc.lower[index + 1] in ("der", "den", "de", "la", "ter") else 1
            continue
        if word == "van":
            if not (head and with_of):
                break
            tail = _np_after(doc, index + 1, stop, with_of=depth < 1, depth=depth + 1)
            if tail is None:
                return first, index
            after = tail[1]  # "de minister van Buitenlandse Zaken Ahmet Davutoglu"
            if after < stop and after in doc.entity_end and doc.entity_label[after] == "PER":
                return first, _name_end(doc, doc.entity_end[after], stop) + 1
            return first, tail[1]
        if doc.punct(index) or word in _PREPOSITIONS or word in _CONJUNCTIONS:
            break
        if not head and _possessive(doc, index):
            index += 1  # "zijn raadadviseur": "zijn" is no verb here
            continue
        if word in _ADVERBS or word in _AUXILIARIES or _is_pronoun(doc, index):
            break
        if word in _DETERMINERS:
            if head:
                break
        elif upos in _NON_NP_UPOS or (head and upos == "ADJ"):
            break
        else:
            head = True
        index += 1
    return (first, index) if head else None


def _name_end(doc: _Doc, last: int, stop: int) -> int:
    """Extend a name over a surname particle the entity tagger left out ("Tony | van Dijck")."""
    index = last + 1
    while index < stop and doc.lower[index] in _SURNAME_PARTICLES:
        index += 1
    if index > last + 1 and index < stop and doc.tokens[index].text[:1].isupper():
        return index
    return last


def _possessive(doc: _Doc, index: int) -> bool:
    """Tell "zijn"/"haar"/"hun" before a noun from a verb or a pronoun."""
    if doc.lower[index] not in _POSSESSIVES or index + 1 >= len(doc.tokens):
        return False
    following = index + 1
    closed = _PREPOSITIONS | _CONJUNCTIONS | _ADVERBS | _AUXILIARIES
    if doc.punct(following) or doc.lower[following] in closed:
        return False
    return doc.tokens[following].upos not in ("VERB", "AUX", "ADP")


def _name_particle(doc: _Doc, index: int, stop: int) -> bool:
    """Tell a capitalised "Van"/"De"/"Ter" opening a surname from a preposition or article."""
    text = doc.tokens[index].text
    if text not in ("Van", "De", "Den", "Der", "Ter", "Ten", "Le", "La", "Di"):
        return False
    if doc.units[doc.unit_of[index]][0] == index or index + 1 >= stop:
        return False
    following = index + 1
    if doc.lower[following] in ("der", "den", "de", "la", "ter") and following + 1 < stop:
        following += 1  # "Van der Gragt", "De la Rúa"
    return doc.tokens[following].text[:1].isupper()


def _np_before(doc: _Doc, stop: int, floor: int) -> Range | None:
    """Return the noun phrase ending just before token ``stop`` (a token range), or None."""
    index = stop - 1
    if index < floor:
        return None
    if _is_pronoun(doc, index):
        return index, stop
    head = False
    while index >= floor:
        if index in doc.in_entity:
            index = doc.in_entity[index] - 1
            head = True
            continue
        word, upos = doc.lower[index], doc.tokens[index].upos
        if word == "van" and head and index > floor and not doc.punct(index - 1):
            index -= 1
            continue
        if doc.punct(index) or word in _PREPOSITIONS or word in _CONJUNCTIONS:
            break
        if head and word in _POSSESSIVES:
            index -= 1  # "Zijn raadadviseur schrijft"
            continue
        if word in _ADVERBS or word in _AUXILIARIES or _is_pronoun(doc, index):
            break
        if word not in _DETERMINERS:
            if upos in _NON_NP_UPOS:
                break
            head = True
        index -= 1
    return (index + 1, stop) if head else None


def _label(doc: _Doc, index: int) -> str | None:
    """Return the entity label of the mention that token ``index`` lies in, if any."""
    start = doc.in_entity.get(index)
    return None if start is None else doc.entity_label.get(start)


def _speaker_span(doc: _Doc, phrase: Range) -> Range:
    """Return the speaker mention of a noun phrase: its name when it is a titled name."""
    first, stop = phrase
    names = [i for i in range(first, stop) if i in doc.entity_end and doc.entity_end[i] < stop]
    led = bool(names) and all(doc.lower[i] in _DETERMINERS for i in range(first, names[0]))
    if led and names[0] > first and doc.entity_end[names[0]] == names[0]:
        return doc.chars(first, stop)  # "de Zeeuw", "het Statenlid": a role, not a name
    person = [i for i in names if doc.entity_label[i] == "PER"]
    if person and _name_end(doc, doc.entity_end[person[-1]], stop) == stop - 1:
        pick = person[-1]  # "de Turkse minister van Buitenlandse Zaken Ahmet Davutoglu"
        return doc.chars(pick, stop)
    if "van" not in doc.lower[first:stop]:
        strong = [i for i in names if doc.entity_label[i] in ("PER", "ORG")]
        final = [i for i in names if doc.entity_end[i] == stop - 1]  # "de krant De Telegraaf"
        if strong or final:
            pick = (strong or final)[-1]
            return doc.chars(pick, _name_end(doc, doc.entity_end[pick], stop) + 1)
    return doc.chars(first, stop)


# --------------------------------------------------------------------------- cues


def _words_match(doc: _Doc, index: int, words: Sequence[str], stop: int) -> bool:
    if index + len(words) > stop:
        return False
    return all(doc.lower[index + k] == word for k, word in enumerate(words))


def _cue_at(doc: _Doc, lexicon: QuoteLexicon, index: int, stop: int) -> _Cue | None:
    """Match a speech verb or multiword cue at token ``index`` (``stop``: unit end)."""
    for words in lexicon.cues:
        clause = words[0] == "{clause}"
        pattern = words[1:] if clause else words
        named = "{s}" in pattern
        split = pattern.index("{s}") if named else len(pattern)
        prefix = tuple(word for word in pattern[:split] if word != "{-}")
        suffix = pattern[split + 1 :]
        if not prefix or not _words_match(doc, index, prefix, stop):
            continue
        if any(_words_match(doc, index, bad, stop) for bad in lexicon.not_cues):
            return None
        kind = "named" if named else "anonymous" if "{-}" in pattern else "subject"
        at = index + len(prefix)
        if suffix:  # "uit {S} blijkt": the cue is what follows the speaker
            ends = (
                j for j in range(at + 1, min(stop, at + 12)) if _words_match(doc, j, suffix, stop)
            )
            end = next(ends, None)
            phrase = None if end is None else _np_after(doc, at, end)
            if phrase is None or end is None:
                continue
            if any(_breaks_phrase(doc, i) for i in range(phrase[1], end)):
                continue  # "uit een gesprek met diplomaten bleek": no clause may stand between
            if clause and not _source_like(doc, phrase):
                continue  # "wat brexit betreft": a topic, not a source
            last = end + len(suffix) - 1
            begin = index if clause else end  # "wat hem betreft" is one cue
            return _Cue(begin, last, end, suffix[0], at, False, kind=kind, clause=clause)
        speaker_at = at if named else None
        return _Cue(index, at - 1, index, prefix[0], speaker_at, False, kind=kind, clause=clause)
    return _verb_at(doc, lexicon, index, stop)


def _breaks_phrase(doc: _Doc, index: int) -> bool:
    word = doc.lower[index]
    return doc.punct(index) or word in _CONJUNCTIONS or doc.tokens[index].upos in ("VERB", "AUX")


def _source_like(doc: _Doc, phrase: Range) -> bool:
    """Tell whether a noun phrase can be a source: a pronoun, a name or a person."""
    if phrase[1] - phrase[0] == 1 and _is_pronoun(doc, phrase[0]):
        return True
    return any(_label(doc, i) in ("PER", "ORG") for i in range(*phrase))


def _verb_at(doc: _Doc, lexicon: QuoteLexicon, index: int, stop: int) -> _Cue | None:
    token, word, lemma = doc.tokens[index], doc.lower[index], doc.lemma(index)
    nominal = token.upos in ("NOUN", "PROPN", "DET", "ADP", "PRON", "NUM", "PUNCT", "ADJ")
    first = doc.units[doc.unit_of[index]][0]
    second = index == first + 1 and doc.lower[first] in _TEMPORAL_REPORT  # "Dat berichten X"
    if nominal and not second and not word.endswith("end"):  # "eraan toevoegend/NOUN"
        return None
    if index > 0 and doc.lower[index - 1] == "te":
        return None  # "weigerde te zeggen dat": the speech verb is governed by another one
    if index > 0 and token.upos not in ("VERB", "AUX") and _after_article(doc, lexicon, index):
        return None  # "het antwoord", "een bericht", "in bepaalde steden": no verb
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
            if doc.punct(at) or (doc.lower[at] in ("dat", "of") and not pointing):
                break
            if _words_match(doc, at, verb.particle, stop) and _particle_ends(doc, verb, at, stop):
                if verb.kind == "not":
                    return None  # "vond ... plaats", "zei ... af"
                gap = doc.lower[index + 1 : at]
                last = at + size - 1 if all(w in _PARTICLE_GAP for w in gap) else index
                return _Cue(index, last, index, verb.lemma, particle=at, size=size, kind=verb.kind)
    verb = lexicon.simple_verb(word, lemma)
    if verb is not None:
        return _Cue(index, index, index, verb.lemma, kind=verb.kind)
    return None


def _after_article(doc: _Doc, lexicon: QuoteLexicon, index: int) -> bool:
    """Tell a noun after an article or preposition ("het bericht") from a verb ("het zei")."""
    before, word = doc.lower[index - 1], doc.lower[index]
    if before in _PREPOSITIONS or (before in _ARTICLES and before != "het"):
        return True
    if before != "het":
        return False
    verb = lexicon.simple_verb(word, doc.lemma(index))  # "het antwoord" but "het verwoordde"
    return verb is not None and word in (verb.lemma, verb.forms[0])


def _particle_ends(doc: _Doc, verb: SpeechVerb, at: int, stop: int) -> bool:
    """Tell a separated particle ("gaf aan dat") from a preposition ("aan Piet")."""
    if verb.particle[-1] not in _PREPOSITIONS:
        return True
    after = at + len(verb.particle)
    if after >= stop or doc.punct(after) or doc.tokens[after].upos in ("VERB", "AUX"):
        return True
    return doc.lower[after] in _PARTICLE_FOLLOWERS


def _cue_span(doc: _Doc, cue: _Cue) -> Range:
    return doc.chars(cue.first, cue.last + 1)


def _is_participle(doc: _Doc, cue: _Cue) -> bool:
    return cue.is_verb and doc.lower[cue.verb].endswith("end")


def _subject(doc: _Doc, cue: _Cue, unit: Range, lexicon: QuoteLexicon) -> Range | None:
    """Find the speaker's token range for a cue: its subject, or for "citeren" its object."""
    first, stop = unit
    if not cue.is_verb:
        if cue.speaker_at is not None:
            return _np_after(doc, cue.speaker_at, cue.verb if cue.verb > cue.speaker_at else stop)
        if cue.kind == "anonymous":
            return None
        while first < stop and doc.lower[first] in _LEADERS:
            first += 1  # "Maar hij is naar eigen zeggen ..."
        return _np_after(doc, first, stop)
    if _is_participle(doc, cue):
        for index in range(cue.first - 1, first - 1, -1):
            earlier = _cue_at(doc, lexicon, index, stop) if doc.quoted(index) is None else None
            if earlier is not None and not _is_participle(doc, earlier):
                return _subject(doc, earlier, unit, lexicon)
        return _np_after(doc, first, stop)
    anchor = cue.verb
    for index in range(cue.verb - 1, max(first, cue.verb - 6) - 1, -1):
        if doc.punct(index) or not _non_finite(doc, lexicon, cue.verb):
            break
        if doc.lower[index] in _AUXILIARIES:
            anchor = index  # "heeft hij gezegd": the finite auxiliary takes the verb's place
            break
    clause = first
    for index in range(anchor - 1, first - 1, -1):
        if doc.punct(index):
            clause = index + 1
            break
    if anchor - 2 >= first and doc.lower[anchor - 1] in _RELATIVES:
        comma = anchor - 2 if doc.tokens[anchor - 2].text == "," else anchor - 1
        antecedent = _np_before(doc, comma, first)  # "(,) die zei dat": the antecedent speaks
        place = antecedent is not None and _label(doc, antecedent[1] - 1) == "LOC"
        if antecedent is not None and not place:
            return antecedent
    before = _np_before(doc, anchor, clause)
    if before is not None and doc.lower[before[1] - 1] in _TIME_NOUNS:
        before = None  # "Eerder deze maand vertelde Kate ...": a time, not the subject
    if before is not None and doc.lower[before[0]] in _QUESTION_WORDS:
        before = None  # "En wat vindt hij ervan": "wat" is the object
    if before is not None and doc.lower[before[0]] in _SUBJECT_PRONOUNS:
        return before  # "... Hij voegde eraan toe": a subject pronoun right before the verb
    if before is not None and (
        all(doc.lower[i] in _LEADERS for i in range(clause, before[0]))  # "Ook Heerma vindt"
        or doc.lower[before[0] - 1] in _SUBORDINATORS
    ):
        return before
    if anchor - 1 == clause and doc.lower[clause] in ("die", "deze"):
        return clause, anchor  # "Die zei ...": a demonstrative subject
    after = _inverted_subject(doc, cue, anchor, stop)
    if after is not None:
        if cue.lemma == "citeren":
            quoted = _np_after(doc, after[1], stop)
            if quoted is not None:
                return quoted
        return after
    if anchor - 1 > first and doc.tokens[anchor - 1].text == ",":
        opening = max(
            (i for i in range(first, anchor - 1) if doc.tokens[i].text == ","), default=None
        )
        subject = None if opening is None else _np_before(doc, opening, first)
        if subject is not None and subject[0] == first:
            return subject  # "Het bedrijf Beam, waartoe Jim Beam hoort, zei dat ..."
    if anchor > first and doc.lower[anchor - 1] in ("en", "maar", "of"):
        return _np_after(doc, first, stop)  # "Tsepkalo blijft ... en waarschuwt dat"
    parsed = _parsed_subject(doc, cue.verb, unit)
    if parsed is not None:
        return parsed
    for index in range(anchor - 1, clause - 1, -1):  # "nadat Bettens zaterdag bekendmaakte"
        if doc.lower[index] in _SUBORDINATORS:
            return _np_after(doc, index + 1, anchor)
    return None


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
    if cue.first <= index <= cue.last:
        index = cue.last + 1  # past the cue's own words ("voegde eraan toe")
    if cue.particle is not None and cue.particle > index:
        stop = cue.particle  # "maakte de gemeente bekend": the particle ends the subject
    if cue.first > index:
        stop = min(stop, cue.first)  # "heeft haar agent bekendgemaakt": the verb ends it
    return _np_after(doc, index, stop)


def _time_phrase(doc: _Doc, index: int) -> bool:
    """Tell whether a determiner opens a time phrase ("deze week", "die avond")."""
    return doc.lower[index] in _DETERMINERS and doc.lower[index + 1] in _TIME_NOUNS


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
                return _np_before(doc, index + 1, first) or (index, index + 1)
    return None


def _medium(
    doc: _Doc, lexicon: QuoteLexicon, window: Range, near: int, skip: Sequence[Range] = ()
) -> Range | None:
    """Find the channel named in tokens ``window`` (nearest to token ``near``), as chars."""
    found: list[tuple[int, int, Range]] = []
    first, stop = window
    for index in range(first, stop):
        if doc.lower[index] not in _MEDIUM_PREPOSITIONS or doc.quoted(index) is not None:
            continue
        if any(a <= doc.tokens[index].start < b for a, b in skip):
            continue
        for words in _INTERVIEW_WITH:
            if _words_match(doc, index + 1, words, stop):
                phrase = _np_after(doc, index + 1 + len(words), stop)
                if phrase is not None:
                    found.append((0, abs(index - near), doc.chars(*phrase)))
        phrase = _np_after(doc, index + 1, stop)
        if phrase is None:
            continue
        for rank, entries in ((0, lexicon.media), (1, lexicon.weak_media)):
            last = _last_medium_word(doc, phrase, entries)
            if last is not None:
                found.append((rank, abs(index - near), doc.chars(phrase[0], last + 1)))
                break
    return min(found)[2] if found else None


def _last_medium_word(doc: _Doc, phrase: Range, entries: Sequence[tuple[str, ...]]) -> int | None:
    best = None
    for index in range(*phrase):
        for entry in entries:
            size = len(entry)
            words = [t.text for t in doc.tokens[index : index + size]]
            if index + size > phrase[1] or not _medium_matches(entry, words):
                continue
            last = index + size - 1
            if last in doc.in_entity:
                last = min(doc.entity_end[doc.in_entity[last]], phrase[1] - 1)
            best = last if best is None else max(best, last)
    return best


def _medium_matches(entry: tuple[str, ...], words: Sequence[str]) -> bool:
    if len(entry) == 1 and entry[0].islower():
        word = words[0].lower()
        return word == entry[0] or (len(entry[0]) >= 4 and word.endswith(entry[0]))
    if len(entry) == 1 and len(entry[0]) <= 2:
        return words[0] == entry[0]
    return [w.lower() for w in words] == [e.lower() for e in entry]


# --------------------------------------------------------------------------- indirect speech


def _negated(doc: _Doc, first: int, stop: int) -> bool:
    return any(doc.lower[i] in _NEGATIONS for i in range(first, stop))


def _clause_start(doc: _Doc, index: int, unit: Range) -> int:
    for at in range(index - 1, unit[0] - 1, -1):
        if doc.punct(at) and doc.tokens[at].text not in ("(", ")"):
            return at + 1
    return unit[0]


def _complementizer(doc: _Doc, lexicon: QuoteLexicon, cue: _Cue, stop: int) -> int | None:
    """Find the "dat"/"of" that opens the reported clause after a speech verb."""
    for index in range(cue.last + 1, min(stop, cue.last + _COMPLEMENTIZER_WINDOW)):
        token, word = doc.tokens[index], doc.lower[index]
        if cue.particle is not None and cue.particle <= index < cue.particle + cue.size:
            continue  # the verb's own particle ("maakte ... bekend dat")
        # "dat" right after the verb is the complementizer even when tagged as a pronoun,
        # unless it is an object itself ("zei dat niet", "zei dat ook").
        relative = token.upos == "PRON" and doc.tokens[index - 1].upos == "NOUN"
        if word == "dat" and relative:  # "over het moment dat hij ...": a relative clause
            return None
        if word == "dat" and any(doc.lower[i] in _SO_THAT for i in range(cue.last + 1, index)):
            return None  # "vonden het zo'n mooi verhaal dat ...": a result clause
        if word == "dat" and cue.particle == index + 1:
            return None  # "maakte dat bekend": "dat" points back to the previous sentence
        asks = cue.lemma in _OF_VERBS  # "vragen zich af of": "of" is the complementizer
        if word == "dat" or (
            word == "of" and (asks or token.upos != "CCONJ" or token.deprel == "mark")
        ):
            following = index + 1
            if following < stop and not doc.punct(following):
                return None if doc.lower[following] in _OBJECT_DAT else index
            return None
        if token.text in (":", ";") or token.text[:1] in _SENTENCE_END:
            return None
        if word in ("en", "maar"):
            return None  # "bepaalde het tempo en dat werd ...": a new clause, no report
        named = index in doc.in_entity or token.text[:1].isupper()  # "Tsepkalo/VERB": a name
        if doc.quoted(index) is not None or (token.upos in ("VERB", "AUX") and not named):
            return None
        if _cue_at(doc, lexicon, index, stop) is not None:
            return None
    return None


def _clause_end(doc: _Doc, lexicon: QuoteLexicon, first: int, stop: int) -> int:
    """Return one past the last token of the reported clause starting at token ``first``."""
    index = first
    while index < stop:
        text = doc.tokens[index].text
        if text == ";":
            break
        if text == ":" and index + 1 < stop and doc.quoted(index + 1) is not None:
            break
        if text == "," and index + 1 < stop:
            nxt = index + 2 if doc.lower[index + 1] == "zo" else index + 1
            if doc.lower[index + 1] in _CLAUSE_CUTTERS:
                break
            if doc.lower[index + 1] in _COORDINATORS and _main_clause_at(doc, index + 2, stop):
                break  # "..., maar de minister is het er niet mee eens"
            cue = _cue_at(doc, lexicon, nxt, stop) if nxt < stop else None
            if cue is not None and (
                not cue.is_verb or _inverted_subject(doc, cue, cue.verb, stop) is not None
            ):
                break  # "..., zo benadrukt ook het PBL"
        index += 1
    while index > first and doc.punct(index - 1) and not _closes_quote(doc, index - 1):
        index -= 1
    return index


def _main_clause_at(doc: _Doc, first: int, stop: int) -> bool:
    """Tell whether a subject and a finite verb start at token ``first``."""
    if doc.tokens[first].upos in ("VERB", "AUX") or doc.lower[first] in _QUESTION_WORDS:
        return True  # "..., maar krijgt amper bezoek", "..., maar hoeveel dat is, ..."
    if first < stop - 1 and doc.lower[first] in _ADVERBS:  # "..., maar daar ging het over"
        verb = first + 1
        return doc.lower[verb] in _AUXILIARIES or doc.tokens[verb].upos in ("VERB", "AUX")
    phrase = _np_after(doc, first, stop)
    if phrase is None or phrase[1] >= stop:
        return False
    verb = phrase[1]
    return doc.lower[verb] in _AUXILIARIES or doc.tokens[verb].upos in ("VERB", "AUX")


def _closes_quote(doc: _Doc, index: int) -> bool:
    span = doc.quoted(index)
    return span is not None and doc.tokens[index].end == span.close


def _attribution(
    doc: _Doc, lexicon: QuoteLexicon, cue: _Cue, unit: Range, content: Range | None
) -> _Attribution:
    phrase = _subject(doc, cue, unit, lexicon)
    if phrase is not None:
        phrase = _antecedent(doc, phrase)
    skip = [content] if content else []
    return _Attribution(
        cue=_cue_span(doc, cue),
        speaker=None if phrase is None else _speaker_span(doc, phrase),
        medium=_medium(doc, lexicon, unit, cue.verb, skip),
    )


def _antecedent(doc: _Doc, phrase: Range) -> Range:
    """Replace a sentence-initial "Die"/"Deze" with the person last named before it."""
    first = phrase[0]
    if phrase[1] - first != 1 or doc.lower[first] not in ("die", "deze"):
        return phrase
    if doc.units[doc.unit_of[first]][0] != first:
        return phrase
    for index in range(first - 1, max(first - 80, 0) - 1, -1):
        if doc.block_of[index] != doc.block_of[first]:
            break
        start = doc.in_entity.get(index)
        if start is not None and doc.entity_label.get(start) == "PER":
            return start, doc.entity_end[start] + 1
    return phrase


def _finding(doc: _Doc, kind: str, content: Range, attribution: _Attribution) -> QuoteFinding:
    block = doc.block_at(content[0])
    return QuoteFinding(
        kind,
        content[0],
        content[1],
        block,
        attribution.cue,
        attribution.speaker,
        attribution.medium,
    )


def _indirect(doc: _Doc, lexicon: QuoteLexicon) -> list[QuoteFinding]:
    found: list[QuoteFinding] = []
    for unit in doc.units:
        first, stop = unit
        if doc.blocks and doc.blocks[doc.block_of[first]].kind == "boilerplate":
            continue
        if doc.tokens[stop - 1].text == "?" and doc.quoted(stop - 1) is None:
            continue  # a question reports no statement ("En wat vindt hij ervan dat ...?")
        taken_until = first
        for index in range(first, stop):
            if index < taken_until or doc.quoted(index) is not None:
                continue
            cue = _cue_at(doc, lexicon, index, stop)
            if cue is None or cue.kind == "attribution":
                continue
            content = _reported(doc, lexicon, cue, unit)
            if content is None:
                continue
            clause = _clause_start(doc, cue.first, unit)
            if cue.is_verb and (
                _negated(doc, clause, cue.first)
                or _negated(doc, cue.last + 1, doc.token_at(content[0]) or cue.last + 1)
                or _hypothetical(doc, clause, cue.first)
                or _not_yet_said(doc, cue, clause)
            ):
                continue
            if any(q.cue is not None and content[0] <= q.cue[0] < content[1] for q in found):
                continue  # "Hij vindt dat ..., zo zegt hij": the inner report is the quote
            found.append(
                _finding(doc, "indirect", content, _attribution(doc, lexicon, cue, unit, content))
            )
            end_token = doc.token_at(content[1] - 1)
            taken_until = max(taken_until, (end_token or index) + 1, cue.last + 1)
    return found


def _reported(doc: _Doc, lexicon: QuoteLexicon, cue: _Cue, unit: Range) -> Range | None:
    """Return the reported content of a cue in its unit, as a char range, or None."""
    first, stop = unit
    if cue.clause:
        return _according_to(doc, lexicon, cue, unit)
    mark = _complementizer(doc, lexicon, cue, stop)
    if mark is not None:
        end = _clause_end(doc, lexicon, mark + 1, stop)
        return doc.chars(mark + 1, end) if end > mark + 1 else None
    if cue.first == first + 1 and doc.lower[first] in _TEMPORAL_REPORT:
        return _report_of_previous(doc, cue, unit)
    if _points_back(doc, cue, stop):  # "Ze maakte dat bekend in een interview."
        return _report_of_previous(doc, cue, unit)
    colon = _colon_after(doc, cue, stop)
    if colon is not None:  # "Maar, voegde ze eraan toe: dat hoefde niet te betekenen ..."
        end = _clause_end(doc, lexicon, colon + 1, stop)
        return doc.chars(colon + 1, end) if end - colon > _MIN_CLAIM_TOKENS else None
    infinitive = _te_clause(doc, lexicon, cue, unit)
    if infinitive is not None:
        return infinitive
    small = _small_clause(doc, lexicon, cue, unit)
    if small is not None:
        return small
    comma = cue.first - 1
    if comma > first and doc.lower[comma] == "zo":
        comma -= 1
    auxiliary = _auxiliary_inversion(doc, cue, first)
    if auxiliary is not None:  # "..., heeft haar agent bekendgemaakt."
        comma = auxiliary - 1
    if comma <= first or doc.tokens[comma].text != ",":
        return None
    if doc.quoted(first) is not None and doc.quoted(comma - 1) is not None:
        return None  # "„...”, zei hij": the attribution of a direct quote
    at = cue.speaker_at if cue.speaker_at is not None else cue.last + 1
    if cue.kind == "anonymous" or auxiliary is not None:
        pass  # "..., klinkt het op Twitter": no speaker named; "..., heeft X gemeld": before
    elif _np_after(doc, at, stop) is None and (
        not cue.is_verb or _inverted_subject(doc, cue, cue.verb, stop) is None
    ):
        return None
    if any(doc.tokens[i].text == "," for i in range(cue.last + 1, stop)):
        return None  # "Het plan, zei hij, is goed": a parenthetical, not a trailing cue
    begin = first
    if _cue_at(doc, lexicon, first, stop) is not None:
        return None  # the sentence opens with its own cue ("Volgens X, ...")
    begin = _last_main_clause(doc, first, comma)  # "..., maar [daar ging het beraad over], zo"
    if comma - begin < _MIN_CLAIM_TOKENS:
        return None
    if doc.lower[begin] in _PREPOSITIONS or doc.tokens[begin].upos == "ADP":
        return None  # "Door de lange wachtlijsten, stelde X voor ...": no claim, a phrase
    end = comma
    while end > begin and doc.punct(end - 1):
        end -= 1
    return doc.chars(begin, end)


def _auxiliary_inversion(doc: _Doc, cue: _Cue, first: int) -> int | None:
    """Find the auxiliary in "[claim], heeft haar agent bekendgemaakt" (its token index)."""
    for index in range(cue.first - 1, max(first, cue.first - 8) - 1, -1):
        if doc.punct(index):
            return None
        if doc.lower[index] in _AUXILIARIES and doc.tokens[index - 1].text == ",":
            subject = _np_after(doc, index + 1, cue.first)
            if subject is None:
                return None
            between = range(subject[1], cue.first)
            return index if all(doc.lower[i] in _ADVERBS for i in between) else None
    return None


def _hypothetical(doc: _Doc, clause: int, cue: int) -> bool:
    """Tell "(Behalve) als je aangeeft dat" from "zowel X als Y zeggen dat" (a comparison)."""
    for index in range(clause, cue):
        if doc.lower[index] not in _HYPOTHETICAL:
            continue
        leader = doc.lower[index - 1] in _LEADERS or doc.lower[index - 1] == "behalve"
        if index == clause or doc.punct(index - 1) or leader:
            return True
    return False


def _not_yet_said(doc: _Doc, cue: _Cue, clause: int) -> bool:
    """Tell "zal bekendmaken of" / "wil zeggen dat" (future or intended speech) from a report."""
    word = doc.lower[cue.verb]
    if not (word.endswith("en") or doc.tokens[cue.verb].feats.get("VerbForm") == "Inf"):
        return False
    return any(doc.lower[i] in _INTENT for i in range(clause, cue.first))


def _points_back(doc: _Doc, cue: _Cue, stop: int) -> bool:
    """Tell whether "dat"/"dit" right after the cue is its object ("maakte dat bekend")."""
    at = cue.last + 1
    if cue.particle is not None and doc.lower[cue.particle - 1] in ("dat", "dit"):
        return True  # "gaf het Statenlid dat toe"
    if at + 1 >= stop or doc.lower[at] not in ("dat", "dit"):
        return False
    following = at + 1
    return (
        cue.particle == following or doc.punct(following) or doc.lower[following] in _PREPOSITIONS
    )


def _colon_after(doc: _Doc, cue: _Cue, stop: int) -> int | None:
    """Find a colon that follows the cue and its subject, before unquoted content."""
    for index in range(cue.last + 1, min(stop - 1, cue.last + 8)):
        if doc.tokens[index].text == ":":
            return None if doc.quoted(index + 1) is not None else index
        if doc.punct(index) or doc.quoted(index) is not None:
            return None
    return None


def _te_clause(doc: _Doc, lexicon: QuoteLexicon, cue: _Cue, unit: Range) -> Range | None:
    """``zei blij te zijn met de uitslag``: a speech verb with a ``te``-infinitive clause."""
    if not cue.is_verb or cue.lemma not in _TE_VERBS:
        return None
    stop = unit[1]
    begin = cue.last + 1
    subject = _subject(doc, cue, unit, lexicon)
    if subject is not None and subject[0] >= begin:
        begin = subject[1]
    while begin < stop and doc.lower[begin] in _ADVERBS and doc.lower[begin] not in _NEGATIONS:
        begin += 1
    end = _clause_end(doc, lexicon, begin, stop)
    for index in range(begin, end - 1):
        if doc.quoted(index) is not None:
            continue  # a quoted fragment inside the clause
        if doc.punct(index) or doc.lower[index] in ("dat", "of"):
            return None
        following = doc.tokens[index + 1]
        verbal = following.upos in ("VERB", "AUX") or following.text.lower().endswith("n")
        if doc.lower[index] == "te" and verbal and index > begin:
            if doc.lower[index - 1] == "om":
                return None  # "stelde voor de wet om te draaien": a proposal, no statement
            return doc.chars(begin, end)
    return None


def _small_clause(doc: _Doc, lexicon: QuoteLexicon, cue: _Cue, unit: Range) -> Range | None:
    """``Schiphol vindt de staking onverantwoord``: "vinden" with an object and its predicate."""
    if not cue.is_verb or cue.lemma != "vinden":
        return None
    stop = unit[1]
    begin = cue.last + 1
    subject = _subject(doc, cue, unit, lexicon)
    if subject is not None and subject[0] >= begin:
        begin = subject[1]
    end = _clause_end(doc, lexicon, begin, stop)
    if end - begin < 2 or doc.quoted(begin) is not None:
        return None
    for index in range(begin + 1, end):
        following = doc.tokens[index + 1].upos if index + 1 < stop else "PUNCT"
        if doc.tokens[index].upos == "ADJ" and following not in ("NOUN", "PROPN", "ADJ"):
            return doc.chars(begin, end)  # a predicative adjective: an opinion, not "found"
        if doc.punct(index) and doc.quoted(index) is None:
            return None
    return None


def _report_of_previous(doc: _Doc, cue: _Cue, unit: Range) -> Range | None:
    """``[claim]. Dat zei X.``: the previous sentence of the paragraph is the report."""
    number = doc.unit_of[unit[0]]
    if number == 0:
        return None
    first, stop = doc.units[number - 1]
    if doc.block_of[first] != doc.block_of[unit[0]]:
        return None
    if any(doc.quoted(i) is not None for i in range(first, stop)):
        return None
    end = stop
    while end > first and doc.punct(end - 1):
        end -= 1
    return doc.chars(first, end) if end - first >= _MIN_CLAIM_TOKENS else None


def _according_to(doc: _Doc, lexicon: QuoteLexicon, cue: _Cue, unit: Range) -> Range | None:
    first, stop = unit
    phrase: Range | None = (cue.last + 1, cue.last + 1)  # "naar eigen zeggen": no speaker here
    if cue.speaker_at is not None:
        bound = cue.verb if cue.verb > cue.speaker_at else stop
        phrase = _np_after(doc, cue.speaker_at, bound)
    if phrase is None:
        return None
    phrase = (phrase[0], max(phrase[1], cue.last + 1))
    before = cue.first - 1
    if before >= first and doc.tokens[before].text == ",":
        before -= 1
    if before >= first and _closes_quote(doc, before):
        return None  # "„...”, volgens hem": a direct quote's attribution
    if cue.first > first and doc.lower[cue.first - 1] in _DETERMINERS:
        return None  # "de volgens Rutte grootste staatsman": inside a noun phrase
    begin = first
    if cue.first == first:
        begin = phrase[1]
        while begin < stop and doc.lower[begin] in _PREPOSITIONS:  # "Volgens X op Twitter is"
            extra = _np_after(doc, begin + 1, stop)
            if extra is None:
                break
            begin = extra[1]
        if begin < stop and doc.tokens[begin].text == ",":
            begin += 1
            apposition = _np_after(doc, begin, stop)  # "Volgens Epic Games, de maker, ..."
            if begin < stop and doc.lower[begin] in ("die", "wiens", "wier"):
                apposition = (begin, _next_comma(doc, begin, stop))  # "..., die het zag, ..."
            closed = apposition is not None and apposition[1] < stop
            if closed and apposition is not None and doc.tokens[apposition[1]].text == ",":
                begin = apposition[1] + 1
    else:
        begin = _last_main_clause(doc, first, cue.first)  # "..., maar krijgt volgens X ..."
    end = _clause_end(doc, lexicon, max(begin, cue.last + 1), stop)
    if end - begin < 2:
        return None
    return doc.chars(begin, end)


def _last_main_clause(doc: _Doc, first: int, stop: int) -> int:
    """Return where the last main clause before token ``stop`` starts (after ", maar")."""
    begin = first
    for index in range(first, stop - 2):
        joins = doc.lower[index + 1] in _COORDINATORS or doc.lower[index + 1] in _CLAUSE_CUTTERS
        if doc.tokens[index].text == "," and joins and _main_clause_at(doc, index + 2, stop):
            begin = index + 2
    return begin


def _next_comma(doc: _Doc, first: int, stop: int) -> int:
    return next((i for i in range(first, stop) if doc.tokens[i].text == ","), stop)


# --------------------------------------------------------------------------- quoted speech


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
    if index < unit[1] and doc.lower[index] == "zo":
        index += 1
    if index >= unit[1] or doc.block_of[index] != span.block or doc.quoted(index) is not None:
        return _next_sentence_cue(doc, lexicon, closer, span)
    cue = _cue_at(doc, lexicon, index, unit[1])
    if (
        cue is None
        and doc.tokens[index].upos == "VERB"
        and doc.text[span.close : doc.tokens[index].start].strip() in (",", "")
    ):
        cue = _Cue(index, index, index, doc.lemma(index), kind="attribution")  # "”, huivert hij"
        if _inverted_subject(doc, cue, index, unit[1]) is None:
            cue = None
    if cue is None:
        return _next_sentence_cue(doc, lexicon, closer, span)
    window = (cue.first, unit[1])
    attribution = _attribution(doc, lexicon, cue, window, None)
    attribution.medium = _medium(doc, lexicon, _until_quote(doc, window), cue.verb)
    end = _until_quote(doc, window)[1]
    return attribution, doc.tokens[end - 1].end


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
    if doc.block_of[first] != span.block or doc.tokens[first].start < span.close:
        return None
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
    for index in range(colon - 1, unit[0] - 1, -1):
        if doc.quoted(index) is not None:
            break
        cue = _cue_at(doc, lexicon, index, colon)
        if cue is not None and not cue.clause:
            return _attribution(doc, lexicon, cue, unit, None)
    phrase = _np_before(doc, colon, unit[0])
    if phrase is not None and phrase[0] > unit[0] and doc.lower[phrase[0] - 1] in _TOPIC_PREPS:
        addressee = phrase  # "Wilders tegen Rutte: „...”", "Wiegman over Oranje: „...”"
        phrase = _np_before(doc, addressee[0] - 1, unit[0])
    if phrase is not None and phrase[0] != unit[0]:
        phrase = _np_after(doc, unit[0], colon)  # "Boze boer Jan maakt fietsers boos: „...”"
        named = phrase is not None and any(_label(doc, i) in ("PER", "ORG") for i in range(*phrase))
        if not named:
            phrase = None
    if phrase is None:
        return None
    return _Attribution(
        cue=doc.chars(colon, colon + 1),
        speaker=_speaker_span(doc, phrase),
        medium=_medium(doc, lexicon, unit, colon),
    )


def _cue_in_unit(doc: _Doc, lexicon: QuoteLexicon, span: QuotedSpan) -> _Attribution | None:
    """Attribute a quoted fragment to the nearest speech cue of its sentence."""
    inside = doc.token_at(span.start)
    if inside is None:
        return None
    unit = doc.units[doc.unit_of[inside]]
    best: tuple[int, _Cue] | None = None
    for index in range(*unit):
        if doc.quoted(index) is not None:
            continue
        cue = _cue_at(doc, lexicon, index, unit[1])
        if cue is None or cue.kind in ("cognition", "attribution"):  # not someone's words here
            continue
        if best is None or abs(index - inside) < best[0]:
            best = (abs(index - inside), cue)
    if best is None:
        return None
    return _attribution(doc, lexicon, best[1], unit, (span.open, span.close))


def _quoted(
    doc: _Doc, lexicon: QuoteLexicon, indirect: Sequence[QuoteFinding]
) -> list[QuoteFinding]:
    found: list[QuoteFinding] = []
    attributed_until: dict[int, int] = {}  # block -> end of the last "”, zei hij" attribution
    for number, span in enumerate(doc.spans):
        block = doc.blocks[span.block]
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
            if attribution is None and not _looks_like_speech(doc, span):
                continue
            found.append(
                _finding(doc, "direct", (span.start, span.end), attribution or _Attribution())
            )
            continue
        host = next((q for q in indirect if q.start <= span.open and span.close <= q.end), None)
        if host is not None:
            attribution = _Attribution(host.cue, host.speaker, host.medium)
        else:
            attribution = (after[0] if after else None) or _cue_in_unit(doc, lexicon, span)
        if attribution is not None and attribution.cue is not None:
            found.append(_finding(doc, "partial", (span.start, span.end), attribution))
    return found


def _listed(doc: _Doc, span: QuotedSpan, following: QuotedSpan) -> bool:
    """Tell whether two quotes are listed side by side ("„A” en „B”") in one paragraph."""
    between = doc.text[span.close : following.open].strip()
    return following.block == span.block and between in ("", ",", "en", "of", ";")


def _looks_like_speech(doc: _Doc, span: QuotedSpan) -> bool:
    content = doc.text[span.start : span.end]
    return span.continued or content[-1:] in _SENTENCE_END or len(content.split()) >= 3


# --------------------------------------------------------------------------- headlines


def _colon_headlines(doc: _Doc, lexicon: QuoteLexicon) -> list[QuoteFinding]:
    """``Grapperhaus: kwestie uitzonderlijk``: a title or heading that reports a claim."""
    found = []
    for number, block in enumerate(doc.blocks):
        if block.kind not in ("title", "heading"):
            continue
        tokens = [i for i, b in enumerate(doc.block_of) if b == number]
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
        if not (named or proper):  # "Podcasts: voetbal en Formule 1" names no source
            continue
        end = tokens[-1] + 1
        while end > rest and doc.punct(end - 1):
            end -= 1
        if end <= rest:
            continue
        found.append(
            QuoteFinding(
                "indirect",
                doc.tokens[rest].start,
                doc.tokens[end - 1].end,
                number,
                cue=doc.chars(colon, colon + 1),
                speaker=_speaker_span(doc, (first, colon)),
            )
        )
    return found


# --------------------------------------------------------------------------- continuation


def _continue_speakers(
    doc: _Doc, lexicon: QuoteLexicon, found: list[QuoteFinding]
) -> list[QuoteFinding]:
    """Give unattributed direct quotes the speaker of the quote they continue."""
    result = sorted(found, key=lambda q: (q.start, q.end))
    spans = {(span.start, span.end): span for span in doc.spans}
    for position, quote in enumerate(result):
        if quote.kind != "direct" or quote.speaker is not None:
            continue
        block = doc.blocks[quote.paragraph]
        span = spans.get((quote.start, quote.end))
        if block.kind in ("title", "heading"):  # a headline echoes a quote of the article
            source = _first_attributed_after(doc, result, quote.paragraph)
            if source is not None:
                result[position] = _with_speaker(quote, source, medium=False)
            continue
        intro = None if span is None else _intro_speaker(doc, lexicon, span)
        if intro is not None:  # "Timmerman kent het probleem. „Soms zie je ...”"
            result[position] = replace(quote, speaker=intro)
            continue
        earlier = [q for q in result[:position] if q.speaker is not None]
        previous = earlier[-1] if earlier else None
        opens_block = span is not None and span.open == block.start
        if previous is not None and (
            previous.paragraph == quote.paragraph
            or (
                opens_block
                and previous.paragraph == quote.paragraph - 1
                and previous.kind == "direct"  # the speaker's words go on in a new paragraph
            )
        ):
            same_sentence = span is not None and span.continued
            result[position] = _with_speaker(quote, previous, medium=same_sentence)
    for position in range(len(result) - 2, -1, -1):  # a quote running on into the next paragraph
        quote = result[position]
        span = spans.get((quote.start, quote.end))
        if quote.kind == "direct" and quote.speaker is None and span is not None and span.continues:
            following = result[position + 1]
            if following.speaker is not None and following.paragraph == quote.paragraph + 1:
                result[position] = _with_speaker(quote, following, medium=True)
    return result


def _intro_speaker(doc: _Doc, lexicon: QuoteLexicon, span: QuotedSpan) -> Range | None:
    """Return who the sentence right before an unattributed quote introduces, if anyone.

    The subject of a speech cue in that sentence ("Een buurvrouw reageert geschrokken."), else
    a person or a personal pronoun opening it ("Timmerman kent het probleem.").
    """
    opener = doc.token_at(span.open)
    if span.continued or opener is None or opener == 0 or doc.block_of[opener - 1] != span.block:
        return None
    first = doc.units[doc.unit_of[opener - 1]][0]
    for index in range(opener - 2, first - 1, -1):
        if doc.tokens[index].text[-1:] in _SENTENCE_END or doc.quoted(index) is not None:
            first = index + 1
            break
    if any(doc.quoted(index) is not None for index in range(first, opener)):
        return None
    for index in range(opener - 1, first - 1, -1):  # the last cue is the sentence's own
        cue = _cue_at(doc, lexicon, index, opener)
        if cue is not None and cue.is_verb:
            subject = _subject(doc, cue, (first, opener), lexicon)
            if subject is not None:
                return _speaker_span(doc, _antecedent(doc, subject))
    while first < opener and (doc.lower[first] in _ADVERBS or doc.tokens[first].upos == "ADV"):
        first += 1
    verbal = doc.tokens[first].upos in ("VERB", "AUX") or doc.lower[first] in _AUXILIARIES
    if first + 1 < opener and verbal:
        first += 1  # "Momenteel zit ze in de WK-modus.": the subject follows the verb
    phrase = _np_after(doc, first, opener)
    if phrase is None:
        return None
    person = any(doc.entity_label.get(doc.in_entity.get(i, -1)) == "PER" for i in range(*phrase))
    pronoun = phrase[1] - phrase[0] == 1 and doc.lower[phrase[0]] in ("hij", "zij", "ze")
    return _speaker_span(doc, phrase) if person or pronoun else None


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


# --------------------------------------------------------------------------- entry point


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
    found = indirect + _quoted(doc, lexicon, indirect)
    unique = {(q.kind, q.start, q.end): q for q in found}
    return _continue_speakers(doc, lexicon, list(unique.values()))
