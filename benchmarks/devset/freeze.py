"""Check the working annotations and write the committed gold files.

Reads every ``benchmarks/devset/work/<id>.json`` (annotators' form, git-ignored: quotes carry their
``text`` and ``occurrence``), rebuilds each document from the corpus
(``record["title"] + "\\n\\n" + record["text"]``), checks the record against GUIDELINES.md's
schema and writes ``benchmarks/devset/gold/<id>.json``: the same fields, but every quote stores
``start``/``end`` character offsets into the document and an ``excerpt`` (at most 60 characters)
instead of the text, plus ``outlet`` and ``split`` from ``sample.json`` and the document's SHA-256.
No corpus text beyond the excerpts goes into the gold files.

    python benchmarks/devset/freeze.py --data ../shared/data            # check + write all
    python benchmarks/devset/freeze.py --check                          # check only
    python benchmarks/devset/freeze.py leestmeer-022057 7days-038342    # only these ids

Exit status 1 when any checked file has an error (files with errors are not written).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.devset.load import (
    DEVSET_DIR,
    PARAGRAPH_KINDS,
    QUOTE_KINDS,
    block_spans,
    build_document,
    document_sha256,
    excerpt,
    find_occurrence,
    read_corpus,
)

QUOTE_KEYS = ("text", "occurrence", "kind", "speaker", "speaker_aliases", "cue", "medium")
TOP_KEYS = {"id", "paragraphs", "quotes", "persons", "notes"}
MARKS = "“”„\"'‘’‚«»"


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) and item.strip() for item in value)


def check(
    raw: Any, document: str, article_id: str
) -> tuple[list[str], list[str], list[tuple[int, int]]]:
    """(errors, warnings, quote offsets) of one working record against its document."""
    errors: list[str] = []
    warnings: list[str] = []
    offsets: list[tuple[int, int]] = []
    if not isinstance(raw, dict):
        return ["the file is not a JSON object"], warnings, offsets
    unknown = set(raw) - TOP_KEYS
    if unknown:
        errors.append(f"unknown top-level keys {sorted(unknown)}")
    for key in ("id", "paragraphs", "quotes", "persons"):
        if key not in raw:
            errors.append(f"missing key {key!r}")
    if errors:
        return errors, warnings, offsets
    if raw["id"] != article_id:
        errors.append(f"id {raw['id']!r} differs from the file name {article_id!r}")
    if not isinstance(raw.get("notes", ""), str):
        errors.append("notes must be a string")

    blocks = block_spans(document)
    labels = raw["paragraphs"]
    if not isinstance(labels, list):
        errors.append("paragraphs must be a list")
        labels = []
    elif len(labels) != len(blocks) - 1:
        errors.append(
            f"paragraphs has {len(labels)} labels; "
            f"the document has {len(blocks) - 1} blocks after the title"
        )
    for index, label in enumerate(labels):
        if label not in PARAGRAPH_KINDS:
            errors.append(
                f"paragraphs[{index}] = {label!r} is not one of {sorted(PARAGRAPH_KINDS)}"
            )

    seen: set[tuple[int, int, str]] = set()
    if not isinstance(raw["quotes"], list):
        errors.append("quotes must be a list")
        raw["quotes"] = []
    for number, quote in enumerate(raw["quotes"], 1):
        where = f"quote {number}"
        if not isinstance(quote, dict):
            errors.append(f"{where}: not an object")
            continue
        missing = [key for key in QUOTE_KEYS if key not in quote]
        extra = sorted(set(quote) - set(QUOTE_KEYS))
        if missing:
            errors.append(f"{where}: missing {missing}")
        if extra:
            errors.append(f"{where}: unknown keys {extra}")
        text = quote.get("text")
        occurrence = quote.get("occurrence", 1)
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: text must be a non-empty string")
            continue
        where = f"quote {number} ({excerpt(text, 40)!r})"
        if text != text.strip():
            errors.append(f"{where}: leading/trailing whitespace in text")
        if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1:
            errors.append(f"{where}: occurrence must be an integer >= 1")
            continue
        if quote.get("kind") not in QUOTE_KINDS:
            errors.append(
                f"{where}: kind {quote.get('kind')!r} is not one of {sorted(QUOTE_KINDS)}"
            )
        speaker = quote.get("speaker")
        if speaker is not None and (not isinstance(speaker, str) or not speaker.strip()):
            errors.append(f"{where}: speaker must be a non-empty string or null")
        if not _is_str_list(quote.get("speaker_aliases", [])):
            errors.append(f"{where}: speaker_aliases must be a list of non-empty strings")
        for key in ("cue", "medium"):
            value = quote.get(key)
            if value is not None and (not isinstance(value, str) or not value.strip()):
                errors.append(f"{where}: {key} must be a non-empty string or null")
        start = find_occurrence(document, text, occurrence)
        if start < 0:
            found = document.count(text)
            errors.append(f"{where}: occurrence {occurrence} not in the document (found {found})")
            continue
        end = start + len(text)
        offsets.append((start, end))
        if (start, end, quote.get("kind")) in seen:
            errors.append(f"{where}: duplicate of an earlier quote (same span and kind)")
        seen.add((start, end, quote.get("kind")))
        if quote.get("kind") in ("direct", "partial") and (text[0] in MARKS and text[-1] in MARKS):
            warnings.append(f"{where}: text seems to include its quotation marks")
        if (start > 0 and document[start - 1].isalnum() and text[0].isalnum()) or (
            end < len(document) and document[end].isalnum() and text[-1].isalnum()
        ):
            warnings.append(f"{where}: starts or ends inside a word (check the occurrence)")
        block = next((i for i, (b0, b1) in enumerate(blocks) if b0 <= start < b1), None)
        if (
            block is not None
            and block > 0
            and block - 1 < len(labels)
            and labels[block - 1] == "boilerplate"
        ):
            warnings.append(
                f"{where}: lies in a boilerplate block (not annotated by the guidelines)"
            )
        if block is not None and end > blocks[block][1]:
            warnings.append(f"{where}: runs over a paragraph break (one record per paragraph)")
        if speaker and speaker not in document:
            warnings.append(f"{where}: speaker {speaker!r} is not written in the document")
        for alias in quote.get("speaker_aliases") or []:
            if isinstance(alias, str) and alias not in document:
                warnings.append(f"{where}: speaker alias {alias!r} is not written in the document")

    if not isinstance(raw["persons"], list):
        errors.append("persons must be a list")
        raw["persons"] = []
    names: set[str] = set()
    for number, person in enumerate(raw["persons"], 1):
        if (
            not isinstance(person, dict)
            or not isinstance(person.get("name"), str)
            or not person["name"].strip()
        ):
            errors.append(f"person {number}: needs a non-empty name")
            continue
        if set(person) - {"name", "aliases"}:
            errors.append(
                f"person {number}: unknown keys {sorted(set(person) - {'name', 'aliases'})}"
            )
        if not _is_str_list(person.get("aliases", [])):
            errors.append(
                f"person {number} ({person['name']}): aliases must be a list of non-empty strings"
            )
            continue
        if person["name"] in names:
            errors.append(f"person {number}: {person['name']!r} listed twice")
        names.add(person["name"])
        for form in [person["name"], *person.get("aliases", [])]:
            if form not in document:
                warnings.append(
                    f"person {person['name']!r}: form {form!r} is not written in the document"
                )
    return errors, warnings, offsets


def freeze(
    raw: dict[str, Any], document: str, offsets: list[tuple[int, int]], sample: dict[str, Any]
) -> dict[str, Any]:
    """The committed form of a checked working record."""
    quotes = []
    for quote, (start, end) in zip(raw["quotes"], offsets, strict=True):
        quotes.append(
            {
                "start": start,
                "end": end,
                "excerpt": excerpt(document[start:end]),
                "kind": quote["kind"],
                "speaker": quote["speaker"],
                "speaker_aliases": quote["speaker_aliases"],
                "cue": quote["cue"],
                "medium": quote["medium"],
            }
        )
    quotes.sort(key=lambda q: (q["start"], q["end"]))
    return {
        "id": raw["id"],
        "outlet": sample["outlet"],
        "split": sample["split"],
        "document_sha256": document_sha256(document),
        "paragraphs": raw["paragraphs"],
        "quotes": quotes,
        "persons": [{"name": p["name"], "aliases": p.get("aliases", [])} for p in raw["persons"]],
        "notes": raw.get("notes", ""),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("ids", nargs="*", help="only these article ids (default: every work file)")
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--work", type=Path, default=DEVSET_DIR / "work")
    parser.add_argument("--out", type=Path, default=DEVSET_DIR / "gold")
    parser.add_argument("--sample", type=Path, default=DEVSET_DIR / "sample.json")
    parser.add_argument("--check", action="store_true", help="check only, write nothing")
    parser.add_argument("--quiet", action="store_true", help="do not print warnings")
    args = parser.parse_args(argv)

    sample = {item["id"]: item for item in json.loads(args.sample.read_text(encoding="utf-8"))}
    paths = sorted(args.work.glob("*.json"))
    if args.ids:
        paths = [args.work / f"{article_id}.json" for article_id in args.ids]
    records = read_corpus(args.data, [path.stem for path in paths if path.stem in sample])
    failed = written = 0
    for path in paths:
        article_id = path.stem
        problems: list[str] = []
        warnings: list[str] = []
        raw: Any = None
        if article_id not in sample:
            problems.append("not an id of sample.json")
        elif article_id not in records:
            problems.append(f"not in the corpus under {args.data}")
        elif not path.exists():
            problems.append("no work file")
        else:
            try:
                raw = json.loads(path.read_text(encoding="utf-8"))
            except json.JSONDecodeError as error:
                problems.append(f"invalid JSON: {error}")
        if not problems:
            document = build_document(records[article_id])
            problems, warnings, offsets = check(raw, document, article_id)
        status = "ERROR" if problems else "ok"
        count = (
            len(raw["quotes"])
            if isinstance(raw, dict) and isinstance(raw.get("quotes"), list)
            else 0
        )
        print(f"{status:5} {article_id} ({count} quotes)")
        for problem in problems:
            print(f"   error: {problem}")
        if not args.quiet:
            for warning in warnings:
                print(f"   warning: {warning}")
        if problems:
            failed += 1
            continue
        if not args.check:
            args.out.mkdir(parents=True, exist_ok=True)
            gold = freeze(raw, document, offsets, sample[article_id])
            target = args.out / f"{article_id}.json"
            target.write_text(
                json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
            )
            written += 1
    missing = sorted(set(sample) - {path.stem for path in sorted(args.work.glob("*.json"))})
    print(
        f"{len(paths)} checked, {failed} with errors, {written} written to {args.out}"
        + f"; {len(missing)} sample ids have no work file yet"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
