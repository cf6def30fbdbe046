"""The quote rules' token view of an Annotation: units, quoted tokens, entities, noun phrases."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property
from itertools import pairwise
from typing import Final

from newsstruct.backends.base import Annotation, Token
from newsstruct.lexicon import listed_or_compound
from newsstruct.rules.coref import role_of
from newsstruct.rules.quotemarks import BlockLike, QuotedSpan

Range = tuple[int, int]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Closed-class Dutch words the rules need; grammar, not vocabulary, so they live here.
_SUBJECT_PRONOUNS: Final = _words("ik jij je hij zij ze wij we jullie u men")
_OBJECT_PRONOUNS: Final = _words("mij me jou hem haar hen hun ons hemzelf haarzelf")
_PLAIN_ARTICLES: Final = _words("de het een")
_QUANTIFIERS: Final = _words("meeste minste meer minder")
_ABBREVIATED_TITLES: Final = _words("dr prof mr ir drs ing dhr mevr mw")
_DETERMINERS: Final = _words(
    "de het een die dat deze dit zijn haar hun mijn onze ons jouw uw elke ieder iedere alle "
    "enkele sommige beide veel vele weinig geen diens wiens"
)
_GENITIVE_NOUN: Final = re.compile(r"[a-z]+s")  # "'s werelds", "'s lands", "'s konings"
_TIMES_OF_DAY: Final = _words("ochtends morgens middags avonds nachts zomers winters")
_SO_MANY: Final = _words("zo'n zo’n zulke zulk")  # "de betogers | zo'n honderd mensen"
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
    "niettemin nochtans althans trouwens eigenlijk blijkbaar kennelijk "
    "daarop daarbij daarmee daarin daarover daaruit daarvoor daardoor daarvan daarnaar "
    "hierop hierbij hiermee hierin hierover hieruit hiervoor hierdoor hiervan "
    "achteraf vooraf nadien voorts plots plotseling ineens tegelijk tegelijkertijd"
)
_AUXILIARIES: Final = _words(
    "is was zijn waren ben bent heeft hebben had hadden heb hebt wordt worden werd werden "
    "zal zullen zou zouden kan kunnen kon konden moet moeten moest moesten wil willen wilde "
    "wilden mag mogen mocht mochten"
)
_SURNAME_PARTICLES: Final = _words("van de der den ter ten te 't")
_QUESTION_WORDS: Final = _words("wat wie waarom hoe hoeveel welke waar wanneer")
_POSSESSIVES: Final = _words("zijn haar hun")
_GENITIVE_ENDS: Final = ("'s", "’s", "'", "’")
_SAYINGS: Final = _words("woorden uitspraken verklaring verklaringen reactie antwoord")
_ELIDED: Final = re.compile(r"['’`](?:s|t|n|k)", re.IGNORECASE)  # "’s nachts", "'t", "'n"
_ASIDE_WORDS: Final = 4  # words in a bracketed aside a noun phrase takes in
_TEMPORAL_REPORT: Final = _words("dat dit zo")  # "Dat zei X." / "Zo zei X."
_COORDINATORS: Final = _words("maar en dus")
_LEADERS: Final = _ADVERBS | _COORDINATORS | {"want", "of"}  # may open a clause before its subject
_NON_NP_UPOS: Final = _words("PUNCT VERB AUX ADP SCONJ CCONJ ADV PART INTJ SYM")
_SENTENCE_END: Final = frozenset(".!?…")
_MARK_CHARS: Final = frozenset("„“”\"‘’',")


_CLOSED_UPOS: Final = _words("ADP ADV ADJ PRON DET SCONJ CCONJ VERB AUX")
_MODIFYING: Final = _PREPOSITIONS | {"van"}  # before a name that only modifies a phrase


def _acronym(word: str) -> bool:
    """Tell an acronym ("OM", "NAVO"): two or more letters, all capitals."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


