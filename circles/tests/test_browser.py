"""In Chromium: from an answer page, find a circle, join with a pen name and email,
confirm by the emailed link, post in the round, pass the next week — and an axe-core
scan of every circle page on the way (and the facilitator's)."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.core import mail
from playwright.sync_api import Page, expect

from circles import services
from circles.models import CirclePost, Membership, Pass
from circles.tests.helpers import make_circle, make_facilitator, open_round
from column.models import Topic
from conftest import make_answer, make_columnist

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

JOIN_LINK = re.compile(r"http://127\.0\.0\.1:8000(/circles/join/[^/\s\"<>]+/)")


def accessible(page: Page) -> None:
    violations = Axe().run(page).response["violations"]
    serious = [v["id"] for v in violations if v.get("impact") in ("serious", "critical")]
    assert serious == [], page.url


def sign_in_as(page: Page, live_server, email: str) -> None:
    """Give the browser the signed session a join link gives (people.session)."""
    from django.contrib.sessions.backends.db import SessionStore
    from django.core import signing

    from people.session import _SALT, SESSION_KEY

    store = SessionStore()
    store[SESSION_KEY] = signing.dumps(email, salt=_SALT)
    store.save()
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": store.session_key, "url": live_server.url}]
    )


def test_join_confirm_post_and_pass_the_next_week(page: Page, live_server, mailoutbox):
    topic = Topic.objects.create(slug="ending-therapy", name="Ending therapy")
    answer = make_answer(make_columnist(), slug="ended", title="When it ended")
    answer.topics.add(topic)
    circle = make_circle(topic, name="After the last session", state="forming")
    facilitator = make_facilitator(circle, "Wren", "wren@example.org")
    open_round(circle, prompt="What do you miss most?", by=facilitator)  # while it gathers
    mail.outbox.clear()

    page.goto(live_server.url + answer.get_absolute_url())
    page.get_by_role("link", name="There is a small group for people going through this").click()
    expect(page.locator("h1")).to_have_text("After the last session")
    expect(page.locator(".ground-rules")).to_contain_text("I pass")
    accessible(page)
    page.fill("#id_name", "Fern")
    page.fill("#id_email", "fern@example.org")
    page.check("#id_accept_rules")
    page.get_by_role("button", name="Email me the link to join").click()
    expect(page.locator("h1")).to_have_text("Check your email")
    accessible(page)

    [email] = [m for m in mail.outbox if m.to == ["fern@example.org"]]
    page.goto(live_server.url + JOIN_LINK.search(email.body).group(1))
    accessible(page)
    page.get_by_role("button", name="Confirm and join").click()
    expect(page.locator("h1")).to_have_text("Round 1")
    expect(page.locator(".prompt")).to_contain_text("What do you miss most?")
    expect(page.locator(".circle-rules")).to_contain_text("No advice unless someone asks")
    accessible(page)

    page.fill("#id_body", "The drive there, oddly. Forty minutes to get ready to talk.")
    page.get_by_role("button", name="Post", exact=True).click()
    expect(page.locator(".circle-post")).to_contain_text("Forty minutes to get ready")
    expect(page.locator(".circle-who")).to_contain_text("Fern — posted")
    fern = Membership.objects.get(pen_name="Fern")
    assert CirclePost.objects.filter(membership=fern).count() == 1

    open_round(circle, prompt="What helped this week?", by=facilitator)  # next week
    page.get_by_role("link", name="This week").click()
    expect(page.locator("h1")).to_have_text("Round 2")
    page.get_by_role("button", name="I pass this week").click()
    expect(page.locator(".messages")).to_contain_text("You passed this week")
    expect(page.locator(".circle-who")).to_contain_text("Fern — ∘ passed")
    assert Pass.objects.filter(membership=fern, round__number=2).exists()
    accessible(page)

    page.get_by_role("link", name="Round 1").click()
    accessible(page)
    page.get_by_role("link", name="Emails and leaving").click()
    accessible(page)
    page.goto(live_server.url + "/circles/")
    accessible(page)
    page.goto(live_server.url + f"/circles/{circle.slug}/facilitate/")
    expect(page.locator("h1")).to_contain_text("There's nothing here")  # not hers
    accessible(page)

    sign_in_as(page, live_server, "wren@example.org")
    page.goto(live_server.url + f"/circles/{circle.slug}/facilitate/")
    expect(page.locator("h1")).to_contain_text("Facilitating")
    accessible(page)
    post = CirclePost.objects.get(membership=fern)
    page.goto(live_server.url + f"/circles/{circle.slug}/posts/{post.pk}/hide/")
    accessible(page)
    services.report(post, reporter=facilitator, reason="other")


def test_hostile_words_in_a_circle_are_shown_as_text(page: Page, live_server):
    topic = Topic.objects.create(slug="t", name="T")
    circle = make_circle(topic)
    facilitator = make_facilitator(circle, "Wren", "wren@example.org")
    round = open_round(circle, by=facilitator)
    services.post(
        membership=facilitator,
        round=round,
        body='<script>window.hacked=1</script><img src=x onerror="window.hacked=1">',
    )
    sign_in_as(page, live_server, "wren@example.org")
    page.goto(live_server.url + round.get_absolute_url())
    expect(page.locator(".circle-post .comment-body")).to_contain_text("<script>")
    assert page.evaluate("window.hacked") is None
