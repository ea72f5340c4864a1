"""The cast of a circle for tests: a circle on a topic, a facilitator (a verified
pen name named by staff), members who joined by the emailed link, and a client
signed in as one of them (the same signed session as My words)."""

from __future__ import annotations

from datetime import date, timedelta

from django.test import Client
from django.utils import timezone

from afterword.identity import email_key
from circles import rounds, services
from circles.models import Circle, Membership
from conftest import make_user
from people import links
from people.models import EmailLink, PenName
from safety.models import normalise_name


def make_circle(topic, slug="after-the-last-session", **extra) -> Circle:
    defaults = {
        "name": "After the last session",
        "description": "For people whose therapy ended before they were ready.",
        "starts_on": timezone.localdate() - timedelta(days=14),
        "state": Circle.State.RUNNING,
        "default_prompt": "What did this week ask of you?",
    }
    defaults.update(extra)
    return Circle.objects.create(slug=slug, topic=topic, **defaults)


def verified(name: str, email: str) -> PenName:
    return PenName.objects.create(
        email_hash=email_key(email),
        name=name,
        normalised=normalise_name(name),
        verified_at=timezone.now(),
    )


def make_facilitator(circle: Circle, name="Wren", email="wren@example.org") -> Membership:
    if not PenName.objects.filter(email_hash=email_key(email)).exists():
        verified(name, email)
    staff = make_user(f"staff-{circle.pk}-{name.lower()}", is_staff=True)
    return services.name_facilitator(circle, email=email, pen_name=name, by=staff)


def join_link(circle: Circle, email: str) -> str:
    """The token of the last join link made for this email."""
    link = (
        EmailLink.objects.filter(email=email, purpose=EmailLink.Purpose.CONFIRM)
        .exclude(data__circle_membership=None)
        .order_by("-pk")
        .first()
    )
    return links.token_for(link)


def join(circle: Circle, name: str, email: str | None = None) -> Membership:
    email = email or f"{name.lower().replace(' ', '')}@example.org"
    services.join(circle, pen_name=name, email=email)
    joined = services.confirm_join(join_link(circle, email))
    assert joined is not None
    return Membership.objects.get(pk=joined.membership.pk)


def signed_in(membership_or_email) -> Client:
    """A browser signed in as this person (the session My words uses)."""
    from django.conf import settings
    from django.contrib.sessions.backends.db import SessionStore

    from people.session import _SALT, SESSION_KEY

    email = getattr(membership_or_email, "email", membership_or_email)
    from django.core import signing

    store = SessionStore()
    store[SESSION_KEY] = signing.dumps(email, salt=_SALT)
    store.save()
    client = Client()
    client.cookies[settings.SESSION_COOKIE_NAME] = store.session_key
    return client


def open_round(circle: Circle, prompt="How are you arriving this week?", **kw):
    return rounds.open_round(circle, prompt=prompt, **kw)


def today() -> date:
    return timezone.localdate()
