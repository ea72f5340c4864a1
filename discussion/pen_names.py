"""Who may post under a pen name is people's to say: a name verified by one email
belongs to that email alone.

The discussion asks it while posting, without importing people: people registers
its check here from its `AppConfig.ready()`. The check's questions are asked in the
same single query as the post's other checks (`questions`), then read from the
answers (`read`), which may refuse the name with a ValidationError. Without a
registered check nobody's name is verified and every name may be used.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol


class Poster(Protocol):
    """What the check says of someone about to post; the discussion reads `verified`."""

    verified: bool


@dataclass(frozen=True)
class _Check:
    questions: Callable[..., dict]  # (pen_name=, email=) -> {name: Subquery/Exists}
    read: Callable[..., Any]  # (answers, pen_name=, email=, enforce=) -> Poster


_check: _Check | None = None


def register(*, questions: Callable[..., dict], read: Callable[..., Poster]) -> None:
    global _check  # noqa: PLW0603 (one check, set once at start-up)
    _check = _Check(questions=questions, read=read)


def questions(*, pen_name: str, email: str) -> dict:
    return _check.questions(pen_name=pen_name, email=email) if _check else {}


def read(answers: dict, *, pen_name: str, email: str, enforce: bool) -> Poster | None:
    if _check is None:
        return None
    return _check.read(answers, pen_name=pen_name, email=email, enforce=enforce)
