"""A human-readable summary of an Article: paragraphs, who said what, who appears."""

from __future__ import annotations

import textwrap

from newsstruct.models import Article

__all__ = ["summarize"]

_WIDTH = 100


def summarize(article: Article) -> str:
    """Render an Article as plain text for reading in a terminal.

    Example:
        >>> print(summarize(article))  # doctest: +SKIP
        Paragraphs (11)
          0 body         De Wit-Russische president Alexandr Loekasjenko zei dat ...

    """
    lines = []
    if article.title:
        lines += [f"Title: {article.title}", ""]
    lines.append(f"Paragraphs ({len(article.paragraphs)})")
    for paragraph in article.paragraphs:
        lines.append(f"  {paragraph.index:>2} {paragraph.kind:<12} {_short(paragraph.text, 80)}")
    lines += ["", f"Quotes ({len(article.quotes)})"]
    for quote in article.quotes:
        who = quote.speaker.name if quote.speaker else "?"
        via = [f"cue: {quote.cue.text}"] if quote.cue else []
        if quote.medium:
            via.append(f"medium: {quote.medium.text}")
        lines.append(
            f"  {quote.id:<4} {quote.kind:<9} {who}" + (f"  ({'; '.join(via)})" if via else "")
        )
        lines += textwrap.wrap(
            f"“{quote.text}”", _WIDTH, initial_indent="       ", subsequent_indent="        "
        )
    lines += ["", f"Entities ({len(article.entities)})"]
    for entity in article.entities:
        forms = sorted({mention.text for mention in entity.mentions})
        lines.append(f"  {entity.id:<4} {entity.label:<5} {entity.name}  [{', '.join(forms)}]")
    return "\n".join(lines)


def _short(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
