"""Pen names as people's to say: a name verified by one email belongs to it alone.

The discussion asks these while posting (registered with discussion/pen_names.py in
`PeopleConfig.ready()`), in the same single query as its other checks.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db.models import Exists, Subquery
from django.utils.translation import gettext

from afterword.identity import email_key
from people.models import PenName, Subscription
from safety.models import normalise_name

Scope = Subscription.Scope


@dataclass(frozen=True)
class Poster:
    """What the house knows of someone about to post, from `poster_questions`."""

    verified: bool  # their pen name is verified for their email
    pen_name_id: int | None  # their PenName row, when they used this name with this email
    replies_id: int | None = None  # their "replies to me" subscription, if they have one
    replies_confirmed: bool = False


def poster_questions(*, pen_name: str, email: str) -> dict:
    """Who verified this pen name, if anyone; has this email used it before; has it asked
    for replies by email, and confirmed? As `Subquery`/`Exists` expressions, for a post to
    ask in one query with its other questions; `poster_from` reads the answers."""
    name, key = normalise_name(pen_name), email_key(email)
    # A name is verified by one email at most (the pen_name_verified_once constraint).
    owner = PenName.objects.filter(normalised=name, verified_at__isnull=False)
    mine = PenName.objects.filter(email_hash=key, normalised=name)
    replies = Subscription.objects.filter(email_hash=key, scope=Scope.REPLIES, answer=None)
    return {
        "pen_name_owner": Subquery(owner.values("email_hash")[:1]),
        "pen_name_id": Subquery(mine.values("pk")[:1]),
        "replies_id": Subquery(replies.values("pk")[:1]),
        "replies_confirmed": Exists(replies.filter(confirmed_at__isnull=False)),
    }


def poster_from(answers: dict, *, pen_name: str, email: str, enforce: bool = True) -> Poster:
    """The poster, from the answers to `poster_questions` (asked in one query with the
    post's other checks).

    With `enforce`, a name verified by another email is refused: a ValidationError
    with code "pen_name_taken", which the comment form shows with the text kept.
    """
    owner = answers["pen_name_owner"]
    verified = owner is not None and owner == email_key(email)
    if owner is not None and not verified and enforce:
        message = gettext(
            "“%(name)s” is a verified pen name here: its owner confirmed it by email, so "
            "only they can post under it. Please choose another pen name — everything you "
            "wrote is still here. If it is yours, use the email address you verified it with."
        )
        raise ValidationError(message % {"name": pen_name}, code="pen_name_taken")
    return Poster(
        verified=verified,
        pen_name_id=answers["pen_name_id"],
        replies_id=answers["replies_id"],
        replies_confirmed=answers["replies_confirmed"],
    )


def verified_owner(pen_name: str) -> str | None:
    """The email key that verified this pen name, or None if nobody did."""
    owner = PenName.objects.filter(normalised=normalise_name(pen_name), verified_at__isnull=False)
    return owner.values_list("email_hash", flat=True).first()


def verified_name(email: str, pen_name: str) -> str | None:
    """This pen name as the email verified it (its own spelling), or None if it didn't."""
    return (
        PenName.objects.filter(
            email_hash=email_key(email),
            normalised=normalise_name(pen_name),
            verified_at__isnull=False,
        )
        .values_list("name", flat=True)
        .first()
    )


def note(email: str, pen_name: str, *, verified_at=None) -> int:
    """This email uses this pen name (verified at `verified_at`, if given): its PenName id."""
    defaults = {"name": pen_name, "verified_at": verified_at}
    pen, _ = PenName.objects.get_or_create(
        email_hash=email_key(email), normalised=normalise_name(pen_name), defaults=defaults
    )
    return pen.pk
