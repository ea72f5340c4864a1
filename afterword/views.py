"""Site-wide error pages that never throw away what a person typed."""

from __future__ import annotations

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import Resolver404, resolve
from django.utils.translation import gettext_lazy as _

from column.forms import LetterForm
from column.models import Columnist
from column.views import answer_page
from discussion.forms import CommentForm
from safety.help import keep_if_not_posted, meant_for, note_reason, screen_posted
from safety.permissions import is_moderator
from safety.views import report_retry

_RETRY = _(
    "For your safety we couldn't accept this form as it was sent — perhaps the page was open "
    "for a long time, or cookies are blocked. Everything you wrote is still here: please "
    "check it and send it again."
)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form failed its CSRF check: show it again, filled in, with a fresh token, and
    the crisis lines first when the text calls for them (safety.help)."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        match = None
    public = match is not None and getattr(match.func, "public_text", False)
    if public:
        screen_posted(request)
        note_reason(request, "csrf")
    response = _csrf_page(request, match)
    if public:
        keep_if_not_posted(request, response, meant_for(request, match))
    return response


def _csrf_page(request: HttpRequest, match) -> HttpResponse:
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
    if match and match.view_name == "discussion:report":
        return report_retry(request, match.kwargs["pk"], _RETRY)
    kept = request.POST.get("body", "") if request.method == "POST" else ""
    return render(request, "403_csrf.html", {"retry": _RETRY, "body": kept}, status=403)


def staff_home(request: HttpRequest) -> HttpResponse:
    """Where staff land after signing in: their own workspace."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if Columnist.objects.filter(user=request.user).exists():
        return redirect("column:desk")
    if is_moderator(request.user):
        return redirect("safety:queue")
    if request.user.is_staff:
        return redirect("admin:index")
    return render(request, "403_staff.html", status=403)
