"""The ``newsstruct`` command: a thin layer over the public API."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from newsstruct import __version__
from newsstruct.backends.registry import available_backends
from newsstruct.errors import NewsstructError
from newsstruct.models import Article, ParseFailure
from newsstruct.pipeline import parse_articles
from newsstruct.summary import summarize

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except NewsstructError as error:
        print(f"newsstruct: error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsstruct", description="Dutch and Flemish news articles as structured data."
    )
    parser.add_argument("--version", action="version", version=f"newsstruct {__version__}")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    parse = commands.add_parser(
        "parse",
        help="parse articles and print them",
        description="Parse one article (.txt), a JSONL file of records "
        "({'text': ..., 'id'?, 'title'?, 'url'?, 'published'?}), a directory of .txt files, "
        "or '-' for one article on standard input.",
    )
    parse.add_argument("source", help="a .txt or .jsonl file, a directory, or - for stdin")
    parse.add_argument(
        "--format",
        choices=["json", "jsonl", "text"],
        default=None,
        help="json for one article, jsonl for many (the defaults), or a readable summary",
    )
    parse.add_argument("--title", help="the article's title, when it is not in the text")
    parse.add_argument("--backend", default=None, help="a registered backend name")
    parse.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
    parse.add_argument(
        "--resume",
        action="store_true",
        help="with --output: skip records whose id is already in the output, append the rest",
    )
    parse.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    parse.add_argument("--progress", action="store_true", help="show a progress bar")
    parse.set_defaults(run=_parse)

    schema = commands.add_parser("schema", help="print the JSON Schema of the Article model")
    schema.set_defaults(run=_schema)

    backends = commands.add_parser("backends", help="list the available backends")
    backends.set_defaults(run=_backends)
    return parser


def _parse(args: argparse.Namespace) -> int:
    source = Path(args.source)
    many = args.source != "-" and (source.is_dir() or source.suffix == ".jsonl")
    fmt = args.format or ("jsonl" if many or args.output else "json")
    if args.resume and (args.output is None or fmt != "jsonl"):
        raise SystemExit("newsstruct: --resume needs --output and the jsonl format")
    done = _ids_in(args.output) if args.resume else set()
    records: Iterable[dict[str, Any]] = (
        r for r in _records(args.source, args.title) if r.get("id") is None or r["id"] not in done
    )
    results = parse_articles(
        records, backend=args.backend, errors="record", progress=args.progress, jobs=args.jobs
    )
    failures = 0
    with _open_output(args.output, append=args.resume) as out:
        failures = _write(results, fmt, out)
    if failures:
        print(f"newsstruct: {failures} article(s) failed; see their error records", file=sys.stderr)
    return 0


@contextmanager
def _open_output(path: Path | None, *, append: bool) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    cut_short = append and _ends_mid_line(path)
    with path.open("a" if append else "w", encoding="utf-8") as handle:
        if cut_short:
            handle.write("\n")  # an interrupted run left half a line; start on a fresh one
        yield handle


def _ends_mid_line(path: Path) -> bool:
    if not path.exists() or path.stat().st_size == 0:
        return False
    with path.open("rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) != b"\n"


def _ids_in(path: Path | None) -> set[str]:
    if path is None or not path.exists():
        return set()
    ids = set()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:
                continue  # a line cut short by an interrupted run: parse that article again
            # failed articles are tried again on resume; parsed ones are skipped
            parsed = isinstance(record, dict) and "error_type" not in record
            if parsed and record.get("id") is not None:
                ids.add(str(record["id"]))
    return ids


def _records(source: str, title: str | None) -> Iterator[dict[str, Any]]:
    if source == "-":
        yield {"text": sys.stdin.read(), "title": title}
        return
    path = Path(source)
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    try:
                        record = json.loads(line)
                    except ValueError as error:
                        raise SystemExit(f"{path}:{number}: not JSON: {error}") from error
                    if not isinstance(record, dict) or "text" not in record:
                        raise SystemExit(f"{path}:{number}: expected an object with a 'text' field")
                    yield record
        return
    if path.is_dir():
        for file in sorted(path.rglob("*.txt")):
            name = file.relative_to(path).with_suffix("").as_posix()
            yield {"text": file.read_text(encoding="utf-8"), "id": name}
        return
    yield {"text": path.read_text(encoding="utf-8"), "title": title, "id": path.stem}


def _write(results: Iterable[Article | ParseFailure], fmt: str, out: TextIO) -> int:
    """Write results; returns how many were failures."""
    failures = 0
    if fmt == "json":
        items = [result.model_dump(mode="json") for result in results]
        failures = sum("error_type" in item for item in items)
        value = items[0] if len(items) == 1 else items
        out.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
        return failures
    for result in results:
        if isinstance(result, ParseFailure):
            failures += 1
        if fmt == "jsonl":
            out.write(result.model_dump_json() + "\n")
        elif isinstance(result, ParseFailure):
            out.write(f"! {result.id or result.index}: {result.error_type}: {result.message}\n")
        else:
            out.write(summarize(result) + "\n")
        out.flush()
    return failures


def _schema(args: argparse.Namespace) -> int:
    print(json.dumps(Article.model_json_schema(), ensure_ascii=False, indent=2))
    return 0


def _backends(args: argparse.Namespace) -> int:
    for name in available_backends():
        print(name)
    return 0
