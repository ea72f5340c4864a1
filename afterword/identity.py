"""How a person's email address is compared and stored: one normal form, one keyed hash.

Every app that matches an email (bans, pen names, subscriptions, circles, My words)
goes through these two functions, so "Ana@Example.org " and "ana@example.org" are
the same person everywhere and a stored hash means the same thing in every table.

The convention for every keyed hash is ``keyed_hash("<kind>:" + normal form)``:
``email:``, ``ip:``, ``username:``; a hash of one kind can never collide with another.
"""

from __future__ import annotations

import hashlib
import hmac

from django.conf import settings


def keyed_hash(value: str) -> str:
    """A keyed hash (HMAC-SHA256 with HASH_KEY): comparable, not reversible.

    HASH_KEY, not SECRET_KEY, so that the signing key can be rotated without every
    stored hash (bans, pen names, rate limits) ceasing to match.
    """
    return hmac.new(settings.HASH_KEY.encode(), value.encode(), hashlib.sha256).hexdigest()


def normalise_email(email: str) -> str:
    """The one form an email address is compared, stored and hashed in."""
    return (email or "").strip().lower()


def email_key(email: str) -> str:
    """The keyed hash that stands for an email address in every table."""
    return keyed_hash("email:" + normalise_email(email))
