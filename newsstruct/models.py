"""The output data model: frozen Pydantic v2 models whose spans index into ``Article.text``."""

from __future__ import annotations

from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Entity",
    "EntityLabel",
    "Mention",
    "Paragraph",
    "ParagraphKind",
    "ParseFailure",
    "Quote",
    "QuoteKind",
    "Sentence",
    "Span",
    "Speaker",
]

SCHEMA_VERSION: Final = "1.0"

ParagraphKind = Literal["title", "heading", "body", "byline", "boilerplate"]
QuoteKind = Literal["direct", "partial", "indirect"]
EntityLabel = Literal["PER", "ORG", "LOC", "MISC"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Model):
    """A stretch of ``Article.text``: ``article.text[start:end] == text``."""

    start: int = Field(ge=0, description="Offset of the first character in Article.text.")
    end: int = Field(ge=0, description="Offset one past the last character.")
    text: str = Field(description="Exactly Article.text[start:end].")


class Sentence(Span):
    """A sentence as the backend split it."""


class Paragraph(Span):
    """A block of text separated from its neighbours by blank lines."""

    index: int = Field(ge=0, description="Position among the article's paragraphs.")
    kind: ParagraphKind
    sentences: tuple[Sentence, ...] = ()


class Mention(Span):
    """One place where an entity is named (possessive endings included in the span)."""


class Entity(_Model):
    """One real-world referent with every place it is named."""

    id: str = Field(description="Stable within the article: 'e1', 'e2', ...")
    name: str = Field(description="Canonical name: the fullest form in the article.")
    label: EntityLabel
    mentions: tuple[Mention, ...]


class Speaker(Span):
    """Who a quote is attributed to, as written next to it ("hij", "het kantoor van Tokayev")."""

    name: str = Field(description="The entity's canonical name, or the mention as written.")
    entity_id: str | None = Field(
        default=None, description="The Entity the speaker resolves to, if any."
    )
    entity_ids: tuple[str, ...] = Field(
        default=(),
        description=(
            "Every Entity the speaker names: entity_id alone, or the people of a speaker that"
            " joins sources with 'en' ('Rutte en Hoekstra'), whose entity_id is None."
        ),
    )


class Quote(Span):
    """Reported speech: the quoted or reported content, without quotation marks."""

    id: str = Field(description="Stable within the article: 'q1', 'q2', ...")
    kind: QuoteKind
    paragraph: int = Field(ge=0, description="Index of the paragraph the quote starts in.")
    speaker: Speaker | None = None
    cue: Span | None = Field(
        default=None, description='The attribution cue: "zei", "volgens", ":".'
    )
    medium: Span | None = Field(default=None, description='Where it was said: "op Telegram".')


class Article(_Model):
    """A parsed article. Every span indexes into ``text``."""

    schema_version: str = SCHEMA_VERSION
    text: str = Field(description="Exactly the text that was parsed.")
    id: str | None = Field(default=None, description="The caller's id for the article, if given.")
    title: str | None = None
    url: str | None = None
    published: str | None = None
    language: str = "nl"
    backend: str = Field(description="Name of the backend that annotated the text.")
    models: dict[str, str] = Field(
        default_factory=dict, description="Processor -> model identifier used by the backend."
    )
    paragraphs: tuple[Paragraph, ...] = ()
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()


class ParseFailure(_Model):
    """Stands in for an article that could not be parsed (``parse_articles(errors="record")``)."""

    index: int = Field(ge=0, description="Position of the article in the input.")
    id: str | None = Field(default=None, description="The article's id, when the record had one.")
    error_type: str = Field(description='Name of the exception, e.g. "TypeError".')
    message: str
