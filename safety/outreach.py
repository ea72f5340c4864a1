"""Messages from the site to a person who may be in danger: a moderator's reach-out
and the note that their comment is kept private.

Sent by the worker (afterword.mail), always from the site's own address, never a
moderator's; replies go to CRISIS_REPLY_TO when set. Each carries the crisis
lines for the site's country and the operator's wording (safety.copy).
"""

from __future__ import annotations

from django.conf import settings

from afterword import languages
from afterword.mail import queue_email
from safety import copy
from safety.resources import crisis_context


def _send(template: str, *, to: str, pen_name: str, key: str, language: str = "") -> None:
    with languages.writing_in(language):  # the crisis lines follow the language too
        _write(template, to=to, pen_name=pen_name, key=key)


def _write(template: str, *, to: str, pen_name: str, key: str, level: int = 0) -> None:
    context = {
        "pen_name": pen_name,
        "paragraphs": copy.paragraphs(key),
        "level": level,
        "reply_to": settings.CRISIS_REPLY_TO,
        "SITE_NAME": settings.SITE_NAME,
        **crisis_context(None),
    }
    headers = {"Reply-To": settings.CRISIS_REPLY_TO} if settings.CRISIS_REPLY_TO else None
    queue_email(template, to=to, context=context, headers=headers)


def send_reach_out(*, to: str, pen_name: str, language: str = "") -> None:
    _send("safety/email/reach_out", to=to, pen_name=pen_name, key="reach_out", language=language)


def send_kept_private(*, to: str, pen_name: str, language: str = "") -> None:
    _send(
        "safety/email/kept_private",
        to=to,
        pen_name=pen_name,
        key="kept_private",
        language=language,
    )
