"""Cross-site request forgery protection without a per-reader token.

The comment form sits on answer pages that are cached and shared by every
anonymous reader, so it cannot carry Django's per-browser CSRF token. Instead
the posting view checks the headers every current browser attaches to a form
submission: `Sec-Fetch-Site: same-origin`, or, where that is missing, an
`Origin` equal to this site. A post from another site, or one that carries
neither header, is refused like a failed CSRF check — with the person's text
given back.
"""

from __future__ import annotations

from functools import wraps

from django.conf import settings
from django.http import HttpRequest
from django.utils.module_loading import import_string
from django.views.decorators.csrf import csrf_exempt


def is_same_origin(request: HttpRequest) -> bool:
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site == "same-origin"
    origin = request.headers.get("Origin")
    if not origin or origin == "null":
        return False
    return origin == f"{request.scheme}://{request.get_host()}" or (
        origin in settings.CSRF_TRUSTED_ORIGINS
    )


def same_origin_post(view):
    """Accept a POST only from this site's own pages (in place of the CSRF token)."""

    @csrf_exempt
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs):
        if request.method == "POST" and not is_same_origin(request):
            failure = import_string(settings.CSRF_FAILURE_VIEW)
            return failure(request, reason="cross-origin post")
        return view(request, *args, **kwargs)

    return wrapper
