"""Speaker coreference: pronouns and role phrases ("hij", "de president") back to a person."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final

from newsstruct.backends.base import Annotation, Sentence, Token
from newsstruct.layout import find_blocks
from newsstruct.lexicon import listed_or_compound, load_lines, load_set
from newsstruct.rules.quotemarks import find_quoted_spans

__all__ = [
    "PersonMention",
    "determiner_kind",
    "given_name_gender",
    "in_prepositional_phrase",
    "pronoun_entry",
    "quote_regions",
    "resolve_pronoun",
    "resolve_role",
    "role_of",
    "span_tokens",
    "title_gender",
]

_LOOKBACK_SENTENCES: Final = 8
_ROLE_WINDOW: Final = 5
_MAX_MODIFIERS: Final = 3
_COMPOUND_ROLE_LETTERS: Final = 5  # "kernwapenexpert" ends in "expert"; not in "agent"
_CLAUSE_BREAKS: Final = frozenset({"PUNCT", "SCONJ", "CCONJ"})
_VERBAL: Final = frozenset({"VERB", "AUX"})
_NOMINATIVE: Final = frozenset(
    {"ik", "jij", "hij", "zij", "wij", "we"}
)  # never objects, unlike "ze"


@dataclass(frozen=True, slots=True)
class PersonMention:
    """Where a person cluster is named: its span and the cluster's index."""

    start: int
    end: int
    cluster: int


@dataclass(frozen=True, slots=True)
class _PronounEntry:
    referent: str
    function: str


@dataclass(frozen=True, slots=True)
class _Intro:
    cluster: int
    start: int
    role: str
    modifiers: frozenset[str]


@cache
def _pronoun_table() -> tuple[dict[str, _PronounEntry], dict[str, str]]:
    pronouns: dict[str, _PronounEntry] = {}
    determiners: dict[str, str] = {}
    for line in load_lines("pronouns"):
        form, referent, function = line.split()
        if function == "det":
            determiners[form] = referent
        else:
            pronouns[form] = _PronounEntry(referent, function)
    return pronouns, determiners


@cache
def _gendered_words(name: str) -> dict[str, str]:
    """Entries of a title or role lexicon: word -> "f", "m" or "" (used for either)."""
    table: dict[str, str] = {}
    for line in load_lines(name):
        word, *gender = line.split()
        table[word] = gender[0] if gender else ""
    return table


def given_name_gender(word: str) -> str | None:
    """Gender a given name marks ("f", "m"), or ``None`` for a word not listed as one.

    A hyphenated name counts by its first part ("Jean-Claude" -> "m").

    Example:
        >>> [given_name_gender(name) for name in ("Floortje", "Jean-Claude", "Kim")]
        ['f', 'm', None]

    """
    names = _gendered_words("first_names")
    lower = word.lower()
    return names.get(lower) or names.get(lower.partition("-")[0]) or None


def title_gender(word: str) -> str | None:
    """Look a word up in the ``titles`` lexicon.

    Args:
        word: The word as written, any case ("Mevrouw", "dr.").

    Returns:
        "f" or "m" for a title of one gender, "" for either, ``None`` for a word that is not a
        title.

    Example:
        >>> title_gender("Mevrouw"), title_gender("dr."), title_gender("Jansen")
        ('f', '', None)

    """
    return _gendered_words("titles").get(word.lower())


def pronoun_entry(word: str) -> tuple[str, str] | None:
    """Look up a personal pronoun in the ``pronouns`` lexicon.

    Args:
        word: The pronoun as written, any case.

    Returns:
        ``(referent, function)``: referent letters m/f/p (male, female, plural) and the
        function subj/obj/poss; ``None`` for a word that is not a listed pronoun.

    Example:
        >>> pronoun_entry("Hem")
        ('m', 'obj')

    """
    entry = _pronoun_table()[0].get(word.lower())
    return None if entry is None else (entry.referent, entry.function)


def determiner_kind(word: str) -> str | None:
    """``"def"`` or ``"indef"`` for a listed determiner ("de", "een"), else ``None``."""
    return _pronoun_table()[1].get(word.lower())


