"""My words: a signed-in person's own comments, letters, pen names and emails.

Comments change only through discussion.services, letters only through
column.services; these check first that the words are the signed-in person's.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from afterword.identity import email_key, normalise_email
from column import queries as column_queries
from discussion import queries as comments
from discussion import services as discussion_services
from discussion.models import Comment
from people.confirming import subscription
from people.models import Mute, PenName, Subscription

Frequency = Subscription.Frequency
Scope = Subscription.Scope


def my_comments(email: str):
    return comments.by_email(email).select_related("answer").order_by("-created_at")


def my_comment(email: str, pk: int) -> Comment | None:
    """One of this person's own comments that they can still change."""
    return (
        my_comments(email)
        .exclude(status__in=[Comment.Status.REMOVED, Comment.Status.SPAM])
        .filter(pk=pk)
        .first()
    )


def _check_author(email: str, comment: Comment) -> None:
    if not email or comment.email != normalise_email(email):
        raise PermissionDenied("Only its author can change a comment.")


def edit_comment(
    email: str, comment: Comment, body: str, *, privacy_confirmed: bool = True
) -> tuple[Comment, tuple[str, ...]]:
    """The author's edit: screened again; held again if the screen or rules say so."""
    _check_author(email, comment)
    return discussion_services.edit_by_author(comment, body, privacy_confirmed=privacy_confirmed)


def delete_comment(email: str, comment: Comment) -> Comment:
    _check_author(email, comment)
    return discussion_services.remove_by_author(comment)


def my_letters(email: str):
    return column_queries.letters_of(email)


def my_pen_names(email: str):
    return PenName.objects.filter(email_hash=email_key(email)).order_by("name")


def my_subscriptions(email: str):
    return (
        Subscription.objects.filter(email_hash=email_key(email))
        .select_related("answer")
        .order_by("scope", "pk")
    )


def subscribe_signed_in(email: str, scope: str, answer=None) -> Subscription:
    """A signed-in person has proven their email: the subscription is confirmed at once."""
    with transaction.atomic():
        sub = subscription(email, scope, answer)
        if sub.confirmed_at is None:
            sub.confirmed_at = timezone.now()
            sub.save(update_fields=["confirmed_at"])
        Mute.objects.filter(email_hash=email_key(email), answer__isnull=True).delete()
    return sub


def set_frequency(email: str, pk: int, frequency: str) -> bool:
    if frequency not in Frequency.values:
        return False
    mine = Subscription.objects.filter(email_hash=email_key(email), pk=pk)
    return bool(
        # Following a person is as it happens only (people/following.py).
        mine.exclude(scope=Scope.PERSON).update(frequency=frequency, last_sent_at=timezone.now())
    )


def stop_subscription(email: str, pk: int) -> bool:
    deleted, _ = Subscription.objects.filter(email_hash=email_key(email), pk=pk).delete()
    return bool(deleted)
