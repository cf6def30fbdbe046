"""Long texts are annotated in bounded pieces with exact offsets."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from newsstruct.chunking import annotate_bounded, split_bounded
from tests.contract.backend_contract import check_annotation
from tests.contract.test_example_backend import WhitespaceBackend


@given(st.text(alphabet="ab .\n", max_size=300), st.integers(min_value=4, max_value=50))
def test_pieces_tile_the_text(text: str, limit: int) -> None:
    pieces = split_bounded(text, limit)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    for (_, end), (start, _) in pairwise(pieces):
        assert end == start
    assert all(0 < end - start <= limit for start, end in pieces if text)


def test_cuts_prefer_paragraph_breaks() -> None:
    text = "Eerste zin hier. Tweede zin.\n\nDerde alinea begint hier."
    assert split_bounded(text, limit=40) == [(0, 30), (30, len(text))]


def test_joined_annotation_has_offsets_into_the_whole_text() -> None:
    text = ("Dit is een zin. " * 50 + "\n\n") * 20
    whole = annotate_bounded(WhitespaceBackend(), [text], limit=500)[0]
    assert whole.text == text
    check_annotation(whole)
    assert sum(len(s.tokens) for s in whole.sentences) == 50 * 20 * 5
