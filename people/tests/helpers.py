"""Small helpers for people's tests: live posts and the links inside emails."""

from __future__ import annotations

import re

from django.core import signing

from discussion.services import Choices, post_comment
from people import session

LINK = re.compile(
    r"http://127\.0\.0\.1:8000(/(?:confirm|me/sign-in|me/claim|unsubscribe|follows/stop)/[^/\s\"<>]+/)"
)


def live_post(answer, name="Mara", email=None, body="This helped me so much.", **kw):
    """A post as the comment form makes it: screened, decided, and followed by emails."""
    parent = kw.pop("parent", None)
    choices = {k: kw.pop(k) for k in ("notify_replies", "follow_thread", "invite_back") if k in kw}
    return post_comment(
        choices=Choices(**choices),
        answer=answer,
        pen_name=name,
        email=email or f"{name.lower().replace(' ', '')}@example.org",
        body=body,
        parent_id=parent.pk if parent else None,
        **kw,
    ).comment


def paths_in(message) -> list[str]:
    """Site paths of the links in an email's text part, in order."""
    return LINK.findall(message.body)


def link_in(message, kind: str) -> str:
    """The first /confirm/, /me/sign-in/, /me/claim/, /unsubscribe/ or /follows/stop/
    path in an email."""
    for path in paths_in(message):
        if path.startswith(f"/{kind}/"):
            return path
    raise AssertionError(f"no /{kind}/ link in {message.subject!r}")


def sent_to(mailoutbox, email: str) -> list:
    return [m for m in mailoutbox if m.to == [email]]


def signed_in(client, email: str):
    """The client, signed in to My words as `email` (as its emailed link does)."""
    store = client.session
    store[session.SESSION_KEY] = signing.dumps(email, salt="people.session")
    store.save()
    return client
