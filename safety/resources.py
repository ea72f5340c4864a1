"""Crisis resources shown to anyone whose words suggest they may be in danger.

The lines themselves live in the database (defaults from migrations; operators
edit them in the admin). Emergency numbers are facts per country.

Which country's lines: the one the reader chose (the "Showing help for" switch),
else the countries of the language they read the site in (Spanish: Spain and
Mexico, LANGUAGE_COUNTRIES), else CRISIS_COUNTRY. The default lines are stored in
English and shown in the reader's language through the catalogues; a line an
operator wrote or changed is shown as they wrote it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from copy import copy

from django.conf import settings
from django.db import DatabaseError
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext, gettext_lazy, gettext_noop

from safety.models import CrisisResource

logger = logging.getLogger(__name__)

EMERGENCY_NUMBERS = {"US": "911", "GB": "999", "IE": "112 or 999", "ES": "112", "MX": "911"}
COUNTRY_NAMES = {
    "US": gettext_lazy("United States"),
    "GB": gettext_lazy("United Kingdom"),
    "IE": gettext_lazy("Ireland"),
    "ES": gettext_lazy("Spain"),
    "MX": gettext_lazy("Mexico"),
}
# Whose lines a reader of this language sees until they choose a country.
LANGUAGE_COUNTRIES = {"es": ("ES", "MX")}

# The default lines' own words (migrations 0002 and 0007, FALLBACK), for the catalogues.
DEFAULT_TEXTS = (
    gettext_noop("Call or text 988, or chat online, any time, day or night."),
    gettext_noop("Call or text 988, any time, day or night."),
    gettext_noop("Text HOME to 741741, any time."),
    gettext_noop("Call 116 123 for free, any time, day or night."),
    gettext_noop("Find a helpline in your country"),
    gettext_noop("A free directory of crisis lines around the world."),
    gettext_noop("Línea 024 de atención a la conducta suicida"),
    gettext_noop(
        "In Spain, call 024: free, at any hour of the day or night. Spain's Ministry of "
        "Health runs it for anyone thinking about suicide, and for those worried about them."
    ),
    gettext_noop("Línea de la Vida"),
    gettext_noop("In Mexico, call 800 911 2000: free, at any hour of the day or night."),
)
SPAIN_HOW, MEXICO_HOW = DEFAULT_TEXTS[7], DEFAULT_TEXTS[9]


def choose_country(requested: str | None) -> str:
    """The reader's chosen country, else the first of `choose_countries(None)`."""
    return choose_countries(requested)[0]


def choose_countries(requested: str | None) -> list[str]:
    """Whose lines to show: a chosen country, else the reader's language's, else the site's."""
    country = (requested or "").upper()
    if country in COUNTRY_NAMES:
        return [country]
    language = (translation.get_language() or "").split("-")[0]
    by_language = list(LANGUAGE_COUNTRIES.get(language, ()))
    if by_language:
        # The site's own country first, when it is one of them.
        return sorted(by_language, key=lambda code: code != settings.CRISIS_COUNTRY)
    return [settings.CRISIS_COUNTRY]


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
    CrisisResource(country="ES", order=0, name="Línea 024 de atención a la conducta suicida",
                   how=SPAIN_HOW),
    CrisisResource(country="MX", order=0, name="Línea de la Vida", how=MEXICO_HOW),
    CrisisResource(country="", order=9, name="Find a helpline in your country",
                   how="A free directory of crisis lines around the world.",
                   url="https://findahelpline.com"),
]  # fmt: skip


def resources_for(country: str | Sequence[str]) -> list[CrisisResource]:
    """The lines of the country (or countries, in that order) first, then those meant
    for everywhere; in the reader's language where they are the default lines."""
    countries = [country.upper()] if isinstance(country, str) else [c.upper() for c in country]
    try:
        found = list(
            CrisisResource.objects.filter(Q(country__in=countries) | Q(country=""), active=True)
        )
    except DatabaseError:
        logger.warning("Crisis resources read from the fallback list: database unavailable")
        found = []
    if not found:  # never an empty box, even if an operator switched every line off
        found = [r for r in FALLBACK if r.country in (*countries, "")]
    rank = {code: n for n, code in enumerate(countries)}
    found.sort(key=lambda r: (r.country == "", rank.get(r.country, 0), r.order, r.pk or 0))
    return [_shown(r) for r in found]


def _shown(resource: CrisisResource) -> CrisisResource:
    """A copy to show: a default text in the reader's language (others come back as written)."""
    shown = copy(resource)
    shown.name = gettext(resource.name) if resource.name else resource.name
    shown.how = gettext(resource.how) if resource.how else resource.how
    return shown


def emergency_number(country: str | Sequence[str]) -> str:
    countries = [country] if isinstance(country, str) else list(country)
    if len(countries) == 1:
        number = EMERGENCY_NUMBERS.get(countries[0].upper())
        return number.replace(" or ", gettext(" or ")) if number else _LOCAL()
    each = [
        gettext("%(number)s in %(country)s")
        % {"number": EMERGENCY_NUMBERS[c], "country": COUNTRY_NAMES[c]}
        for c in countries
        if c in EMERGENCY_NUMBERS
    ]
    return gettext(" or ").join(each) or _LOCAL()


def _LOCAL() -> str:  # noqa: N802
    return gettext("your local emergency number")


def crisis_context(country: str | None) -> dict:
    """Template context for `safety/_resources.html`."""
    chosen = choose_countries(country)
    return {
        "crisis_country": chosen[0],
        "crisis_countries": chosen,
        "crisis_resources": resources_for(chosen),
        "emergency_number": emergency_number(chosen),
        "countries": COUNTRY_NAMES,
    }
