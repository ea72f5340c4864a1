"""Crisis resources shown to anyone whose words suggest they may be in danger.

The lines themselves live in the database (defaults from a migration; operators
edit them in the admin). Emergency numbers are facts per country.
"""

from __future__ import annotations

from django.conf import settings
from django.db.models import Q

from safety.models import CrisisResource

EMERGENCY_NUMBERS = {"US": "911", "GB": "999", "IE": "112 or 999"}
COUNTRY_NAMES = {"US": "United States", "GB": "United Kingdom", "IE": "Ireland"}


def choose_country(requested: str | None) -> str:
    country = (requested or settings.CRISIS_COUNTRY).upper()
    return country if country in COUNTRY_NAMES else settings.CRISIS_COUNTRY


def resources_for(country: str) -> list[CrisisResource]:
    """The country's own lines first, then those meant for everywhere."""
    found = CrisisResource.objects.filter(Q(country=country.upper()) | Q(country=""), active=True)
    return sorted(found, key=lambda r: (r.country == "", r.order, r.pk))


def emergency_number(country: str) -> str:
    return EMERGENCY_NUMBERS.get(country.upper(), "your local emergency number")


def crisis_context(country: str | None) -> dict:
    """Template context for `safety/_resources.html`."""
    chosen = choose_country(country)
    return {
        "crisis_country": chosen,
        "crisis_resources": resources_for(chosen),
        "emergency_number": emergency_number(chosen),
        "countries": COUNTRY_NAMES,
    }
