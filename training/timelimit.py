"""Stop a Stanza trainer after a wall-clock budget, keeping the best model it has saved.

Stanza's trainers (tokenizer aside) count steps or epochs, not time. On a lent GPU the budget is
time, so every optimisation step checks the clock: each trainer calls
``torch.nn.utils.clip_grad_norm_`` once per step, and the check rides on that call. The exception
leaves the trainer between steps, never while it writes a model file.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from unittest.mock import patch


class TimeLimitError(Exception):
    """The trainer ran out of its wall-clock budget (its best saved model stands)."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`TimeLimitError` at the first training step after ``seconds``."""
    if seconds is None:
        yield
        return
    import torch

    deadline = time.monotonic() + seconds
    clip = torch.nn.utils.clip_grad_norm_

    def clip_or_stop(*args: Any, **kwargs: Any) -> Any:
        if time.monotonic() > deadline:
            raise TimeLimitError(f"time limit of {seconds:.0f} s reached")
        return clip(*args, **kwargs)

    with patch.object(torch.nn.utils, "clip_grad_norm_", clip_or_stop):
        yield
