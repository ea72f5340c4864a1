"""Help first, whatever else happens: the screen runs before any refusal.

Every view that takes text from the public is wrapped in `public_text`. Before
the view runs, the posted text is screened; whatever page then answers the
person — a form error, a refusal, the rate limit, a cross-site refusal, a
database outage — shows the crisis lines first when the text reached level 2
(the `crisis_help` context processor puts them on every page rendered for
the request). When a text at level 4 or more was not stored (the response is
an error), it is kept as a crisis signal for the moderators.

The 403 of a failed CSRF check comes from Django's middleware before any view
decorator runs; `afterword.views.csrf_failure` calls `screen_posted` and
`keep_if_not_posted` itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _

from afterword.identity import normalise_email
from afterword.languages import in_site_language
from afterword.text import clean_line, clean_text
from safety import cases
from safety.http import ip_hash
from safety.screen import Screening, screen

logger = logging.getLogger(__name__)

HELP_LEVEL = 2  # from here, the crisis lines are shown
SIGNAL_LEVEL = 4  # from here, a text that was not posted is kept for the moderators

# Why a text was not posted, by the status of the page that answered it.
# Moderators read it, so it is written in the site's language (`in_site_language`), as
# their emails are, whatever language the poster read the site in.
REASONS = {
    400: _("the form needed a change"),
    403: _("the form could not be checked"),
    404: _("the discussion had closed"),
    429: _("over the posting limit"),
}


@dataclass
class CrisisHelp:
    """What the screen said about the text of this request, and what became of it."""

    text: str
    screening: Screening
    reason: str = ""  # set by a view that knows better than the status code
    kept: bool | None = None  # False: a signal was due but could not be stored
    done: bool = False  # the signal question has been settled for this request

    @property
    def level(self) -> int:
        return self.screening.crisis.level

    @property
    def gentle(self) -> bool:
        """Below level 2, but the learned stage heard risk: a gentle version of the lines."""
        return self.level < HELP_LEVEL and "model" in self.screening.crisis.flags

    @property
    def shown(self) -> bool:
        return self.level >= HELP_LEVEL or self.gentle


def help_context(country: str | None) -> dict:
    """What `safety/_crisis_help.html` needs besides the level."""
    from safety import copy
    from safety.resources import crisis_context

    return {
        "crisis_intro": copy.text("crisis_intro"),
        "gentle_intro": copy.text("gentle_intro"),
        "signal_kept": copy.text("signal_kept"),
        "signal_not_kept": copy.text("signal_not_kept"),
        **crisis_context(country),
    }


def gentle(screening: dict | None) -> bool:
    """A stored screening (a comment's, a letter's) that calls for the gentle lines."""
    crisis = (screening or {}).get("crisis") or {}
    return crisis.get("level", 0) < HELP_LEVEL and "model" in crisis.get("flags", [])


def screen_posted(request: HttpRequest, field: str = "body") -> CrisisHelp:
    """Screen the posted text once per request (later calls get the same answer)."""
    found = getattr(request, "crisis_help", None)
    if found is None:
        text = clean_text(request.POST.get(field, "")) if request.method == "POST" else ""
        found = CrisisHelp(text=text, screening=screen(text, country=settings.CRISIS_COUNTRY))
        request.crisis_help = found
    return found


# A refusal's code (safety.rules, discussion.services) in a moderator's words.
REFUSAL_WORDS = {
    "rate_limited": _("over the posting limit"),
    "banned_word": _("a word that isn't allowed here"),
    "banned": _("a banned pen name or address"),
    "parent": _("the comment it answered had gone"),
    "pen_name_taken": _("someone else's verified pen name"),
    "answer": _("the discussion was closed"),
    "csrf": _("the form could not be checked (cross-site or stale)"),
}


def note_reason(request: HttpRequest, reason: str) -> None:
    """A view says why the text was not posted: a refusal's code or plain words."""
    found = getattr(request, "crisis_help", None)
    if found is not None:
        found.reason = in_site_language(str, REFUSAL_WORDS.get(reason, reason))


def note_form_errors(request: HttpRequest, form) -> None:
    """The form was refused: name the fields that needed a change, by their labels."""

    def words() -> str:
        fields = form.fields
        labels = (str(fields[name].label or name) for name in form.errors if name in fields)
        return _("the form needed a change: %(fields)s") % {"fields": ", ".join(labels)}

    note_reason(request, in_site_language(words))


def _valid_email(value: str) -> str:
    value = normalise_email(value)
    try:
        validate_email(value)
    except ValidationError:
        return ""
    return value


def keep_if_not_posted(
    request: HttpRequest, response: HttpResponse, where: tuple[str, str] = ("", "")
) -> None:
    """After the page answered: keep a level 4+ text the response says was not stored."""
    found = getattr(request, "crisis_help", None)
    if found is None or found.done or found.level < SIGNAL_LEVEL or response.status_code < 400:
        return
    found.done = True
    try:
        case = cases.keep_signal(
            text=found.text,
            screening=found.screening.to_dict(),
            level=found.level,
            reason=found.reason
            or in_site_language(str, REASONS.get(response.status_code, _("not posted"))),
            pen_name=clean_line(request.POST.get("name", "")),
            email=_valid_email(request.POST.get("email", "")),
            meant_for_title=where[0],
            meant_for_url=where[1],
            ip_hash=ip_hash(request),
        )
    except DatabaseError:
        # The page already showed the crisis lines; the operators must hear of this.
        logger.exception("A crisis text could not be kept as a signal")
        found.kept = False
        return
    found.kept = case is not None


def public_text(where: Callable[..., tuple[str, str]], field: str = "body"):
    """Wrap a view that takes text from the public (see the module's docstring).

    `where(request, *args, **kwargs)` names what the text was meant for, as
    (title, address), for a signal; it is asked only when a signal is kept.
    """

    def decorate(view):
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs):
            if request.method != "POST":
                return view(request, *args, **kwargs)
            found = screen_posted(request, field)
            try:
                response = view(request, *args, **kwargs)
            except DatabaseError:
                if found.level >= SIGNAL_LEVEL:
                    found.kept, found.done = False, True
                raise  # the 503 page (safety.middleware) shows the help and the text
            if found.level >= SIGNAL_LEVEL and response.status_code >= 400:
                keep_if_not_posted(request, response, _where(where, request, args, kwargs))
            return response

        # Read by the CSRF failure view (which runs instead of the view) and by the
        # access test, which checks that every form taking public text has this.
        wrapper.public_text = where
        return wrapper

    return decorate


def meant_for(request: HttpRequest, match) -> tuple[str, str]:
    """What a refused form was meant for, from its URL's view (see `public_text`)."""
    return _where(match.func.public_text, request, match.args, match.kwargs)


def _where(where, request, args, kwargs) -> tuple[str, str]:
    try:
        return where(request, *args, **kwargs)
    except DatabaseError:
        return "", request.path
