"""Emailed links: single-use, expiring, signed; and the lasting unsubscribe links.

A confirmation or sign-in link carries the signed nonce of an `EmailLink` row.
The signature (a salt per purpose, a timestamp) makes it unforgeable and lets
it expire; the row makes it single-use. The link is built by the worker at the
moment the email is sent, so it is never stored in the task queue, and pages
that open it post back to their own address, so no page repeats it.

Unsubscribe links must keep working for as long as the emails are kept, and
clicking one twice must do no harm, so they are signed values without expiry
naming a keyed hash of the address — never the address itself.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from afterword import languages
from afterword.identity import normalise_email
from people.models import EmailLink

_UNSUBSCRIBE_SALT = "people.unsubscribe"


# The purposes other apps name (support circles' joins are confirmations).
CONFIRM = EmailLink.Purpose.CONFIRM


def unused(link_id: int) -> EmailLink | None:
    """The link with this id, if it has not been used (nor deleted)."""
    return EmailLink.objects.filter(pk=link_id, used_at__isnull=True).first()


def max_age(purpose: str) -> timedelta:
    if purpose == EmailLink.Purpose.SIGN_IN:
        return timedelta(minutes=settings.SIGN_IN_LINK_MINUTES)
    return timedelta(hours=settings.CONFIRM_LINK_HOURS)


def new_link(purpose: str, email: str, data: dict | None = None) -> EmailLink:
    return EmailLink.objects.create(
        purpose=purpose,
        nonce=secrets.token_urlsafe(24),
        email=normalise_email(email),
        data=data or {},
        language=languages.asked_in(),
    )


def live(purpose: str):
    """Links of this purpose that can still be used."""
    return EmailLink.objects.filter(
        purpose=purpose, used_at__isnull=True, created_at__gt=timezone.now() - max_age(purpose)
    )


def token_for(link: EmailLink) -> str:
    return signing.dumps(link.nonce, salt=f"people.{link.purpose}")


# The page each kind of link opens (a button that spends it).
_PAGES: dict[str, str] = {
    EmailLink.Purpose.CONFIRM: "people:confirm",
    EmailLink.Purpose.SIGN_IN: "people:sign_in_link",
    EmailLink.Purpose.CLAIM: "people:claim_link",
}


def url_for(link: EmailLink) -> str:
    return settings.SITE_URL + reverse(_PAGES[link.purpose], args=[token_for(link)])


def find(token: str, purpose: str) -> EmailLink | None:
    """The unused, unexpired link this token stands for, or None."""
    try:
        nonce = signing.loads(token, salt=f"people.{purpose}", max_age=max_age(purpose))
    except signing.BadSignature:  # includes SignatureExpired
        return None
    return live(purpose).filter(nonce=nonce).first()


def use(token: str, purpose: str) -> EmailLink | None:
    """Spend the link: returns it once; a second use (or a race) gets None."""
    link = find(token, purpose)
    if link is None:
        return None
    now = timezone.now()
    spent = EmailLink.objects.filter(pk=link.pk, used_at__isnull=True).update(used_at=now)
    if not spent:
        return None
    link.used_at = now
    return link


def expired_or_used(now=None):
    """Links no longer good for anything (kept a day after use, for support questions)."""
    now = now or timezone.now()
    longest = max(max_age(p) for p in EmailLink.Purpose.values)
    return EmailLink.objects.filter(
        Q(used_at__lt=now - timedelta(days=1)) | Q(created_at__lt=now - longest)
    )


# --- Unsubscribing ------------------------------------------------------------------------


def unsubscribe_token(email_hash: str, *, answer_id: int | None = None, scope: str = "") -> str:
    """A lasting link: stop one discussion (`answer_id`), one kind of email (`scope`),
    or, with neither, every email."""
    payload: dict = {"k": email_hash}
    if answer_id:
        payload["a"] = answer_id
    elif scope:
        payload["s"] = scope
    return signing.dumps(payload, salt=_UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe(token: str) -> dict | None:
    try:
        payload = signing.loads(token, salt=_UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("k"), str):
        return None
    return payload


def unsubscribe_url(token: str) -> str:
    return settings.SITE_URL + reverse("people:unsubscribe", args=[token])


def list_unsubscribe_headers(token: str) -> dict:
    """RFC 2369 / RFC 8058 headers: one-click unsubscribe by POST to the link."""
    return one_click_headers(unsubscribe_url(token))


def one_click_headers(url: str) -> dict:
    """The same headers for any stop link that takes a one-click POST."""
    targets = [f"<{url}>"]
    if settings.UNSUBSCRIBE_MAILTO:
        targets.append(f"<mailto:{settings.UNSUBSCRIBE_MAILTO}?subject=unsubscribe>")
    return {
        "List-Unsubscribe": ", ".join(targets),
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
