"""No input breaks parsing: property-based and named cases, on a crude backend (CI profile).

The full run with the real Stanza backend and 10,000+ examples is benchmarks/fuzz.py; the inputs
it found are kept at the end, run on the real backend.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings

from newsstruct import Backend, parse_article
from tests.backends import BuilderBackend
from tests.invariants import assert_spans_valid
from tests.strategies import dutchish

BACKEND = BuilderBackend()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dutchish())
@example("dreigt ")  # a cue as the last word once read past the end looking for its auxiliary
def test_any_dutchish_text(text: str) -> None:
    assert_spans_valid(parse_article(text, backend=BACKEND))


NAMED = {
    "unbalanced open": "Hij zei: “Dit gaat nooit stoppen.\n\nVolgende alinea zonder afsluiting.",
    "unbalanced close": "Dit eindigt ” zomaar. En „dit ook’ niet.",
    "nested": "“Hij riep ‘stop’ en ‚halt’ en \"nu\"”, zei ze. ,,Oud ''model'' hier''",
    "apostrophes only": "Zo’n foto’s van Loekasjenko’s ’s morgens, rock ’n roll, d'r en 't.",
    "html": "<p>De minister <b>zei</b> dat het &quot;goed&quot; ging.</p>\n\n<div>KIJK.</div>",
    "english": 'The minister said that "everything is fine", according to Reuters. Bye.',
    "mixed": "Premier Rutte zei: “It is what it is.” En toen: ‘C’est la vie’.",
    "crlf only": "\r\n\r\n\r\n",
    "controls": "De\x00 minister\x07 zei\x1b dat\x7f het\x85 kan.",
    "rtl and emoji": "مرحبا 😀 zei hij. “👍🏽” \u202eomgekeerd\u202c.",
    "one long unpunctuated paragraph": "woord " * 20_000,
}


@pytest.mark.parametrize("text", NAMED.values(), ids=NAMED.keys())
def test_named_cases(text: str) -> None:
    article = parse_article(text, backend=BACKEND)
    assert article.text == text
    assert_spans_valid(article)


def test_five_megabytes() -> None:
    paragraph = "De minister zei dat het “goed” gaat, aldus de woordvoerder van het kabinet. " * 20
    text = (paragraph + "\n\n") * (5_000_000 // (len(paragraph) + 2))
    article = parse_article(text, backend=BACKEND)
    assert len(article.paragraphs) == text.count("\n\n")
    assert article.paragraphs[-1].end == len(text.rstrip())


# Inputs that broke the real Stanza backend's annotations in benchmarks/fuzz.py (the crude test
# backend tokenizes them differently), kept as regressions.
FOUND_BY_FUZZ = {
    "a cue between commas at the very end": ",, zegt \xa0 [,, ",
}


@pytest.mark.parametrize("text", FOUND_BY_FUZZ.values(), ids=FOUND_BY_FUZZ.keys())
def test_cases_found_by_fuzzing(text: str, stanza_backend: Backend) -> None:
    article = parse_article(text, backend=stanza_backend)
    assert article.text == text
    assert_spans_valid(article)
