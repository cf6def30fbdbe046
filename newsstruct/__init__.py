"""newsstruct: Dutch and Flemish news articles as typed, structured data."""

from newsstruct.backends.base import Backend
from newsstruct.backends.registry import available_backends, register_backend
from newsstruct.errors import (
    ArticleError,
    BackendError,
    BackendNotFoundError,
    BackendUnavailableError,
    InputError,
    ModelError,
    ModelIntegrityError,
    NewsstructError,
)
from newsstruct.models import (
    SCHEMA_VERSION,
    Article,
    Entity,
    Mention,
    Paragraph,
    ParseFailure,
    Quote,
    Sentence,
    Span,
    Speaker,
)
from newsstruct.pipeline import parse_article, parse_articles

__version__ = "0.1.0"

__all__ = [
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
