"""The output models are frozen, strict and carry a schema."""

from __future__ import annotations

import pydantic
import pytest

from newsstruct import SCHEMA_VERSION, Article, Quote, Span


def _article() -> Article:
    text = "Hij zei: “Ja.”"
    return Article(
        text=text,
        backend="test",
        quotes=(Quote(id="q1", kind="direct", paragraph=0, start=10, end=13, text="Ja."),),
    )


def test_frozen() -> None:
    with pytest.raises(pydantic.ValidationError):
        _article().text = "x"  # type: ignore[misc]


def test_extra_fields_are_refused() -> None:
    with pytest.raises(pydantic.ValidationError):
        Span(start=0, end=1, text="x", colour="red")  # type: ignore[call-arg]


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(pydantic.ValidationError):
        Quote(id="q1", kind="rumour", paragraph=0, start=0, end=1, text="x")  # type: ignore[arg-type]


def test_json_round_trip() -> None:
    article = _article()
    assert Article.model_validate_json(article.model_dump_json()) == article
    assert article.schema_version == SCHEMA_VERSION


def test_json_schema_names_every_model() -> None:
    schema = Article.model_json_schema()
    assert {"Paragraph", "Quote", "Entity", "Speaker", "Span"} <= set(schema["$defs"])
