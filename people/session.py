"""Who is signed in to "My words": an email proven by a link, kept in the session.

No Django user is made. The session holds the email as a signed, timestamped
value, so it expires after MY_WORDS_SESSION_HOURS whatever the session engine
does. A session cookie also makes the page cache step aside (afterword/pagecache.py),
so a signed-in person always sees fresh pages.
"""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.http import HttpRequest

from afterword.identity import normalise_email

SESSION_KEY = "people.email"
_SALT = "people.session"


def _max_age() -> int:
    return settings.MY_WORDS_SESSION_HOURS * 3600


def sign_in(request: HttpRequest, email: str) -> None:
    request.session.cycle_key()  # a fresh session id for a newly proven person
    request.session[SESSION_KEY] = signing.dumps(normalise_email(email), salt=_SALT)
    request.session.set_expiry(_max_age())


def signed_in_email(request: HttpRequest) -> str | None:
    value = request.session.get(SESSION_KEY)
    if not value:
        return None
    try:
        return signing.loads(value, salt=_SALT, max_age=_max_age())
    except signing.BadSignature:
        return None


def sign_out(request: HttpRequest) -> None:
    request.session.pop(SESSION_KEY, None)
    request.session.cycle_key()
