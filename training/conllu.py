"""Minimal CoNLL-U reading and writing for the training scripts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Sentence:
    """One CoNLL-U sentence: comment lines (without ``#``) and 10-column token rows."""

    comments: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)

    def comment(self, key: str) -> str | None:
        """Return the value of a ``# key = value`` comment, or None."""
        for line in self.comments:
            name, sep, value = line.partition("=")
            if sep and name.strip() == key:
                return value.strip()
        return None

    def set_comment(self, key: str, value: str) -> None:
        """Set (replace or append) a ``# key = value`` comment."""
        for i, line in enumerate(self.comments):
            name, sep, _ = line.partition("=")
            if sep and name.strip() == key:
                self.comments[i] = f"{key} = {value}"
                return
        self.comments.append(f"{key} = {value}")

    def words(self) -> list[list[str]]:
        """Return the syntactic word rows (no multi-word ranges, no empty nodes)."""
        return [r for r in self.rows if r[0].isdigit()]

    def text(self) -> str:
        """Rebuild the sentence text from forms and ``SpaceAfter=No``."""
        out: list[str] = []
        for row in self.words():
            out.append(row[1])
            if "SpaceAfter=No" not in row[9].split("|"):
                out.append(" ")
        return "".join(out).strip()

    def copy(self) -> Sentence:
        """Deep copy."""
        return Sentence(list(self.comments), [list(r) for r in self.rows])


def read_conllu(path: Path) -> list[Sentence]:
    """Read a CoNLL-U file into sentences."""
    sents: list[Sentence] = []
    cur = Sentence()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur.rows:
                sents.append(cur)
            cur = Sentence()
        elif line.startswith("#"):
            cur.comments.append(line[1:].strip())
        else:
            cur.rows.append(line.split("\t"))
    if cur.rows:
        sents.append(cur)
    return sents


def format_sentences(sents: Iterable[Sentence]) -> Iterator[str]:
    """Yield CoNLL-U text blocks."""
    for s in sents:
        lines = [f"# {c}" for c in s.comments]
        lines += ["\t".join(r) for r in s.rows]
        yield "\n".join(lines) + "\n\n"


def write_conllu(path: Path, sents: Iterable[Sentence]) -> None:
    """Write sentences to a CoNLL-U file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for block in format_sentences(sents):
            f.write(block)
