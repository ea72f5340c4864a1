"""The search page: /search/?q=… over the whole column, or ?answer=<pk> for one thread."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from column.models import Answer
from search.queries import search
from search.terms import clean


def _scope(request: HttpRequest) -> Answer | None:
    """The live answer whose discussion the reader searches, if they asked for one."""
    value = request.GET.get("answer", "")
    if not value.isascii() or not value.isdigit() or len(value) > 18:
        return None
    return Answer.objects.published().only("pk", "slug", "title").filter(pk=int(value)).first()


@require_GET
def results(request: HttpRequest) -> HttpResponse:
    # Not a public_page: results are made fresh for each search and never stored.
    typed = clean(request.GET.get("q", ""))
    scope = _scope(request)
    found = search(typed, answer_id=scope.pk if scope else None, page=request.GET.get("page", 1))
    keep = {"q": typed, **({"answer": scope.pk} if scope else {})}
    context = {
        "q": typed,
        "scope": scope,
        "found": found,
        "page": found.page,
        "page_query": urlencode(keep),
    }
    response = render(request, "search/results.html", context)
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "no-cache"
    return response
