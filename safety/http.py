"""The poster's address, only ever kept as a keyed hash."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest

from safety.models import keyed_hash


def client_ip(request: HttpRequest) -> str:
    if settings.BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def ip_hash(request: HttpRequest) -> str:
    address = client_ip(request)
    return keyed_hash("ip:" + address) if address else ""
