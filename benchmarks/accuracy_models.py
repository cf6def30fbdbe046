"""Held-out accuracy of the bundled Dutch Stanza models (Alpino dev for UD, ned.testb for NER).

Usage (from the repository root)::

    python benchmarks/accuracy_models.py --data ../shared/data \
        --models newsstruct/data/models --json out.json
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))


def pipeline_kwargs(models: Path) -> dict[str, Any]:
    """Keyword arguments that load the models in ``models`` offline, read from its manifest."""
    from newsstruct.backends.manifest import read_manifest

    return read_manifest(models).pipeline_options()


def _ud_eval(gold: Path, pred_conllu: str) -> dict[str, float]:
    """CoNLL 2018 shared-task F1 scores (stanza's ``ud_scores``, the udtools evaluator)."""
    from stanza.models.common.utils import ud_scores

    pred = gold.with_suffix(".pred.conllu")
    pred.write_text(pred_conllu, encoding="utf-8")
    res = ud_scores(str(gold), str(pred))
    names = {
        "Tokens": "tokens",
        "Sentences": "sentences",
        "UPOS": "upos",
        "XPOS": "xpos",
        "UFeats": "ufeats",
        "Lemmas": "lemma",
        "UAS": "uas",
        "LAS": "las",
    }
    return {v: round(100 * res[k].f1, 2) for k, v in names.items()}


def _doc_to_conllu(doc: Any) -> str:
    from stanza.utils.conll import CoNLL

    buf = io.StringIO()
    CoNLL.write_doc2conll(doc, buf)
    return buf.getvalue()


def eval_ud(data: Path, models: Path, res_dir: Path) -> dict[str, dict[str, float]]:
    """Tokens/sentences end to end on raw text; tags, lemmas, parse on gold tokens (Alpino dev)."""
    import stanza
    from stanza.utils.datasets.conllu_to_text import convert_text

    from training.conllu import read_conllu
    from training.ud_prep import prepare_heldout

    gold = prepare_heldout(data, res_dir / "alpino_dev_gold.conllu")
    raw = res_dir / "alpino_dev.txt"
    convert_text(str(gold), str(raw))
    kw = pipeline_kwargs(models)
    out: dict[str, dict[str, float]] = {}
    # End to end from raw text: tokenizer + everything downstream.
    nlp = stanza.Pipeline(
        **{**kw, "processors": "tokenize,pos,lemma,depparse"}, logging_level="WARN"
    )
    text = raw.read_text(encoding="utf-8")
    paras = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    e2e = _ud_eval(gold, _doc_to_conllu(nlp("\n\n".join(paras))))
    out["tokenize"] = {"tokens_f1": e2e["tokens"], "sentences_f1": e2e["sentences"]}
    out["end_to_end_raw_text"] = e2e
    # Gold tokens and sentences.
    sents = [[r[1] for r in s.words()] for s in read_conllu(gold)]
    nlp_pre = stanza.Pipeline(
        **{**kw, "processors": "tokenize,pos,lemma,depparse"},
        tokenize_pretokenized=True,
        logging_level="WARN",
    )
    g = _ud_eval(gold, _doc_to_conllu(nlp_pre(sents)))
    out["pos"] = {"upos": g["upos"], "xpos": g["xpos"], "ufeats": g["ufeats"]}
    out["lemma"] = {"lemma": g["lemma"]}
    out["depparse"] = {"uas": g["uas"], "las": g["las"]}
    return out


def _spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans from IOB2 or BIOES tags (exact span + type, as conlleval)."""
    spans: set[tuple[int, int, str]] = set()
    start, etype = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-")
        begins = prefix in ("B", "S") or (prefix in ("I", "E") and t != etype)
        if start >= 0 and (prefix == "O" or begins):
            spans.add((start, i, etype))
            start = -1
        if begins:
            start, etype = i, t
        if start >= 0 and prefix in ("E", "S"):
            spans.add((start, i + 1, etype))
            start = -1
    return spans


def eval_ner(data: Path, models: Path, res_dir: Path) -> dict[str, Any]:
    """Entity-level P/R/F1 on CoNLL-2002 ned.testb, overall and per type."""
    import stanza

    from training.ner_prep import read_conll2002

    sents = read_conll2002(data / "conll2002-nl" / "ned.testb")
    kw = pipeline_kwargs(models)
    nlp = stanza.Pipeline(
        **{**kw, "processors": "tokenize,ner"}, tokenize_pretokenized=True, logging_level="WARN"
    )
    doc = nlp([[t["text"] for t in s] for s in sents])
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for gs, ps in zip(sents, doc.sentences, strict=True):
        gold = _spans([t["ner"] for t in gs])
        pred = _spans([t.ner for t in ps.tokens])
        for s in gold:
            n_gold[s[2]] += 1
        for s in pred:
            n_pred[s[2]] += 1
        for s in gold & pred:
            tp[s[2]] += 1

    def prf(t: int, g: int, p: int) -> dict[str, float]:
        prec = t / p if p else 0.0
        rec = t / g if g else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return {
            "precision": round(100 * prec, 2),
            "recall": round(100 * rec, 2),
            "f1": round(100 * f1, 2),
        }

    result: dict[str, Any] = prf(sum(tp.values()), sum(n_gold.values()), sum(n_pred.values()))
    result["per_type"] = {k: prf(tp[k], n_gold[k], n_pred[k]) for k in sorted(n_gold | n_pred)}
    return result


def main(argv: list[str] | None = None) -> int:
    """Run the held-out evaluation, print a table, optionally write JSON."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", type=Path, default=Path("../shared/data"))
    p.add_argument("--models", type=Path, default=Path("newsstruct/data/models"))
    p.add_argument("--json", type=Path, default=None)
    p.add_argument("--only", default="ud,ner", help="ud, ner or both")
    p.add_argument(
        "--decoder",
        choices=("newsstruct", "stanza"),
        default="newsstruct",
        help="parser tree decoding: newsstruct's exact shortcut (the library's) or Stanza's",
    )
    args = p.parse_args(argv)
    import stanza

    if args.decoder == "newsstruct":
        from newsstruct.backends._mst import install

        install()

    t0 = time.time()
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        if "ud" in args.only:
            results.update(eval_ud(args.data, args.models.resolve(), Path(tmp)))
        if "ner" in args.only:
            results["ner"] = eval_ner(args.data, args.models.resolve(), Path(tmp))
    results["_meta"] = {
        "ud_eval": "nl_alpino-ud-dev (lemmas compared without Alpino '_' boundaries); "
        "CoNLL 2018 UD evaluation F1",
        "ner_eval": "CoNLL-2002 ned.testb, exact span+type (conlleval style)",
        "stanza_version": stanza.__version__,
        "decoder": args.decoder,
        "seconds": round(time.time() - t0, 1),
    }
    rows = []
    for proc, scores in results.items():
        if proc.startswith("_"):
            continue
        for k, v in scores.items():
            if isinstance(v, dict):
                rows.append((f"{proc}.{k}", ", ".join(f"{a}={b}" for a, b in v.items())))
            else:
                rows.append((f"{proc}.{k}", str(v)))
    width = max(len(r[0]) for r in rows)
    for name, val in rows:
        print(f"{name:<{width}}  {val}")
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