def role_of(word: str) -> str | None:
    """Return the role noun a word is, lower-cased, or ``None``.

    A hyphenated compound counts by its last part: "oud-premier" and "CDA-Kamerlid" are the
    roles "premier" and "kamerlid" ("Wit-Russische" is none).

    Example:
        >>> role_of("president"), role_of("CDA-Kamerlid"), role_of("Loekasjenko")
        ('president', 'kamerlid', None)

    """
    parts = _role_parts(word)
    return None if parts is None else parts[0]


def ends_in_role(word: str) -> bool:
    """Tell a closed compound ending in a role noun of five letters or more.

    Example:
        >>> ends_in_role("kernwapenexpert"), ends_in_role("Waterstaat")
        (True, False)

    """
    return _compound_role(word) is not None


def _role_parts(word: str) -> tuple[str, frozenset[str]] | None:
    """Split a role word into its role noun and its prefixes ("oud-premier" -> premier, {oud}).

    Of two roles joined by a slash the last counts ("verdediger/middenvelder").
    """
    lower = word.lower().rpartition("/")[2]
    roles, same = _gendered_words("role_nouns"), _role_synonyms()
    if lower in roles or lower in same:
        return same.get(lower, lower), frozenset()
    prefix, _, last = lower.rpartition("-")
    if prefix and (last in roles or last in same):
        return same.get(last, last), frozenset(part for part in prefix.split("-") if part)
    return None


@cache
def _role_synonyms() -> dict[str, str]:
    """``role_synonyms.txt``: a role noun -> the role it names ("burgervader" -> burgemeester)."""
    return dict(line.split() for line in load_lines("role_synonyms"))


def _compound_role(word: str) -> tuple[str, frozenset[str]] | None:
    """Split a closed compound on its role noun ("ritwinnaar" -> winnaar, {rit}), else None."""
    lower = word.lower()
    roles = [r for r in _gendered_words("role_nouns") if len(r) >= _COMPOUND_ROLE_LETTERS]
    found = max(
        (r for r in roles if lower.endswith(r) and len(lower) > len(r)), key=len, default=None
    )
    if found is None:
        return None
    return _role_synonyms().get(found, found), frozenset([lower[: -len(found)]])


@lru_cache(maxsize=8)  # one article's speakers are resolved one after the other
def quote_regions(text: str) -> tuple[tuple[int, int], ...]:
    """Return the quoted stretches of ``text``, marks included, paragraph by paragraph.

    Example:
        >>> quote_regions("“Ja”, zei hij.")
        ((0, 4),)

    """
    spans = find_quoted_spans(text, find_blocks(text))
    return tuple((span.open, span.close) for span in spans)


def span_tokens(annotation: Annotation, start: int, end: int) -> list[Token]:
    """Return the tokens lying inside ``[start, end)``, in text order."""
    sentences = annotation.sentences
    index = max(bisect_right(_sentence_starts(annotation), start) - 1, 0)
    tokens: list[Token] = []
    while index < len(sentences) and sentences[index].start < end:
        sentence = sentences[index]
        if start < sentence.end:
            tokens.extend(t for t in sentence.tokens if start <= t.start and t.end <= end)
        index += 1
    return tokens


# One-entry caches keyed by identity: the rules ask many questions about one annotation in a
# row, and recomputing these per question made long articles quadratic.
_starts_cache: tuple[Annotation, list[int]] | None = None
_intros_cache: tuple[Annotation, list[PersonMention], list[_Intro]] | None = None


def _sentence_starts(annotation: Annotation) -> list[int]:
    global _starts_cache
    cached = _starts_cache
    if cached is None or cached[0] is not annotation:
        cached = (annotation, [sentence.start for sentence in annotation.sentences])
        _starts_cache = cached
    return cached[1]


