"""Signing in to "My words" by an emailed link (nobody has a password)."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from afterword.identity import email_key, normalise_email
from column import queries as column_queries
from discussion import queries as comments
from people import links
from people.confirming import queue_link
from people.models import EmailLink, PenName, Subscription


def has_words(email: str) -> bool:
    key = email_key(email)
    return (
        comments.by_email(email).exists()
        or column_queries.letters_of(email).exists()
        or PenName.objects.filter(email_hash=key).exists()
        or Subscription.objects.filter(email_hash=key).exists()
    )


def request_sign_in(email: str) -> bool:
    """Email a sign-in link if this address has anything here. The caller answers the
    same either way, so nobody can learn whether an address is known."""
    email = normalise_email(email)
    if not has_words(email):
        return False
    recent = timezone.now() - timedelta(minutes=1)
    live = links.live(EmailLink.Purpose.SIGN_IN).filter(email=email, created_at__gt=recent)
    if live.exists():  # a second click of the button sends nothing new
        return True
    with transaction.atomic():
        queue_link(links.new_link(EmailLink.Purpose.SIGN_IN, email))
    return True


def sign_in(token: str) -> str | None:
    """Spend a sign-in link; returns the email it proves, or None."""
    link = links.use(token, EmailLink.Purpose.SIGN_IN)
    return link.email if link else None
