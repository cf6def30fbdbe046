"""Prepare the UD Dutch training/selection CoNLL-U: split, paragraphs, news-style augmentation.

Training material: LassySmall dev + test and Alpino test. Alpino dev is the held-out evaluation
set and is never read here. A seeded ~8% of whole documents becomes Stanza's model-selection file.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from training.conllu import Sentence, read_conllu, write_conllu

TRAIN_FILES: Final = (
    "nl_lassysmall-ud-dev.conllu",
    "nl_lassysmall-ud-test.conllu",
    "nl_alpino-ud-test.conllu",
)
HELD_OUT_FILE: Final = "nl_alpino-ud-dev.conllu"
DEV_FRACTION: Final = 0.08
N_AUGMENTED_COPIES: Final = 2

# (open, close) quote pairs met in Dutch news, including the treebanks' own ,, ''.
QUOTE_STYLES: Final = (
    ("„", "”"),
    ("“", "”"),
    ("‘", "’"),
    ("’", "’"),
    ('"', '"'),
    (",,", "''"),
    ("'", "'"),
)
# Relative frequency of each style in the augmented copies: the older news style ,, '' (as in the
# Alpino treebank) and the modern „ ” / “ ” / ‘ ’ styles dominate.
QUOTE_WEIGHTS: Final = (2.0, 2.0, 1.5, 0.5, 1.5, 2.5, 1.0)
_QUOTE_FORMS: Final = frozenset({",,", "''", '"', "`", "'"})
_SENT_ID = re.compile(r"^(?P<doc>.*?)\.p\.(?P<par>\d+)\.s\.")


@dataclass(frozen=True)
class UDSplit:
    """Paths of the prepared UD files."""

    train: Path
    dev: Path


def strip_lemma_underscores(lemma: str) -> str:
    """Remove Alpino's compound/particle boundary marks: ``kern_wapen`` -> ``kernwapen``."""
    return lemma.replace("_", "") if len(lemma) > 1 else lemma


def _doc_and_par(sent: Sentence, index: int) -> tuple[str, str]:
    sid = sent.comment("sent_id") or f"sent{index}"
    m = _SENT_ID.match(sid)
    if m is None:
        return sid, "1"
    return m.group("doc"), m.group("par")


def _group_docs(sents: list[Sentence], prefix: str) -> list[list[Sentence]]:
    """Group sentences into documents (in file order) and mark newdoc/newpar."""
    docs: list[list[Sentence]] = []
    last_doc, last_par = None, None
    for i, s in enumerate(sents):
        doc, par = _doc_and_par(s, i)
        s.comments = [c for c in s.comments if not c.startswith(("newdoc", "newpar"))]
        if doc != last_doc:
            docs.append([])
            s.comments.insert(0, "newpar")
            s.comments.insert(0, f"newdoc id = {prefix}{doc}")
        elif par != last_par:
            s.comments.insert(0, "newpar")
        last_doc, last_par = doc, par
        for row in s.words():
            row[2] = strip_lemma_underscores(row[2])
        docs[-1].append(s)
    return docs


def _no_space_after(row: list[str]) -> bool:
    return "SpaceAfter=No" in row[9].split("|")


def _set_space_after(row: list[str], space: bool) -> None:
    parts = [p for p in row[9].split("|") if p not in ("_", "SpaceAfter=No")]
    if not space:
        parts.append("SpaceAfter=No")
    row[9] = "|".join(parts) if parts else "_"


def _restyle_quotes(sent: Sentence, style: tuple[str, str]) -> bool:
    words = sent.words()
    changed = False
    for i, row in enumerate(words):
        if row[1] not in _QUOTE_FORMS or row[3] != "PUNCT":
            continue
        prev_glued = i > 0 and _no_space_after(words[i - 1])
        opening = row[1] == ",," or (row[1] != "''" and _no_space_after(row) and not prev_glued)
        row[1] = row[2] = style[0] if opening else style[1]
        changed = True
    return changed


def _typographic_apostrophes(sent: Sentence) -> bool:
    changed = False
    for row in sent.words():
        if row[3] != "PUNCT" and "'" in row[1]:
            row[1] = row[1].replace("'", "’")
            row[2] = row[2].replace("'", "’")
            changed = True
    return changed


def _en_dashes(sent: Sentence) -> bool:
    changed = False
    for row in sent.words():
        if row[1] == "-" and row[3] == "PUNCT":
            row[1] = row[2] = "–"
            changed = True
    return changed


def _row(
    idx: int, form: str, lemma: str, upos: str, xpos: str, feats: str, head: int, rel: str
) -> list[str]:
    return [str(idx), form, lemma, upos, xpos, feats, str(head), rel, "_", "_"]


