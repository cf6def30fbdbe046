"""Compare the rules of this checkout with another revision's on corpus articles outside the devset.

    python benchmarks/compare_rules.py --data ../shared/data --base HEAD~1 \\
        [--articles 1200] [--seed 12] [--cache .cache/annotations] [--entities]

A rule tuned on the development set can change articles it was never tuned on; reading those
changes is how a rule's side effects are found before it lands. This script draws ``--articles``
corpus articles (of at most 6,000 characters, seeded) that are not in ``benchmarks/devset/
sample.json``, parses them with both rule sets, and prints every quote (or, with
``--entities``, every entity) that one side has and the other has not:

    - leestmeer-010332 indirect  [... volgens ] spk='Wiebes'/Wiebes cue='volgens'
    + leestmeer-010332 indirect  [... volgens ] spk='Wiebes'/Eric Wiebes cue='volgens'

The base revision is checked out into a temporary git worktree. Each side runs in its own
process (two versions of the package cannot share one), both with the same annotation cache
(``benchmarks/annotation_cache.py``): the first run annotates the articles once, about two
minutes per 1,000 short articles on two cores, and every later comparison takes seconds.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "benchmarks" / "devset" / "sample.json"
MAX_CHARS = 6000
CONTEXT = 60


def draw(data: Path, count: int, seed: int) -> list[dict[str, str]]:
    """``count`` seeded corpus records of at most MAX_CHARS characters, none of the devset."""
    devset = {item["id"] for item in json.loads(SAMPLE.read_text(encoding="utf-8"))}
    with gzip.open(data / "news-nl" / "corpus.jsonl.gz", "rt", encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines]
    pool = [r for r in records if r["id"] not in devset and len(r["text"]) <= MAX_CHARS]
    random.Random(seed).shuffle(pool)
    return pool[:count]


def emit(root: Path, records: list[dict[str, str]], cache: Path, out: Path) -> None:
    """Parse ``records`` with the package found in ``root``; write quotes and entities."""
    sys.path.insert(0, str(root))
    import newsstruct
    from newsstruct.backends.registry import get_backend

    if not Path(newsstruct.__file__).resolve().is_relative_to(root.resolve()):
        raise SystemExit(f"newsstruct came from {newsstruct.__file__}, not from {root}")

    spec = importlib.util.spec_from_file_location(
        "annotation_cache", Path(__file__).parent / "annotation_cache.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    backend = module.CachedBackend(get_backend("stanza"), cache)
    result: dict[str, Any] = {}
    for record in records:
        document = (record.get("title") or "") + "\n\n" + record["text"]
        article = newsstruct.parse_article(document, backend=backend)
        result[record["id"]] = {
            "quotes": [
                [
                    q.kind,
                    q.start,
                    q.end,
                    q.text[:100],
                    q.speaker.text if q.speaker else None,
                    q.speaker.name if q.speaker else None,
                    q.medium.text if q.medium else None,
                    q.cue.text if q.cue else None,
                    document[max(0, q.start - CONTEXT) : q.start].replace("\n", " / "),
                ]
                for q in article.quotes
            ],
            "entities": sorted(f"{e.label}:{e.name}:{len(e.mentions)}" for e in article.entities),
        }
    out.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")


def differences(base: dict[str, Any], new: dict[str, Any], entities: bool) -> list[str]:
    """Lines for what one side has and the other has not, article by article."""
    lines: list[str] = []
    for article_id in base:
        if entities:
            old, now = set(base[article_id]["entities"]), set(new[article_id]["entities"])
            lines += [f"- {article_id} {e}" for e in sorted(old - now)]
            lines += [f"+ {article_id} {e}" for e in sorted(now - old)]
            continue

        def keyed(quotes: list[list[Any]]) -> dict[tuple[Any, ...], list[Any]]:
            return {tuple(q[:7]): q for q in quotes}

        old_q, new_q = keyed(base[article_id]["quotes"]), keyed(new[article_id]["quotes"])
        for sign, mine, other in (("-", old_q, new_q), ("+", new_q, old_q)):
            for key in sorted(mine.keys() - other.keys(), key=lambda k: (k[1], k[0])):
                kind, _, _, text, speaker, name, medium, cue, before = mine[key]
                lines.append(
                    f"{sign} {article_id} {kind} [{before}] [[{text}]] "
                    f"spk={speaker!r}/{name} cue={cue!r} medium={medium!r}"
                )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--base", default="HEAD", help="the revision to compare with (git)")
    parser.add_argument("--articles", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache" / "annotations")
    parser.add_argument("--entities", action="store_true", help="compare entities, not quotes")
    parser.add_argument(
        "--emit", nargs=3, metavar=("ROOT", "RECORDS", "OUT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.emit:
        root, listing, out = (Path(value) for value in args.emit)
        emit(root, json.loads(listing.read_text(encoding="utf-8")), args.cache, out)
        return 0
    records = draw(args.data, args.articles, args.seed)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        worktree = folder / "base"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(worktree), args.base],
            check=True,
        )
        try:
            (folder / "records.json").write_text(json.dumps(records), encoding="utf-8")
            outputs = {}
            for side, root in (("base", worktree), ("new", ROOT)):
                outputs[side] = folder / f"{side}.json"
                command = [sys.executable, __file__, "--cache", str(args.cache), "--emit"]
                command += [str(root), str(folder / "records.json"), str(outputs[side])]
                subprocess.run(command, check=True)
            base = json.loads(outputs["base"].read_text(encoding="utf-8"))
            new = json.loads(outputs["new"].read_text(encoding="utf-8"))
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(worktree)],
                check=False,
            )
    lines = differences(base, new, args.entities)
    print("\n".join(lines))
    print(
        f"({len(lines)} differences in {len(records)} articles, base {args.base})", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