def resolve_pronoun(
    annotation: Annotation,
    persons: Sequence[PersonMention],
    start: int,
    end: int,
    *,
    stand_in: str | None = None,
) -> int | None:
    """Resolve a pronoun speaker to the most salient person named before it.

    Walks back sentence by sentence (the pronoun's own sentence first, up to eight) and takes
    the first sentence that names a person outside quotation marks; within it a subject beats
    a name inside a prepositional phrase or a possessive, and earlier beats later. An object
    pronoun ("hem") skips the subject of its own clause ("Tokayev citeerde hem"); a person
    whose title or role marks the other gender ("mevrouw Smit", "koning Filip") is skipped;
    "ze" with a plural verb is a group and resolves to nobody. "u" and "jij" outside quotes
    address the interviewee: the person named most.

    Args:
        annotation: The annotated text.
        persons: Every mention of a person cluster.
        start: Offset of the pronoun.
        end: Offset one past the pronoun.
        stand_in: A pronoun to resolve in the phrase's place, for an epithet that refers like
            one ("de Duitser" as "hij").

    Returns:
        The cluster index, or ``None`` for a non-person pronoun or when nobody fits.

    Example:
        >>> from tests.builders import annotate
        >>> ann = annotate("Jan lacht. Hij zei niets.", entities={"Jan": "PER"})
        >>> resolve_pronoun(ann, [PersonMention(0, 3, 0)], 11, 14)
        0

    """
    entry = pronoun_entry(stand_in or annotation.text[start:end].strip())
    if entry is not None and entry[0] == "a":
        return _interviewee(persons)
    if entry is None or not set(entry[0]) & {"m", "f"}:
        return None
    if "p" in entry[0] and _plural_verb(annotation, start):
        return None  # "ze zeggen": a group, not one person
    quotes = quote_regions(annotation.text)
    windows = _sentence_windows(annotation, start)
    persons = [*persons, *_role_subjects(annotation, persons, windows, start)]
    genders = _cluster_genders(annotation, persons)
    before = [
        p
        for p in persons
        if p.end <= start and (not genders.get(p.cluster) or genders[p.cluster] in entry[0])
    ]
    for allow_quoted in (False, True):
        for back, (low, high, sentence) in enumerate(windows):
            found = [
                p
                for p in before
                if low <= p.start < high
                and (allow_quoted or not any(qs <= p.start and p.end <= qe for qs, qe in quotes))
            ]
            if back == 0 and entry[1] == "obj":
                found = [p for p in found if not _clause_argument(sentence, p, start)]
            if back == 0 and entry[1] == "subj":
                found = [p for p in found if not _object_of_same_verb(sentence, p, start)]
            chained = _same_subject_pronoun(sentence, entry[0], start, quotes)
            if chained is None and found and entry[0] in _POSSESSIVES:
                owner = _possessive_pronoun(sentence, _POSSESSIVES[entry[0]], start, quotes)
                if owner is not None and all(_salience(sentence, p)[2] for p in found):
                    chained = owner  # "Tot zijn spijt ... met Kamerlid Van Dijk. ..., grapt hij"
            chained = None if allow_quoted else chained
            main = chained is not None and _governs_root(sentence, chained)
            if chained is not None and all(_salience(sentence, p)[0 if main else 1] for p in found):
                # "Onderweg kwam ze Johnny tegen. ..., vertelt ze": the pronoun goes on where
                # the earlier subject pronoun did, not to the object named beside it, nor
                # (when that pronoun is the main clause's subject) to the subject of a clause
                # under it ("zat hij ..., terwijl Arib zijn brief voorlas").
                via = resolve_pronoun(annotation, persons, chained.start, chained.end)
                if via is not None or not found:
                    return via
                # The earlier pronoun points forward, to the name after it ("Al jaren brengt
                # hij verslag uit: Rudi Vranckx."): that name is the one meant.
            if found:
                return min(found, key=lambda p: _salience(sentence, p)).cluster
    return None


def _role_subjects(
    annotation: Annotation,
    persons: Sequence[PersonMention],
    windows: Sequence[tuple[int, int, Sentence]],
    before: int,
) -> list[PersonMention]:
    """Definite role subjects ("De trainer van Juventus zag ...") as mentions of their person.

    A pronoun after "Trainer Massimiliano Allegri ... De trainer van Juventus zag waarom
    Barcelona voor De Jong betaalt. „...”, zei hij." means the trainer, not De Jong.
    """
    found = []
    for _, _, sentence in windows[1:]:  # not the pronoun's own: "[De journalist ...], beweert hij"
        tokens = sentence.tokens
        for index in range(1, len(tokens)):
            token, article = tokens[index], tokens[index - 1]
            if token.end > before or not token.deprel.startswith("nsubj"):
                continue
            if article.text.lower() not in ("de", "het", "deze"):
                continue
            if role_of(token.text) is None and not ends_in_role(token.text.lower()):
                continue
            verb = token.head
            if verb is None or verb <= index or not _governs_root(sentence, token):
                continue  # "zolang de koning zich wijs gedraagt": a clause under the sentence
            if any(p.start >= token.end and p.end <= tokens[verb].start for p in persons):
                continue  # "de socioloog Luc Huyse", "De hoofdredacteur, Joan Lommers,": named
            cluster = resolve_role(annotation, persons, article.start, token.end)
            if cluster is not None:
                found.append(PersonMention(article.start, token.end, cluster))
    return found


