"""Old addresses keep working: a page not found here is looked up among the
redirects left by an import, and sent on with a permanent redirect."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect

from moving.models import Redirect


class RedirectFallbackMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        # "/?p=123" is the home page to Django, so WordPress's id links are caught first.
        if request.path in ("/", "/index.php") and request.GET.get("p", "").isdigit():
            target = Redirect.target_for(request.get_full_path())
            if target:
                return HttpResponsePermanentRedirect(target)
        response = self.get_response(request)
        if response.status_code == 404 and request.method in ("GET", "HEAD"):
            target = Redirect.target_for(request.get_full_path())
            if target:
                return HttpResponsePermanentRedirect(target)
        return response