class _Doc:
    """Tokens of the whole text with units (sentences cut at paragraph ends) and entities."""

    def __init__(self, annotation: Annotation, blocks: Sequence[BlockLike]) -> None:
        self.text = annotation.text
        self.blocks = blocks
        self.tokens: list[Token] = []
        self.heads: list[int | None] = []
        starts: set[int] = set()
        self.lower: list[str] = []
        for sentence in annotation.sentences:
            base = len(self.tokens)
            starts.add(base)
            for token in sentence.tokens:
                word = token.text.lower()
                if token.upos in _CLOSED_UPOS and _acronym(token.text):
                    token = replace(token, upos="PROPN")  # "aldus het OM/ADP": a name
                    word = token.text  # and its word keeps the capitals: not the "om" of lists
                self.tokens.append(token)
                self.lower.append(word)
                self.heads.append(None if token.head is None else base + token.head)
        self.has_parse = any(head is not None for head in self.heads)
        self._punct = [  # asked of most tokens several times; "’s" (tagged PUNCT) is a word
            not any(ch.isalnum() for ch in token.text)
            or (token.upos == "PUNCT" and not _ELIDED.fullmatch(token.text))
            for token in self.tokens
        ]
        self._block_starts = [block.start for block in blocks]
        self.rejoined: set[int] = set()  # first tokens of backend sentences the rules undid
        self.block_of = [self.block_at(token.start) for token in self.tokens]
        for index in range(1, len(self.tokens)):
            if self.block_of[index] != self.block_of[index - 1] or self._ends_after_quote(index):
                starts.add(index)
            elif index in starts and self._split_mid_sentence(index):
                starts.discard(index)
                self.rejoined.add(index)
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

    @cached_property
    def person_names(self) -> frozenset[str]:
        """The lower-cased words of every person mention, space-joined ("karlijn van dijk")."""
        return frozenset(
            " ".join(self.lower[first : last + 1])
            for first, last in self.entity_end.items()
            if self.entity_label[first] == "PER"
        )

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
        """Tell a backend's sentence split inside a sentence (``... dat Loekasjenko | “met``).

        A split between two capitalised words on one line ("Omroep | West") is one, and so is
        a split before a lower-case word.
        """
        previous = self.tokens[index - 1].text
        abbreviation = index > 1 and self.tokens[index - 2].text.lower() in _ABBREVIATED_TITLES
        if previous == "." and abbreviation and self.tokens[index].text[:1].isupper():
            return True  # "aldus Dr. | Hung Chi-ting": a title's dot ends no sentence
        if previous[-1:] in _SENTENCE_END or previous[-1:] in ":;":
            return False
        closing = all(ch in _MARK_CHARS for ch in previous) and index > 1
        if closing and self.tokens[index - 2].text[-1:] in _SENTENCE_END:
            return False  # "... iedereen.” | Hij"
        word = self.tokens[index].text
        gap = self.text[self.tokens[index - 1].end : self.tokens[index].start]
        alpha = previous.replace("-", "").isalpha()  # "FNV-voorzitter | Han Busker" too
        name = previous[:1].isupper() and alpha and word[:1].isupper()
        if name and word.lower() not in _DETERMINERS and not any(c in gap for c in "\n\r"):
            return True  # "Volgens Omroep | West is de dader": a name cut in two
        lower_then_name = alpha and previous.islower() and word[:1].isupper()
        if lower_then_name and word.lower() not in _DETERMINERS and gap == " ":
            return True  # "Technisch directeur | Ted van Leeuwen": no sentence ends on a noun
        following = next(
            (t.text for t in self.tokens[index : index + 3] if any(c.isalnum() for c in t.text)),
            "",
        )
        return following[:1].islower()

    def punct(self, index: int) -> bool:
        return self._punct[index]

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

    def tokens_in(self, chars: Range) -> range:
        """The token indices a character range covers (``chars`` inverted); empty if none."""
        first, last = self.token_at(chars[0]), self.token_at(chars[1] - 1)
        return range(0) if first is None or last is None else range(first, last + 1)


def _is_pronoun(doc: _Doc, index: int) -> bool:
    word = doc.lower[index]
    if word in ("haar", "hun") and index + 1 < len(doc.tokens):  # "haar agent": possessive
        following = index + 1
        closed = _PREPOSITIONS | _CONJUNCTIONS | _ADVERBS | _AUXILIARIES
        if not doc.punct(following) and doc.lower[following] not in closed:
            if doc.tokens[following].upos == "ADV":  # "volgens haar enigszins ongemakkelijk"
                return not _modifies_adjective(doc, following, len(doc.tokens))
            if doc.lower[following] in _PLAIN_ARTICLES:
                return True  # "zou er volgens haar een opleiding komen": no "haar een ..."
            if doc.tokens[following].upos in ("SCONJ", "CCONJ", "ADP"):
                return True  # "Dat komt volgens haar doordat ..."
            return doc.tokens[following].upos in ("VERB", "AUX")
    if word == "het" and index + 1 < len(doc.tokens) and _acronym(doc.tokens[index + 1].text):
        return False  # "aldus het OM": an article
    if word in _SUBJECT_PRONOUNS or word in _OBJECT_PRONOUNS:
        return True
    return doc.tokens[index].upos == "PRON" and word not in _DETERMINERS


