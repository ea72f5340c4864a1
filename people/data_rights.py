"""Export and erase everything tied to an email (support circles' words too, which
that app registers here from its ready(), so people imports nothing of it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from afterword import languages
from afterword.identity import email_key, normalise_email
from column import services as column_services
from discussion import services as discussion_services
from people import checkins, following, invitations
from people.emails import queue
from people.models import EmailLink, Mute, PenName, Subscription
from people.my_words import my_comments, my_letters, my_pen_names, my_subscriptions
from safety import cases


@dataclass(frozen=True)
class _Words:
    export: Callable[[str], list]
    erase: Callable[..., int]


# Other apps' words tied to an email (support circles), by the name they export under.
_WORDS: dict[str, _Words] = {}


def register_words(name: str, *, export: Callable[[str], list], erase: Callable[..., int]) -> None:
    """An app whose words My words covers: `export(email)` gives plain data, and
    `erase(email, delete=...)` removes or keeps them (as "a former member"), returning
    a count. Called in the app's ready(), so people imports nothing of it."""
    _WORDS[name] = _Words(export=export, erase=erase)


def export(email: str) -> dict:
    """Everything tied to this email, as plain data (for a JSON download)."""
    email = normalise_email(email)

    def when(value):
        return value.isoformat() if value else None

    comments = [
        {
            "id": c.pk,
            "answer": c.answer.title,
            "url": settings.SITE_URL + c.answer.get_absolute_url() + f"#c{c.pk}",
            "pen_name": c.pen_name,
            "body": c.body,
            "status": c.status,
            "in_reply_to": c.reply_to_name or None,
            "claimed_as": c.claimed_name or None,
            "created_at": when(c.created_at),
            "edited_at": when(c.edited_at),
        }
        for c in my_comments(email)
    ]
    letters = [
        {
            "pen_name": letter.pen_name,
            "body": letter.body,
            "status": letter.status,
            "consent_to_publish": letter.consent_to_publish,
            "received_at": when(letter.received_at),
        }
        for letter in my_letters(email)
    ]
    pen_names = [{"name": p.name, "verified_at": when(p.verified_at)} for p in my_pen_names(email)]
    subscriptions = [
        {
            "what": s.get_scope_display(),
            "answer": s.answer.title if s.answer else None,
            "person": s.author_name or None,
            "frequency": s.frequency,
            "confirmed_at": when(s.confirmed_at),
        }
        for s in my_subscriptions(email)
    ]
    return {
        "site": settings.SITE_URL,
        "email": email,
        "exported_at": when(timezone.now()),
        "comments": comments,
        "letters": letters,
        "pen_names": pen_names,
        "subscriptions": subscriptions,
        **{name: words.export(email) for name, words in _WORDS.items()},
    }


@dataclass(frozen=True)
class Erased:
    comments: int
    letters: int


def erase(email: str, *, delete_comments: bool) -> Erased:
    """Erase everything tied to this email, in one transaction.

    Comments are removed (placeholders keep replies in place) or kept as "Former
    member"; either way the email and address hashes go. Letters, pen names,
    subscriptions, mutes and links are deleted. A last email confirms it.
    """
    email = normalise_email(email)
    key = email_key(email)
    with transaction.atomic():
        comments = discussion_services.erase_author(email, delete=delete_comments)
        letters = column_services.erase_letters(email)
        for words in _WORDS.values():
            words.erase(email, delete=delete_comments)
        PenName.objects.filter(email_hash=key).delete()
        Subscription.objects.filter(email_hash=key).delete()
        following.forget_author(email)  # nobody follows them any more
        Mute.objects.filter(email_hash=key).delete()
        EmailLink.objects.filter(email=email).delete()
        checkins.forget_email(email)
        invitations.forget_email(email)
        cases.forget_email(email)  # crisis signals that kept this address
        context = {"comments": comments, "letters": letters, "deleted": delete_comments}
        queue("erased", email, context, language=languages.asked_in())
    return Erased(comments=comments, letters=letters)