def _governs_root(sentence: Sentence, token: Token) -> bool:
    """Tell a subject of the sentence's main verb ("zat hij ..., terwijl Arib ... voorlas")."""
    head = token.head
    return head is not None and head < len(sentence.tokens) and sentence.tokens[head].head is None


def _interviewee(persons: Sequence[PersonMention]) -> int | None:
    """The person an interviewer addresses ("schrijft u"): the one named most, then first."""
    counts = Counter(person.cluster for person in persons)
    if not counts:
        return None
    first: dict[int, int] = {}
    for person in persons:
        first[person.cluster] = min(person.start, first.get(person.cluster, person.start))
    return max(counts, key=lambda cluster: (counts[cluster], -first[cluster]))


def _same_subject_pronoun(
    sentence: Sentence, referent: str, before: int, quotes: Sequence[tuple[int, int]]
) -> Token | None:
    """The first subject pronoun of ``sentence`` before ``before`` that refers like ``referent``."""

    def wanted(token: Token) -> bool:
        entry = pronoun_entry(token.text)
        return entry is not None and entry[0] == referent and token.deprel.startswith("nsubj")

    return _first_before(sentence, before, quotes, wanted)


def _possessive_pronoun(
    sentence: Sentence, word: str, before: int, quotes: Sequence[tuple[int, int]]
) -> Token | None:
    """The first ``word`` ("zijn", "haar") of ``sentence`` before ``before`` that owns a noun."""
    return _first_before(
        sentence, before, quotes, lambda t: t.text.lower() == word and t.deprel == "nmod:poss"
    )


def _first_before(
    sentence: Sentence,
    before: int,
    quotes: Sequence[tuple[int, int]],
    wanted: Callable[[Token], bool],
) -> Token | None:
    """The first ``wanted`` token of ``sentence`` before ``before``, outside quotation marks."""
    for token in sentence.tokens:
        if token.start >= before:
            break
        if not any(qs <= token.start < qe for qs, qe in quotes) and wanted(token):
            return token
    return None


_POSSESSIVES: Final = {"m": "zijn", "f": "haar"}  # "zijn spijt", "haar boek"
# endings of nouns for people: "bokser", "handelaar", "specialist", "realityster", "dief"
_PERSON_ENDINGS: Final = (
    *("er", "aar", "ist", "ster", "ant", "ent", "eur", "oog", "ier", "dief"),
    *("man", "vrouw", "held", "jarige"),
)
_PROTAGONIST_MENTIONS: Final = 2
_PROTAGONIST_REACH: Final = 400  # characters from the last mention of the person


