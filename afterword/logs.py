"""One log line per event, each carrying the id of the request it belongs to.

The proxy's `X-Request-ID` is kept when it is a sane token (nginx's
`$request_id`, a UUID), otherwise a fresh one is made; it goes back in the
response header and onto every log record written while the request runs, so
an operator can follow one request from nginx through gunicorn into the app.

Emailed links carry their secret in the path (confirming, signing in,
unsubscribing, stopping check-ins, a letter's status page); `mask_links`
replaces that part with "…" wherever a path is logged: here, in gunicorn's
access log (afterword/accesslog.py) and in what goes to Sentry.
"""

from __future__ import annotations

import contextvars
import logging
import re
import uuid

from django.core.signals import request_finished

REQUEST_ID_HEADER = "X-Request-ID"
NO_REQUEST = "-"
request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default=NO_REQUEST)

# Letters, digits and a few separators, as nginx, load balancers and UUIDs make them;
# anything else (spaces, quotes, newlines that would forge a log line) is replaced.
_SANE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")

# The emailed links whose last part is a secret (people/urls.py, column/urls.py).
_LINK_PREFIXES = ("confirm", "me/sign-in", "unsubscribe", "check-ins/stop", "letters")
_LINK = re.compile(
    r"(/(?:" + "|".join(re.escape(prefix) for prefix in _LINK_PREFIXES) + r")/)[^/?#\s\"]+"
)


def mask_links(text: str) -> str:
    """`text` with the token of every emailed link replaced by "…"."""
    return _LINK.sub(r"\1…", text)


def sane_request_id(value: str | None) -> str:
    """The proxy's id if it looks like one, else a new one (32 hex digits, like nginx's)."""
    if value and _SANE_ID.fullmatch(value):
        return value
    return uuid.uuid4().hex


class RequestIdMiddleware:
    """Give each request an id (the proxy's, or a new one) for its log lines and its answer.

    First in MIDDLEWARE, so that every line the request logs carries it. The id stays
    set until the response is closed (request_finished), because Django logs a 4xx or
    5xx answer after the middleware has returned it. A page that shared caches may keep
    for everyone (Cache-Control: public) gets no id in its header: the stored copy
    would show one reader's id to the next.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        value = sane_request_id(request.META.get("HTTP_X_REQUEST_ID"))
        request.request_id = value
        request_id.set(value)
        response = self.get_response(request)
        if "public" not in response.get("Cache-Control", ""):
            response[REQUEST_ID_HEADER] = value
        return response


def _forget_request_id(**kwargs) -> None:
    request_id.set(NO_REQUEST)


request_finished.connect(_forget_request_id, dispatch_uid="afterword.logs.forget_request_id")


class RequestIdFilter(logging.Filter):
    """Put the current request's id on every record (`%(request_id)s`), "-" outside one."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


class MaskedFormatter(logging.Formatter):
    """A formatter that never writes an emailed link's token (e.g. Django's "Not Found:
    /confirm/<token>/" warning)."""

    def format(self, record: logging.LogRecord) -> str:
        return mask_links(super().format(record))