def _wrap_in_quotes(sent: Sentence, style: tuple[str, str], rng: random.Random) -> bool:
    """Wrap a sentence in quote marks; sometimes turn it into ``“...”, zegt hij.``."""
    words = sent.words()
    if len(words) != len(sent.rows) or len(words) < 3:
        return False  # keep it simple: no multi-word tokens or empty nodes
    if any(r[1] in _QUOTE_FORMS for r in words):
        return False
    root = next((int(r[0]) for r in words if r[6] == "0"), None)
    if root is None:
        return False
    rows = [list(r) for r in words]
    for r in rows:
        r[0] = str(int(r[0]) + 1)
        if r[6] != "0":
            r[6] = str(int(r[6]) + 1)
        r[8] = "_"
    root += 1
    opening = _row(1, style[0], style[0], "PUNCT", "LET", "_", root, "punct")
    _set_space_after(opening, space=False)
    speech = rows[-1][1] == "." and rng.random() < 0.6
    if speech:
        final = rows.pop()  # the full stop moves behind the speech verb
        n = len(rows) + 2
        comma_inside = rng.random() < 0.5
        close = _row(n, style[1], style[1], "PUNCT", "LET", "_", root, "punct")
        verb_id = n + 1 + 1
        comma = _row(0, ",", ",", "PUNCT", "LET", "_", verb_id, "punct")
        _set_space_after(rows[-1], space=False)
        if comma_inside:
            comma[0], close[0] = str(n), str(n + 1)
            _set_space_after(comma, space=False)
            tail = [comma, close]
        else:
            comma[0] = str(n + 1)
            _set_space_after(close, space=False)
            tail = [close, comma]
        he = rng.random() < 0.6
        subj = _row(
            verb_id + 1,
            "hij" if he else "zij",
            "hij" if he else "zij",
            "PRON",
            "VNW|pers|pron|nomin|vol|3|ev|masc" if he else "VNW|pers|pron|nomin|vol|3v|ev|fem",
            "Case=Nom|Person=3|PronType=Prs",
            verb_id,
            "nsubj",
        )
        verb = _row(
            verb_id,
            "zegt",
            "zeggen",
            "VERB",
            "WW|pv|tgw|met-t",
            "Number=Sing|Tense=Pres|VerbForm=Fin",
            root,
            "parataxis",
        )
        _set_space_after(subj, space=False)
        stop = _row(verb_id + 2, ".", ".", "PUNCT", "LET", "_", root, "punct")
        stop[9] = final[9]
        rows = [opening, *rows, *tail, verb, subj, stop]
    else:
        last_misc = rows[-1][9]
        _set_space_after(rows[-1], space=False)
        close = _row(len(rows) + 2, style[1], style[1], "PUNCT", "LET", "_", root, "punct")
        close[9] = last_misc
        rows = [opening, *rows, close]
    sent.rows = rows
    return True


def _pick_style(rng: random.Random) -> tuple[str, str]:
    return rng.choices(QUOTE_STYLES, weights=QUOTE_WEIGHTS)[0]


def augment_document(doc: list[Sentence], rng: random.Random, tag: str) -> list[Sentence]:
    """Return a news-style copy of one document (same paragraphs, new doc id)."""
    out: list[Sentence] = []
    for s in doc:
        c = s.copy()
        c.comments = [
            f"newdoc id = {v}-{tag}"
            if (v := line.partition("=")[2].strip()) and line.startswith("newdoc")
            else line
            for line in c.comments
            if not line.startswith("text")
        ]
        style = _pick_style(rng)
        _restyle_quotes(c, style)
        if rng.random() < 0.8:
            _typographic_apostrophes(c)
        if rng.random() < 0.5:
            _en_dashes(c)
        if rng.random() < 0.25:
            _wrap_in_quotes(c, _pick_style(rng), rng)
        sid = c.comment("sent_id")
        if sid is not None:
            c.set_comment("sent_id", f"{sid}-{tag}")
        c.set_comment("text", c.text())
        out.append(c)
    return out


def prepare_ud(
    data_dir: Path, out_dir: Path, seed: int, max_sentences: int | None = None
) -> UDSplit:
    """Write ``ud_train.conllu`` and ``ud_dev.conllu`` (both augmented) into ``out_dir``."""
    ud = data_dir / "ud-nl"
    docs: list[list[Sentence]] = []
    for name in TRAIN_FILES:
        assert name != HELD_OUT_FILE
        docs += _group_docs(read_conllu(ud / name), prefix=name.split("-")[0] + ":")
    rng = random.Random(seed)
    order = list(range(len(docs)))
    rng.shuffle(order)
    total = sum(len(d) for d in docs)
    dev_idx: set[int] = set()
    n_dev = 0
    for i in order:
        if n_dev >= DEV_FRACTION * total:
            break
        dev_idx.add(i)
        n_dev += len(docs[i])
    train_docs = [d for i, d in enumerate(docs) if i not in dev_idx]
    dev_docs = [d for i, d in enumerate(docs) if i in dev_idx]
    if max_sentences is not None:
        train_docs = _limit(train_docs, max_sentences)
        dev_docs = _limit(dev_docs, max(20, max_sentences // 10))
    train = [s for d in train_docs for s in d]
    dev = [s for d in dev_docs for s in d]
    for k in range(1, N_AUGMENTED_COPIES + 1):
        arng = random.Random(seed * 100 + k)
        train += [s for d in train_docs for s in augment_document(d, arng, f"aug{k}")]
    dev += [s for d in dev_docs for s in augment_document(d, random.Random(seed * 100), "aug")]
    split = UDSplit(train=out_dir / "ud_train.conllu", dev=out_dir / "ud_dev.conllu")
    write_conllu(split.train, train)
    write_conllu(split.dev, dev)
    return split


def _limit(docs: list[list[Sentence]], n: int) -> list[list[Sentence]]:
    out: list[list[Sentence]] = []
    count = 0
    for d in docs:
        if count >= n:
            break
        out.append(d)
        count += len(d)
    return out


def prepare_heldout(data_dir: Path, out_path: Path) -> Path:
    """Write held-out Alpino dev with paragraph markers and plain lemmas (evaluation only)."""
    sents = read_conllu(data_dir / "ud-nl" / HELD_OUT_FILE)
    docs = _group_docs(sents, prefix="alpino-dev:")
    write_conllu(out_path, [s for d in docs for s in d])
    return out_path