def resolve_role(
    annotation: Annotation, persons: Sequence[PersonMention], start: int, end: int
) -> int | None:
    """Resolve a definite role phrase ("de Wit-Russische president") to a person.

    The person must have been introduced earlier with the same role noun, written before the
    name ("De Wit-Russische president Alexandr Loekasjenko", "premier Rutte") or as an
    apposition after it ("Rutte, de premier,"). Modifiers in the phrase must all occur in the
    introduction when the introduction has any. Among several, the most recently named wins.
    Without such an introduction a phrase opening with "de"/"deze" is an epithet for the person
    the story is about ("De verdediger/middenvelder" for Daley Blind), unless its role is
    usually someone else's ("de woordvoerder", "de rechter"): see :func:`_protagonist`.

    Args:
        annotation: The annotated text.
        persons: Every mention of a person cluster.
        start: Offset of the phrase.
        end: Offset one past the phrase.

    Returns:
        The cluster index, or ``None`` for an indefinite phrase ("een woordvoerder"), a phrase
        without a role noun, or when nobody was introduced with that role and no one fits.

    """
    words = [t for t in span_tokens(annotation, start, end) if t.upos != "PUNCT"]
    if not words or _is_indefinite(words[0]):
        return None
    found = next(
        (
            (i, p)
            for i, t in enumerate(words)
            if (p := _role_parts(t.text) or _compound_role(t.text))
        ),
        None,
    )
    if found is None:
        return None
    role_index, (role, prefixes) = found
    modifiers = prefixes | frozenset(
        t.text.lower()
        for i, t in enumerate(words)
        if i != role_index and determiner_kind(t.text) is None and t.upos not in {"ADP", "DET"}
    )
    matching = {
        intro.cluster
        for intro in _role_intros(annotation, persons)
        if intro.role == role
        and intro.start < start
        and (not intro.modifiers or modifiers <= intro.modifiers)
    }
    if not matching:
        if role in load_set("other_party_roles") or words[0].text.lower() not in ("de", "deze"):
            return None
        return _protagonist(annotation, persons, start, _gendered_words("role_nouns")[role])
    latest = max((p for p in persons if p.cluster in matching and p.start < start), key=_start)
    return latest.cluster


def resolve_epithet(
    annotation: Annotation, persons: Sequence[PersonMention], start: int, end: int
) -> int | None:
    """Resolve a definite epithet of no listed role to the person the story is about.

    "De 35-jarige goaltjesdief vatte samen", "twittert de realityster", "De pionier zelf zei":
    "de"/"De"/"deze", adjectives at most, and one singular noun for a person (by its ending:
    "-er", "-ist", "-ster", "-jarige", ...; then "zelf" at most) that names no kind of people
    or body of its own (``person_nouns.txt``: "de buurvrouw" is someone else). The person is the
    story's protagonist, named last: see :func:`_protagonist`.
    """
    words = [t for t in span_tokens(annotation, start, end) if t.upos != "PUNCT"]
    if words and words[-1].text.lower() == "zelf":
        words = words[:-1]
    if len(words) < 2 or words[0].text.lower() not in ("de", "deze"):
        return None
    noun = words[-1]
    if noun.upos != "NOUN" or noun.feats.get("Number") == "Plur" or not noun.text.islower():
        return None
    if not noun.text.endswith(_PERSON_ENDINGS):
        return None  # "de vertraging", "de voetbalbond": no person
    if any(t.upos not in ("ADJ", "NUM") for t in words[1:-1]):
        return None
    lexicons = ("person_nouns", "organisation_nouns", "source_nouns", "document_nouns")
    if any(listed_or_compound(noun.text, name) for name in lexicons):
        return None
    return _protagonist(annotation, persons, start, "")


def _protagonist(
    annotation: Annotation, persons: Sequence[PersonMention], start: int, gender: str
) -> int | None:
    """The person a story is about, when they were also the last one named before ``start``.

    "Daley Blind speelde ... Blind ... De verdediger/middenvelder stond de pers te woord": an
    epithet for the person named most often so far, and named last, unless the role marks the
    other gender ("de zangeres" is not "meneer Deere").
    """
    genders = _cluster_genders(annotation, persons)
    before = [
        p
        for p in persons
        if p.start < start and not (gender and genders.get(p.cluster, gender) != gender)
    ]  # "de actrice" is not Woody Allen, however often he is named
    if not before:
        return None
    counts = Counter(p.cluster for p in before).most_common(2)
    top, times = counts[0]
    if times < _PROTAGONIST_MENTIONS or (len(counts) > 1 and counts[1][1] == times):
        return None
    last = max(before, key=_start)
    if last.cluster != top or start - last.end > _PROTAGONIST_REACH:
        return None
    return top


