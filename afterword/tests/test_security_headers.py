"""Every page forbids inline script and framing, and says so in its headers."""

import pytest
from django.urls import reverse

from conftest import make_comment

PUBLIC = ["/", "/topics/", "/authors/", "/archive/", "/write/", "/terms/", "/privacy/"]


@pytest.mark.parametrize("path", PUBLIC)
def test_public_pages_carry_a_strict_content_security_policy(client, answer, path):
    response = client.get(path)
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert "object-src 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_answer_pages_have_no_inline_script_to_allow(client, answer):
    make_comment(answer, body="<script>alert(1)</script>")
    html = client.get(answer.get_absolute_url()).content.decode()
    scripts = html.count("<script")
    # The site's script file, its words (/jsi18n/) and the JSON-LD data block, nothing else.
    assert scripts == 3
    assert '<script src="/jsi18n/" defer></script>' in html
    assert '<script type="application/ld+json">' in html
    assert "style=" not in html


def test_staff_pages_too(columnist_client):
    response = columnist_client.get(reverse("column:desk"))
    assert "script-src 'self'" in response["Content-Security-Policy"]
