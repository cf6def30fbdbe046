"""The newsstruct error tree.

::

    NewsstructError
    ├── BackendError
    │   ├── BackendNotFoundError (LookupError)
    │   ├── BackendUnavailableError (ImportError)
    │   └── ModelError
    │       └── ModelIntegrityError (ValueError)
    ├── InputError (ValueError)
    └── ArticleError

Every error carries the context needed to act on it and is raised ``from`` its cause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsstruct.models import ParseFailure

__all__ = [
    "ArticleError",
    "BackendError",
    "BackendNotFoundError",
    "BackendUnavailableError",
    "InputError",
    "ModelError",
    "ModelIntegrityError",
    "NewsstructError",
]


class NewsstructError(Exception):
    """Root of every error newsstruct raises on purpose."""


class BackendError(NewsstructError):
    """An NLP backend could not be found, loaded or run."""


class BackendNotFoundError(BackendError, LookupError):
    """No backend is registered under the requested name."""

    def __init__(self, name: str, available: list[str]) -> None:
        self.name = name
        self.available = available
        super().__init__(f"no backend named {name!r}; available: {', '.join(available) or 'none'}")


class BackendUnavailableError(BackendError, ImportError):
    """A registered backend needs a package that is not installed."""

    def __init__(self, name: str, hint: str) -> None:
        self.backend = name
        self.hint = hint
        super().__init__(f"backend {name!r} cannot be imported: {hint}")


class ModelError(BackendError):
    """Model files are missing or unusable."""


class ModelIntegrityError(ModelError, ValueError):
    """A model file does not match the checksum in its manifest."""

    def __init__(self, path: str, expected: str, actual: str) -> None:
        self.path = path
        self.expected = expected
        self.actual = actual
        super().__init__(
            f"{path}: sha256 {actual[:12]}… does not match the manifest's {expected[:12]}…; "
            "reinstall newsstruct or rebuild the models with `python -m training.build`"
        )


class InputError(NewsstructError, ValueError):
    """The input cannot be parsed as an article."""


class ArticleError(NewsstructError):
    """An article failed in a worker process; ``failure`` says which and why."""

    def __init__(self, failure: ParseFailure) -> None:
        self.failure = failure
        where = f"article {failure.index}" + (f" ({failure.id})" if failure.id else "")
        super().__init__(f"{where} failed: {failure.error_type}: {failure.message}")