_PHRASE_TAGS: Final = frozenset(
    ("NOUN", "PROPN", "ADJ", "DET", "ADP", "NUM", "PRON", "CCONJ", "PUNCT")
)


def _only_a_phrase(doc: _Doc, first: int, stop: int) -> bool:
    """Tell a noun phrase ("Triest nieuws uit Jemen") from a clause: no word can be a verb."""
    return all(doc.tokens[i].upos in _PHRASE_TAGS for i in range(first, stop))


def _opens_noun(doc: _Doc, index: int, stop: int) -> bool:
    """Tell a demonstrative ("dat onderzoek") from a conjunction or pronoun ("dat hij")."""
    following = index + 1
    if following >= stop or doc.punct(following) or _is_pronoun(doc, following):
        return False
    word, upos = doc.lower[following], doc.tokens[following].upos
    closed = _PREPOSITIONS | _CONJUNCTIONS | _ADVERBS | _AUXILIARIES | _DETERMINERS
    return word not in closed and upos in ("NOUN", "ADJ", "X")


def _attributive(doc: _Doc, index: int, stop: int) -> bool:
    """Tell a participle used as an adjective ("verrassende ritwinnaar") from a verb."""
    following = index + 1
    if following >= stop:
        return False
    bare = doc.lower[index].endswith("ende") and doc.lower[index] not in ("volgende", "komende")
    if bare and doc.tokens[index].deprel == "amod":  # "vertrekkende Kamerleden", no article
        return doc.tokens[following].upos in ("NOUN", "ADJ", "PROPN")
    modified = doc.lower[index - 1] in _ADVERBS or doc.tokens[index - 1].deprel == "advmod"
    if index > 1 and modified and doc.lower[index - 2] in _DETERMINERS:
        # "een pas verschenen boek", "een nieuw/advmod opgedoken e-mail"
        return doc.tokens[following].upos == "NOUN" and _participle_form(doc.lower[index])
    if doc.lower[index].endswith("end") and doc.tokens[following].upos == "NOUN":
        return True  # "plaatsvervangend commissaris": an uninflected present participle
    return (
        doc.lower[index].endswith(("ende", "de", "te", "en"))
        and index > 0
        and doc.lower[index - 1] in _DETERMINERS
        and doc.tokens[following].upos in ("NOUN", "ADJ")
    )


def _participle_form(word: str) -> bool:
    """Tell a past participle by its form ("verschenen", "gepubliceerd", "gemaakte")."""
    return word.endswith(("en", "d", "t", "de", "te"))


def _numeral(doc: _Doc, first: int, index: int) -> bool:
    """Tell whether the phrase so far is a determiner and numbers ("de vier", "zijn twee")."""
    words = range(first, index)
    return any(doc.tokens[i].upos == "NUM" for i in words) and all(
        doc.tokens[i].upos in ("NUM", "DET") or doc.lower[i] in _DETERMINERS for i in words
    )


def _ratio_after(doc: _Doc, index: int, stop: int) -> bool:
    """Tell "zes op tien" ("op" between two numbers) from "op" opening a phrase."""
    after = index + 2 if index + 1 < stop and doc.lower[index + 1] == "de" else index + 1
    return after < stop and doc.tokens[index - 1].upos == "NUM" and doc.tokens[after].upos == "NUM"


def _role_pair(doc: _Doc, index: int, stop: int) -> bool:
    """Tell "initiatiefnemer en presentatrice Lucille Werner" (two roles of one named person)."""
    second = index + 1
    return (
        second + 1 < stop
        and index > 0
        and doc.tokens[index - 1].upos == "NOUN"
        and doc.tokens[second].upos == "NOUN"
        and role_of(doc.lower[index - 1]) is not None
        and role_of(doc.lower[second]) is not None
        and (second + 1) in doc.in_entity
        and doc.entity_label.get(second + 1) == "PER"
    )


def _capitalised_pair(doc: _Doc, index: int, stop: int) -> bool:
    """Tell "Infrastructuur en Waterstaat", "Markit en Caixin": one name of two capitalised parts.

    Only inside a phrase (after its head), between two capitalised words that are no person's
    name: "Rutte en Hoekstra" are two people, each a mention of its own.
    """
    second = index + 1
    return (
        index > 0
        and second < stop
        and doc.tokens[index - 1].text[:1].isupper()
        and doc.tokens[second].text[:1].isupper()
        and doc.tokens[second].upos in ("PROPN", "NOUN", "X")
        and doc.entity_label.get(doc.in_entity.get(index - 1, -1)) != "PER"
        and doc.entity_label.get(doc.in_entity.get(second, -1)) != "PER"
    )


