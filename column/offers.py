"""What the column's crisis notices offer that another app provides.

A person whose comment or letter called for the crisis lines may be offered a caring
check-in (people/checkins.py). People registers the offer from its
`AppConfig.ready()`, so the column imports nothing of it; without it, no offer.
"""

from __future__ import annotations

from collections.abc import Callable

_check_in_offer: Callable[[str, int], str] | None = None


def register_check_in_offer(offer: Callable[[str, int], str]) -> None:
    """`offer(kind, object_id)` gives the token of the check-in offer, or ""."""
    global _check_in_offer  # noqa: PLW0603 (one provider, set once at start-up)
    _check_in_offer = offer


def check_in_offer(kind: str, object_id: int) -> str:
    return _check_in_offer(kind, object_id) if _check_in_offer else ""