def _cluster_genders(annotation: Annotation, persons: Sequence[PersonMention]) -> dict[int, str]:
    """Gender of the persons a one-gender title, role or given name marks ("mevrouw Smit").

    Marks that disagree (a surname that is also a given name: "Anne Peter") give no gender.
    """
    seen: dict[int, set[str]] = {}
    sentences = annotation.sentences
    starts = [sentence.start for sentence in sentences]
    found: list[tuple[PersonMention, Sentence, list[int]]] = []
    for person in persons:  # each mention lies in one sentence: found by bisection
        number = bisect_right(starts, person.start) - 1
        if number < 0 or not person.start < sentences[number].end:
            continue
        found.append((person, sentences[number], _mention_tokens(sentences[number], person)))
    # A lone word of a person also named in full is the surname ("Ymke Lucas" ... "Lucas").
    full_names = {person.cluster for person, _, indices in found if len(indices) > 1}
    for person, sentence, indices in found:
        marks = seen.setdefault(person.cluster, set())
        lone_surname = len(indices) == 1 and person.cluster in full_names
        if indices and not lone_surname:  # "Floortje Dessing", "Kate": one gender's given name
            given = given_name_gender(sentence.tokens[indices[0]].text)
            if given:
                marks.add(given)
        for i in range(indices[0] - 1 if indices else -1, -1, -1):
            gender = _word_gender(sentence.tokens[i].text)
            if gender is None:
                break
            marks.add(gender)
    return {
        cluster: next(iter(marks - {""}))
        for cluster, marks in seen.items()
        if len(marks - {""}) == 1
    }


def _word_gender(word: str) -> str | None:
    """Gender a title or role word marks ("f", "m", "" for either); ``None`` for other words."""
    gender = title_gender(word)
    if gender is None:
        parts = _role_parts(word)
        gender = None if parts is None else _gendered_words("role_nouns")[parts[0]]
    return gender


def _plural_verb(annotation: Annotation, position: int) -> bool:
    """Tell whether the finite verb of the pronoun at ``position`` is plural ("ze zeggen")."""
    for sentence in annotation.sentences:
        if not sentence.start <= position < sentence.end:
            continue
        tokens = sentence.tokens
        index = next((i for i, t in enumerate(tokens) if t.start >= position), None)
        if index is None:
            return False
        head = tokens[index].head
        if head is not None and head < len(tokens) and tokens[head].upos in _VERBAL:
            return tokens[head].feats.get("Number") == "Plur"
        near = tokens[max(0, index - 2) : index + 3]
        return any(t.upos in _VERBAL and t.feats.get("Number") == "Plur" for t in near)
    return False


def _start(person: PersonMention) -> int:
    return person.start


def _is_indefinite(token: Token) -> bool:
    if token.feats.get("Definite") == "Ind":
        return True
    return determiner_kind(token.text) == "indef"


def _sentence_windows(annotation: Annotation, position: int) -> list[tuple[int, int, Sentence]]:
    """(low, high, sentence) for the sentence holding ``position`` and those before it."""
    sentences = annotation.sentences
    if not sentences:
        return [(0, len(annotation.text), Sentence(0, len(annotation.text), ()))]
    index = max((i for i, s in enumerate(sentences) if s.start <= position), default=0)
    windows = []
    for i in range(index, max(-1, index - _LOOKBACK_SENTENCES - 1), -1):
        low = 0 if i == 0 else sentences[i].start
        high = sentences[i + 1].start if i + 1 < len(sentences) else len(annotation.text)
        windows.append((low, high, sentences[i]))
    return windows


def _mention_tokens(sentence: Sentence, person: PersonMention) -> list[int]:
    return [
        i
        for i, token in enumerate(sentence.tokens)
        if token.start < person.end and person.start < token.end
    ]


def _head_token(sentence: Sentence, indices: list[int]) -> Token | None:
    inside = set(indices)
    for i in indices:
        head = sentence.tokens[i].head
        if head is None or head not in inside:
            return sentence.tokens[i]
    return None


def in_prepositional_phrase(annotation: Annotation, start: int, end: int, floor: int = 0) -> bool:
    """Tell whether the name at ``[start, end)`` is governed by a preposition.

    The preposition may stand before articles, adjectives, titles and common nouns ("het
    kantoor van Tokayev", "de woordvoerder van minister Hoekstra", "van het wedkantoor X") but
    not before a proper name ("staatssecretaris van Volksgezondheid Paul Blokhuis"). Nothing
    before ``floor`` is read.

    Example:
        >>> from tests.builders import annotate
        >>> ann = annotate("het kantoor van Tokayev", upos={"van": "ADP"})
        >>> in_prepositional_phrase(ann, 16, 23)
        True

    """
    for sentence in annotation.sentences:
        if sentence.start <= start < sentence.end:
            indices = _mention_tokens(sentence, PersonMention(start, end, -1))
            return _in_phrase(sentence, indices, floor)
    return False