def _sources_after(doc: _Doc, first: int, stop: int) -> Range | None:
    """The noun phrase at token ``first`` with those "en" joins to it ("de politie en het OM").

    "Volgens Paul en Van Bommel is er ...": both are the source, and the quote starts after them.
    """
    phrase = _np_after(doc, first, stop)
    while phrase is not None and phrase[1] + 1 < stop and doc.lower[phrase[1]] == "en":
        more = _np_after(doc, phrase[1] + 1, stop)
        if more is None or _is_pronoun(doc, more[0]):
            break
        phrase = (phrase[0], more[1])
    return phrase


def _name_of_place(doc: _Doc, name: int, after: int, stop: int) -> int | None:
    """The last token of "Dagblad van het Noorden" when the tagger split it at "van", or None.

    An organisation's name, then "van", maybe an article, and a place or organisation named
    right after it: one name ("Omroep van het Noorden"), not "PSV van Bosz" (a person).
    """
    if doc.entity_label.get(name) != "ORG" or after + 1 >= stop or doc.lower[after] != "van":
        return None
    at = after + 2 if doc.lower[after + 1] in ("het", "de") else after + 1
    if at >= stop or at not in doc.entity_end or doc.entity_label.get(at) not in ("LOC", "ORG"):
        return None
    return doc.entity_end[at]


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
    index, head, describing = first, False, False
    while index < stop:
        titled = index + 2 < stop and doc.lower[index] in _ABBREVIATED_TITLES
        if titled and doc.tokens[index + 1].text == "." and index + 2 in doc.entity_end:
            index += 2  # "Dr. Hung Chi-ting": the title's dot is no end
            continue
        if index in doc.entity_end and doc.entity_label.get(index) != "MISC":
            last = _name_end(doc, min(doc.entity_end[index], stop - 1), stop)
            after = last + 1
            apart = after + 1 < stop and doc.tokens[after].text in ("'", "’")
            if (
                apart
                and doc.tokens[last].text.endswith("s")
                and doc.tokens[after + 1].upos == "NOUN"
            ):
                last, after = after, after + 1  # "Wilders' advocaat": the apostrophe apart
            if (
                after < stop
                and (index > first or doc.tokens[last].text.endswith(_GENITIVE_ENDS))
                # (not "volgens Slachtofferhulp Nederland | sprake van", but "Timmothy's tante")
                and doc.tokens[after].upos == "NOUN"
                and doc.tokens[after].text.islower()
            ):
                index, head = after, True  # "het Sri Lankaanse crisismanagement": a modifier
                continue
            pair = after < stop and doc.lower[after] == "en" and _capitalised_pair(doc, after, stop)
            if pair and index > first:  # (not "Volgens Shell en BP": two sources)
                index, head = after + 1, True  # "onderzoeksbureaus Markit en Caixin"
                continue
            of_place = _name_of_place(doc, index, after, stop)
            return first, (last if of_place is None else of_place) + 1  # a name ends the phrase
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
        if (
            word in ("'s", "’s")
            and index + 1 < stop
            and _GENITIVE_NOUN.fullmatch(doc.lower[index + 1])
            and doc.lower[index + 1] not in _TIMES_OF_DAY  # "'s middags": an adverb
        ):
            index += 2  # "'s werelds grootste containervervoerder": a determiner, no head yet
            continue
        if index == first and word in ("dat", "die") and _opens_noun(doc, index, stop):
            index += 1  # "Uit dat onderzoek bleek": a demonstrative, not "dat" the conjunction
            continue
        one_of = index + 1 < stop and doc.lower[index + 1] == "van"
        if index == first and word in ("een", "één") and one_of:
            head = True  # "een van de auteurs": "een" is the head
            index += 1
            continue
        if word == "op" and head and _ratio_after(doc, index, stop):
            index += 2 if doc.lower[index + 1] == "de" else 1  # "zes op tien", "één op de vijf"
            continue
        if word == "en" and head and _capitalised_pair(doc, index, stop):
            index += 1  # "het ministerie van Infrastructuur en Waterstaat": one name
            continue
        if word == "en" and head and _role_pair(doc, index, stop):
            index += 1  # "initiatiefnemer en presentatrice Lucille Werner": one person
            continue
        if word == "onder" and head:  # "het consortium onder leiding van PAI"
            return first, led_by(doc, index, stop) or index
        closed = word in _PREPOSITIONS or word in _CONJUNCTIONS
        if doc.punct(index) or (closed and not _acronym(doc.tokens[index].text)):
            aside = _aside(doc, index, stop) if head and word == "(" else None
            return (first, aside) if aside is not None else (first, index) if head else None
        if not head and _possessive(doc, index):
            index += 1  # "zijn raadadviseur": "zijn" is no verb here
            continue
        if (
            not head
            and (word in _ADVERBS or upos == "ADV")
            and (_modifies_adjective(doc, index, stop) or _quantifies(doc, index, stop))
        ):
            index += 1  # "het meest recente jaarverslag", "een zeer grote meerderheid"
            continue  # "de meeste/ADV mensen"
        if word in _ADVERBS or word in _AUXILIARIES or _is_pronoun(doc, index):
            break
        if word in _DETERMINERS or word in _SO_MANY:
            if head:
                break
        elif head and upos == "NOUN" and _second_noun(doc, first, index):
            break  # "volgens zijn zus | politiebeveiliging": Dutch writes compounds as one
        elif (not head or describing) and upos == "VERB" and _attributive(doc, index, stop):
            pass  # "de verrassende/VERB ritwinnaar": a participle before its noun
        elif upos in _NON_NP_UPOS or (
            head and upos == "ADJ" and not _numeral(doc, first, index) and not describing
        ):
            break  # (but "de vier grote steden": a number heads nothing yet)
        else:
            describing = upos == "ADJ" and (describing or not head)  # "de beroemde Britse"
            head = True
        index += 1
    return (first, index) if head else None


