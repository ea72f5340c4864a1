"""The page a discussion hangs under, which the discussion does not own.

Every thread sits under one of the column's answers, and a post that needs a second
look (an error, the privacy check, a refusal) is answered with that answer's page
again, the text intact. The column registers both from its `AppConfig.ready()`, so
the discussion imports nothing of it:

- `answers()`: every answer, whatever its state (a queryset);
- `open_answers()`: the answers readers can see and comment on (a queryset);
- `page(request, slug, *, form, status, form_error, privacy_check)`: the answer's
  page with one page of its thread and the comment form as given.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class Host:
    answers: Callable[[], object]
    open_answers: Callable[[], object]
    page: Callable[..., object]


_host: Host | None = None


def register(*, answers: Callable, open_answers: Callable, page: Callable) -> None:
    global _host  # noqa: PLW0603 (one host, set once at start-up)
    _host = Host(answers=answers, open_answers=open_answers, page=page)


def host() -> Host:
    if _host is None:
        raise ImproperlyConfigured("No app registered the page discussions hang under.")
    return _host
