"""The language a person's emails are written in (every app that writes to people).

Nobody has an account, so nobody has a "language setting". Instead, the language
the site was shown in when someone asked for something (posted, subscribed, asked
for a sign-in link, opted in to check-ins) is stored with what the worker later
reads — the subscription, the link, the check-in, the invitation — and the worker
writes the email in it. A language the site no longer offers falls back to
LANGUAGE_CODE.
"""

from __future__ import annotations

from django.conf import settings
from django.utils import translation


def asked_in() -> str:
    """The language of the request (or task) asking now, to store with what it asks for."""
    return supported(translation.get_language())


def supported(language: str | None) -> str:
    """`language` if the site offers it (or a variant of it), else the site's own."""
    try:
        return translation.get_supported_language_variant(language or settings.LANGUAGE_CODE)
    except LookupError:
        return settings.LANGUAGE_CODE


def writing_in(language: str | None):
    """A context manager: render an email for someone who reads `language`."""
    return translation.override(supported(language))


def in_site_language(words, *args) -> str:
    """`words(*args)` in the site's own language (LANGUAGE_CODE): what staff read, such
    as moderators' emails and the notes kept for them, whatever the writer read."""
    with writing_in(settings.LANGUAGE_CODE):
        return words(*args)