def postmodified(doc: _Doc, index: int, stop: int) -> int | None:
    """The end of a bracketed aside or of "onder leiding van X" right after a noun phrase."""
    if index < stop and doc.tokens[index].text == "(":
        return _aside(doc, index, stop)
    return led_by(doc, index, stop)


def led_by(doc: _Doc, index: int, stop: int) -> int | None:
    """The end of "onder leiding van X" opening at token ``index``, or None."""
    if doc.lower[index : index + 3] != ["onder", "leiding", "van"]:
        return None
    tail = _np_after(doc, index + 3, stop, with_of=False, depth=1)
    return None if tail is None else tail[1]


def _aside(doc: _Doc, opening: int, stop: int) -> int | None:
    """The end of a short verbless bracketed aside after a noun: "een meerderheid (52 %)"."""
    for index in range(opening + 1, min(opening + _ASIDE_WORDS + 2, stop)):
        if doc.tokens[index].text == ")":
            return index + 1 if index > opening + 1 else None
        if doc.tokens[index].upos in ("VERB", "AUX") or doc.punct(index):
            return None
    return None


def _closes_quote(doc: _Doc, index: int) -> bool:
    """Tell the token that closes a quoted span (its closing quotation mark)."""
    span = doc.quoted(index)
    return span is not None and doc.tokens[index].end == span.close


def _second_noun(doc: _Doc, first: int, index: int) -> bool:
    """Tell a common noun that follows a determined phrase's head noun: another phrase's.

    "zijn zus | politiebeveiliging", "de Duitse autoriteiten | banden": Dutch writes compounds
    as one word. Without a determiner the first noun may be a title or field ("chef voetbal
    Valentijn Driessen", "politiek verslaggever Ron Fresen") and the phrase goes on.
    """
    previous = doc.tokens[index - 1]
    lower_case = previous.text.islower() and doc.tokens[index].text.islower()
    if previous.upos != "NOUN" or not lower_case or index - 1 in doc.in_entity:
        return False
    if previous.text.endswith(("ig", "ige")):
        return False  # "de voormalig/NOUN elektricien": an adjective the tagger took for a noun
    return doc.lower[first] in _DETERMINERS


def _quantifies(doc: _Doc, index: int, stop: int) -> bool:
    """Tell a quantifier tagged as an adverb before its noun ("de meeste/ADV mensen")."""
    following = index + 1
    return (
        doc.lower[index] in _QUANTIFIERS
        and following < stop
        and doc.tokens[following].upos == "NOUN"
    )


def _modifies_adjective(doc: _Doc, index: int, stop: int) -> bool:
    """Tell an adverb inside a noun phrase: an adjective and then a noun follow it."""
    following = doc.tokens[index + 1 : min(index + 3, stop)]
    tags = [t.upos for t in following]
    if tags == ["ADJ", "NOUN"]:
        return True
    determined = index > 0 and doc.lower[index - 1] in _DETERMINERS
    return determined and tags == ["VERB", "NOUN"] and _participle_form(doc.lower[index + 1])