def _in_phrase(sentence: Sentence, indices: list[int], floor: int = 0) -> bool:
    """Tell whether a name sits in a prepositional phrase ("het kantoor van Tokayev")."""
    if not indices:
        return False
    i = indices[0] - 1
    steps = 0
    while i >= 0 and steps < 4 and sentence.tokens[i].start >= floor:
        token = sentence.tokens[i]
        if token.upos == "ADP":
            return True
        common_noun = token.upos == "NOUN" and token.text.islower()  # "van het wedkantoor X"
        if token.upos not in {"DET", "ADJ"} and determiner_kind(token.text) is None:
            lower = token.text.lower()
            if not (common_noun or role_of(token.text) or title_gender(lower) is not None):
                return False
        i -= 1
        steps += 1
    return False


def _is_possessive(sentence: Sentence, person: PersonMention, indices: list[int]) -> bool:
    if any(sentence.tokens[i].text.endswith(("’s", "'s")) for i in indices):
        return True
    after = indices[-1] + 1 if indices else len(sentence.tokens)
    return after < len(sentence.tokens) and sentence.tokens[after].text in {"’s", "'s"}


def _salience(sentence: Sentence, person: PersonMention) -> tuple[bool, bool, bool, int]:
    indices = _mention_tokens(sentence, person)
    if indices and indices[0] > 0 and sentence.tokens[indices[0] - 1].text.lower() == "volgens":
        return (False, False, False, person.start)  # "Volgens Cohen trekt Wilders ...": the source
    head = _title_head(sentence, _head_token(sentence, indices), indices)
    subject = (
        head is not None
        and head.deprel.startswith("nsubj")
        and not _beside_a_subject_pronoun(sentence, head)
    )
    root_subject = (
        subject
        and head is not None
        and head.head is not None
        and head.head < len(sentence.tokens)
        and sentence.tokens[head.head].head is None
    )
    demoted = _in_phrase(sentence, indices) or _is_possessive(sentence, person, indices)
    return (not root_subject, not subject, demoted, person.start)


def _title_head(sentence: Sentence, head: Token | None, indices: list[int]) -> Token | None:
    """The role word a name hangs from as apposition ("Minister/nsubj Bijleveld/appos")."""
    if head is None or head.deprel != "appos" or head.head is None or not indices:
        return head
    if head.head != indices[0] - 1:
        return head
    governor = sentence.tokens[head.head]
    return governor if role_of(governor.text) or title_gender(governor.text) else head


def _clause_argument(sentence: Sentence, person: PersonMention, pronoun_start: int) -> bool:
    """Tell whether ``person`` is the subject of the object pronoun's own clause."""
    indices = _mention_tokens(sentence, person)
    if not indices:
        return False
    pronoun = next((t for t in sentence.tokens if t.start >= pronoun_start), None)
    if any(t.deprel != "dep" for t in sentence.tokens):
        head = _head_token(sentence, indices)
        return (
            head is not None
            and pronoun is not None
            and head.deprel.startswith("nsubj")
            and head.head == pronoun.head
        )
    if _in_phrase(sentence, indices) or _is_possessive(sentence, person, indices):
        return False
    between = [t for t in sentence.tokens if person.end <= t.start and t.end <= pronoun_start]
    return not any(t.upos in _CLAUSE_BREAKS for t in between)


def _object_of_same_verb(sentence: Sentence, person: PersonMention, pronoun_start: int) -> bool:
    """Tell whether ``person`` is the object of the subject pronoun's verb ("Cohen noemde hij")."""
    indices = _mention_tokens(sentence, person)
    pronoun = next((t for t in sentence.tokens if t.start >= pronoun_start), None)
    head = _head_token(sentence, indices) if indices else None
    return (
        head is not None
        and pronoun is not None
        and head.deprel in ("obj", "iobj", "nsubj")
        and head.head is not None
        and head.head == pronoun.head
        and (head.deprel != "nsubj" or _beside_a_subject_pronoun(sentence, head))
    )


