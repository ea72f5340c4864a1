"""Confirming an email: the one link that verifies a pen name and turns on the
notifications someone asked for (after a comment, or following a discussion).

Emails are queued in the surrounding transaction (afterword.queue); those carrying a
link are rendered by the worker (people.tasks.send_link_email), so the link is never
stored in the task queue.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import timezone

from afterword import languages
from afterword.identity import email_key, normalise_email
from afterword.queue import enqueue
from discussion import queries as comments
from discussion import services as discussion_services
from people import links
from people.models import EmailLink, Mute, PenName, Subscription
from people.pen_names import Poster
from safety.models import normalise_name

Scope = Subscription.Scope


def subscription(email: str, scope: str, answer=None) -> Subscription:
    """This email's subscription of this kind (to `answer`'s discussion), made if new."""
    language = languages.asked_in()
    sub, created = Subscription.objects.get_or_create(
        email_hash=email_key(email),
        scope=scope,
        answer=answer,
        defaults={"email": normalise_email(email), "language": language},
    )
    if not created and sub.language != language:
        # Asked again, in another language: the emails follow the latest ask.
        sub.language = language
        sub.save(update_fields=["language"])
    return sub


def _covered(email: str) -> tuple[set[int], set[int]]:
    """Pen names and subscriptions already waiting in a live confirmation link."""
    pens: set[int] = set()
    subs: set[int] = set()
    for data in (
        links.live(EmailLink.Purpose.CONFIRM).filter(email=email).values_list("data", flat=True)
    ):
        if data.get("pen_name"):
            pens.add(data["pen_name"])
        subs.update(data.get("subscriptions", []))
    return pens, subs


def ask_to_confirm(
    email: str, *, pen_name_id: int | None, subscriptions: list[int], **extra
) -> EmailLink | None:
    """Email a confirmation link unless one still waiting already covers all of this."""
    pens, subs = _covered(email)
    if (pen_name_id is None or pen_name_id in pens) and set(subscriptions) <= subs:
        return None
    data = {"pen_name": pen_name_id, "subscriptions": subscriptions}
    link = links.new_link(EmailLink.Purpose.CONFIRM, email, {**data, **extra})
    queue_link(link)
    return link


def queue_link(link: EmailLink) -> None:
    """Queue the email that carries this link (made by the worker, never stored)."""
    from people.tasks import send_link_email

    enqueue(send_link_email, link_id=link.pk)


def after_comment(comment, *, follow_thread: bool = False, poster: Poster | None = None) -> None:
    """After a post is stored (inside its transaction: discussion.events.comment_posted).

    A pen name or a notification this email hasn't confirmed yet gets one
    confirmation email (with crisis lines when the words call for them).
    `poster`, when the post already asked (people.pen_names), saves looking the
    pen name up again.
    """
    email = comment.email
    if poster is not None and poster.pen_name_id is not None:
        pen_name_id, verified = poster.pen_name_id, poster.verified
    else:
        pen, _ = PenName.objects.get_or_create(
            email_hash=email_key(email),
            normalised=normalise_name(comment.pen_name),
            defaults={"name": comment.pen_name},
        )
        pen_name_id, verified = pen.pk, pen.verified_at is not None
    pending: list[int] = []
    wanted = [(Scope.REPLIES, None)] if comment.notify_replies else []
    if wanted and poster is not None and poster.replies_id is not None:
        # Asked with the post's checks: a returning poster's subscription is known.
        wanted = []
        if not poster.replies_confirmed:
            pending.append(poster.replies_id)
    if follow_thread:
        wanted.append((Scope.THREAD, comment.answer))
    for scope, answer in wanted:
        sub = subscription(email, scope, answer)
        if not sub.is_confirmed:
            pending.append(sub.pk)
    if not verified or pending:
        ask_to_confirm(
            email,
            pen_name_id=None if verified else pen_name_id,
            subscriptions=pending,
            comment=comment.pk,
        )


@dataclass
class Confirmed:
    email: str
    pen_name: str = ""
    pen_name_verified: bool = False
    pen_name_taken: bool = False
    subscriptions: list[Subscription] = field(default_factory=list)


def confirm(token: str) -> Confirmed | None:
    """Spend a confirmation link: verify its pen name, confirm its subscriptions."""
    with transaction.atomic():
        link = links.use(token, EmailLink.Purpose.CONFIRM)
        if link is None:
            return None
        key = email_key(link.email)
        now = timezone.now()
        result = Confirmed(email=link.email)
        pen = PenName.objects.filter(pk=link.data.get("pen_name"), email_hash=key).first()
        if pen is not None:
            result.pen_name = pen.name
            result.pen_name_verified, result.pen_name_taken = _verify(pen, link.email, now)
        subs = Subscription.objects.filter(
            pk__in=link.data.get("subscriptions", []), email_hash=key
        ).select_related("answer")
        for sub in subs:
            if sub.confirmed_at is None:
                sub.confirmed_at = now
                sub.save(update_fields=["confirmed_at"])
            result.subscriptions.append(sub)
        if subs:
            # Asking again undoes an earlier "stop": everywhere, or for these discussions.
            Mute.objects.filter(email_hash=key, answer__isnull=True).delete()
            answers = [s.answer_id for s in subs if s.answer_id]
            Mute.objects.filter(email_hash=key, answer_id__in=answers).delete()
    return result


def _verify(pen: PenName, email: str, now) -> tuple[bool, bool]:
    """(verified, taken by someone else first)."""
    if pen.verified_at is not None:
        return True, False
    if PenName.objects.filter(normalised=pen.normalised, verified_at__isnull=False).exists():
        return False, True
    try:
        with transaction.atomic():
            pen.verified_at = now
            pen.save(update_fields=["verified_at"])
    except IntegrityError:  # verified by another email in the same instant
        pen.verified_at = None
        return False, True
    mine = comments.by_email(email).values_list("pk", "pen_name")
    ids = [pk for pk, name in mine if normalise_name(name) == pen.normalised]
    discussion_services.mark_pen_name_verified(ids)
    return True, False


def follow(answer, email: str) -> None:
    """Follow a discussion without commenting: double opt-in, by email.

    Says nothing about whether the address is known or already following.
    """
    with transaction.atomic():
        sub = subscription(email, Scope.THREAD, answer)
        if not sub.is_confirmed:
            ask_to_confirm(normalise_email(email), pen_name_id=None, subscriptions=[sub.pk])
