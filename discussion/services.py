"""The one path a comment takes into the house, and the staff actions on it.

Views, commands and importers all call these functions, so no comment can skip
the safety screen, the moderation rules or the bookkeeping of counts.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from afterword.text import plain_to_html
from column.models import Answer
from discussion.models import Comment, path_segment
from safety import rules
from safety.screen import screen


class NeedsPrivacyCheck(Exception):
    """The text names people, places or contacts: the poster confirms before publishing."""

    def __init__(self, findings: list[dict]):
        super().__init__("privacy check")
        self.findings = findings


@dataclass(frozen=True)
class Posted:
    comment: Comment
    reasons: tuple[str, ...]  # why it was held; empty when published

    @property
    def held(self) -> bool:
        return self.comment.status == Comment.Status.PENDING


def _placement(answer: Answer, parent_id: int | None) -> tuple[Comment | None, Comment | None]:
    """Return (tree parent, replied-to comment) for a reply, or raise ValidationError."""
    if not parent_id:
        return None, None
    target = (
        Comment.objects.filter(pk=parent_id, answer=answer)
        .only("pk", "answer_id", "parent_id", "depth", "path", "root_id", "pen_name", "status")
        .first()
    )
    if target is None or target.status != Comment.Status.PUBLISHED:
        raise ValidationError(
            "The comment you were replying to is no longer available. Your words are still "
            "here — you can post them as a new comment.",
            code="parent",
        )
    parent = target
    if target.depth >= settings.COMMENTS_MAX_DEPTH:
        # At the deepest level, replies sit beside what they answer, not below it.
        parent = Comment.objects.only("pk", "depth", "path", "root_id").get(pk=target.parent_id)
    return parent, target


def post_comment(
    *,
    answer: Answer,
    pen_name: str,
    email: str,
    body: str,
    parent_id: int | None = None,
    ip_hash: str = "",
    privacy_confirmed: bool = True,
    honeypot: bool = False,
    created_at=None,
    status: str | None = None,
) -> Posted:
    """Screen, decide and store a comment in one transaction.

    Raises ValidationError (a refusal, a bad reply target) or NeedsPrivacyCheck;
    the caller gives the text back in either case. `status` may be forced by
    importers and the demo loader; the screen still runs and is stored.
    """
    if not answer.is_live:
        raise ValidationError("This answer isn't open for comments.", code="answer")
    parent, target = _placement(answer, parent_id)
    if status is None and not honeypot:
        rules.check_refusal(
            pen_name=pen_name,
            email=email,
            body=body,
            ip_hash=ip_hash,
            recent=Comment.objects.filter(created_at__gte=rules.rate_window_start()),
        )
    screening = screen(body, country=settings.CRISIS_COUNTRY)
    crisis = screening.crisis.level >= 2
    # Someone who may be in danger sees help at once; moderators redact details later.
    if screening.privacy and not privacy_confirmed and not crisis and not honeypot:
        raise NeedsPrivacyCheck([finding_dict(f) for f in screening.privacy])
    decision = rules.decide_comment(email=email, body=body, screening=screening, honeypot=honeypot)
    comment = Comment(
        answer=answer,
        parent=parent,
        reply_to=target,
        reply_to_name=target.pen_name if target else "",
        depth=parent.depth + 1 if parent else 1,
        pen_name=pen_name,
        email=email.strip().lower(),
        body=body,
        body_html=plain_to_html(body),
        status=status or decision.status,
        crisis_level=screening.crisis.level,
        screening=screening.to_dict(),
        held_for=list(decision.reasons),
        ip_hash=ip_hash,
    )
    if created_at is not None:
        comment.created_at = created_at
    with transaction.atomic():
        comment.save()
        # The path needs the new id, so it is written in the same transaction.
        own = path_segment(comment.pk)
        comment.path = f"{parent.path}/{own}" if parent else own
        comment.root_id = parent.root_id if parent else comment.pk
        Comment.objects.filter(pk=comment.pk).update(path=comment.path, root_id=comment.root_id)
        if comment.status == Comment.Status.PUBLISHED:
            Answer.objects.filter(pk=answer.pk).update(comment_count=F("comment_count") + 1)
    return Posted(comment=comment, reasons=decision.reasons)


def finding_dict(finding) -> dict:
    return {"kind": finding.kind, "start": finding.start, "end": finding.end, "text": finding.text}


def _set_status(comment: Comment, status: str) -> Comment:
    with transaction.atomic():
        locked = Comment.objects.select_for_update().get(pk=comment.pk)
        was_published = locked.status == Comment.Status.PUBLISHED
        locked.status = status
        locked.moderated_at = timezone.now()
        locked.save(update_fields=["status", "moderated_at"])
        now_published = status == Comment.Status.PUBLISHED
        if was_published != now_published:
            delta = 1 if now_published else -1
            Answer.objects.filter(pk=locked.answer_id).update(
                comment_count=F("comment_count") + delta
            )
    return locked


def approve_comment(comment: Comment) -> Comment:
    return _set_status(comment, Comment.Status.PUBLISHED)


def reject_comment(comment: Comment) -> Comment:
    return _set_status(comment, Comment.Status.REJECTED)
