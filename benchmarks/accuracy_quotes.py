"""Score newsstruct against the hand-annotated development set (``benchmarks/devset``).

    python benchmarks/accuracy_quotes.py --data ../shared/data --split dev|test|all \
        [--draws 25,26] [--json out.json] [--errors errors.txt] [--cache .cache/annotations]
    python benchmarks/accuracy_quotes.py --gold seed      # the guidelines' worked example only

Every gold document is parsed with ``newsstruct.parse_article(document)`` (the document is the
corpus record's ``title + "\\n\\n" + text``, so the parser sees the title as the first block).

The metric, exactly:

Quotes. Quotes fall into two groups, *quoted* (``direct`` + ``partial``) and *indirect*. Within
each group and article, gold and predicted quotes are aligned one-to-one, best overlap first: all
(gold, predicted) pairs are ranked by their character-overlap F1 ``2|g∩p| / (|g| + |p|)`` (ties: by
gold then predicted start), and a pair is taken when neither side is taken yet and its overlap F1
is at least 0.5. So a gold quoted quote can only be matched by a predicted direct or partial quote,
a gold indirect quote only by a predicted indirect one. Counts are summed over articles (micro).

- detection: P = matched / predicted, R = matched / gold, F1.
- speaker accuracy: over matched pairs, the share whose predicted speaker names the gold speaker.
  A predicted speaker names the gold speaker when one of its forms (the speaker's ``name``, its
  ``text`` as written, and, when it resolves to an entity, that entity's canonical name and every
  one of its mention texts) equals the gold speaker or one of its ``speaker_aliases``, or has the
  same last name as the gold speaker (last whitespace token). Forms are compared case-insensitively,
  whitespace collapsed, possessive endings (``'s``, ``’s``, final ``'``/``’``) stripped. A gold
  ``null`` speaker needs a ``null`` prediction; a non-null gold speaker is never named by ``null``.
- attributed F1: like detection, but a true positive must be matched AND name the right speaker:
  P = correct / predicted, R = correct / gold.
- the ``all`` row adds up both groups (each aligned within its own group).
- media (both groups, matched pairs only): a predicted medium is right when the gold quote names
  one and either normalised string holds the other ("Telegram" in "op Telegram"); P = right /
  pairs with a predicted medium, R = right / pairs with a gold medium, F1.

Paragraph kinds. Every gold block after the title (every block, for a gold record without a title
line such as the seed) is aligned to the predicted paragraph that starts at the same character
offset (block offsets are stripped of outer whitespace). Accuracy = blocks whose predicted kind
equals the gold label / gold blocks; a block with no predicted paragraph starting there is wrong.

Persons (B-cubed over name strings). A *string* is a gold person's ``name`` or alias, normalised as
above (case-folded, possessive stripped); strings that belong to two gold persons of the same
article are dropped. A predicted PER entity's string set is its mention texts, normalised the same
way. The items of an article are its gold strings that occur in some predicted PER entity's set;
each item's predicted cluster is the first such entity (in ``article.entities`` order). For an item
s with gold cluster G(s) (items of the same gold person) and predicted cluster P(s) (items assigned
to the same entity): precision(s) = |G∩P| / |P|, recall(s) = |G∩P| / |G|. B-cubed P and R are the
means over all items of the split (micro over articles), F1 their harmonic mean. Predicted strings
that are no gold string are ignored, so B-cubed measures only how the found names are grouped;
detection is reported beside it: person recall = gold persons with at least one item / gold
persons, person precision = predicted PER entities holding at least one gold string / PER entities.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.devset.load import DEVSET_DIR, GoldArticle, GoldQuote, load_gold, load_seed

GROUPS = {"direct": "quoted", "partial": "quoted", "indirect": "indirect"}
GROUP_NAMES = ("quoted", "indirect")
MATCH_THRESHOLD = 0.5
_POSSESSIVE = re.compile(r"(?:['’‘`´]s?)$")
_SPACE = re.compile(r"\s+")


# --------------------------------------------------------------------------- helpers


def normalise(form: str) -> str:
    """Case-folded, whitespace-collapsed, possessive ending stripped."""
    text = _SPACE.sub(" ", form).strip()
    text = _POSSESSIVE.sub("", text).strip()
    return text.casefold()


def last_name(form: str) -> str:
    tokens = normalise(form).split(" ")
    return _POSSESSIVE.sub("", tokens[-1]) if tokens else ""


def medium_matches(gold: str, predicted: str) -> bool:
    """A predicted medium names the gold one when either holds the other ("de krant De Tijd")."""
    gold, predicted = normalise(gold), normalise(predicted)
    return gold in predicted or predicted in gold


def overlap_f1(a: tuple[int, int], b: tuple[int, int]) -> float:
    common = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    total = (a[1] - a[0]) + (b[1] - b[0])
    return 2 * common / total if total else 0.0


def align(
    gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, best overlap F1 first, threshold 0.5."""
    pairs = []
    for g, gspan in enumerate(gold):
        for p, pspan in enumerate(pred):
            score = overlap_f1(gspan, pspan)
            if score >= MATCH_THRESHOLD:
                pairs.append((-score, gspan[0], pspan[0], g, p))
    pairs.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matched = []
    for _, _, _, g, p in pairs:
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            matched.append((g, p))
    return matched


