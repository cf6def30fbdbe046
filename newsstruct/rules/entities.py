"""Entity clustering: the backend's mentions grouped into one cluster per real-world referent."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Final

from newsstruct.backends.base import Annotation, EntityMention, Token
from newsstruct.lexicon import listed_or_compound, load_set
from newsstruct.rules._tokens import _acronym
from newsstruct.rules.coref import (
    PersonMention,
    _sentence_starts,
    determiner_kind,
    ends_in_role,
    given_name_gender,
    in_prepositional_phrase,
    pronoun_entry,
    resolve_epithet,
    resolve_pronoun,
    resolve_role,
    role_of,
    span_tokens,
    title_gender,
)
from newsstruct.rules.cues import QuoteLexicon

__all__ = [
    "EntityCluster",
    "cluster_entities",
    "joined_speakers",
    "resolve_speaker",
    "with_cluster_names",
    "with_corrected_mentions",
    "with_listed_names",
    "with_titled_names",
]

PER: Final = "PER"
_WORD: Final = re.compile(r"\S+")
_FIRST_WORD: Final = re.compile(r"[\w-]+")
_WORD_START: Final = re.compile(r"(?<![\w-])[\w-]+")
_INITIALS: Final = re.compile(r"(?:\w\.)+")
_POSSESSIVE: Final = ("’s", "'s")
_MAX_NAME_WORDS: Final = 5
_MAX_PARTICLE_LENGTH: Final = 5
_MAX_SHORT_PARTICLE: Final = 3  # "Cornielje-van Vlastuin": a particle, not a descriptor
# Surname particles: a closed class of grammar words (like the function words in quotes.py),
# so they live here rather than in a lexicon file.
_NAME_PARTICLES: Final = frozenset(
    {"van", "de", "der", "den", "ter", "ten", "te", "von", "zu", "da", "di", "du", "le", "la"}
    | {"del", "della", "dos", "das", "bin", "ben", "al", "el", "’t", "'t"}
)
_ACRONYM: Final = re.compile(r"[A-Z]{2,6}")
_FUNCTION_UPOS: Final = frozenset({"PRON", "DET", "ADP", "SCONJ", "CCONJ", "AUX", "VERB", "PUNCT"})
_ELIDED_ARTICLE: Final = re.compile(r"[’'](?:s-|t )\w")
_FINAL_INITIAL: Final = re.compile(r"(?<!\S)\w\.$")
_WORD_BEFORE: Final = re.compile(r"(?<![\w-])([\w-]+),? $")
_SURNAME_TAIL: Final = re.compile(  # "van der Meer", "ten Hag", "de Jong": only in surnames
    r" (?:van der|van den|van [’']t|ter|ten|de|den|der) [A-Z][\w’'-]*(?![\w-])"
)
_CAPITALISED_WORD: Final = re.compile(r" [A-Z][a-z]+(?![\w’'-])")  # "Alam"; not "NOS", "Al-Amin"
_GIVEN_NAME_TAIL: Final = re.compile(  # after a listed given name also "van Dijk", "van de Ven"
    r" van(?: de)? [A-Z][\w’'-]*(?![\w-])"
)
_DEMONSTRATIVES: Final = frozenset({"Die", "Deze"})  # opening a sentence
_WORK_TITLE: Final = re.compile(  # "voor De vloek van ": a capital article inside a sentence
    r"(?<=[a-zà-ÿ,] )(?<! uur )(?:De|Het|Een)(?: [a-zà-ÿ-]+){1,3} van $"  # not "06:45 uur De"
)
_TITLE_REACH: Final = 40  # characters before a name that a title's opening may stand
_AS_A_TYPE: Final = re.compile(  # "een modern Kuifje", "een tweede Cruijff": a kind of person
    r"(?<![\w-])[Ee]en(?: (?!(?:zekere?n?|van|voor|met|door|aan|bij|op|in|uit|naar|over|"
    r"tegen|tot|om|en|of) )[a-zà-ÿ]+){0,2} $"  # not "een zekere Jansen", "een schot van X"
)
_LOOK_BEHIND: Final = 40
# the ends of nouns for an outlet: "de (sport)krant", "de (entertainment)site", "het weekblad"
# the ends of nouns for a work: "het boek Sonny Boy", "de tv-serie Baywatch", "de hit Numb"
_WORK_NOUNS: Final = (
    *("boek", "roman", "film", "serie", "album", "single", "nummer", "plaat", "lied", "song"),
    *("documentaire", "musical", "voorstelling", "game", "podcast", "hit", "bundel"),
)
_OUTLET_NOUNS: Final = (
    *("krant", "zender", "omroep", "uitgeverij", "platform", "site", "blad"),
    *("tijdschrift", "magazine", "persbureau"),
)
_ORGANISATION_REACH: Final = 1500  # characters back to the organisation "het bedrijf" means
_POSSESSIVE_AFTER: Final = re.compile(r"[’']s(?![\w-])")
# A capitalised word, then up to three particles and one or two capitalised words: a given
# name and its surname ("Erik ten Hag", "Anders Fogh Rasmussen", "MARC HOOGHE").
_UPPER: Final = "A-ZÀ-ÖØ-Þ"
_FULL_NAME: Final = re.compile(
    rf"(?<![\w'’-])([{_UPPER}][\w'’-]*)"
    rf"((?: (?:{'|'.join(sorted(_NAME_PARTICLES, key=len, reverse=True))}|De|Van|Ten|Ter|Le|La))"
    rf"{{0,3}}(?: [{_UPPER}][\w'’]*(?:-[{_UPPER}][\w'’]*)*){{1,2}})(?![\w-])"
)
# A role noun in apposition after a name: ", kernwapenexpert bij Clingendael".
_ROLE_AFTER: Final = re.compile(r", (\w[\w-]*)")
_TITLED_NAME: Final = re.compile(  # "minister De Jonge", "GroenLinks-Kamerlid Özdil"
    rf"(?<![\w'’-])([\w-]+) ((?:(?:Van der|Van den|Van de|De|Van|Ten|Ter|Den) )?"
    rf"[{_UPPER}][\w'’]*(?:-[{_UPPER}][\w'’]*)*(?: [{_UPPER}][\w'’]*)?)(?![\w'’-])"
)
_INNER_CAPITAL: Final = re.compile(rf"\w{{3,}}[{_UPPER}]")  # "RijnlandRoute", not "McCarthy"
_CAPITALISED: Final = re.compile(rf"(?<![\w'’-])[{_UPPER}][\w'’-]*")
# Companies named after a person: their full name is no person ("Albert Heijn opent ...").
_BRANDS: Final = frozenset(
    {"albert heijn", "jan linders", "hugo boss", "anton dreesmann", "roland garros"}
)
# Places and prizes named after a person end in one of these: "Johan Cruijff ArenA".
_NAMED_PLACES: Final = frozenset(
    {"arena", "stadion", "huis", "museum", "park", "plein", "straat", "laan", "weg", "hal"}
    | {"school", "ziekenhuis", "instituut", "prijs", "trofee", "cup", "stichting", "fonds"}
    | {"award", "trophy", "memorial"}
)
_NOT_A_SURNAME: Final = frozenset({"de", "het", "een", "en", "in", "op", "is", "dat", "die"})


@dataclass(frozen=True, slots=True)
class EntityCluster:
    """One real-world referent and every place the text names it.

    Attributes:
        label: PER, ORG, LOC or MISC.
        name: The fullest form, possessive and titles stripped ("Alexandr Loekasjenko").
        mentions: Sorted ``(start, end)`` spans into the annotated text; a possessive
            mention ("Loekasjenko’s") keeps its ’s inside the span.

    """

    label: str
    name: str
    mentions: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    name: str
    key: tuple[str, ...]
    label: str
    titled: bool = False  # right after a title ("President Macron")
    roled: bool = False  # right after a title or role noun ("aanklager Fatou Bensouda")


@dataclass(slots=True)
class _Group:
    key: tuple[str, ...]
    mentions: list[_Mention] = field(default_factory=list)

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)


def cluster_entities(annotation: Annotation) -> list[EntityCluster]:
    """Group the backend's entity mentions into one cluster per referent.

    Person names match across forms: surname to full name ("Loekasjenko" ->
    "Alexandr Loekasjenko"), initials ("M. Rutte"), surname particles ("Van Raak" ->
    "Cees van Raak"); titles and possessives are stripped from names. Conflicting labels of one
    name are settled by majority (PER wins ties for person-shaped names); a name tagged
    ORG/LOC/MISC that matches a person joins the person (ORG/LOC only when the person is named
    at least half as often). A name the backend split around its particles is rejoined, and
    unlabelled occurrences of a person's name are added. Other entities cluster by normalised
    name, an acronym with its long form.

    Args:
        annotation: The annotated text.

    Returns:
        The clusters, ordered by first mention.

    Example:
        >>> from tests.builders import annotate
        >>> ann = annotate("Mark Rutte lacht. Rutte zwijgt.", entities={"Mark Rutte": "PER"})
        >>> [(c.name, c.mentions) for c in cluster_entities(ann)]
        [('Mark Rutte', ((0, 10), (18, 23)))]

    """
    groups: dict[tuple[str, ...], _Group] = {}
    raws = _split_pairs(_rejoined(annotation.text, annotation.entities))
    starts = frozenset(raw.start for raw in raws)
    named = [raw.text.split() for raw in raws if raw.label == PER]
    surnames = {words[-1] for words in named if len(words) > 1}  # "Gougeard" of "Alexis ..."
    given = frozenset(words[0] for words in named if len(words) == 1) - surnames
    full = [raw.text.split() for raw in raws if _person_shaped(raw.text) and " " in raw.text]
    people = given | {words[-1] for words in full}  # "Rackete" of "Carola Rackete"/ORG
    for raw in raws:
        mention = _clean(annotation, raw, starts, given, people)
        if mention is not None:
            groups.setdefault(mention.key, _Group(mention.key)).mentions.append(mention)
    labels = {key: _vote(group.mentions) for key, group in groups.items()}
    for key, group in groups.items():
        if labels[key] in ("ORG", "MISC") and _known_surname(group.mentions[0].name):
            labels[key] = PER  # "Trump" tagged ORG in an article that never says "Donald"
    for key, group in groups.items():
        if labels[key] == PER and not _person_shaped(group.mentions[0].name):
            labels[key] = "MISC"  # "KIJK", "kernwapens": not a name a person goes by
    person_groups = [group for key, group in groups.items() if labels[key] == PER]
    for key, group in groups.items():
        if labels[key] != PER and _joins_a_person(group, person_groups):
            labels[key] = PER
    persons = _cluster_persons([g for k, g in groups.items() if labels[k] == PER])
    others = _cluster_others([g for k, g in groups.items() if labels[k] != PER], labels)
    _add_unlabelled(annotation.text, persons, others)
    clusters = [_finish(PER, group) for group in persons]
    clusters += [_finish(label, group) for label, group in others]
    return sorted(clusters, key=lambda c: c.mentions[0])


def resolve_speaker(
    annotation: Annotation, clusters: Sequence[EntityCluster], start: int, end: int
) -> int | None:
    """Find the cluster a speaker phrase refers to.

    A name resolves to its cluster, also inside a role phrase ("De Wit-Russische president
    Alexandr Loekasjenko"), but not when it only modifies the phrase's head ("het kantoor van
    Tokayev", "Rutte’s woordvoerder"). A pronoun goes to the most salient person before it; a
    definite role phrase ("de Wit-Russische president") to the person introduced with that role.

    Args:
        annotation: The annotated text.
        clusters: The output of :func:`cluster_entities` for ``annotation``.
        start: Offset of the speaker phrase.
        end: Offset one past the speaker phrase.

    Returns:
        The index into ``clusters``, or ``None`` for an unnamed or unresolved source.

    Example:
        >>> from tests.builders import annotate
        >>> ann = annotate("Jan Smit lacht. Hij zei niets.", entities={"Jan Smit": "PER"})
        >>> resolve_speaker(ann, cluster_entities(ann), 16, 19)
        0

    """
    text = annotation.text
    start, end = _trim(text, start, end)
    if start >= end:
        return None
    persons = [
        PersonMention(s, e, index)
        for index, cluster in enumerate(clusters)
        if cluster.label == PER
        for s, e in cluster.mentions
    ]
    stand_in = _demonym(annotation, clusters, start, end)
    if stand_in is not None:  # "meent de Duitser": the German named before, like "hij"
        found = resolve_pronoun(annotation, persons, start, end, stand_in=stand_in)
        if found is not None:
            return found
    decided, named = _named_in_span(annotation, clusters, start, end)
    if decided:
        return named
    if text[start:end] in _DEMONSTRATIVES:
        named = _ending_previous_sentence(annotation, clusters, start)
        if named is not None:  # "... de luchtvaartautoriteit FAA. Die laat weten dat ..."
            return named
    if pronoun_entry(text[start:end]) is not None:
        return resolve_pronoun(annotation, persons, start, end)
    organisation = _organisation_named_before(annotation, clusters, start, end)
    if organisation is not None:
        return organisation  # "Deloitte ... zegt het bedrijf zelf"
    if any(role_of(word) or ends_in_role(word) for word in text[start:end].split()):
        return resolve_role(annotation, persons, start, end)
    named = _match_name(clusters, text, start, end)
    return named if named is not None else resolve_epithet(annotation, persons, start, end)


_DEMONYM_ENDS: Final = ("er", "se", "aan", "ees", "man", "iër", "aard", "ier")
_SHORT_DEMONYMS: Final = frozenset(
    {"belg", "brit", "rus", "pool", "zweed", "fin", "deen", "turk", "griek", "noor", "kroaat"}
)


def _demonym(
    annotation: Annotation, clusters: Sequence[EntityCluster], start: int, end: int
) -> str | None:
    """The pronoun a definite demonym epithet stands in for ("de Duitser": "hij"), or None.

    "de (goedlachse) Scheveningse", "de Nederlander": an article, adjectives at most, and one
    word the backend tagged MISC that is an inhabitant's name; "-se" marks a woman.
    """
    tokens = [t for t in span_tokens(annotation, start, end) if t.upos != "PUNCT"]
    if len(tokens) == 1:  # the speaker written as the word alone: its article before it
        before = span_tokens(annotation, max(0, start - _LOOK_BEHIND), start)
        while before and before[-1].upos == "ADJ":
            tokens.insert(0, before.pop())
        tokens[:0] = before[-1:]
    if len(tokens) < 2 or tokens[0].text.lower() != "de":
        return None
    if any(t.upos != "ADJ" for t in tokens[1:-1]):
        return None
    last = tokens[-1]
    word = last.text.lower()
    if not (word.endswith(_DEMONYM_ENDS) or word in _SHORT_DEMONYMS):
        return None
    tagged = any(
        cluster.label == "MISC" and (last.start, last.end) in cluster.mentions
        for cluster in clusters
    )
    return ("zij" if word.endswith("se") else "hij") if tagged else None


_PERSON_DEMONYM_ENDS: Final = ("iër", "ees", "aan", "lander")
_ROMAN: Final = re.compile(r"[IVX]{1,4}")
# bodies named after the person who leads them: "kabinet-Rutte", "commissie-Remkes"
_LED_BODIES: Final = frozenset(
    {"kabinet", "regering", "commissie", "coalitie", "team", "ploeg", "clan", "bende"}
)


# what is named after a person, by its last word or the end of it, and the label it takes
_NAMED_THINGS: Final = {
    **dict.fromkeys(("arena", "stadion", "airport", "kazerne", "monument"), "LOC"),
    **dict.fromkeys(("prijs", "award", "trofee", "lezing"), "MISC"),
    **dict.fromkeys(("centrum", "instituut", "lyceum", "universiteit", "ziekenhuis"), "ORG"),
    **dict.fromkeys(("museum", "stichting", "foundation", "fonds", "bibliotheek"), "ORG"),
    "school": "ORG",
}


def _no_person(text: str, start: int, end: int, surnames: frozenset[str]) -> str | None:
    """The label of a name tagged PER that names no person, or None if it may name one.

    A name right after a noun for an organisation ("stichting KiKa": ORG), an inhabitant after
    "de" ("de Deen": MISC, an epithet) or one listed in ``demonyms.txt`` that is no surname in
    the text (``surnames``: "Pool nieuwe baas van WADA"), a body named after its leader
    ("Regering-Conte II": ORG), a place, body or prize named after a person ("Johan Cruijff
    ArenA", "Pieter Baan Centrum", "Kees Lunshoflezing": by its last word or the end of it).
    """
    if _demonym_after_article(text, start, end):
        return "MISC"
    before = _word_before(text, start)
    if before is not None and "," not in before.group() and _organisation_noun(before.group(1)):
        return "ORG"  # "stichting KiKa", "bedrijf Tesla": the noun says what it names
    if before is not None and "," not in before.group() and _work_noun(before.group(1)):
        return "MISC"  # "haar boek Sonny Boy", "de serie Knight Rider": a work's title
    word = text[start:end]
    if word.lower() in load_set("demonyms") and word not in surnames and not _known_surname(word):
        return "MISC" if given_name_gender(word) is None else None
    words = text[start:end].split()
    if not words:
        return None
    prefix, dash, _ = words[0].partition("-")
    if dash and prefix.lower() in _LED_BODIES:
        return "ORG"
    last = words[-1].lower().rpartition("-")[2]
    for thing, label in _NAMED_THINGS.items():
        if last == thing or (len(words) > 1 and last.endswith(thing)):
            return label
    return None


def _work_noun(word: str) -> bool:
    """Tell a noun for a work ("boek", "tv-serie", "debuutalbum"), whose title follows it."""
    return word.islower() and word.rpartition("-")[2].endswith(_WORK_NOUNS)


def _organisation_noun(word: str) -> bool:
    """Tell a noun of ``organisation_nouns.txt`` or a compound ending in one ("webwinkel")."""
    return word.islower() and listed_or_compound(word, "organisation_nouns")


def _demonym_after_article(text: str, start: int, end: int) -> bool:
    """Tell an inhabitant's name the tagger called a person ("de Deen", "de Amerikaan").

    One word after "de" that is a short demonym or ends like one, and no surname the corpus
    knows ("de Haan" is a name).
    """
    word = text[start:end]
    if " " in word or not _after_article(text, start, definite=True):
        return False
    lower = word.lower()
    shaped = lower in _SHORT_DEMONYMS or lower.endswith(_PERSON_DEMONYM_ENDS)
    return shaped and not _known_surname(word) and given_name_gender(word) is None


def _organisation_named_before(
    annotation: Annotation, clusters: Sequence[EntityCluster], start: int, end: int
) -> int | None:
    """The organisation a definite "het bedrijf", "de partij" refers to: the one named last.

    The phrase is an article, adjectives at most, and a noun of ``organisation_nouns.txt`` (or a
    compound ending in one, "de uitvaartverzekeraar"); the organisation is the one named last
    within ``_ORGANISATION_REACH`` characters before it, preferring one the article names
    more than once or an acronym (a name tagged once is often the tagger's slip: "Wet",
    "Rotterdammers"; "Het CBS heeft cijfers. Volgens het statistiekbureau" is not),
    and not an outlet or platform (``media.txt``) unless the noun is one ("de krant").
    """
    words = annotation.text[start:end].lower().split()
    if len(words) < 2 or words[0] not in ("de", "het", "deze", "dit"):
        return None
    if not _organisation_noun(words[-1]):
        return None
    tokens = span_tokens(annotation, start, end)
    if any(t.upos not in ("DET", "ADJ", "NOUN") for t in tokens):
        return None  # "het bedrijf van Musk", "de partij die ...": a phrase of its own
    media = words[-1].endswith(_OUTLET_NOUNS)  # "de krant", "de zender": an outlet is meant
    outlets = (
        {i for i, c in enumerate(clusters) if _introduced_as_outlet(annotation.text, c)}
        if media
        else set()
    )  # (only a noun for an outlet looks for one)
    latest: tuple[bool, int, int] | None = None  # (named again, last mention, cluster)
    near: list[tuple[int, int, int]] = []  # (start, end, cluster) of the mentions in reach
    for index, cluster in enumerate(clusters):
        if cluster.label != "ORG" or (not media and cluster.name.lower() in _media_names()):
            continue  # "De vakbond" is not "Twitter", named for where it spoke
        if media and outlets and index not in outlets:
            continue  # "de site" is "techsite The Verge", not "Huawei" named more often
        before = [s for s, e in cluster.mentions if e <= start]
        if before and max(before) >= start - _ORGANISATION_REACH:
            sure = len(cluster.mentions) > 1 or _acronym(cluster.name)  # an acronym is no slip
            key = (sure, max(before), index)
            latest = key if latest is None or key > latest else latest
            near.extend((s, e, index) for s, e in cluster.mentions if e <= start)
    if latest is None:
        return None
    # the subject of the last sentence naming one speaks: "Het WNF juicht toe dat de GCA ...
    # „...”, aldus de organisatie" is the WNF's
    last = max(s for s, _, _ in near)
    subjects = [
        index
        for s, e, index in near
        if _same_sentence(annotation, s, last) and _main_subject(annotation, s, e)
    ]
    return subjects[0] if subjects else latest[2]


def _introduced_as_outlet(text: str, cluster: EntityCluster) -> bool:
    """Tell an outlet named after a noun for one ("techsite The Verge", "de krant Marca")."""
    before = (_word_before(text, start) for start, _ in cluster.mentions)
    return any(m is not None and m.group(1).lower().endswith(_OUTLET_NOUNS) for m in before)


def _same_sentence(annotation: Annotation, first: int, second: int) -> bool:
    starts = _sentence_starts(annotation)
    return bisect_right(starts, first) == bisect_right(starts, second)


def _main_subject(annotation: Annotation, start: int, end: int) -> bool:
    """Tell a mention that is the subject of its sentence's main verb ("Het WNF juicht toe")."""
    index = max(bisect_right(_sentence_starts(annotation), start) - 1, 0)
    tokens = annotation.sentences[index].tokens
    return any(
        start <= token.start
        and token.end <= end
        and token.deprel.startswith("nsubj")
        and token.head is not None
        and tokens[token.head].head is None
        for token in tokens
    )


@cache
def _media_names() -> frozenset[str]:
    """The outlet and platform names of the quote lexicon's media, lower-cased ("twitter")."""
    lexicon = QuoteLexicon.default()
    channels = lexicon.media + lexicon.weak_media
    return frozenset(" ".join(words).lower() for words in channels if words[0][:1].isupper())


def _ending_previous_sentence(
    annotation: Annotation, clusters: Sequence[EntityCluster], start: int
) -> int | None:
    """The person or organisation named last in the sentence that ends right before ``start``."""
    before = span_tokens(annotation, max(0, start - _LOOK_BEHIND), start)
    if len(before) < 2 or before[-1].text not in (".", "!"):
        return None
    last = before[-2]
    for index, cluster in enumerate(clusters):
        if cluster.label in (PER, "ORG") and any(e == last.end for _, e in cluster.mentions):
            return index
    return None


def _named_in_span(
    annotation: Annotation, clusters: Sequence[EntityCluster], start: int, end: int
) -> tuple[bool, int | None]:
    """Find the cluster named as the head of the span.

    Returns ``(True, index)`` for a person (or an organisation with at most an article around
    it) heading the span, ``(True, None)`` when a person is named only as a modifier ("het
    kantoor van Tokayev") or when two sources joined by "en" head it ("Rutte en Hoekstra": the
    speaker stays as written, see :func:`joined_speakers`), ``(False, None)`` when no named
    entity decides the matter.
    """
    heads, modifier, other_head = _span_heads(annotation, clusters, start, end)
    if heads:
        return True, None if _joined(annotation.text, heads, end) else heads[0][2]
    return (other_head is not None or modifier), other_head


def joined_speakers(
    annotation: Annotation, clusters: Sequence[EntityCluster], start: int, end: int
) -> tuple[int, ...]:
    """The persons of a speaker phrase that joins sources with "en", in order, or ``()``.

    "Rutte en Hoekstra", "Teeven en minister Ivo Opstelten": both; "Jos B. en de familie van
    Nicky": Jos B. (the family has no entity). A phrase naming one source gives ``()``: its
    cluster is what :func:`resolve_speaker` returns.

    Example:
        >>> from tests.builders import annotate
        >>> people = {"Rutte": "PER", "Hoekstra": "PER"}
        >>> ann = annotate("Rutte en Hoekstra zeiden het.", entities=people)
        >>> joined_speakers(ann, cluster_entities(ann), 0, 17)
        (0, 1)

    """
    start, end = _trim(annotation.text, start, end)
    heads, _, _ = _span_heads(annotation, clusters, start, end)
    if not heads or not _joined(annotation.text, heads, end):
        return ()
    return tuple(dict.fromkeys(index for _, _, index in heads))


def _span_heads(
    annotation: Annotation, clusters: Sequence[EntityCluster], start: int, end: int
) -> tuple[list[tuple[int, int, int]], bool, int | None]:
    """(persons heading the span as (start, end, cluster), a name only modifies, other head)."""
    text = annotation.text
    tokens = span_tokens(annotation, start, end)
    inside = sorted(
        (s, e, index)
        for index, cluster in enumerate(clusters)
        for s, e in cluster.mentions
        if s < end and start < e
    )
    modifier = False
    other_head: int | None = None
    heads: list[tuple[int, int, int]] = []
    for s, e, index in inside:
        before = [t for t in tokens if t.end <= s]
        after = [t for t in tokens if t.start >= e and any(ch.isalnum() for ch in t.text)]
        if clusters[index].label == PER:
            possessive = bool(after) and (
                text[s:e].endswith(_POSSESSIVE) or _POSSESSIVE_AFTER.match(text, e) is not None
            )
            if not possessive and not in_prepositional_phrase(annotation, s, e, floor=start):
                heads.append((s, e, index))
                continue
            modifier = True
        elif other_head is None and all(
            t.upos in {"DET", "PUNCT"} or determiner_kind(t.text) for t in before + after
        ):
            other_head = index
        elif before and in_prepositional_phrase(annotation, s, e, floor=start):
            modifier = True  # "de rechtbank in Den Haag": the place only modifies it
    return heads, modifier, other_head


def _joined(text: str, heads: Sequence[tuple[int, int, int]], end: int) -> bool:
    """Tell "Rutte en Hoekstra" or "Jos B. en de familie van Nicky": sources joined by "en"."""
    _, first_end, index = heads[0]
    if any(other != index for _, _, other in heads[1:]) and _AND.search(text, first_end, end):
        return True
    return _AND_PHRASE.match(text, first_end, end) is not None


_AND: Final = re.compile(r"\s(?:en|&)\s")
_AND_PHRASE: Final = re.compile(r"\s(?:en|&)\s+(?:de|het|zijn|haar|hun)\s")


def _match_name(clusters: Sequence[EntityCluster], text: str, start: int, end: int) -> int | None:
    """Match a name the backend did not tag to the one person or other cluster it fits."""
    phrase, position = text[start:end], start
    stripped = _strip_name(phrase)
    if stripped is None:
        return None
    key = _key(stripped[1])
    person = _person_shaped(stripped[1])
    fits = [
        i
        for i, c in enumerate(clusters)
        if (c.label == PER and person and _compatible(key, _key(c.name)))
        or (c.label != PER and _other_key(c.name) == _other_key(stripped[1]))
    ]
    if not fits and person and key[-1].endswith("s"):  # genitive without apostrophe: "Van 't Heks"
        bare = (*key[:-1], key[-1][:-1])
        fits = [
            i
            for i, c in enumerate(clusters)
            if c.label == PER
            and (
                _compatible(bare, _key(c.name))
                or any(_key(text[s:e]) == bare for s, e in c.mentions)  # "Merlijns": "Merlijn"
            )
        ]
    if len(fits) <= 1:
        return fits[0] if fits else None
    before = [(s, i) for i in fits for s, _ in clusters[i].mentions if s < position]
    return max(before)[1] if before else fits[0]


# --- names ---------------------------------------------------------------------------------


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading and trailing punctuation; a final ’s stays, a bare final apostrophe goes."""
    while start < end and not text[start].isalnum():
        if _ELIDED_ARTICLE.match(text, start, end):  # "’s-Hertogenbosch", "’t Hooft"
            break
        start += 1
    while end > start and not text[end - 1].isalnum():
        if _FINAL_INITIAL.search(text, start, end):  # "Rony M.": the period belongs to it
            break
        end -= 1
    return start, end


def _is_title(word: str) -> bool:
    """Tell whether a word is a title, role or descriptor ("dr.", "minister", "CDA-Kamerlid")."""
    last = word.rpartition("-")[2]
    if last != word and last[:1].islower() and len(last) > _MAX_SHORT_PARTICLE:
        return True  # a descriptor compound: "NOS-commentator", "VVD-prominent"
    return title_gender(word) is not None or title_gender(last) is not None or bool(role_of(word))


def _strip_name(
    phrase: str, *, person: bool = False, proper: bool = False
) -> tuple[int, str] | None:
    """(offset, name) of the name in a mention: titles, roles and lower-case lead words dropped.

    A person's name keeps its leading surname particles ("van Gaal" stays whole). With
    ``proper`` (a name of no person, inside a sentence) a capitalised title word is part of the
    name ("de Premier League", "Lord of the Rings"); a descriptor compound still goes
    ("Fed-voorzitter Powell").
    """
    words = list(_WORD.finditer(phrase))
    if not words:
        return None
    cut = 0
    proper = proper and len(words) > 1  # a title alone is no name ("Dijkgraaf" tagged ORG)

    def title(word: str) -> bool:
        return _is_title(word) and not (proper and word[:1].isupper() and "-" not in word)

    for i, word in enumerate(words[:-1]):
        if title(word.group()):
            cut = i + 1
    lead = cut
    while lead < len(words) - 1 and not words[lead].group()[:1].isupper():
        lead += 1
    if not (person and all(w.group() in _NAME_PARTICLES for w in words[cut:lead])):
        cut = lead
    first = words[cut].group()
    acronym = first.isupper() and first.isalpha()  # "ING", the bank, not "ing."
    if (title(first) and not acronym) or not (first[:1].isalnum() or _ELIDED_ARTICLE.match(first)):
        return None
    offset = words[cut].start()
    name = phrase[offset:]
    for suffix in _POSSESSIVE:
        name = name.removesuffix(suffix)
    name = name.rstrip()  # "Loekasjenko 's": a possessive the tokenizer set apart
    while name and not name[-1].isalnum() and not _FINAL_INITIAL.search(name):
        name = name[:-1]  # "Ja”, 's": what stood before the possessive is punctuation
    return (offset, name) if name else None


def _key(name: str) -> tuple[str, ...]:
    """Case-folded name words, initials split ("J.P. Balkenende" -> j. p. balkenende)."""
    words: list[str] = []
    for word in name.replace("’", "'").casefold().split():
        if _INITIALS.fullmatch(word):
            words.extend(part + "." for part in word.split(".") if part)
        else:
            words.append(word)
    return tuple(words)


def _other_key(name: str) -> tuple[str, ...]:
    """Key of a non-person name; a leading article does not count ("Het Kremlin")."""
    key = _key(name)
    while len(key) > 1 and determiner_kind(key[0]) == "def":
        key = key[1:]
    return key


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word.endswith(".")


def _person_shaped(name: str) -> bool:
    """Tell whether a name looks personal: capitalised words, lower-case particles inside."""
    words = name.split()
    if not 1 <= len(words) <= _MAX_NAME_WORDS or any(ch.isdigit() for ch in name):
        return False
    leading_particle = words[0] in _NAME_PARTICLES and len(words) > 1  # "van Gaal"
    if not ((words[0][:1].isupper() or leading_particle) and words[-1][:1].isupper()):
        return False
    if any(w.isalpha() and w.isupper() and len(w) > 1 and w.strip("IVXL") for w in words):
        return False  # an all-capitals word ("KIJK", "CEO"); Roman numerals are fine
    return all(
        w[:1].isupper() or w in _NAME_PARTICLES or (w.isalpha() and len(w) <= _MAX_PARTICLE_LENGTH)
        for w in words[1:-1]
    )


def _compatible(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """``short`` can name the person ``full`` names: a tail of it, initials for first names."""
    if not short or len(short) > len(full) or short[-1] != full[-1]:
        return False
    for s, f in zip(reversed(short), reversed(full), strict=False):
        if s != f and not (_is_initial(s) and not _is_initial(f) and f.startswith(s[0])):
            return False
    return True


def _rejoined(text: str, entities: Sequence[EntityMention]) -> list[EntityMention]:
    """Rejoin a person name the backend split around its particles.

    "Sjoerd" + "den Daas", and "Annemarie" + (van) + "Gaal" unless the first part is someone's
    surname elsewhere ("Strupar van Waseige": Waseige's Strupar, "Branko Strupar" elsewhere).
    Other words never join: "Rutte bij Biden" stays apart.
    """
    surnames = {m.text.split()[-1] for m in entities if m.label == PER and len(m.text.split()) > 1}
    joined: list[EntityMention] = []
    for mention in entities:
        last = joined[-1] if joined else None
        if last is not None and last.label == mention.label == PER:
            gap = text[last.end : mention.start]
            split_before = gap == " " and mention.text[:1].islower()
            particles = gap.split()
            across = (
                gap == f" {' '.join(particles)} "
                and 1 <= len(particles) <= 2
                and all(word in _NAME_PARTICLES for word in particles)
                and last.text.split()[-1] not in surnames
            )
            if split_before or across:
                joined[-1] = EntityMention(
                    last.start, mention.end, text[last.start : mention.end], PER
                )
                continue
        joined.append(mention)
    return [_with_surname(text, mention, joined) for mention in joined]


def _split_pairs(entities: Sequence[EntityMention]) -> list[EntityMention]:
    """Split two surnames tagged as one name ("lijkt Macron Johnson te hebben vergeven").

    Both words end full names of the text ("Emmanuel Macron", "Boris Johnson") and the first
    is no given name: two persons side by side, not one.
    """
    ends = Counter(m.text.split()[-1] for m in entities if m.label == PER and " " in m.text)
    split: list[EntityMention] = []
    for mention in entities:
        first, space, last = mention.text.partition(" ")
        pair = space and " " not in last and ends[first] > 0 and ends[last] > 1  # (not itself)
        if mention.label == PER and pair and given_name_gender(first) is None:
            cut = mention.start + len(first)
            split.append(EntityMention(mention.start, cut, first, PER))
            split.append(EntityMention(cut + 1, mention.end, last, PER))
        else:
            split.append(mention)
    return split


def _with_surname(
    text: str, mention: EntityMention, mentions: Sequence[EntityMention]
) -> EntityMention:
    """Take in the particles and surname the backend left after a given name.

    "Ties" + " van der Meer" (the tagger read "Meer" as "more") is "Ties van der Meer". Plain
    "van" and "van de" only follow a listed given name: "Rutte van de VVD" is no name.
    """
    if mention.label != PER or " " in mention.text.strip():
        return mention
    tail = _SURNAME_TAIL.match(text, mention.end)
    if tail is None and given_name_gender(mention.text.strip()) is not None:
        tail = _GIVEN_NAME_TAIL.match(text, mention.end)
    if tail is None:
        tail = _lone_surname(text, mention, mentions)
    if tail is None:
        return mention
    end = tail.end()
    if any(mention.end <= other.start < end for other in mentions):
        return mention  # the surname is a mention of its own
    return EntityMention(mention.start, end, text[mention.start : end], PER)


def _lone_surname(
    text: str, mention: EntityMention, mentions: Sequence[EntityMention]
) -> re.Match[str] | None:
    """A capitalised word after a one-word name that stands alone elsewhere: the surname.

    "De verdachte Ashiqul Alam werd ... Alam is een" with only "Ashiqul" tagged: "Alam" is his.
    """
    tail = _CAPITALISED_WORD.match(text, mention.end)
    if tail is None:
        return None
    word = re.compile(rf"(?<![\w-]){re.escape(tail.group().strip())}(?![\w-])")
    elsewhere = [m.start() for m in word.finditer(text) if m.start() != tail.start() + 1]
    others = [m for m in mentions if m.label != PER]
    if not elsewhere or any(m.start <= at < m.end for at in elsewhere for m in others):
        return None  # "Rutte Den Haag" with "Den Haag"/LOC elsewhere: another name
    return tail


def _clean(
    annotation: Annotation,
    raw: EntityMention,
    starts: frozenset[int],
    given: frozenset[str],
    people: frozenset[str],
) -> _Mention | None:
    """The mention as a name to cluster.

    ``given`` holds the one-word names tagged PER, ``people`` those and the last words of
    person-shaped names of several words.
    """
    text = annotation.text
    start, end = _trim(text, raw.start, raw.end)
    first = start
    after = _name_after_demonym(text, start, end, given)
    if after is not None:  # "de Griek Stefanos Tsitsipas" tagged MISC: a person
        start, raw = after, EntityMention(after, raw.end, raw.text, PER)
    if raw.label == PER and _ROMAN.fullmatch(text[start:end]):
        return None  # "kabinet-Rutte III" with only the numeral tagged
    other = _no_person(text, start, end, people - given) if raw.label == PER else None
    if other is not None:  # "denkt de Deen", "Regering-Conte II", "Johan Cruijff ArenA"
        raw = replace(raw, label=other)
    place = raw.label == "LOC" and _a_place(text, start, end, people)
    if raw.label != PER and (
        (
            (_after_role(text, start) or _after_compound_title(text, start))
            and _person_shaped(text[start:end])
            and not place
            and not _role_of_the_name_before(annotation, start)
        )
        or (raw.label != "ORG" and _given_and_surname(text, start, end, given))
    ):  # "premier Theresa May" as ORG, "Anders Behring Breivik" as MISC
        raw = EntityMention(raw.start, raw.end, raw.text, PER)
    elif raw.label != PER:
        named = _named_after_inner_role(annotation, start, end, given)
        if named is None and raw.label != "LOC":  # not "Lange Jan van Amersfoort", a tower
            named = _named_at_end(annotation, start, end, given)
        if named is not None:  # "Rode Kruis-medewerker Merlijn Stoffels" as ORG: a person
            start, raw = named, EntityMention(named, raw.end, raw.text, PER)
    if _POSSESSIVE_AFTER.match(text, end) and not any(end <= s < end + 2 for s in starts):
        end += 2  # the backend left the ’s outside: take it in (unless it tagged it apart)
    if raw.label == PER:
        start = _skip_descriptors(span_tokens(annotation, start, end), start)
        start = _skip_opening_word(annotation, start, end, given)
    proper = raw.label != PER and not _opens_sentence(text, start)
    stripped = _strip_name(text[start:end], person=raw.label == PER, proper=proper)
    if stripped is None:
        return None
    offset, name = stripped
    if raw.label == PER and start + offset > first and name.split()[0] in _NAME_PARTICLES:
        return None  # "Koning van Katoren", "Prinses van Wales": a title of place, no name
    tokens = span_tokens(annotation, start + offset, end)
    if (tokens and all(t.upos in _FUNCTION_UPOS for t in tokens)) or (
        pronoun_entry(name) or determiner_kind(name)
    ):
        return None  # "Hij" or "Volgens" tagged as a name
    if tokens and tokens[-1].upos == "NOUN" and _is_title(tokens[-1].text):
        return None  # "Eerste Kamerlid": a role, not a name (the surname "Koning" is PROPN)
    if tokens and _role_compound(tokens[-1].text):
        return None  # "Breaking Bad-acteur" before "Bryan Cranston": a role, not a name
    if raw.label == PER and _common_opening_word(text, start + offset, name):
        return None  # "Hoofdrolspeler van de avond wordt ...": a common word, capitalised
    key = _key(name) if raw.label == PER else _other_key(name)
    place = raw.label == "LOC" and _a_place(text, start + offset, end, people)
    titled = _after_title(text, start + offset) and not place  # "Premier Maleisië": a place
    roled = _after_role(text, start + offset, compounds=True)  # "Hoofdaanklager Fatou ..."
    return _Mention(start + offset, end, name, key, raw.label, titled, roled)


_CHAMBERS: Final = frozenset(("Eerste", "Tweede"))  # "Tweede Kamerlid": a member of parliament


def _name_after_demonym(text: str, start: int, end: int, given: frozenset[str]) -> int | None:
    """Where a person's name starts after an inhabitant's name taken into the mention, or None.

    "de Griek Stefanos Tsitsipas" (tagged MISC), "Noord-Ier Gurney": a word of
    ``demonyms.txt``, then a person-shaped name. The feminine form is also the adjective ("de
    Nederlandse Bank"), so it counts only before a given name ("Nederlandse Kiki Bertens"); a
    demonym that is also a given name ("Noor") only after "de"; a name of one word must be
    known or stand alone elsewhere ("Braziliaan Neymar", not "een Portugees Oorlogsschip").
    """
    first = _WORD.match(text, start, end)
    second = _WORD.search(text, first.end(), end) if first else None
    if first is None or second is None:
        return None
    word, rest = first.group().lower(), second.start()
    name = text[rest:end]
    if word not in load_set("demonyms") or not (name[:1].isupper() and _person_shaped(name)):
        return None
    if given_name_gender(word) is not None and not _after_article(text, start, definite=True):
        return None
    words = name.split()
    named = given_name_gender(words[0]) is not None or words[0] in given
    if word.endswith(("se", "sche")):  # the feminine form, also the adjective
        return rest if named else None
    if len(words) > 1 or named or _known_surname(name):
        return rest
    alone = re.compile(rf"(?<!{re.escape(first.group())} ){re.escape(name)}(?![\w-])")
    return rest if alone.search(text) else None  # not "een Portugees Oorlogsschip"


def _role_compound(word: str) -> bool:
    """Tell a hyphenated role ("Bad-acteur", "PVV-leider", "VVD-Kamerlid")."""
    prefix, _, last = word.rpartition("-")
    return bool(prefix) and bool(last) and role_of(word) is not None


def _named_at_end(
    annotation: Annotation, start: int, end: int, given: frozenset[str]
) -> int | None:
    """Offset of a full name ending a longer mention ("Huis van Afgevaardigden Nancy Pelosi")."""
    for token in span_tokens(annotation, start, end)[1:-1]:
        if _given_and_surname(annotation.text, token.start, end, given):
            return token.start
    return None


def _named_after_inner_role(
    annotation: Annotation, start: int, end: int, given: frozenset[str]
) -> int | None:
    """Offset of a full name after a role word inside a mention ("Kruis-medewerker Jan Smit").

    The name opens with a given name, so that "Premier League Darts" stays a competition.
    """
    tokens = span_tokens(annotation, start, end)
    for i, token in enumerate(tokens[:-2]):
        if role_of(token.text) is None:
            continue
        rest = annotation.text[tokens[i + 1].start : end]
        opening = tokens[i + 1].text
        named = given_name_gender(opening) is not None or opening in given
        return tokens[i + 1].start if named and _person_shaped(rest) else None
    return None


def _given_and_surname(text: str, start: int, end: int, given: frozenset[str]) -> bool:
    """Tell a full name by its given name and its surname used alone elsewhere.

    "Anders Behring Breivik" (tagged MISC) is a person when "Breivik" also stands alone in the
    text; "Albert Heijn", named only in full, stays what the tagger said. The given name is a
    listed one or one the tagger called a person on its own ("Kiki Bertens" tagged MISC, then
    "Kiki"/PER).
    """
    name = text[start:end]
    words = name.split()
    if len(words) < 2 or not _person_shaped(name):
        return False
    if given_name_gender(words[0]) is None and words[0] not in given:
        return False
    before = re.escape(words[-2] + " ")  # fixed width: a lookbehind may hold it
    alone = re.compile(rf"(?<![\w-])(?<!{before}){re.escape(words[-1])}(?![\w-])")
    return alone.search(text) is not None


def _after_title(text: str, start: int) -> bool:
    """Tell whether a title stands right before ``start`` ("President Macron", "minister X").

    Not after an article: in "verzocht de minister Sea-Watch" the title is a noun of its own.
    """
    before = _word_before(text, start)
    if before is None or title_gender(before.group(1)) is None:
        return False
    return not _after_article(text, before.start(1))


def _after_article(text: str, start: int, *, definite: bool = False) -> bool:
    """Tell whether an article stands right before ``start`` ("de"/"het", or "een" too)."""
    article = _word_before(text, start)
    articles = ("de", "het") if definite else ("de", "het", "een")
    return article is not None and article.group(1).lower() in articles


def _word_before(text: str, start: int) -> re.Match[str] | None:
    """The word (and an optional comma) right before ``start``, if any."""
    return _WORD_BEFORE.search(text, max(0, start - _LOOK_BEHIND), start)


def _a_place(text: str, start: int, end: int, people: frozenset[str]) -> bool:
    """Tell a name tagged LOC after a role that is the role's place ("Burgemeester Enschede").

    Not after a title of rank or address ("prinses Maxima"), and not a name the text also
    gives a person ("kapitein Rackete" beside "Carola Rackete").
    """
    before = _word_before(text, start)
    rank = before is not None and bool(title_gender(before.group(1)))
    return not rank and text[start:end] not in people


def _role_of_the_name_before(annotation: Annotation, start: int) -> bool:
    """Tell a role that a person named right before it holds ("Roche nieuwe leider Vuelta").

    A headline's "Name (adjectives) role X" says what the person became: X is the race, club
    or office, not a second person.
    """
    before = _word_before(annotation.text, start)
    if before is None:
        return False
    tokens = span_tokens(annotation, max(0, before.start(1) - _LOOK_BEHIND), before.start(1))
    while tokens and tokens[-1].upos == "ADJ":
        tokens.pop()
    return bool(tokens) and any(
        m.label == PER and m.end == tokens[-1].end for m in annotation.entities
    )


_COMPOUND_TITLES: Final = ("minister", "president", "premier", "kanselier", "staatssecretaris")


def _after_compound_title(text: str, start: int) -> bool:
    """Tell a closed compound ending in a title of office before ``start`` ("zorgminister X").

    Only these titles: a compound role of a company's kind ("bodemonderzoeker Fugro",
    "chipmachinemaker Besi") names the company after it.
    """
    before = _word_before(text, start)
    word = before.group(1).lower() if before is not None else ""
    return any(word.endswith(title) and len(word) > len(title) for title in _COMPOUND_TITLES)


def _after_role(text: str, start: int, *, compounds: bool = False) -> bool:
    """Tell whether a title or role noun stands right before ``start`` ("de premier, May").

    With ``compounds`` a closed compound ending in a role noun counts too ("Hoofdaanklager").
    """
    before = _word_before(text, start)
    if before is None:
        return False
    word = before.group(1)
    role = role_of(word) is not None or (compounds and ends_in_role(word))
    return title_gender(word) is not None or role


def _skip_descriptors(tokens: Sequence[Token], start: int) -> int:
    """Skip common nouns and adjectives before a name ("Supermarkt Albert", "Gedeputeerde X").

    A listed given name tagged as a noun stays ("Daniëlle/NOUN van de Donk"), and so does any
    word before a surname particle that is no title or common word ("Christy/NOUN van Beek",
    but "Koning van Katoren").
    """
    for i, token in enumerate(tokens):
        if token.upos not in {"NOUN", "ADJ"} or given_name_gender(token.text) is not None:
            break
        particle = i + 1 < len(tokens) and tokens[i + 1].text in _NAME_PARTICLES
        if particle and not (_is_title(token.text) or _common_word(token.text)):
            break
        if any(t.upos == "PROPN" for t in tokens[i + 1 :]):
            start = tokens[i + 1].start
    return start


def _common_word(word: str) -> bool:
    """Tell a common word by ``opening_words.txt`` ("Soldaat", "Bodemdeskundige"), no name."""
    return word.lower() in load_set("opening_words") and given_name_gender(word) is None


def _common_opening_word(text: str, start: int, word: str) -> bool:
    """Tell a common word capitalised at a sentence start (``opening_words.txt``), no name."""
    return word[1:].islower() and _common_word(word) and _opens_sentence(text, start)


def _skip_opening_word(annotation: Annotation, start: int, end: int, given: frozenset[str]) -> int:
    """Skip a descriptor taken into a person's name ("Routinier Brama", "de Deen Kasper Asgreen").

    The word opens a sentence and ``opening_words.txt`` (built by ``training/opening_words.py``)
    lists it as a common word, or an article stands before it, so that it is the noun the
    article goes with, and what follows is a name: a listed given name opens it or its last
    word stands elsewhere without the skipped word ("de Beastie Boys" stays whole). A listed
    given name is never skipped ("Ben Weyts").
    """
    text = annotation.text
    tokens = span_tokens(annotation, start, end)
    if len(tokens) < 2 or tokens[0].start != start:
        return start
    first = tokens[0].text
    if first in _NAME_PARTICLES or given_name_gender(first) is not None or first in given:
        return start
    rest = tokens[1].start
    if not _person_shaped(text[rest:end]):
        return start
    if _common_opening_word(text, start, first):
        return rest
    if not _after_article(text, start, definite=True):
        return start
    words = text[rest:end].split()  # after an article: the rest is a name ("de Beastie Boys")
    named = given_name_gender(words[0]) is not None or words[0] in given
    alone = re.compile(rf"(?<!{re.escape(first)} ){re.escape(words[-1])}(?![\w-])")
    return rest if named or alone.search(text) else start


def _joins_a_person(group: _Group, persons: Sequence[_Group]) -> bool:
    """Tell whether a name tagged ORG/LOC/MISC is really a person's ("Tsepkalo" as ORG).

    It must fit a person's name with the whole surname ("Van Brugge", not the city "Brugge"
    for "Jan van Brugge"), and the person must be named at least half as often as the name is
    tagged ORG or LOC (the company "Stork" named three times is not "Paul Stork" named once, but
    "Wilders" tagged ORG three times is "Geert Wilders" named twice).
    MISC is the tagger's catch-all, so a MISC majority ("Bertens" 3x MISC, 1x PER) joins.
    """
    if not _person_shaped(group.mentions[0].name):
        return False
    # its fullest form as a person's name: "De Jong" (keyed "jong" as MISC) keeps its particle
    key = max((_key(m.name) for m in group.mentions), key=len)
    fitting = [
        p
        for p in persons
        if (_compatible(key, p.key) and len(key) >= _surname_length(p))
        or (_compatible(p.key, key) and len(p.key) >= _surname_length(group))
    ]
    if not fitting and len(key) == 1 and key[0].endswith("s"):  # "Einsteins gedachtegoed"
        fitting = [p for p in persons if _compatible((key[0][:-1],), p.key)]
    if not fitting and len(group.key) == 1 and given_name_gender(group.key[0]) is not None:
        fitting = [p for p in persons if len(p.key) > 1 and p.key[0] == group.key[0]]
        fitting = fitting if len(fitting) == 1 else []  # "Duncan" after "Duncan Laurence"
    named = sum(len(p.mentions) for p in fitting) + sum(m.label == PER for m in group.mentions)
    elsewhere = sum(m.label in {"ORG", "LOC"} for m in group.mentions)
    introduced = any(m.roled for p in fitting for m in p.mentions)  # "aanklager Fatou Bensouda"
    return bool(fitting) and (elsewhere <= 2 * named or (introduced and len(key) == 1))


def _known_surname(name: str) -> bool:
    """Tell a one-word name the news corpus gives to people ("Trump", "Wilders", "Bottas").

    ``known_surnames.txt`` (built by ``training/known_surnames.py``) lists the surnames the
    corpus mostly writes after a given name; the bundled tagger calls many of them ORG when
    they stand alone.
    """
    return " " not in name and name in load_set("known_surnames")


def _surname_length(group: _Group) -> int:
    """Count the words of the surname with its particles ("Cees van Raak" -> 2)."""
    return len(_surname(group.mentions[0].name).split())


def _vote(mentions: Sequence[_Mention]) -> str:
    """Majority label; ties go to PER for a person-shaped name, else to the earliest.

    A person-shaped name written once right after a title is a person, whatever the tagger
    said of its other mentions ("President Macron", then "Macron" tagged ORG). So is one
    right after a role noun ("zanger Mahmood", then "Mahmood" tagged MISC and ORG), unless the
    tagger calls every other mention an organisation ("Topman Transavia", then "Transavia"
    tagged ORG) or the name ends like a place or prize ("Winnaar Kindervredesprijs").
    """
    name = mentions[0].name
    if _person_shaped(name):
        if any(m.titled for m in mentions):
            return PER
        others = {m.label for m in mentions if not m.roled}
        place = any(name.lower().endswith(word) for word in _NAMED_PLACES)
        if any(m.roled and m.label == PER for m in mentions) and others != {"ORG"} and not place:
            return PER
    counts = Counter(m.label for m in mentions)
    best = max(counts.values())
    tied = {label for label, n in counts.items() if n == best}
    if PER in tied and _person_shaped(mentions[0].name):
        return PER
    return next(m.label for m in mentions if m.label in tied)


# --- clustering ----------------------------------------------------------------------------


def _cluster_persons(groups: Sequence[_Group]) -> list[_Group]:
    """Fullest names first; shorter forms join the one person they fit, or the nearest one.

    A genitive comes after its bare form ("Vermeers" after "Vermeer"), so that it joins it.
    """
    keys = {group.key for group in groups}

    def genitive(group: _Group) -> bool:
        last = group.key[-1]
        return last.endswith("s") and (*group.key[:-1], last[:-1]) in keys

    order = sorted(
        groups,
        key=lambda g: (-len(g.key), any(map(_is_initial, g.key)), genitive(g), g.first),
    )
    clusters: list[_Group] = []
    for group in order:
        fits = [c for c in clusters if _compatible(group.key, c.key)]
        if not fits and group.key[-1].endswith("s"):  # genitive without apostrophe: "De Jongs"
            bare = (*group.key[:-1], group.key[-1][:-1])
            fits = [c for c in clusters if _compatible(bare, c.key)]
        if not fits and len(group.key) == 1:
            word = group.key[0]
            given = {word, word[:-1]} if word.endswith("s") else {word}  # "Sophies buikholte"
            fits = [c for c in clusters if len(c.key) > 1 and c.key[0] in given]
            fits = fits if len(fits) == 1 else []
        if not fits:
            clusters.append(_Group(group.key, list(group.mentions)))
            continue
        for mention in group.mentions:
            _nearest(fits, mention.start).mentions.append(mention)
    return clusters


def _nearest(candidates: Sequence[_Group], position: int) -> _Group:
    """Pick the candidate named last before ``position``, else the one named first after."""
    before = [
        (m.start, i) for i, g in enumerate(candidates) for m in g.mentions if m.start < position
    ]
    if before:
        return candidates[max(before)[1]]
    return min(candidates, key=lambda g: g.first)


def _cluster_others(
    groups: Sequence[_Group], labels: dict[tuple[str, ...], str]
) -> list[tuple[str, _Group]]:
    """Exact names stay together; an acronym ("OM") joins its long form ("Openbaar Ministerie")."""
    merged: dict[tuple[str, ...], _Group] = {g.key: _Group(g.key, list(g.mentions)) for g in groups}
    by_initials = {_initials(g.mentions[0].name): g.key for g in groups}
    for group in groups:
        name = group.mentions[0].name
        target = by_initials.get(name) if _ACRONYM.fullmatch(name) else None
        if target is not None and target != group.key and group.key in merged:
            merged[target].mentions.extend(merged.pop(group.key).mentions)
    result = []
    for key, group in merged.items():
        counts = Counter(labels[m.key] for m in group.mentions)
        best = max(counts.values())
        label = labels[key] if counts[labels[key]] == best else counts.most_common(1)[0][0]
        result.append((label, group))
    return result


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _add_unlabelled(
    text: str,
    persons: Sequence[_Group],
    others: Sequence[tuple[str, _Group]],
) -> None:
    """Add occurrences of a person's name the backend missed (whole word, case as written).

    One pass over the words of the text: a word that opens a known name form is tried against
    the forms it opens, longest first; spans already taken by a mention are skipped.
    """
    free = _FreeSpans(
        [(m.start, m.end) for g in persons for m in g.mentions]
        + [(m.start, m.end) for _, g in others for m in g.mentions]
    )
    opening: dict[str, list[tuple[re.Pattern[str], str, _Group]]] = {}
    for group in persons:
        written = {m.name for m in group.mentions} | {_surname(_canonical(group))}
        for form in written:
            fits = [p for p in persons if _compatible(_key(form), p.key)]
            first = _FIRST_WORD.match(form)
            if len(fits) == 1 and fits[0] is group and first is not None:
                pattern = re.compile(rf"{re.escape(form)}(?:[’']s)?(?![\w-])")
                opening.setdefault(first.group(), []).append((pattern, form, group))
    for candidates in opening.values():
        candidates.sort(key=lambda candidate: -len(candidate[1]))
    for word in _WORD_START.finditer(text):
        for pattern, form, group in opening.get(word.group(), ()):
            match = pattern.match(text, word.start())
            if match is None:
                continue
            if free(match.start(), match.end()):
                group.mentions.append(_Mention(match.start(), match.end(), form, group.key, PER))
                free.take(match.start(), match.end())
            break


def _surname(name: str) -> str:
    """Return the standalone surname: last word with its particles, capitalised ("Van Raak")."""
    words = name.split()
    i = len(words) - 1
    while i > 1 and not words[i - 1][:1].isupper():
        i -= 1
    surname = " ".join(words[i:])
    return surname[:1].upper() + surname[1:]


def _canonical(group: _Group) -> str:
    """Return the fullest name: most non-initial words, capitalised, longest, earliest.

    A genitive is no fuller form: "Lonneke" over "Lonnekes" when both are written.
    """
    names = {m.name for m in group.mentions}
    best = max(
        group.mentions,
        key=lambda m: (
            sum(not _is_initial(w) for w in _key(m.name)),
            m.name[:1].isupper(),  # "Van Dijk" over "van Dijk"
            not (m.name.endswith("s") and m.name[:-1] in names),
            len(m.name),
            -m.start,
        ),
    )
    return best.name


def _finish(label: str, group: _Group) -> EntityCluster:
    if label == PER:
        name = _canonical(group)
    else:
        # "Kremlin" over "Het Kremlin", but "De Telegraaf" when that is all there is.
        name = max(
            group.mentions,
            key=lambda m: (determiner_kind(m.name.split()[0]) is None, len(m.name), -m.start),
        ).name
    spans = sorted({(m.start, m.end) for m in group.mentions})
    return EntityCluster(label=label, name=name, mentions=tuple(spans))


def with_listed_names(annotation: Annotation) -> Annotation:
    """Add the full names the backend missed that open with a listed given name, as PER.

    "Duncan Laurence", "Erik ten Hag", "Anders Fogh Rasmussen", "MARC HOOGHE": a capitalised
    given name from ``data/nl/first_names.txt`` (names that are not also common words), its
    surname particles and one or two capitalised words. A mention of exactly that name with
    another label becomes PER ("Lorena Wiebes"/ORG, "Duncan Laurence"/LOC), except for brands
    and events named after a person ("Albert Heijn", "Roland Garros") and places ending in a
    place noun ("Johan Cruijff ArenA"); mentions inside it after the given name give way to
    it ("Laurence"/MISC in "Duncan Laurence"), other mentions it overlaps stay as they are; a
    word after the given name that is a function word ("Anne En toen") is no surname. A name
    of that shape whose first word is tagged PROPN counts too when a role noun follows it as
    an apposition ("Sico van der Meer, kernwapenexpert bij Clingendael").

    Example:
        >>> from tests.builders import annotate
        >>> ann = with_listed_names(annotate("Dat zei trainer Erik ten Hag gisteren."))
        >>> [(m.text, m.label) for m in ann.entities]
        [('Erik ten Hag', 'PER')]

    """
    text = annotation.text
    free = _FreeSpans([(m.start, m.end) for m in annotation.entities])
    exact = {(m.start, m.end): m for m in annotation.entities}
    ordered = sorted(annotation.entities, key=lambda m: (m.start, m.end))
    starts = [m.start for m in ordered]
    added: list[EntityMention] = []
    relabelled: dict[tuple[int, int], EntityMention | None] = {}
    for word in _CAPITALISED.finditer(text):
        listed = given_name_gender(word.group()) is not None
        match = _FULL_NAME.match(text, word.start())
        if match is None or not (listed or _role_after(text, match.end())):
            continue
        opener = span_tokens(annotation, word.start(), word.end())
        if not listed and (not opener or opener[0].upos != "PROPN"):
            continue  # "Volgens Koeman, oud-speler": no name opens it
        given, rest = match.group(1), match.group(2)
        if given.isupper() != rest.strip().replace(" ", "").isupper() and len(given) > 1:
            continue  # "OLAF TEMPELMAN" and "Olaf Tempelman", not "ANNE Frank"
        words = rest.split()
        if words[-1].lower() in _NAMED_PLACES:
            continue  # "de Johan Cruijff ArenA": a place named after the person
        if words[-1].lower() in _NOT_A_SURNAME or words[0].lower() in _NOT_A_SURNAME - {"de"}:
            continue
        start, end = match.start(), match.end()
        if " ".join(match.group().lower().split()) in _BRANDS:
            continue
        same = exact.get((start, end))
        if same is not None:  # "Lorena Wiebes"/ORG, "Duncan Laurence"/LOC: the backend's slip
            if same.label != PER:
                relabelled[(start, end)] = EntityMention(start, end, same.text, PER)
        elif free(start, end):
            added.append(EntityMention(start, end, text[start:end], PER))
        elif listed and (inside := _surname_only(text, ordered, starts, (start, end), word.end())):
            for mention in inside:  # "Duncan Laurence" tagged "Laurence"/MISC: the whole name
                relabelled[(mention.start, mention.end)] = None
            added.append(EntityMention(start, end, text[start:end], PER))
    return _with_mentions(annotation, added, relabelled)


def with_titled_names(annotation: Annotation) -> Annotation:
    """Add the names the backend missed right after a title or role noun, as PER.

    "Vicepremier De Jonge", "GroenLinks-Kamerlid Özdil", "Scheidsrechter Siemen Mulder": one
    or two capitalised words (with a capitalised particle: "De", "Van", "Ten") after a role are
    the person's name, so the rest of the article's mentions of it are found too. Not after an
    article ("de minister Sea-Watch": the title is a noun of its own), not "minister van
    Financiën" (lower-case "van" opens the ministry), not an adjective ("voorzitter Europese")
    and not a word with a capital inside ("Medewerker RijnlandRoute").

    Example:
        >>> from tests.builders import annotate
        >>> ann = with_titled_names(annotate("Het kabinet wil dat, zei minister De Jonge."))
        >>> [(m.text, m.label) for m in ann.entities]
        [('De Jonge', 'PER')]

    """
    text = annotation.text
    free = _FreeSpans([(m.start, m.end) for m in annotation.entities])
    added: list[EntityMention] = []
    for word in _WORD_START.finditer(text):
        match = _TITLED_NAME.match(text, word.start())
        if match is None:
            continue
        role, start, end = match.group(1), match.start(2), match.end(2)
        if not (role_of(role) or title_gender(role) or ends_in_role(role)) or not free(start, end):
            continue
        if _after_article(text, match.start(1)):
            continue  # "de minister Sea-Watch": the title is a noun of its own
        tokens = span_tokens(annotation, start, end)
        if not tokens or tokens[-1].upos not in ("PROPN", "NOUN", "X", "ADJ"):
            continue  # not a name's word
        if any(token.upos == "ADJ" for token in tokens) and not _adjective_surname(
            annotation, tokens
        ):
            continue  # "voorzitter Europese Commissie": an adjective, no name (but "Snel")
        if _INNER_CAPITAL.search(text, start, end):
            continue  # "Medewerker RijnlandRoute": a project's or company's name
        added.append(EntityMention(start, end, text[start:end], PER))
        free.take(start, end)
    return _with_mentions(annotation, added)


def _adjective_surname(annotation: Annotation, tokens: Sequence[Token]) -> bool:
    """Tell a surname that is also an adjective ("staatssecretaris Snel van Financiën").

    One word, no adjective of a place or nationality ("Europese", "Amerikaanse"), and no noun
    or capitalised word after it that it could modify ("voorzitter Europese Commissie",
    "hoogleraar Europees recht").
    """
    if len(tokens) != 1 or tokens[0].text.lower().endswith(("se", "sche")):
        return False
    end = tokens[0].end
    following = span_tokens(annotation, end, len(annotation.text))[:1]
    if not following:
        return True
    word = following[0]
    return not word.text[:1].isupper() and word.upos not in ("NOUN", "PROPN", "ADJ")


def _surname_only(
    text: str,
    mentions: Sequence[EntityMention],
    starts: Sequence[int],
    name: tuple[int, int],
    given: int,
) -> list[EntityMention]:
    """The mentions overlapping the ``name`` span if they all lie inside it, none across a word.

    The backend tagged part of a full name ("Laurence"/MISC in "Duncan Laurence", "Cora"/ORG
    and "Nieuwenhuizen"/ORG in "Cora van Nieuwenhuizen"): a mention may be the given name
    alone (ending at ``given``), with a role word before it ("Ajax-trainer Erik" in
    "Ajax-trainer Erik ten Hag"), or lie after it; none may start before the name otherwise,
    run from the given name into the surname or reach beyond the name. ``mentions`` are sorted
    by start, ``starts`` are their starts.
    """
    start, end = name
    at = bisect_right(starts, start)
    inside = []
    if at and mentions[at - 1].end > start:
        first = mentions[at - 1]
        role = text[first.start : start].strip()
        roled = " " not in role and (role_of(role) is not None or ends_in_role(role))
        alone = first.end == given and (first.start == start or roled)
        if not alone or (at > 1 and mentions[at - 2].end > start):
            return []  # a mention from before the given name, or across it
        inside.append(first)
    while at < len(mentions) and mentions[at].start < end:
        if mentions[at].end > end:
            return []
        inside.append(mentions[at])
        at += 1
    return inside


def _role_after(text: str, end: int) -> bool:
    """Tell whether a role noun follows a name as its apposition ("Sico van der Meer, expert")."""
    after = _ROLE_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return role_of(word) is not None or ends_in_role(word)  # "oud-minister", "kernwapenexpert"


def with_corrected_mentions(annotation: Annotation) -> Annotation:
    """Correct the backend's mentions where the text says more than its tags.

    A conjunction opening a sentence is no part of a name ("Of Brama nog iets kwijt wil?"
    tagged "Of Brama"): it is cut off. A one-word person's name that refers to no person here
    becomes MISC: the end of a work's title ("voor De vloek van Osama, zijn nieuwe
    Canvasprogramma": a capital article inside a sentence opens the title of a series, book
    or film) and a kind of person after "een" ("een modern Kuifje", "een tweede Cruijff").
    Neither can speak or be meant by "hij". A full name after a title is most often the
    work's maker ("De aanslag van Harry Mulisch") and stays a person. A name ending in an
    initial keeps the initial's full stop where it also ends the sentence ("tegen Jos B. Hij").

    Example:
        >>> from tests.builders import annotate
        >>> ann = annotate("Hij maakte De vloek van Osama.", entities={"Osama": "PER"})
        >>> [(m.text, m.label) for m in with_corrected_mentions(ann).entities]
        [('De vloek van Osama', 'MISC')]

    """
    text = annotation.text
    relabelled: dict[tuple[int, int], EntityMention | None] = {}
    for mention in annotation.entities:
        tokens = span_tokens(annotation, mention.start, mention.end)
        chamber = len(tokens) == 2 and tokens[0].text in _CHAMBERS and role_of(tokens[1].text)
        if tokens and (_role_compound(tokens[-1].text) or chamber):
            relabelled[(mention.start, mention.end)] = None  # a role, no name: "VVD-Kamerlid",
            continue  # "FC Utrecht-trainer" (before "John van den Brom"), "Tweede Kamerlid"
        opener = 0
        opens_sentence = _opens_sentence(text, mention.start)
        while (
            opens_sentence
            and opener < len(tokens) - 1
            and tokens[opener].upos in ("CCONJ", "SCONJ")
        ):
            opener += 1  # not "En Marche" inside a sentence
        start, label = tokens[opener].start if opener else mention.start, mention.label
        if label == PER and " " not in text[start : mention.end]:
            reach = max(0, start - _TITLE_REACH)
            title = _WORK_TITLE.search(text, reach, start)
            if title is not None or _AS_A_TYPE.search(text, reach, start):
                label = "MISC"
            start = title.start() if title is not None else start
        end = mention.end
        if label == PER and _ends_in_initial(text, start, end):
            end += 1  # "de zaak tegen Jos B. Hij ...": the initial keeps its full stop
        if (start, end, label) != (mention.start, mention.end, mention.label):
            other = EntityMention(start, end, text[start:end], label)
            relabelled[(mention.start, mention.end)] = other
    return _with_mentions(annotation, (), relabelled)


def _ends_in_initial(text: str, start: int, end: int) -> bool:
    """Tell "Jos B" before a full stop the tagger left out: a name ending in an initial.

    Only when the text writes the name with that full stop where no sentence ends ("Jos B.
    ontkende", "Jos B.:"): "Cardi B." and "Willem I." end sentences and keep their names.
    """
    words = text[start:end].split()
    last = words[-1] if words else ""
    if len(words) < 2 or len(last) != 1 or not last.isupper() or text[end : end + 1] != ".":
        return False
    inside = re.compile(re.escape(text[start:end]) + r"\.(?=[:,;)]|\s+[(a-z])")
    return inside.search(text) is not None


def _opens_sentence(text: str, start: int) -> bool:
    """Tell whether a sentence or paragraph starts at ``start`` (after a mark that ends one)."""
    at = start
    while at > 0 and text[at - 1].isspace():
        at -= 1
    if "\n" in text[at:start]:
        return True
    if at > 0 and text[at - 1] in "\"'“”‘’»":
        at -= 1
    return at == 0 or text[at - 1] in ".!?:"


def with_cluster_names(annotation: Annotation, clusters: Sequence[EntityCluster]) -> Annotation:
    """Add the occurrences of person names that only clustering found, as PER mentions.

    Clustering finds every place a person's name is written ("Schilling" after "Govert
    Schilling"); with them the quote rules see "Schilling geeft de moed niet op. ‘...’" as a
    person introducing the quote. A backend mention that clustering joined to a person
    ("Brama" tagged MISC beside "Wout Brama") becomes PER; the others stay as they are.
    """
    free = _FreeSpans([(m.start, m.end) for m in annotation.entities])
    exact = {(m.start, m.end): m for m in annotation.entities if m.label != PER}
    spans = [span for cluster in clusters if cluster.label == PER for span in cluster.mentions]
    added = [
        EntityMention(start, end, annotation.text[start:end], PER)
        for start, end in spans
        if free(start, end)
    ]
    relabelled = {
        span: EntityMention(*span, exact[span].text, PER) for span in spans if span in exact
    }
    return _with_mentions(annotation, added, relabelled)


class _FreeSpans:
    """Tells whether a character span overlaps none of the spans taken so far."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self._taken = sorted(spans)
        self._starts = [start for start, _ in self._taken]

    def __call__(self, start: int, end: int) -> bool:
        at = bisect_right(self._starts, start)
        before = at > 0 and self._taken[at - 1][1] > start
        return not before and not (at < len(self._taken) and self._taken[at][0] < end)

    def take(self, start: int, end: int) -> None:
        at = bisect_right(self._starts, start)
        self._taken.insert(at, (start, end))
        self._starts.insert(at, start)


def _with_mentions(
    annotation: Annotation,
    added: Sequence[EntityMention],
    relabelled: Mapping[tuple[int, int], EntityMention | None] | None = None,
) -> Annotation:
    """The annotation with mentions added and some replaced (or, for None, dropped)."""
    if not added and not relabelled:
        return annotation
    kept = ((relabelled or {}).get((m.start, m.end), m) for m in annotation.entities)
    mentions = sorted((*(m for m in kept if m is not None), *added), key=lambda m: (m.start, m.end))
    return replace(annotation, entities=tuple(mentions))
