"""Hand-built neutral annotations for unit tests of rules (no NLP backend involved).

``annotate("Hij zei dat het regent.", entities={"Jan": "PER"})`` tokenizes with a
regular expression, splits sentences on final punctuation, tags tokens with a few
crude guesses (PUNCT, PROPN, PRON) unless ``upos``/``lemmas``/``heads`` say
otherwise, and marks every occurrence of the given entity strings.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from newsstruct.backends.base import Annotation, EntityMention, Sentence, Token

# "'s werelds", "’t Hooft": an elided article standing alone is one token, as the tokenizer has it
_TOKEN = re.compile(r"(?<!\w)[’'][st](?=\s)|\w+(?:[-’']\w+)*|\.\.\.|,,|''|\S", re.UNICODE)
_PRONOUNS = frozenset(
    "ik jij je hij zij ze wij we jullie u hem haar hen hun het".split()  # noqa: SIM905
)
_SENTENCE_END = frozenset({".", "!", "?"})


def annotate(
    text: str,
    *,
    entities: Mapping[str, str] | None = None,
    upos: Mapping[str, str] | None = None,
    lemmas: Mapping[str, str] | None = None,
    heads: Mapping[int, tuple[int | None, str]] | None = None,
    feats: Mapping[str, Mapping[str, str]] | None = None,
) -> Annotation:
    """Build an Annotation of ``text``.

    Args:
        text: The text.
        entities: Surface string -> label; every occurrence becomes a mention.
        upos: Word -> UPOS tag, overriding the guesses.
        lemmas: Word -> lemma (default: the lower-cased word).
        heads: Global token index -> (head index within its sentence, deprel).
        feats: Word -> universal features ({"Number": "Sing"}); none by default.
    """
    upos = upos or {}
    lemmas = lemmas or {}
    heads = heads or {}
    feats = feats or {}
    matches = list(_TOKEN.finditer(text))
    sentences: list[Sentence] = []
    current: list[Token] = []
    first_of_sentence = True
    for index, match in enumerate(matches):
        word = match.group()
        tag = upos.get(word) or _guess_upos(word, first_of_sentence)
        head, deprel = heads.get(index, (None, "dep"))
        token = Token(
            start=match.start(),
            end=match.end(),
            text=word,
            lemma=lemmas.get(word, word.lower()),
            upos=tag,
            feats=dict(feats.get(word, {})),
            head=head,
            deprel=deprel,
        )
        current.append(token)
        first_of_sentence = False
        following = matches[index + 1].group() if index + 1 < len(matches) else ""
        blank_line = (
            index + 1 < len(matches) and "\n\n" in text[match.end() : matches[index + 1].start()]
        )
        if (word in _SENTENCE_END and following not in {"”", '"', "'", "’"}) or blank_line:
            sentences.append(Sentence(current[0].start, current[-1].end, tuple(current)))
            current = []
            first_of_sentence = True
    if current:
        sentences.append(Sentence(current[0].start, current[-1].end, tuple(current)))
    mentions = [
        EntityMention(m.start(), m.end(), surface, label)
        for surface, label in (entities or {}).items()
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text)
    ]
    mentions.sort(key=lambda mention: (mention.start, -mention.end))
    kept: list[EntityMention] = []
    for mention in mentions:  # longest match wins: "Jan Peters" hides its "Peters"
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return Annotation(text=text, sentences=tuple(sentences), entities=tuple(kept))


def _guess_upos(word: str, first_of_sentence: bool) -> str:
    if not any(ch.isalnum() for ch in word):
        return "PUNCT"
    if word.lower() in _PRONOUNS:
        return "PRON"
    if word[0].isupper() and not first_of_sentence:
        return "PROPN"
    return "X"
