"""The poster's address, only ever kept as a keyed hash."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest

from afterword.identity import keyed_hash


def client_ip(request: HttpRequest) -> str:
    """The client's address, as the trusted proxies in front of the app saw it.

    Each of the TRUSTED_PROXY_HOPS proxies appends the address it was reached from
    to X-Forwarded-For, so the client is that many entries from the right; what
    lies further left came from the client and may be anything. With fewer
    entries than hops the header was not made by our proxies: use the
    connection's own address.
    """
    hops = settings.TRUSTED_PROXY_HOPS
    if hops:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        entries = [entry.strip() for entry in forwarded.split(",")] if forwarded else []
        if len(entries) >= hops and entries[-hops]:
            return entries[-hops]
    return request.META.get("REMOTE_ADDR", "")


def ip_hash(request: HttpRequest) -> str:
    address = client_ip(request)
    return keyed_hash("ip:" + address) if address else ""
