"""Following one person in one discussion: "tell me when Diane writes again here".

A `Subscription` of scope PERSON names the discussion, the keyed hash of the
followed author's email (never the address) and the pen name followed. It is
asked for from a small page linked beside each comment, confirmed by the same
emailed link as every subscription (double opt-in), and seen and stopped in My
words. It is emailed as it happens only: one person's words are few, and the
daily digest speaks of discussions, not people.

Who counts as that person: a new comment in the same discussion from an email
with the same hash, under the same name — compared as verified names are (case,
accents and spacing don't matter) when the new comment's name is verified, and
exactly otherwise. Someone else posting the same spelling never matches, and the
same person writing under another name is not announced under this one.

The emails go from people.notifying.notify, with the others, so nobody is told
about their own words, a stopped discussion stays stopped, and a held comment
tells nobody until it is published. Each carries a one-click stop for that
follow alone (RFC 8058); it never expires, and using it twice does no harm.
"""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext

from afterword import languages
from afterword.identity import email_key, normalise_email
from afterword.mail import queue_email
from discussion import services as discussion_services
from discussion.models import Comment
from people import links
from people.models import Subscription
from safety.models import normalise_name

PERSON = Subscription.Scope.PERSON
_STOP_SALT = "people.follow_person.stop"


def shown_name(comment: Comment) -> str:
    """The name readers see on the comment: the verified name it was claimed for, if any."""
    return comment.claimed_name or comment.pen_name


def followable(comment: Comment) -> bool:
    """A published comment whose writer is still known (not erased, not imported blind)."""
    return (
        comment.status == Comment.Status.PUBLISHED
        and bool(comment.email)
        and comment.pen_name != discussion_services.FORMER_MEMBER
    )


def follow(comment: Comment, email: str) -> bool:
    """Ask to be told when the writer of `comment` writes again in its discussion.

    Double opt-in: nothing is sent until the emailed link is pressed. Says nothing
    about whether the address already follows them, or is the writer's own (their
    own words are never announced to them). False if the writer can't be followed.
    """
    from people.confirming import ask_to_confirm

    if not followable(comment):
        return False
    email = normalise_email(email)
    with transaction.atomic():
        sub, _ = Subscription.objects.get_or_create(
            email_hash=email_key(email),
            scope=PERSON,
            answer_id=comment.answer_id,
            author_hash=email_key(comment.email),
            author_name=shown_name(comment),
            defaults={"email": email, "language": languages.asked_in()},
        )
        if sub.language != languages.asked_in():
            sub.language = languages.asked_in()
            sub.save(update_fields=["language"])
        if not sub.is_confirmed:
            ask_to_confirm(email, pen_name_id=None, subscriptions=[sub.pk])
    return True


def _same_name(followed: str, comment: Comment) -> bool:
    names = {comment.pen_name, comment.claimed_name} - {""}
    if comment.pen_name_verified or comment.claimed_name:
        return normalise_name(followed) in {normalise_name(name) for name in names}
    return followed in names


def following_writer(comment: Comment):
    """The confirmed follows of this comment's writer in its discussion, whatever the
    name they followed (`followers` keeps those of the name it was written under)."""
    if not comment.email:
        return Subscription.objects.none()
    return Subscription.objects.filter(
        scope=PERSON,
        answer_id=comment.answer_id,
        author_hash=email_key(comment.email),
        confirmed_at__isnull=False,
    )


def followers(comment: Comment) -> dict[str, tuple[str, int]]:
    """Those following this comment's writer in its discussion, confirmed:
    {their email's key: (their email, the subscription's id)}."""
    subs = following_writer(comment).values_list("email_hash", "email", "pk", "author_name")
    return {key: (email, pk) for key, email, pk, followed in subs if _same_name(followed, comment)}


def queue_notification(email: str, subscription_id: int, context: dict) -> None:
    """The email saying that someone they follow wrote again (context from notify)."""
    from people.emails import email_context

    sub = Subscription.objects.get(pk=subscription_id)
    with languages.writing_in(sub.language):
        full = {**email_context(email, answer=context["answer"]), **context}
        full.pop("headers")
        url = stop_url(sub)
        full.update(
            {
                "followed": sub.author_name,
                "unsubscribe_url": url,
                "unsubscribe_what": gettext("new comments by %(name)s in this discussion")
                % {"name": sub.author_name},
            }
        )
        headers = links.one_click_headers(url)
        queue_email("people/email/notify_person", to=email, context=full, headers=headers)


# --- Stopping ---------------------------------------------------------------------------


def stop_token(sub: Subscription) -> str:
    # Without a timestamp: the same link in every email, and it never expires.
    return signing.Signer(salt=_STOP_SALT).sign_object({"k": sub.email_hash, "f": sub.pk})


def stop_url(sub: Subscription) -> str:
    return settings.SITE_URL + reverse("people:follow_person_stop", args=[stop_token(sub)])


def read_stop(token: str) -> dict | None:
    try:
        payload = signing.Signer(salt=_STOP_SALT).unsign_object(token)
    except signing.BadSignature:
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("f"), int):
        return None
    return payload


def describe_stop(payload: dict) -> str:
    sub = (
        Subscription.objects.filter(pk=payload["f"], email_hash=payload.get("k"), scope=PERSON)
        .select_related("answer")
        .first()
    )
    if sub is None:
        return gettext("these emails")
    assert sub.answer is not None  # a person follow names its answer (check constraint)
    return gettext("emails when %(name)s writes in the discussion of “%(title)s”") % {
        "name": sub.author_name,
        "title": sub.answer.title,
    }


def stop(payload: dict) -> None:
    """No more emails for this follow. Doing it twice changes nothing."""
    Subscription.objects.filter(pk=payload["f"], email_hash=payload.get("k"), scope=PERSON).delete()


def forget_author(email: str) -> int:
    """The followed person erased their data: nobody follows them any more."""
    key = email_key(normalise_email(email))
    deleted, _ = Subscription.objects.filter(scope=PERSON, author_hash=key).delete()
    return deleted
