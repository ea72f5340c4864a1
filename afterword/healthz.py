"""`GET /healthz`: can this app server serve? Asked by a load balancer or a monitor.

    {"database": "ok"|"error", "cache": "ok"|"error"|"local",
     "worker": "ok"|"stale"|"unknown", "version": "0.1.0"}

200 when the database answers, 503 when it does not: without it nothing can be
served, while a shared cache that is down only makes pages slower and a worker
that stopped only delays emails (both are reported, neither fails the check).

A load balancer asks by the server's address, over plain HTTP, so the answer is
given by a middleware at the top of the stack, before anything reads the Host
header (ALLOWED_HOSTS) or redirects to HTTPS; no session is touched and nothing
is cached. Any other path goes on to the host check as usual.
"""

from __future__ import annotations

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.db import Error, connection
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.utils.module_loading import import_string

PATH = "/healthz"
_CACHE_KEY = "afterword:healthz"


def database_state() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Error:
        return "error"
    return "ok"


def cache_state() -> str:
    """The shared cache after a write and a read; "local" when it lives in this process."""
    cache = caches["default"]
    if isinstance(cache, LocMemCache | DummyCache):
        return "local"
    try:
        cache.set(_CACHE_KEY, "ok", 30)
        return "ok" if cache.get(_CACHE_KEY) == "ok" else "error"
    except Exception:  # any backend's own errors: connection refused, timeouts, …
        return "error"


def worker_state() -> str:
    """The worker's heartbeat as the app that keeps it says (HEALTHZ_WORKER_STATE names
    the function, in the settings), or "unknown" when none is named."""
    name = getattr(settings, "HEALTHZ_WORKER_STATE", "")
    return import_string(name)() if name else "unknown"


def health() -> tuple[dict[str, str], int]:
    database = database_state()
    report = {
        "database": database,
        "cache": cache_state(),
        "worker": worker_state() if database == "ok" else "unknown",
        "version": settings.VERSION,
    }
    return report, 200 if database == "ok" else 503


class HealthCheckMiddleware:
    """Answer /healthz itself; hand every other request on untouched."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path_info != PATH:
            return self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            response = HttpResponseNotAllowed(["GET", "HEAD"])
        else:
            report, status = health()
            response = JsonResponse(report, status=status)
        response["Cache-Control"] = "no-store"
        response["X-Content-Type-Options"] = "nosniff"
        return response
