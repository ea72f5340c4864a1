"""Crisis help on every page that answers a text at crisis level (safety.help)."""

from __future__ import annotations

from django.http import HttpRequest

from safety.help import help_context


def crisis_help(request: HttpRequest) -> dict:
    found = getattr(request, "crisis_help", None)
    if found is None or not found.shown:
        return {}
    country = request.GET.get("country") or request.POST.get("country")
    return {"crisis_help": found, **help_context(country)}