def _name_end(doc: _Doc, last: int, stop: int) -> int:
    """Extend a name over a surname particle the entity tagger left out ("Tony | van Dijck").

    A name the backend's sentence split cut in two goes on over the capitalised names after it.
    """
    index = last + 1
    if index in doc.rejoined:  # "Volgens The Straits | Times/NOUN": the tagger saw half a name
        while index < stop and _name_word(doc, index):
            index += 1
        return index - 1
    while index < stop and doc.lower[index] in _SURNAME_PARTICLES:
        index += 1
    if index > last + 1 and index < stop and doc.tokens[index].text[:1].isupper():
        return index
    return last


def _name_word(doc: _Doc, index: int) -> bool:
    """Tell a capitalised word that may go on a name (not "Het", "Is", "Dat")."""
    token = doc.tokens[index]
    return token.text[:1].isupper() and token.upos in ("PROPN", "NOUN", "X", "ADJ")


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
    lower = text in ("van", "de", "den", "der", "ter", "ten")  # "schrijft van Houwelingen"
    if not lower and text not in ("Van", "De", "Den", "Der", "Ter", "Ten", "Le", "La", "Di"):
        return False
    if doc.units[doc.unit_of[index]][0] == index or index + 1 >= stop:
        return False
    following = index + 1
    if doc.lower[following] in ("der", "den", "de", "la", "ter") and following + 1 < stop:
        following += 1  # "Van der Gragt", "De la Rúa"
    if not doc.tokens[following].text[:1].isupper():
        return False
    if not lower:
        return True
    surname = " " + " ".join(doc.lower[index : following + 1])  # a person named in full
    return any(name.endswith(surname) for name in doc.person_names)  # "Karlijn van Houwelingen"


def _np_before(doc: _Doc, stop: int, floor: int) -> Range | None:
    """Return the noun phrase ending just before token ``stop`` (a token range), or None."""
    index = stop - 1
    if index < floor:
        return None
    if _is_pronoun(doc, index):
        of_them = index - 1 > floor and doc.lower[index - 1] == "van"
        outer = _np_before(doc, index - 1, floor) if of_them else None
        return outer or (index, stop)  # "elf procent (van hen)": the group, as annotated
    if doc.tokens[index].upos == "ADJ" and index > floor and doc.lower[index - 1] == "het":
        return None  # "(dat X) het logisch (vindt)": an object and its predicate, no phrase
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
        capital = doc.tokens[index].text[:1].isupper() and index + 1 < stop
        if head and capital and word in _SURNAME_PARTICLES and not doc.punct(index + 1):
            index -= 1  # "Ten Hag benadrukte", "Van Nieuwenhuizen zei": a surname's particle
            continue
        ratio = index - 1 if word == "de" and doc.lower[index - 1] == "op" else index
        if head and doc.lower[ratio] == "op" and ratio > floor and _ratio_after(doc, ratio, stop):
            index = ratio - 1  # "Zes op tien vond", "Eén op de vijf zegt"
            continue
        if doc.punct(index) or word in _PREPOSITIONS or word in _CONJUNCTIONS:
            break
        if head and word in _POSSESSIVES:
            index -= 1  # "Zijn raadadviseur schrijft"
            continue
        if word == "zelf" and index == stop - 1 and index > floor:
            index -= 1  # "De rijder zelf reageert": the subject goes on before "zelf"
            continue
        surname = index > floor and doc.tokens[index].text[:1].isupper()  # "Remko Vrijdag"
        surname = surname and doc.tokens[index - 1].upos == "PROPN"
        if (word in _ADVERBS and not surname) or word in _AUXILIARIES or _is_pronoun(doc, index):
            break
        opens = index == floor or doc.lower[index - 1] != "van"  # not "van het CDA"
        if word in _DETERMINERS and head and doc.tokens[index].upos == "DET" and opens:
            return index, stop  # "een klacht": the article opens the phrase
        if word not in _DETERMINERS:
            numeric = upos == "SYM" and (word[:1].isdigit() or word == "%")
            attributive = head and upos == "VERB" and doc.tokens[index].deprel == "amod"
            if upos in _NON_NP_UPOS and not (numeric or attributive or _person_noun(doc, index)):
                break  # (but "84% van de deelnemers", "Een omwonende/VERB", "De opgestapte/amod
                # Britse ambassadeur" are phrases)
            head = True
        index -= 1
    return (index + 1, stop) if head else None


