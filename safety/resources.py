"""Crisis resources shown to anyone whose words suggest they may be in danger.

The lines themselves live in the database (defaults from a migration; operators
edit them in the admin). Emergency numbers are facts per country.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import DatabaseError
from django.db.models import Q

from safety.models import CrisisResource

logger = logging.getLogger(__name__)

EMERGENCY_NUMBERS = {"US": "911", "GB": "999", "IE": "112 or 999"}
COUNTRY_NAMES = {"US": "United States", "GB": "United Kingdom", "IE": "Ireland"}


def choose_country(requested: str | None) -> str:
    country = (requested or settings.CRISIS_COUNTRY).upper()
    return country if country in COUNTRY_NAMES else settings.CRISIS_COUNTRY


# Shown when the database (and so the operator's own list) can't be reached, or the
# list has no active line: a person in danger still sees lines that work.
FALLBACK = [
    CrisisResource(country="US", order=0, name="988 Suicide & Crisis Lifeline",
                   how="Call or text 988, any time, day or night.", url="https://988lifeline.org"),
    CrisisResource(country="GB", order=0, name="Samaritans",
                   how="Call 116 123 for free, any time, day or night.",
                   url="https://www.samaritans.org"),
    CrisisResource(country="IE", order=0, name="Samaritans Ireland",
                   how="Call 116 123 for free, any time, day or night.",
                   url="https://www.samaritans.org/ireland/"),
    CrisisResource(country="", order=9, name="Find a helpline in your country",
                   how="A free directory of crisis lines around the world.",
                   url="https://findahelpline.com"),
]  # fmt: skip


def resources_for(country: str) -> list[CrisisResource]:
    """The country's own lines first, then those meant for everywhere."""
    try:
        found = list(
            CrisisResource.objects.filter(Q(country=country.upper()) | Q(country=""), active=True)
        )
    except DatabaseError:
        logger.warning("Crisis resources read from the fallback list: database unavailable")
        found = []
    if not found:  # never an empty box, even if an operator switched every line off
        found = [r for r in FALLBACK if r.country in (country.upper(), "")]
    return sorted(found, key=lambda r: (r.country == "", r.order, r.pk or 0))


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
