"""Site-wide error pages that never throw away what a person typed."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import Resolver404, resolve

from column.forms import LetterForm
from column.views import answer_page
from discussion.forms import CommentForm

_RETRY = (
    "For your safety we couldn't accept this form as it was sent — perhaps the page was open "
    "for a long time, or cookies are blocked. Everything you wrote is still here: please "
    "check it and send it again."
)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form failed its CSRF check: show it again, filled in, with a fresh token."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        match = None
    if match and match.view_name == "discussion:post":
        form = CommentForm(request.POST)
        form.is_valid()  # bind and clean, so the fields show what was sent
        return answer_page(request, match.kwargs["slug"], form=form, status=403, form_error=_RETRY)
    if match and match.view_name == "column:write":
        form = LetterForm(request.POST)
        form.is_valid()
        return render(
            request, "column/write.html", {"form": form, "form_error": _RETRY}, status=403
        )
    return render(request, "403_csrf.html", {"retry": _RETRY}, status=403)
