"""The ``newsstruct`` command: a thin layer over the public API."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from newsstruct import __version__
from newsstruct.backends.registry import available_backends
from newsstruct.errors import NewsstructError
from newsstruct.models import Article
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
        description="Parse a text file (one article), a JSONL file of records "
        "({'text': ..., 'id'?, 'title'?, 'url'?, 'published'?}), or '-' for standard input.",
    )
    parse.add_argument("source", help="a .txt file, a .jsonl file, or - for standard input")
    parse.add_argument("--format", choices=["json", "jsonl", "text"], default="json")
    parse.add_argument("--title", help="the article's title, when it is not in the text")
    parse.add_argument("--backend", default=None, help="a registered backend name")
    parse.set_defaults(run=_parse)

    schema = commands.add_parser("schema", help="print the JSON Schema of the Article model")
    schema.set_defaults(run=_schema)

    backends = commands.add_parser("backends", help="list the available backends")
    backends.set_defaults(run=_backends)
    return parser


def _parse(args: argparse.Namespace) -> int:
    records = _records(args.source, args.title)
    articles = parse_articles(records, backend=args.backend)
    _write(articles, args.format, sys.stdout)
    return 0


def _records(source: str, title: str | None) -> Iterator[dict[str, Any]]:
    if source == "-":
        yield {"text": sys.stdin.read(), "title": title}
        return
    path = Path(source)
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    record = json.loads(line)
                    if not isinstance(record, dict) or "text" not in record:
                        raise SystemExit(f"{path}:{number}: expected an object with a 'text' field")
                    yield record
        return
    yield {"text": path.read_text(encoding="utf-8"), "title": title, "id": path.stem}


def _write(articles: Iterator[Article], fmt: str, out: TextIO) -> None:
    if fmt == "json":
        items = [article.model_dump(mode="json") for article in articles]
        value = items[0] if len(items) == 1 else items
        out.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
        return
    for article in articles:
        if fmt == "jsonl":
            out.write(article.model_dump_json() + "\n")
        else:
            out.write(summarize(article) + "\n")


def _schema(args: argparse.Namespace) -> int:
    print(json.dumps(Article.model_json_schema(), ensure_ascii=False, indent=2))
    return 0


def _backends(args: argparse.Namespace) -> int:
    for name in available_backends():
        print(name)
    return 0
