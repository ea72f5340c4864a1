"""What every email people sends has: the footer's ways to stop, and My words.

Emails are queued in the surrounding transaction (afterword.mail.queue_email).
"""

from __future__ import annotations

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext, pgettext_lazy

from afterword import languages
from afterword.identity import email_key
from afterword.mail import queue_email
from people import links
from people.models import Mute, Subscription

Scope = Subscription.Scope

# What "Stop emails about …" in a footer stops, per kind of subscription. In English
# the kinds' own labels, in lower case; a language may put it otherwise.
STOPPING: dict[str, Promise] = {
    Scope.REPLIES: pgettext_lazy("stop emails about", "replies to my comments"),
    Scope.THREAD: pgettext_lazy("stop emails about", "every new comment in a discussion"),
    Scope.PERSON: pgettext_lazy("stop emails about", "new comments by one person in a discussion"),
    Scope.EVERYTHING: pgettext_lazy(
        "stop emails about", "a daily digest of new answers and comments"
    ),
}


def email_context(email: str, *, answer=None, scope: str = "") -> dict:
    """What every email's footer needs: the ways to stop, and where My words is."""
    key = email_key(email)
    everything = links.unsubscribe_token(key)
    context: dict[str, object] = {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_URL": settings.SITE_URL,
        "me_url": settings.SITE_URL + reverse("people:me"),
        "unsubscribe_all_url": links.unsubscribe_url(everything),
        "unsubscribe_url": "",
        "unsubscribe_what": "",
    }
    token = everything
    if answer is not None:
        token = links.unsubscribe_token(key, answer_id=answer.pk)
        context["unsubscribe_what"] = gettext("this discussion")
    elif scope:
        token = links.unsubscribe_token(key, scope=scope)
        context["unsubscribe_what"] = str(STOPPING[scope])
    if token != everything:
        context["unsubscribe_url"] = links.unsubscribe_url(token)
    context["headers"] = links.list_unsubscribe_headers(token)
    return context


def queue(template: str, to: str, context: dict, *, language: str, **footer) -> None:
    """Render the email in the reader's `language` (afterword.languages) and queue it."""
    with languages.writing_in(language):
        full = {**email_context(to, **footer), **context}
        headers = full.pop("headers")
        queue_email(f"people/email/{template}", to=to, context=full, headers=headers)


def muted(keys: set[str], answer) -> set[str]:
    """Which of these email keys stopped emails about this discussion, or all emails."""
    return set(
        Mute.objects.filter(email_hash__in=keys)
        .filter(Q(answer__isnull=True) | Q(answer=answer))
        .values_list("email_hash", flat=True)
    )


def muted_everywhere(keys: set[str]) -> set[str]:
    """Which of these email keys asked for no email from the site at all."""
    found = Mute.objects.filter(email_hash__in=keys, answer__isnull=True)
    return set(found.values_list("email_hash", flat=True))
