"""Raw news text for Stanza's character language models (one paragraph per line).

Titles and paragraphs of ``news-nl/corpus.jsonl.gz`` in corpus order; every 100th article goes
to the selection text instead of the training text. The text is written xz-compressed (Stanza's
``charlm`` reads ``.xz`` as is) and never committed.
"""

from __future__ import annotations

import gzip
import json
import logging
import lzma
import re
from pathlib import Path
from typing import Final

logger = logging.getLogger(__name__)

DEV_EVERY: Final = 100
_PARAGRAPH_BREAK = re.compile(r"\s*\n\s*")


def article_lines(record: dict[str, str]) -> list[str]:
    """The title and the non-empty paragraphs of one corpus record, whitespace-trimmed.

    >>> article_lines({"title": "Kop ", "text": "Eerste alinea.\\n\\n Tweede.\\n"})
    ['Kop', 'Eerste alinea.', 'Tweede.']
    """
    text = record.get("title", "") + "\n" + record.get("text", "")
    return [line for line in _PARAGRAPH_BREAK.split(text.strip()) if line]


def write_charlm_text(
    data_dir: Path, train_xz: Path, dev_txt: Path, limit_docs: int | None = None
) -> tuple[int, int]:
    """Write the training (xz) and selection text; return their sizes in characters."""
    train_xz.parent.mkdir(parents=True, exist_ok=True)
    sizes = [0, 0]
    corpus = data_dir / "news-nl" / "corpus.jsonl.gz"
    with (
        gzip.open(corpus, "rt", encoding="utf-8") as src,
        lzma.open(train_xz, "wt", encoding="utf-8", preset=6) as train,
        dev_txt.open("w", encoding="utf-8") as dev,
    ):
        for i, line in enumerate(src):
            if limit_docs is not None and i >= limit_docs:
                break
            text = "\n".join(article_lines(json.loads(line))) + "\n"
            is_dev = i % DEV_EVERY == DEV_EVERY - 1
            (dev if is_dev else train).write(text)
            sizes[is_dev] += len(text)
    logger.info("charlm text: %d training, %d selection characters", *sizes)
    return sizes[0], sizes[1]
