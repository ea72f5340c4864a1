"""The client's address comes from as many X-Forwarded-For entries from the right as
there are trusted proxies; whatever the client wrote further left is ignored."""

from __future__ import annotations

import pytest
from django.test import RequestFactory

from safety.http import client_ip, ip_hash

NGINX = "127.0.0.1"
BALANCER = "10.0.0.2"
CLIENT = "203.0.113.7"


def request(forwarded: str | None = None, remote: str = NGINX):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **headers)


def test_with_no_proxy_the_connection_is_the_client(settings):
    settings.TRUSTED_PROXY_HOPS = 0
    assert client_ip(request(f"198.51.100.1, {CLIENT}", remote=CLIENT)) == CLIENT


def test_behind_nginx_the_client_is_the_last_entry(settings):
    settings.TRUSTED_PROXY_HOPS = 1
    assert client_ip(request(CLIENT)) == CLIENT


def test_behind_a_load_balancer_and_nginx_the_client_is_second_from_the_right(settings):
    settings.TRUSTED_PROXY_HOPS = 2
    # The balancer wrote the client; nginx appended the balancer it was reached from.
    assert client_ip(request(f"{CLIENT}, {BALANCER}")) == CLIENT


@pytest.mark.parametrize(("hops", "forwarded"), [(1, CLIENT), (2, f"{CLIENT}, {BALANCER}")])
def test_a_spoofed_leftmost_entry_is_ignored(settings, hops, forwarded):
    settings.TRUSTED_PROXY_HOPS = hops
    spoofed = request(f"6.6.6.6, 7.7.7.7,{forwarded}")
    assert client_ip(spoofed) == CLIENT
    assert ip_hash(spoofed) == ip_hash(request(forwarded))  # rate limits and bans hold


@pytest.mark.parametrize("forwarded", [None, "", CLIENT])
def test_too_few_entries_fall_back_to_the_connection(settings, forwarded):
    settings.TRUSTED_PROXY_HOPS = 2
    assert client_ip(request(forwarded)) == NGINX