def _label(doc: _Doc, index: int) -> str | None:
    """Return the entity label of the mention that token ``index`` lies in, if any."""
    start = doc.in_entity.get(index)
    return None if start is None else doc.entity_label.get(start)


def _joins_phrases(doc: _Doc, index: int) -> bool:
    """Tell an "en" joining two noun phrases ("het bedrijf en zijn partner", "Jos B. en de ...").

    Not two roles of one person ("initiatiefnemer en presentatrice Lucille Werner") and not
    inside a name ("Infrastructuur en Waterstaat" tagged as one).
    """
    if doc.lower[index] != "en" or index in doc.in_entity:
        return False
    before, after = doc.tokens[index - 1], doc.tokens[index + 1]
    ends_phrase = before.upos in ("NOUN", "PROPN") or index - 1 in doc.in_entity  # "Twitter"
    opens_phrase = after.upos in ("DET", "PRON") or (
        index + 1 in doc.entity_end and doc.entity_label.get(index + 1) in ("PER", "ORG")
    )
    return ends_phrase and opens_phrase


def _numeral_alone(doc: _Doc, index: int) -> bool:
    """Tell a Roman numeral tagged as a name of its own ("kabinet-Rutte II" with "II" a PER)."""
    text = doc.tokens[index].text
    return doc.entity_end[index] == index and text.isupper() and not text.strip("IVX")


def _speaker_span(doc: _Doc, phrase: Range) -> Range:
    """Return the speaker mention of a noun phrase: its name when it is a titled name."""
    first, stop = phrase
    owned = doc.lower[first] in _POSSESSIVES and doc.lower[stop - 1] in _SAYINGS
    if owned and all(doc.tokens[i].upos == "ADJ" for i in range(first + 1, stop - 1)):
        return doc.chars(first, first + 1)  # "uit zijn woorden", "luidde zijn eerste reactie"
    if any(_joins_phrases(doc, i) for i in range(first + 1, stop - 1)):
        return doc.chars(first, stop)  # "Het biotechbedrijf en zijn partner Servier": both
    names = [
        i
        for i in range(first, stop)
        if i in doc.entity_end and doc.entity_end[i] < stop and not _numeral_alone(doc, i)
    ]
    led = bool(names) and all(doc.lower[i] in _DETERMINERS for i in range(first, names[0]))
    if led and names[0] > first and doc.entity_end[names[0]] == names[0]:
        return doc.chars(first, stop)  # "de Zeeuw", "het Statenlid": a role, not a name
    person = [i for i in names if doc.entity_label[i] == "PER"]
    if len(person) > 1 and "en" in doc.lower[person[-2] : person[-1]]:
        return doc.chars(first, stop)  # "Vanessa en Chisom", "Teeven en minister Opstelten"
    if person and _name_end(doc, doc.entity_end[person[-1]], stop) == stop - 1:
        pick = person[-1]  # "de Turkse minister van Buitenlandse Zaken Ahmet Davutoglu"
        while pick > first and doc.lower[pick - 1] in _SURNAME_PARTICLES:
            if not doc.tokens[pick - 1].text[:1].isupper():
                break
            pick -= 1  # "Ten Hag" where the tagger named only "Hag"
        if pick > first and doc.tokens[pick - 1].text in _MODIFYING:
            return doc.chars(first, stop)  # "de vrouw van Xander": the name only modifies
        if "leiding" in doc.lower[first:pick]:
            return doc.chars(first, stop)  # "de commissie onder leiding van X": the commission
        return doc.chars(pick, stop)
    if "van" not in doc.lower[first:stop]:
        strong = [i for i in names if doc.entity_label[i] in ("PER", "ORG")]
        final = [i for i in names if doc.entity_end[i] == stop - 1]  # "de krant De Telegraaf"
        picks = strong or final
        inside = bool(picks) and any(w in _PREPOSITIONS for w in doc.lower[first : picks[-1]])
        if len(picks) > 1 and doc.lower[picks[-1] - 1] == "en":
            return doc.chars(first, stop)  # "Inspectie Sociale Zaken en Werkgelegenheid": one
        if picks and not inside:  # not "de test bij AH met ...": AH is no source there
            pick = picks[-1]
            end = _name_end(doc, doc.entity_end[pick], stop) + 1
            if not any(doc.tokens[i].upos == "NOUN" for i in range(end, stop)):
                return doc.chars(pick, end)  # not "het Sri Lankaanse/ORG crisismanagement"
    return doc.chars(first, stop)


