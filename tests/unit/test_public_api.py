"""The public surface is pinned: nothing leaks in or disappears by accident."""

import newsstruct


def test_all_is_pinned() -> None:
    assert newsstruct.__all__ == [
        "SCHEMA_VERSION",
        "Article",
        "ArticleError",
        "Backend",
        "BackendError",
        "BackendNotFoundError",
        "BackendUnavailableError",
        "Entity",
        "InputError",
        "Mention",
        "ModelError",
        "ModelIntegrityError",
        "NewsstructError",
        "Paragraph",
        "ParseFailure",
        "Quote",
        "Sentence",
        "Span",
        "Speaker",
        "__version__",
        "available_backends",
        "parse_article",
        "parse_articles",
        "register_backend",
    ]


def test_everything_listed_exists() -> None:
    for name in newsstruct.__all__:
        assert hasattr(newsstruct, name), name


def test_import_is_cheap() -> None:
    import sys

    assert "stanza" not in sys.modules or "newsstruct.backends.stanza" in sys.modules
    assert "torch" not in sys.modules or "newsstruct.backends.stanza" in sys.modules
