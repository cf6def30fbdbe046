"""Convert CoNLL-2002 Dutch NER (word POS IOB2) into Stanza's NER JSON, with news-style quotes."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Final

Token = dict[str, str]

_CURLY_PAIRS: Final = (("“", "”"), ("„", "”"), ("‘", "’"), ('"', '"'), ("'", "'"))


def read_conll2002(path: Path) -> list[list[Token]]:
    """Read sentences of ``{"text", "ner"}`` tokens, skipping ``-DOCSTART-`` lines."""
    sents: list[list[Token]] = []
    cur: list[Token] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if cur:
                sents.append(cur)
            cur = []
            continue
        if parts[0] == "-DOCSTART-":
            continue
        cur.append({"text": parts[0], "ner": parts[-1]})
    if cur:
        sents.append(cur)
    return sents


def _news_style(sent: list[Token], rng: random.Random) -> list[Token] | None:
    """Copy a sentence with curly quotes / typographic apostrophes, or None if nothing to change."""
    style = _CURLY_PAIRS[rng.randrange(len(_CURLY_PAIRS))]
    out: list[Token] = []
    changed = False
    opened = False
    for tok in sent:
        text = tok["text"]
        if text in ('"', "'"):
            text = style[1] if opened else style[0]
            opened = not opened
            changed = True
        elif "'" in text:
            text = text.replace("'", "’")
            changed = True
        out.append({"text": text, "ner": tok["ner"]})
    return out if changed else None


def prepare_ner(
    data_dir: Path, train_out: Path, dev_out: Path, seed: int, max_sentences: int | None = None
) -> None:
    """Write NER training JSON (ned.train + news-style copies) and dev JSON (ned.testa)."""
    src = data_dir / "conll2002-nl"
    train = read_conll2002(src / "ned.train")
    dev = read_conll2002(src / "ned.testa")
    if max_sentences is not None:
        train, dev = train[:max_sentences], dev[: max(20, max_sentences // 5)]
    rng = random.Random(seed)
    extra = [c for s in train if (c := _news_style(s, rng)) is not None]
    train_out.parent.mkdir(parents=True, exist_ok=True)
    train_out.write_text(json.dumps(train + extra, ensure_ascii=False), encoding="utf-8")
    dev_out.write_text(json.dumps(dev, ensure_ascii=False), encoding="utf-8")