def _next_comma(doc: _Doc, first: int, stop: int) -> int:
    """The index of the first comma from ``first`` on, else ``stop``."""
    return next((i for i in range(first, stop) if doc.tokens[i].text == ","), stop)


def _words_match(doc: _Doc, index: int, words: Sequence[str], stop: int) -> bool:
    if index + len(words) > stop:
        return False
    return all(doc.lower[index + k] == word for k, word in enumerate(words))


def _source_like(doc: _Doc, phrase: Range) -> bool:
    """Tell whether a noun phrase can be a source: a pronoun, a name or a person."""
    if phrase[1] - phrase[0] == 1 and _is_pronoun(doc, phrase[0]):
        return True
    return any(_label(doc, i) in ("PER", "ORG") for i in range(*phrase))


def _source_word(word: str) -> bool:
    """Tell an institution or group noun, compounds by their end ("gemeenteraad", "VN-raad")."""
    return listed_or_compound(word.rpartition("-")[2], "source_nouns", shortest=1)


def _person_noun(doc: _Doc, index: int) -> bool:
    """Tell a noun for people ("buurvrouw", "bewoners", "oud-leerling"), from person_nouns.txt."""
    return listed_or_compound(doc.lower[index].rpartition("-")[2], "person_nouns")


def _role_ending_previous(doc: _Doc, first: int) -> Range | None:
    """A definite role phrase without a name ending the sentence before ``first``, or None."""
    end = first
    while end > 0 and doc.punct(end - 1):
        end -= 1
    if end == first or doc.block_of[end - 1] != doc.block_of[first]:
        return None
    previous = doc.units[doc.unit_of[end - 1]][0]
    phrase = _np_before(doc, end, previous)
    if phrase is None or any(i in doc.in_entity for i in range(*phrase)):
        return None  # (a named person is found by the scan for names)
    last = phrase[1] - 1
    if doc.lower[phrase[0]] in ("de", "het") and role_of(doc.lower[last]) is not None:
        return phrase
    owned = last > phrase[0] and doc.lower[last - 1] in ("zijn", "haar", "hun")
    if owned and (role_of(doc.lower[last]) is not None or _person_noun(doc, last)):
        return last - 1, last + 1  # "... het voorbeeld van haar vader. Die is 92 en zegt dat"
    bare = last == phrase[0] or doc.lower[last - 1] == "van"  # "de bezwaren van bewoners"
    plural = doc.tokens[last].feats.get("Number") == "Plur"
    people = _person_noun(doc, last)
    return (last, last + 1) if bare and plural and people else None  # ". Die vinden dat"


def _antecedent(doc: _Doc, phrase: Range) -> Range:
    """Replace a sentence-initial "Die"/"Deze" with the person last named before it."""
    first = phrase[0]
    if phrase[1] - first != 1 or doc.lower[first] not in ("die", "deze"):
        return phrase
    joined = first > 1 and doc.lower[first - 1] in ("maar", "en") and doc.lower[first - 2] == ","
    if joined:  # "stapten naar de rechter, maar die heeft bepaald dat": the judge
        return _role_ending_previous(doc, first - 1) or phrase
    if doc.units[doc.unit_of[first]][0] != first:
        return phrase
    ending = _role_ending_previous(doc, first)
    if ending is not None:
        return ending  # "... stapten naar de rechter. Die bepaalde dat": the judge
    for index in range(first - 1, max(first - 80, 0) - 1, -1):
        if doc.block_of[index] != doc.block_of[first]:
            break
        start = doc.in_entity.get(index)
        if start is not None and doc.entity_label.get(start) == "PER":
            return start, doc.entity_end[start] + 1
    return _people_subject_before(doc, first) or phrase


def _people_subject_before(doc: _Doc, first: int) -> Range | None:
    """The subject of the sentence before ``first``, in its paragraph, if it names people.

    "Ook 569 ouders werden ondervraagd. Deze dachten dat ...": the parents.
    """
    number = doc.unit_of[first]
    if number == 0 or not doc.has_parse:
        return None
    start, stop = doc.units[number - 1]
    if doc.block_of[start] != doc.block_of[first]:
        return None
    for index in range(start, stop):
        token = doc.tokens[index]
        if token.deprel.startswith("nsubj") and token.upos == "NOUN" and _person_noun(doc, index):
            phrase = _np_before(doc, index + 1, start)
            return None if phrase is None else (phrase[0], index + 1)
    return None
