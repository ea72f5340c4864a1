"""The questions other apps ask of the discussion (they read comments only through
these, or through `Comment.objects`' named querysets: `published()`, `visible()`)."""

from __future__ import annotations

from afterword.identity import normalise_email
from discussion.models import Comment


def published_count(answer_id: int) -> int:
    """How many comments readers see under this answer (placeholders not counted)."""
    return Comment.objects.published().filter(answer_id=answer_id).count()


def by_email(email: str):
    """Every comment written with this email, whatever its status."""
    return Comment.objects.filter(email=normalise_email(email))


def published_between(start, end):
    """Comments that first became visible in (start, end]: posted then, or approved then."""
    return Comment.objects.published().filter(published_at__gt=start, published_at__lte=end)


def with_reply_to(comment_id: int) -> Comment | None:
    """One comment, with the comment it replies to (for notifying)."""
    return Comment.objects.select_related("reply_to").filter(pk=comment_id).first()


def with_answer(comment_id: int | None) -> Comment | None:
    if not comment_id:
        return None
    return Comment.objects.select_related("answer").filter(pk=comment_id).first()
