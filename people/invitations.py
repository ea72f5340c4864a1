"""Invite me back in a year: one short note, a year after someone's last comment in a
discussion, if (and only if) they ticked the box when they posted.

People come back to these threads years later to tell how things turned out, and
readers who find the thread then are helped most by those updates. The note says
so once: "people here still read your words; if you'd like to tell them how
things went, here is the thread". It goes only to an address that was proven
(a verified pen name or a confirmed subscription), only while the comment is
still published, never after "stop" for that discussion or for everything, and
never twice for one tick: a new comment with the box ticked starts a new year.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone

from afterword import languages
from afterword.identity import email_key, normalise_email
from afterword.mail import queue_email
from discussion.models import Comment
from people.models import InviteBack, Mute, PenName, Subscription


def ask(comment: Comment) -> InviteBack:
    """The poster of `comment` ticked "invite me back in a year"."""
    email = normalise_email(comment.email)
    return InviteBack.objects.create(
        email=email,
        email_hash=email_key(email),
        answer_id=comment.answer_id,
        comment=comment,
        language=languages.asked_in(),
    )


def _proven(key: str) -> bool:
    return (
        PenName.objects.filter(email_hash=key, verified_at__isnull=False).exists()
        or Subscription.objects.filter(email_hash=key, confirmed_at__isnull=False).exists()
    )


def _muted(invite: InviteBack) -> bool:
    return (
        Mute.objects.filter(email_hash=invite.email_hash, created_at__gt=invite.asked_at)
        .filter(Q(answer__isnull=True) | Q(answer_id=invite.answer_id))
        .exists()
    )


def send_due(now: datetime | None = None) -> int:
    """Send every note whose year has come; returns how many were queued."""
    from people.emails import email_context

    now = now or timezone.now()
    year_ago = now - timedelta(days=settings.INVITE_BACK_DAYS)
    sent = 0
    waiting = InviteBack.objects.filter(sent_at__isnull=True, asked_at__lte=year_ago)
    for email_hash, answer_id in waiting.values_list("email_hash", "answer_id").distinct():
        with transaction.atomic():
            invites = list(
                InviteBack.objects.select_for_update()
                .filter(email_hash=email_hash, answer_id=answer_id, sent_at__isnull=True)
                .select_related("answer", "comment")
                .order_by("-asked_at")
            )
            if not invites:  # another run took them
                continue
            latest = invites[0]
            theirs = Comment.objects.published().filter(
                answer_id=answer_id, email__iexact=latest.email
            )
            last = theirs.aggregate(last=Max("created_at"))["last"]
            if last is not None and last > year_ago:
                continue  # they wrote again this year: the year starts from that comment
            shown = [i for i in invites if i.comment.status == Comment.Status.PUBLISHED]
            wanted = shown and latest.answer.is_live and _proven(email_hash)
            wanted = wanted and not _muted(latest)
            InviteBack.objects.filter(pk__in=[i.pk for i in invites]).update(sent_at=now)
            if not wanted:
                continue
            comment = shown[0].comment
            context = {
                "pen_name": comment.pen_name,
                "answer": latest.answer,
                "answer_url": settings.SITE_URL + latest.answer.get_absolute_url(),
                "comment_url": settings.SITE_URL + comment.get_absolute_url(),
                "written": comment.created_at,
            }
            # In the language they posted in (afterword.languages).
            with languages.writing_in(latest.language):
                full = {**email_context(latest.email, answer=latest.answer), **context}
                headers = full.pop("headers")
                queue_email(
                    "people/email/invite_back", to=latest.email, context=full, headers=headers
                )
            sent += 1
    return sent


def forget_email(email: str) -> int:
    deleted, _ = InviteBack.objects.filter(email_hash=email_key(normalise_email(email))).delete()
    return deleted
