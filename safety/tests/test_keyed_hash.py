"""Stored hashes use HASH_KEY, so SECRET_KEY can be rotated without losing bans."""

from __future__ import annotations

import hashlib
import hmac

from safety.models import keyed_hash


def test_the_keyed_hash_uses_hash_key_not_the_signing_key(settings):
    settings.HASH_KEY = "the-hash-key"
    expected = hmac.new(b"the-hash-key", b"email:a@example.org", hashlib.sha256).hexdigest()
    assert keyed_hash("email:a@example.org") == expected
    settings.SECRET_KEY = "a-new-signing-key-after-rotation-0123456789-abcdefghijklmnopqrstu"
    assert keyed_hash("email:a@example.org") == expected  # the stored hashes still match
