"""Which language a reader gets, decided the same way everywhere.

The language comes from the reader, never from the address: pages and permalinks
stay the same for years. The footer's switch sets a cookie (`choose_language`);
without it, the browser's Accept-Language decides; English otherwise.

Three places must agree on it, so they share `language_of`: Django's locale
middleware (which activates it), the page cache (which stores one copy of a page
per language, afterword/pagecache.py) and, behind nginx, the map in
docs/nginx.conf (which makes the same choice and hands it on).
"""

from __future__ import annotations

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.http.cookie import parse_cookie
from django.middleware import locale
from django.utils.cache import patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language_from_request
from django.views.decorators.http import require_GET


class _Asked:
    """What Django's language negotiation reads from a request: cookies and headers."""

    def __init__(self, environ: dict) -> None:
        self.COOKIES = parse_cookie(environ.get("HTTP_COOKIE", ""))
        self.META = environ


# What a request asks, as far as the language goes, and what it gets. Every cached
# page asks this first, so it is remembered: Django's negotiation costs ~30 µs, a
# look-up here ~1. Bounded (cleared when full); forgotten when settings change.
_chosen: dict[tuple[str, str], str] = {}


def language_of(environ: dict) -> str:
    """The language a WSGI request will be answered in (before Django sees it)."""
    cookies = environ.get("HTTP_COOKIE", "")
    asked = (
        cookies if settings.LANGUAGE_COOKIE_NAME in cookies else "",
        environ.get("HTTP_ACCEPT_LANGUAGE", ""),
    )
    found = _chosen.get(asked)
    if found is None:
        found = get_language_from_request(_Asked(environ), check_path=False)
        if len(_chosen) >= 1000:
            _chosen.clear()
        _chosen[asked] = found
    return found


@receiver(setting_changed)
def _forget_choices(**kwargs) -> None:
    _chosen.clear()


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's, with `Vary: Cookie` too: the language cookie changes the page as much
    as Accept-Language does, so a shared cache must not mix them."""

    def process_response(self, request, response):
        response = super().process_response(request, response)
        patch_vary_headers(response, ("Cookie",))
        return response


@require_GET
def choose_language(request: HttpRequest, code: str) -> HttpResponse:
    """The footer's switch: a plain link (no form, no token, so pages stay cacheable)
    that remembers the language in a cookie and goes back to the page it came from.

    The link is the same on every page (so no page's HTML carries its own address,
    and two pages that must be identical, like two 404s, stay so): the way back is
    the Referer, which browsers send for links within the site (Django's
    `Referrer-Policy: same-origin`), or `?next=`; the home page otherwise."""
    if code not in dict(settings.LANGUAGES):
        raise Http404("No such language here.")
    back = request.GET.get("next", "") or request.META.get("HTTP_REFERER", "")
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = "/"
    response = HttpResponseRedirect(back)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    response["Cache-Control"] = "private, no-store"
    return response
