"""The contract every backend must pass (run against each backend by the test modules)."""

from __future__ import annotations

from newsstruct.backends.base import Annotation, Backend

LABELS = {"PER", "ORG", "LOC", "MISC"}
TEXTS = [
    "Premier Mark Rutte zei dinsdag dat het kabinet “geen andere keuze” had.",
    "",
    "   \n\n  ",
    "„Ik waardeerde zijn grap”, citeerde het kantoor van Tokayev hem op Telegram.\n\n"
    "Loekasjenko’s uitnodiging werd afgewezen. Zo’n aanbod komt niet vaak.",
]


def check_backend(backend: Backend) -> list[Annotation]:
    """Assert the contract on a fixed set of texts; returns the annotations for more checks."""
    assert isinstance(backend, Backend)
    assert backend.info.name
    annotations = backend.annotate(TEXTS)
    assert len(annotations) == len(TEXTS)
    for text, annotation in zip(TEXTS, annotations, strict=True):
        assert annotation.text == text
        check_annotation(annotation)
        if not text.strip():
            assert annotation.sentences == ()
            assert annotation.entities == ()
        else:
            assert annotation.sentences
    return annotations


def check_annotation(annotation: Annotation) -> None:
    text = annotation.text
    previous_end = 0
    for sentence in annotation.sentences:
        assert previous_end <= sentence.start < sentence.end <= len(text)
        previous_end = sentence.end
        assert sentence.tokens
        assert sentence.tokens[0].start == sentence.start
        assert sentence.tokens[-1].end == sentence.end
        token_end = sentence.start
        for token in sentence.tokens:
            assert token_end <= token.start < token.end
            token_end = token.end
            assert text[token.start : token.end] == token.text
            assert token.upos and token.lemma
            assert token.head is None or 0 <= token.head < len(sentence.tokens)
    for mention in annotation.entities:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.label in LABELS
