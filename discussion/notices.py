"""The note a poster sees on the page after posting: published, held, or held
with crisis resources.

It travels as a signed, short-lived token in the redirect's query string, so no
cookie is needed and the page stays the same for everybody else.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core import signing

from discussion.models import Comment
from safety.help import gentle

_SALT = "discussion.posted"
_MAX_AGE = 60 * 60 * 6


@dataclass(frozen=True)
class PostedNotice:
    comment: Comment
    held: bool
    crisis: bool
    gentle: bool  # only the learned stage heard risk: held, with a gentle version of the lines
    first: bool


def posted_token(comment: Comment, reasons: tuple[str, ...]) -> str:
    return signing.dumps({"c": comment.pk, "r": list(reasons)}, salt=_SALT, compress=True)


def read_posted(token: str, answer) -> PostedNotice | None:
    if not token:
        return None
    try:
        data = signing.loads(token, salt=_SALT, max_age=_MAX_AGE)
        comment = Comment.objects.get(pk=int(data["c"]), answer=answer)
    except (signing.BadSignature, KeyError, TypeError, ValueError, Comment.DoesNotExist):
        return None
    reasons = set(data.get("r", []))
    return PostedNotice(
        comment=comment,
        held=comment.status == Comment.Status.PENDING,
        crisis=comment.crisis_level >= 2,
        gentle=gentle(comment.screening),
        first="first" in reasons,
    )
