"""Moderation rules: given a screened text, publish it or hold it for a moderator.

Rules hold; they never drop. Whatever they decide, the poster is told.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings

from safety.screen import Screening

HELD_CRISIS = "crisis"
HELD_REVIEW = "review"
HELD_FIRST = "first"


@dataclass(frozen=True)
class Decision:
    status: str
    reasons: tuple[str, ...]


def decide_comment(*, email: str, body: str, screening: Screening) -> Decision:
    from discussion.models import Comment  # the rules read comments, they don't own them

    reasons: list[str] = []
    if screening.crisis.level >= 2:
        reasons.append(HELD_CRISIS)
    elif screening.needs_review:
        reasons.append(HELD_REVIEW)
    if settings.COMMENTS_HOLD_FIRST and not (
        Comment.objects.published().filter(email=email.strip().lower()).exists()
    ):
        reasons.append(HELD_FIRST)
    status = Comment.Status.PENDING if reasons else Comment.Status.PUBLISHED
    return Decision(status=status, reasons=tuple(reasons))
