"""Telling those waiting for a published comment: the person it replies to, those
following the discussion or its writer, and the answer's columnist."""

from __future__ import annotations

from django.conf import settings

from afterword.identity import email_key
from column import queries as column_queries
from discussion.models import Comment
from people import following
from people.emails import muted, queue
from people.models import Subscription

Scope = Subscription.Scope
Frequency = Subscription.Frequency


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
    followers = Subscription.objects.filter(
        scope=Scope.THREAD, answer=answer, confirmed_at__isnull=False
    ).values_list("email_hash", "email", "frequency", "language")
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
