"""Train Dutch word2vec vectors on news + training text and convert them to Stanza's format.

Held-out text (Alpino dev, ned.testb) is never read. Tokens are lowercased because Stanza looks
pretrained vectors up in lowercase.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from training.conllu import read_conllu
from training.ner_prep import read_conll2002

logger = logging.getLogger(__name__)

DIM: Final = 100
MAX_VOCAB: Final = 64000
# Numbers, words with inner hyphens/apostrophes (zo'n, foto’s, tv-programma), 's/'t, quotes.
_TOKEN = re.compile(
    r"\d+(?:[.,:]\d+)*|['’](?:s|t|n)\b|\w+(?:[-'’]\w+)*|\.\.\.|,,|''|[^\w\s]",
    re.UNICODE,
)


def tokenize(text: str) -> list[str]:
    """Lowercased regex tokenization close to the treebank's conventions."""
    return _TOKEN.findall(text.lower())


def _corpus_sentences(data_dir: Path, ud_train: Path, limit: int | None) -> Iterator[list[str]]:
    with gzip.open(data_dir / "news-nl" / "corpus.jsonl.gz", "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if limit is not None and i >= limit:
                break
            rec = json.loads(line)
            for para in re.split(r"\n\s*\n", rec.get("title", "") + "\n\n" + rec.get("text", "")):
                toks = tokenize(para)
                if toks:
                    yield toks
    for sent in read_conllu(ud_train):
        yield [r[1].lower() for r in sent.words()]
    for nsent in read_conll2002(data_dir / "conll2002-nl" / "ned.train"):
        yield [t["text"].lower() for t in nsent]


def train_vectors(
    data_dir: Path,
    ud_train: Path,
    vectors_txt: Path,
    pretrain_pt: Path,
    seed: int,
    epochs: int = 5,
    max_vocab: int = MAX_VOCAB,
    limit_docs: int | None = None,
) -> Path:
    """Train skip-gram word2vec, write the top ``max_vocab`` words, build the pretrain file."""
    from gensim.models import Word2Vec
    from stanza.models.common.pretrain import Pretrain

    sents = list(_corpus_sentences(data_dir, ud_train, limit_docs))
    logger.info("word2vec on %d sentences, %d tokens", len(sents), sum(map(len, sents)))
    model = Word2Vec(
        sentences=sents,
        vector_size=DIM,
        window=5,
        min_count=3,
        sg=1,
        negative=5,
        epochs=epochs,
        workers=2,
        seed=seed,
    )
    kv = model.wv
    words = kv.index_to_key[:max_vocab]
    vectors_txt.parent.mkdir(parents=True, exist_ok=True)
    with vectors_txt.open("w", encoding="utf-8") as f:
        f.write(f"{len(words)} {DIM}\n")
        for w in words:
            f.write(w + " " + " ".join(f"{x:.5f}" for x in kv[w]) + "\n")
    if pretrain_pt.exists():
        pretrain_pt.unlink()
    pt = Pretrain(str(pretrain_pt), str(vectors_txt), max_vocab=max_vocab)
    pt.load()
    logger.info("pretrain %s: %d words", pretrain_pt, len(pt.vocab))
    return pretrain_pt
