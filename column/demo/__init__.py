"""The column's demo content (content.toml, loaded by `manage.py load_demo`)."""

from __future__ import annotations

from collections.abc import Callable

# Other apps' demo content (support circles), loaded after the column's: registered
# from their ready(), so the column's loader imports none of them.
_EXTRA: dict[str, Callable[..., int]] = {}


def register_loader(what: str, load: Callable[..., int]) -> None:
    """`load(email_for, by=moderator)` adds `what` (e.g. "support circles"); returns how many."""
    _EXTRA[what] = load


def extra_loaders() -> dict[str, Callable[..., int]]:
    return dict(_EXTRA)
