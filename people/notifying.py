"""Telling those waiting for a published comment: the person it replies to, those
following the discussion or its writer, and the answer's columnist."""

from __future__ import annotations

from django.conf import settings
from django.db.models import Exists, Q

from afterword.identity import email_key
from column import queries as column_queries
from column.models import Answer
from discussion.models import Comment
from people import following
from people.emails import muted, queue
from people.models import Subscription

Scope = Subscription.Scope
Frequency = Subscription.Frequency


def _thread_followers(answer_id: int):
    return Subscription.objects.filter(
        scope=Scope.THREAD, answer_id=answer_id, confirmed_at__isnull=False
    )


def anyone_waiting(comment: Comment) -> bool:
    """Whether `notify` may have someone to tell of this comment, asked in one query
    when it is published, so that no task is queued to find nobody (the workers ran
    one per comment: a third of a core under the cluster's posting load).

    Yes for a reply (whether its target asked is read when the task runs), and
    when the discussion or the writer has a confirmed follower, or the columnist an
    account with an email: a superset of those `notify` tells, never fewer.
    """
    if comment.reply_to_id:
        return True
    columnist = Q(columnist__user__is_active=True) & ~Q(columnist__user__email="")
    waiting = (
        Q(Exists(_thread_followers(comment.answer_id)))
        | Q(Exists(following.following_writer(comment)))
        | columnist
    )
    return Answer.objects.filter(waiting, pk=comment.answer_id).exists()


def notify(comment: Comment) -> int:
    """Tell, once each, those waiting for this published comment; returns emails queued.

    The person it replies to (when they asked for replies and confirmed their
    email), those following the discussion, and the answer's columnist. Nobody
    is told about their own words; nobody learns another person's address.
    """
    if comment.status != Comment.Status.PUBLISHED:
        return 0
    answer = column_queries.answer_for_notice(comment.answer_id)
    # Recipient key -> (email, why, language); the first reason found wins.
    recipients: dict[str, tuple[str, str, str]] = {}
    target = comment.reply_to
    if target is not None and target.notify_replies and target.email and target.is_shown:
        key = email_key(target.email)
        wants = Subscription.objects.filter(
            email_hash=key, scope=Scope.REPLIES, confirmed_at__isnull=False
        ).first()
        if wants is not None:
            # Daily readers get it in the digest, and are not emailed again below.
            instant = wants.frequency == Frequency.INSTANT
            recipients[key] = (target.email, "reply" if instant else "", wants.language)
    # Those following this writer in this discussion (people/following.py).
    following_writer = following.followers(comment)
    for key, (email, _) in following_writer.items():
        # Its language is the follow's own (following.queue_notification reads it).
        recipients.setdefault(key, (email, "person", ""))
    followers = _thread_followers(answer.pk).values_list(
        "email_hash", "email", "frequency", "language"
    )
    for key, email, frequency, language in followers:
        why = "thread" if frequency == Frequency.INSTANT else ""
        recipients.setdefault(key, (email, why, language))
    user = answer.columnist.user
    if user is not None and user.is_active and user.email:
        # Staff read the site in its own language.
        recipients.setdefault(
            email_key(user.email), (user.email, "columnist", settings.LANGUAGE_CODE)
        )
    recipients.pop(email_key(comment.email), None)
    muted_keys = muted(set(recipients), answer)
    sent = 0
    context = {
        "comment": comment,
        "answer": answer,
        "comment_url": settings.SITE_URL + comment.get_absolute_url(),
        "answer_url": settings.SITE_URL + answer.get_absolute_url(),
    }
    for key, (email, why, language) in recipients.items():
        if not why or key in muted_keys:
            continue
        if why == "person":
            following.queue_notification(email, following_writer[key][1], context)
        else:
            queue(f"notify_{why}", email, context, answer=answer, language=language)
        sent += 1
    return sent
