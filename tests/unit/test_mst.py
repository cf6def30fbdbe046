"""The parser's faster tree decoding gives exactly Stanza's trees."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root

from newsstruct.backends._mst import _is_one_root_tree, one_root_tree


def _scores(seed: int, size: int, root_bias: float, noise: float) -> np.ndarray:
    """Log-probability-like head scores: a hidden tree plus noise, root arcs shifted."""
    rng = np.random.default_rng(seed)
    scores = rng.normal(0.0, noise, (size, size)) - 5.0
    for word in range(1, size):
        scores[word, rng.integers(0, word)] += 5.0  # a plausible head before the word
    scores[:, 0] += root_bias
    return scores.astype(np.float32)  # the parser hands over float32


@settings(max_examples=300, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    size=st.integers(2, 40),
    root_bias=st.sampled_from([-8.0, 0.0, 3.0, 8.0]),  # from no root arc to many
    noise=st.sampled_from([0.5, 3.0, 10.0]),  # from clean trees to many cycles
)
def test_same_tree_as_stanza(seed: int, size: int, root_bias: float, noise: float) -> None:
    scores = _scores(seed, size, root_bias, noise)
    expected = chuliu_edmonds_one_root(scores.copy())
    assert one_root_tree(scores).tolist() == expected.tolist()


def test_leaves_the_scores_unchanged() -> None:
    scores = _scores(1, 12, 3.0, 10.0)
    before = scores.copy()
    one_root_tree(scores)
    assert np.array_equal(scores, before)


@pytest.mark.parametrize(
    ("heads", "expected"),
    [
        ([0, 0], True),  # one word on the root
        ([0, 2, 0, 2], True),  # "Hij zei het": both hang on the verb
        ([0, 0, 0], False),  # two root arcs
        ([0, 2, 1, 0], False),  # words 1 and 2 head each other: a cycle
        ([0, 2, 3, 1], False),  # a cycle and no root arc
        ([0, 0, 1, 2, 3, 4, 5, 6, 7], True),  # a chain longer than a power of two
    ],
)
def test_tree_check(heads: list[int], expected: bool) -> None:
    assert _is_one_root_tree(np.array(heads)) is expected