def _beside_a_subject_pronoun(sentence: Sentence, head: Token) -> bool:
    """Tell a fronted object the parser took for a second subject ("Cohen/nsubj noemde hij")."""
    return head.deprel.startswith("nsubj") and any(
        t is not head
        and t.head == head.head
        and t.deprel.startswith("nsubj")
        and t.text.lower() in _NOMINATIVE
        for t in sentence.tokens
    )


def _role_intros(annotation: Annotation, persons: Sequence[PersonMention]) -> list[_Intro]:
    global _intros_cache
    cached = _intros_cache
    if cached is not None and cached[0] is annotation and cached[1] == list(persons):
        return cached[2]
    intros = _find_role_intros(annotation, persons)
    _intros_cache = (annotation, list(persons), intros)
    return intros


def _find_role_intros(annotation: Annotation, persons: Sequence[PersonMention]) -> list[_Intro]:
    intros: list[_Intro] = []
    for sentence in annotation.sentences:
        for person in persons:
            if not sentence.start <= person.start < sentence.end:
                continue
            indices = _mention_tokens(sentence, person)
            if indices:
                intros.extend(_intros_around(sentence, person, indices))
    return intros


def _intros_around(sentence: Sentence, person: PersonMention, indices: list[int]) -> list[_Intro]:
    tokens = sentence.tokens
    found: list[_Intro] = []
    # "De Wit-Russische president Alexandr Loekasjenko", "minister van Financiën Hoekstra"
    between: list[str] = []
    for i in range(indices[0] - 1, max(-1, indices[0] - 1 - _ROLE_WINDOW), -1):
        token = tokens[i]
        parts = _role_parts(token.text)
        if parts:
            modifiers = parts[1] | frozenset(_premodifiers(tokens, i) + between)
            found.append(_Intro(person.cluster, person.start, parts[0], modifiers))
            break
        if token.upos == "ADP":
            continue
        if not token.text[:1].isupper() or token.upos in _VERBAL or determiner_kind(token.text):
            break
        between.append(token.text.lower())
    # "Rutte, de premier van Nederland, zei", "Smit, voorzitter van de bond,"
    i = indices[-1] + 1
    if i < len(tokens) and tokens[i].text == ",":
        i += 1
        if i < len(tokens) and determiner_kind(tokens[i].text):
            i += 1
        words: list[str] = []
        for j in range(i, min(len(tokens), i + _ROLE_WINDOW)):
            parts = _role_parts(tokens[j].text)
            if parts:
                modifiers = parts[1] | frozenset(words + _postmodifiers(tokens, j))
                found.append(_Intro(person.cluster, person.start, parts[0], modifiers))
                break
            if not _adjective_like(tokens[j]):
                break
            words.append(tokens[j].text.lower())
    return found


def _adjective_like(token: Token) -> bool:
    """Tell whether a token can modify a role noun ("Russische", "nieuwe"; untagged words too)."""
    if token.upos == "ADJ":
        return True
    return token.upos == "X" and determiner_kind(token.text) is None and token.text.isalpha()


def _premodifiers(tokens: tuple[Token, ...], role_index: int) -> list[str]:
    words: list[str] = []
    for i in range(role_index - 1, max(-1, role_index - 1 - _MAX_MODIFIERS), -1):
        token = tokens[i]
        if token.upos in {"PUNCT", "ADP", "DET"} or determiner_kind(token.text):
            break
        if token.upos != "ADJ" and not (token.upos in {"PROPN", "X"} and token.text[:1].isupper()):
            break
        words.append(token.text.lower())
    return words


def _postmodifiers(tokens: tuple[Token, ...], role_index: int) -> list[str]:
    words: list[str] = []
    for token in tokens[role_index + 1 : role_index + 1 + _MAX_MODIFIERS + 1]:
        if token.upos == "PUNCT" or token.upos in _VERBAL:
            break
        if token.upos not in {"ADP", "DET"} and determiner_kind(token.text) is None:
            words.append(token.text.lower())
    return words
