"""When the database is briefly out of reach (a restart, a failover), say so kindly.

It lives in safety because what it must never drop is the crisis path: a person
who was posting sees the crisis lines first, then their words.

The request gets a 503 with Retry-After instead of a crash page, and a person who
was posting sees their words again, ready to copy or send once more.
"""

from __future__ import annotations

import logging

from django.db import InterfaceError, OperationalError
from django.shortcuts import render

from safety.help import screen_posted

log = logging.getLogger(__name__)


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        log.warning("Database unavailable: %s", type(exception).__name__)
        kept = request.POST.get("body", "") if request.method == "POST" else ""
        match = getattr(request, "resolver_match", None)
        if kept and match is not None and getattr(match.func, "public_text", False):
            # The screen needs no database: the crisis lines come first even now.
            screen_posted(request).kept = False
        response = render(request, "503.html", {"body": kept}, status=503)
        response["Retry-After"] = "5"
        response["Cache-Control"] = "no-store"
        return response
