"""Crisis resources shown to anyone whose words suggest they may be in danger.

Defaults per country; operators can replace them (see the README's safety section).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Resource:
    name: str
    how: str
    url: str = ""


_INTERNATIONAL = Resource(
    "Find a helpline in your country",
    "A free directory of crisis lines around the world.",
    "https://findahelpline.com",
)

DEFAULTS: dict[str, tuple[Resource, ...]] = {
    "US": (
        Resource(
            "988 Suicide & Crisis Lifeline",
            "Call or text 988, or chat online, any time, day or night.",
            "https://988lifeline.org",
        ),
        Resource("Crisis Text Line", "Text HOME to 741741.", "https://www.crisistextline.org"),
    ),
    "GB": (
        Resource(
            "Samaritans",
            "Call 116 123 for free, any time, day or night.",
            "https://www.samaritans.org",
        ),
    ),
    "IE": (
        Resource(
            "Samaritans Ireland",
            "Call 116 123 for free, any time, day or night.",
            "https://www.samaritans.org/ireland/",
        ),
    ),
}

EMERGENCY_NUMBERS = {"US": "911", "GB": "999", "IE": "112 or 999"}
COUNTRY_NAMES = {"US": "United States", "GB": "United Kingdom", "IE": "Ireland"}


def resources_for(country: str) -> tuple[Resource, ...]:
    return DEFAULTS.get(country.upper(), ()) + (_INTERNATIONAL,)


def emergency_number(country: str) -> str:
    return EMERGENCY_NUMBERS.get(country.upper(), "your local emergency number")