def speaker_forms(quote: Any, entities: dict[str, Any]) -> list[str]:
    """Every surface form a predicted quote's speaker goes by (empty for no speaker)."""
    speaker = getattr(quote, "speaker", None)
    if speaker is None:
        return []
    forms = [speaker.name, speaker.text]
    entity = entities.get(speaker.entity_id) if speaker.entity_id else None
    if entity is not None:
        forms.append(entity.name)
        forms.extend(mention.text for mention in entity.mentions)
    return [form for form in forms if form and form.strip()]


def speaker_correct(gold: GoldQuote, forms: Sequence[str]) -> bool:
    """Whether a predicted speaker (given by its forms) names the gold speaker."""
    if gold.speaker is None:
        return not forms
    if not forms:
        return False
    wanted = {normalise(name) for name in (gold.speaker, *gold.speaker_aliases)}
    surname = last_name(gold.speaker)
    return any(normalise(form) in wanted or last_name(form) == surname for form in forms)


def describe_speaker(quote: Any) -> str:
    speaker = getattr(quote, "speaker", None)
    if speaker is None:
        return "None"
    return speaker.name if speaker.text == speaker.name else f"{speaker.name} ({speaker.text!r})"


def context(document: str, start: int, end: int, width: int = 40, longest: int = 160) -> str:
    inner = document[start:end]
    if len(inner) > longest:
        inner = inner[: longest // 2 - 2] + " … " + inner[-(longest // 2 - 2) :]
    before = document[max(0, start - width) : start]
    after = document[end : end + width]
    return _SPACE.sub(" ", f"…{before}[[{inner}]]{after}…")


# --------------------------------------------------------------------------- scoring


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    speaker_ok: int = 0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.pred += other.pred
        self.matched += other.matched
        self.speaker_ok += other.speaker_ok

    def report(self) -> dict[str, float | int | None]:
        def prf(hits: int) -> tuple[float | None, float | None, float | None]:
            precision = hits / self.pred if self.pred else None
            recall = hits / self.gold if self.gold else None
            if precision is None or recall is None:
                f1 = None if (self.pred == 0 and self.gold == 0) else 0.0
            else:
                f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            return precision, recall, f1

        p, r, f = prf(self.matched)
        ap, ar, af = prf(self.speaker_ok)
        return {
            "gold": self.gold,
            "pred": self.pred,
            "matched": self.matched,
            "precision": p,
            "recall": r,
            "f1": f,
            "speaker_accuracy": self.speaker_ok / self.matched if self.matched else None,
            "attributed_precision": ap,
            "attributed_recall": ar,
            "attributed_f1": af,
        }


@dataclass
class Score:
    """Counts of one article or a sum of articles."""

    articles: int = 0
    quotes: dict[str, Counts] = field(default_factory=lambda: {g: Counts() for g in GROUP_NAMES})
    paragraphs: int = 0
    paragraphs_ok: int = 0
    paragraph_confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    b3_items: int = 0
    b3_precision_sum: float = 0.0
    b3_recall_sum: float = 0.0
    gold_persons: int = 0
    gold_persons_found: int = 0
    pred_persons: int = 0
    pred_persons_gold: int = 0
    media_gold: int = 0  # matched quotes whose gold names a medium
    media_pred: int = 0  # matched quotes whose prediction names one
    media_ok: int = 0  # both, and they match
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.articles += other.articles
        for group in GROUP_NAMES:
            self.quotes[group].add(other.quotes[group])
        self.paragraphs += other.paragraphs
        self.paragraphs_ok += other.paragraphs_ok
        self.paragraph_confusion.update(other.paragraph_confusion)
        self.b3_items += other.b3_items
        self.b3_precision_sum += other.b3_precision_sum
        self.b3_recall_sum += other.b3_recall_sum
        self.gold_persons += other.gold_persons
        self.gold_persons_found += other.gold_persons_found
        self.pred_persons += other.pred_persons
        self.pred_persons_gold += other.pred_persons_gold
        self.media_gold += other.media_gold
        self.media_pred += other.media_pred
        self.media_ok += other.media_ok

    def report(self) -> dict[str, Any]:
        total = Counts()
        for group in GROUP_NAMES:
            total.add(self.quotes[group])
        b3p = self.b3_precision_sum / self.b3_items if self.b3_items else None
        b3r = self.b3_recall_sum / self.b3_items if self.b3_items else None
        b3f = (
            2 * b3p * b3r / (b3p + b3r)
            if b3p is not None and b3r is not None and b3p + b3r
            else None
        )
        return {
            "articles": self.articles,
            "quotes": {**{g: self.quotes[g].report() for g in GROUP_NAMES}, "all": total.report()},
            "paragraphs": {
                "blocks": self.paragraphs,
                "correct": self.paragraphs_ok,
                "accuracy": self.paragraphs_ok / self.paragraphs if self.paragraphs else None,
                "confusion": {
                    f"{g}->{p}": n for (g, p), n in sorted(self.paragraph_confusion.items())
                },
            },
            "media": _media_report(self.media_gold, self.media_pred, self.media_ok),
            "persons": {
                "b3_items": self.b3_items,
                "b3_precision": b3p,
                "b3_recall": b3r,
                "b3_f1": b3f,
                "gold_persons": self.gold_persons,
                "recall": self.gold_persons_found / self.gold_persons
                if self.gold_persons
                else None,
                "pred_per_entities": self.pred_persons,
                "precision": self.pred_persons_gold / self.pred_persons
                if self.pred_persons
                else None,
            },
        }


def _media_report(gold: int, pred: int, correct: int) -> dict[str, float | int | None]:
    precision = correct / pred if pred else None
    recall = correct / gold if gold else None
    f1 = None
    if precision is not None and recall is not None:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "gold": gold,
        "pred": pred,
        "correct": correct,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def score_medium(gold: GoldQuote, predicted: Any, document: str, score: Score) -> None:
    """Count the medium of one matched pair; list a missed, spurious or wrong one."""
    medium = predicted.medium.text if predicted.medium is not None else None
    score.media_gold += gold.medium is not None
    score.media_pred += medium is not None
    if gold.medium is not None and medium is not None and medium_matches(gold.medium, medium):
        score.media_ok += 1
    elif gold.medium is not None or medium is not None:
        score.errors.append(
            f"  WRONG-MEDIUM {gold.kind}: gold {gold.medium!r}, predicted {medium!r}: "
            f"{context(document, gold.start, gold.end)}"
        )


def score_quotes(gold: GoldArticle, article: Any, score: Score) -> None:
    entities = {entity.id: entity for entity in article.entities}
    document = gold.document
    for group in GROUP_NAMES:
        golds = [q for q in gold.quotes if GROUPS[q.kind] == group]
        preds = [q for q in article.quotes if GROUPS.get(q.kind) == group]
        counts = score.quotes[group]
        counts.gold += len(golds)
        counts.pred += len(preds)
        pairs = align([(q.start, q.end) for q in golds], [(q.start, q.end) for q in preds])
        counts.matched += len(pairs)
        matched_gold = {g for g, _ in pairs}
        matched_pred = {p for _, p in pairs}
        for g, p in pairs:
            score_medium(golds[g], preds[p], document, score)
            if speaker_correct(golds[g], speaker_forms(preds[p], entities)):
                counts.speaker_ok += 1
            else:
                score.errors.append(
                    f"  WRONG-SPEAKER {golds[g].kind}: gold {golds[g].speaker!r}, "
                    f"predicted {describe_speaker(preds[p])}: "
                    f"{context(document, golds[g].start, golds[g].end)}"
                )
        for g, quote in enumerate(golds):
            if g not in matched_gold:
                score.errors.append(
                    f"  MISSED {quote.kind} ({quote.speaker}): "
                    f"{context(document, quote.start, quote.end)}"
                )
        for p, quote in enumerate(preds):
            if p not in matched_pred:
                score.errors.append(
                    f"  SPURIOUS {quote.kind} ({describe_speaker(quote)}): "
                    f"{context(document, quote.start, quote.end)}"
                )


def score_paragraphs(gold: GoldArticle, article: Any, score: Score) -> None:
    predicted = {paragraph.start: paragraph.kind for paragraph in article.paragraphs}
    for label, (start, end) in zip(gold.paragraphs, gold.body_blocks, strict=True):
        kind = predicted.get(start, "(none)")
        score.paragraphs += 1
        score.paragraph_confusion[(label, kind)] += 1
        if kind == label:
            score.paragraphs_ok += 1
        else:
            score.errors.append(
                f"  PARAGRAPH gold {label}, predicted {kind}: "
                f"{context(gold.document, start, min(end, start + 70), 0)}"
            )


def score_persons(gold: GoldArticle, article: Any, score: Score) -> None:
    owner: dict[str, int] = {}
    ambiguous: set[str] = set()
    for index, person in enumerate(gold.persons):
        for form in {normalise(f) for f in (person.name, *person.aliases)}:
            if form in owner and owner[form] != index:
                ambiguous.add(form)
            owner.setdefault(form, index)
    for form in ambiguous:
        del owner[form]
    clusters = [
        {normalise(mention.text) for mention in entity.mentions}
        for entity in article.entities
        if entity.label == "PER"
    ]
    assigned: dict[str, int] = {}
    for form in owner:
        entity = next((i for i, strings in enumerate(clusters) if form in strings), None)
        if entity is not None:
            assigned[form] = entity
    for form, entity in assigned.items():
        same_gold = {f for f in assigned if owner[f] == owner[form]}
        same_pred = {f for f in assigned if assigned[f] == entity}
        common = len(same_gold & same_pred)
        score.b3_items += 1
        score.b3_precision_sum += common / len(same_pred)
        score.b3_recall_sum += common / len(same_gold)
    found = {owner[form] for form in assigned}
    score.gold_persons += len(gold.persons)
    score.gold_persons_found += len(found)
    score.pred_persons += len(clusters)
    score.pred_persons_gold += sum(1 for strings in clusters if strings & set(owner))
    for index, person in enumerate(gold.persons):
        if index not in found:
            score.errors.append(f"  PERSON-MISSED {person.name}")
    for entity in article.entities:
        strings = {normalise(mention.text) for mention in entity.mentions}
        if entity.label == "PER" and not strings & set(owner):
            score.errors.append(f"  PERSON-SPURIOUS {entity.name}")


def score_article(gold: GoldArticle, article: Any) -> Score:
    """The counts of one article; ``article`` is a ``newsstruct.Article`` of ``gold.document``."""
    if article.text != gold.document:
        raise ValueError(f"{gold.id}: the prediction is not of the gold document")
    score = Score(articles=1)
    score_quotes(gold, article, score)
    score_paragraphs(gold, article, score)
    score_persons(gold, article, score)
    return score


def evaluate(golds: Iterable[GoldArticle], predict: Callable[[str], Any]) -> dict[str, Any]:
    """Score every gold article: totals, per split, per outlet, per article, and the errors."""
    by_article: dict[str, Score] = {}
    meta: dict[str, GoldArticle] = {}
    for gold in golds:
        by_article[gold.id] = score_article(gold, predict(gold.document))
        meta[gold.id] = gold
    total = Score()
    splits: dict[str, Score] = defaultdict(Score)
    outlets: dict[str, Score] = defaultdict(Score)
    for article_id, score in by_article.items():
        total.add(score)
        splits[meta[article_id].split or "?"].add(score)
        outlets[meta[article_id].outlet or "?"].add(score)
    return {
        "total": total.report(),
        "splits": {name: s.report() for name, s in sorted(splits.items())},
        "outlets": {name: s.report() for name, s in sorted(outlets.items())},
        "articles": {article_id: s.report() for article_id, s in by_article.items()},
        "errors": {article_id: s.errors for article_id, s in by_article.items() if s.errors},
    }


# --------------------------------------------------------------------------- output


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def format_table(name: str, report: dict[str, Any]) -> str:
    lines = [f"== {name} ({report['articles']} articles)"]
    lines.append(
        f"  {'quotes':9} {'gold':>5} {'pred':>5} {'match':>5}  {'P':>5}  {'R':>5}  {'F1':>5}"
        f"  {'spk-acc':>7}  {'attr-P':>6}  {'attr-R':>6}  {'attr-F1':>7}"
    )
    for group in (*GROUP_NAMES, "all"):
        q = report["quotes"][group]
        lines.append(
            f"  {group:9} {q['gold']:>5} {q['pred']:>5} {q['matched']:>5}  {_fmt(q['precision'])}"
            f"  {_fmt(q['recall'])}  {_fmt(q['f1'])}  {_fmt(q['speaker_accuracy']):>7}"
            f"  {_fmt(q['attributed_precision']):>6}  {_fmt(q['attributed_recall']):>6}"
            f"  {_fmt(q['attributed_f1']):>7}"
        )
    para = report["paragraphs"]
    lines.append(
        f"  paragraph kinds: accuracy {_fmt(para['accuracy'])} ({para['correct']}/{para['blocks']})"
    )
    media = report["media"]
    lines.append(
        f"  media of matched quotes: P {_fmt(media['precision'])} R {_fmt(media['recall'])}"
        f" F1 {_fmt(media['f1'])} ({media['correct']} right of {media['gold']} gold,"
        f" {media['pred']} predicted)"
    )
    per = report["persons"]
    lines.append(
        f"  persons: B3 P {_fmt(per['b3_precision'])} R {_fmt(per['b3_recall'])}"
        f" F1 {_fmt(per['b3_f1'])} ({per['b3_items']} name strings);"
        f" found {_fmt(per['recall'])} of {per['gold_persons']} gold persons;"
        f" {_fmt(per['precision'])} of {per['pred_per_entities']} PER entities are gold persons"
    )
    return "\n".join(lines)


def format_errors(result: dict[str, Any], golds: Sequence[GoldArticle]) -> str:
    out = []
    for gold in golds:
        errors = result["errors"].get(gold.id)
        if errors:
            out.append(f"## {gold.id} ({gold.outlet}, {gold.split})")
            out.extend(errors)
            out.append("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument(
        "--gold",
        choices=("devset", "seed"),
        default="devset",
        help="devset: benchmarks/devset/gold; seed: the guidelines' worked example",
    )
    parser.add_argument(
        "--gold-dir", type=Path, default=None, help="another folder of frozen gold files"
    )
    parser.add_argument(
        "--shared",
        type=Path,
        default=None,
        help="folder with examples/ and annotation/ for --gold seed (default: --data/..)",
    )
    parser.add_argument(
        "--backend", default=None, help="newsstruct backend name (default: the library's)"
    )
    parser.add_argument(
        "--models", type=Path, default=None, help="a folder with a model manifest.json (Stanza)"
    )
    parser.add_argument(
        "--draws",
        default=None,
        help="only articles of these draws (sample.json), comma-separated: '25,26' or '1,5,6'",
    )
    parser.add_argument(
        "--cache",
        type=Path,
        default=None,
        help="keep annotations in this folder (benchmarks/annotation_cache.py): re-scoring"
        " changed rules on the same texts then takes seconds",
    )
    parser.add_argument("--json", type=Path, default=None, help="write the full report here")
    parser.add_argument(
        "--errors",
        type=Path,
        default=None,
        help="write the errors here: quotes, paragraph kinds, missed and spurious persons",
    )
    args = parser.parse_args(argv)

    if args.gold == "seed":
        shared = args.shared or args.data.parent
        golds = [load_seed(shared / "examples", shared / "annotation")]
    else:
        golds = load_gold(args.data, split=args.split, gold_dir=args.gold_dir)
    if args.draws:
        wanted = {int(draw) for draw in args.draws.split(",")}
        sample = json.loads((DEVSET_DIR / "sample.json").read_text(encoding="utf-8"))
        ids = {item["id"] for item in sample if item["draw"] in wanted}
        golds = [gold for gold in golds if gold.id in ids]
    if not golds:
        print("no gold articles found (run benchmarks/devset/freeze.py first)", file=sys.stderr)
        return 1

    import newsstruct

    backend: Any = args.backend
    if args.models is not None:
        from newsstruct.backends.stanza import StanzaBackend

        backend = StanzaBackend(args.models)
    if args.cache is not None:
        from benchmarks.annotation_cache import CachedBackend
        from newsstruct.backends.registry import get_backend

        inner = backend if backend is not None and not isinstance(backend, str) else None
        backend = CachedBackend(inner or get_backend(args.backend or "stanza"), args.cache)

    def predict(document: str) -> Any:
        return newsstruct.parse_article(document, backend=backend)

    started = time.perf_counter()
    result = evaluate(golds, predict)
    seconds = time.perf_counter() - started
    print(
        format_table(
            f"total ({args.gold}, split {args.split if args.gold == 'devset' else 'seed'}"
            + (f", draws {args.draws})" if args.draws else ")"),
            result["total"],
        )
    )
    if len(result["splits"]) > 1:
        for name, report in result["splits"].items():
            print(format_table(f"split {name}", report))
    for name, report in result["outlets"].items():
        print(format_table(f"outlet {name}", report))
    print(f"({seconds:.1f} s for {len(golds)} articles)")
    if args.json:
        payload = {
            "gold": args.gold,
            "split": args.split,
            "draws": args.draws,
            "newsstruct_version": getattr(newsstruct, "__version__", None),
            "seconds": seconds,
            **{key: value for key, value in result.items() if key != "errors"},
        }
        args.json.write_text(
            json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    if args.errors:
        args.errors.write_text(format_errors(result, golds) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
