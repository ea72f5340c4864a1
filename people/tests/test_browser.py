"""In Chromium: follow a discussion, confirm by email, receive a comment, unsubscribe;
post, confirm, and see the "verified" mark; My words passes an axe-core scan."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from playwright.sync_api import Page, expect

from conftest import make_answer, make_columnist
from people.models import Subscription
from people.tests.helpers import link_in, live_post

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _publish_at_once(settings):
    settings.COMMENTS_HOLD_FIRST = False


def emails_to(address: str) -> list:
    return [m for m in mail.outbox if m.to == [address]]


def test_follow_confirm_receive_unsubscribe(page: Page, live_server, mailoutbox):
    answer = make_answer(make_columnist(), slug="followed", title="A followed answer")
    page.goto(live_server.url + answer.get_absolute_url())
    page.fill("#follow-email", "quiet.reader@example.org")
    page.get_by_role("button", name="Follow by email").click()
    expect(page.locator("h1")).to_have_text("Check your email")

    [confirmation] = emails_to("quiet.reader@example.org")
    page.goto(live_server.url + link_in(confirmation, "confirm"))
    page.get_by_role("button", name="Confirm").click()
    expect(page.locator(".posted")).to_contain_text("when someone comments on “A followed answer”")
    assert Subscription.objects.get().confirmed_at is not None

    live_post(answer, name="Jo", email="jo@example.org", body="Hello, whoever reads this.")
    [news] = [m for m in emails_to("quiet.reader@example.org") if m is not confirmation]
    assert news.subject == "New comment on “A followed answer”"
    assert "Hello, whoever reads this." in news.body

    page.goto(live_server.url + link_in(news, "unsubscribe"))
    page.get_by_role("button", name="Yes, stop").click()
    expect(page.locator("h1")).to_contain_text("we have stopped emails about")
    live_post(answer, name="Kit", email="kit@example.org", body="Another one.")
    assert len(emails_to("quiet.reader@example.org")) == 2


def test_post_confirm_and_see_the_verified_mark(page: Page, live_server, mailoutbox):
    answer = make_answer(make_columnist(), slug="verified", title="Verified names")
    page.goto(live_server.url + answer.get_absolute_url())
    page.fill("#id_name", "Returning Voice")
    page.fill("#id_email", "voice@example.org")
    page.fill("#id_body", "I came back to say it got better.")
    expect(page.locator("#id_notify_replies")).to_be_checked()
    page.check("#id_accept_terms")
    page.get_by_role("button", name="Post comment").click()
    expect(page.locator("#posted")).to_contain_text("published")
    [confirmation] = emails_to("voice@example.org")
    page.goto(live_server.url + link_in(confirmation, "confirm"))
    page.get_by_role("button", name="Confirm").click()
    expect(page.locator(".posted")).to_contain_text("Returning Voice")
    page.goto(live_server.url + answer.get_absolute_url())
    expect(page.locator(".comment .verified")).to_have_count(1)
    expect(page.locator(".comment .verified")).to_contain_text("verified")


def test_my_words_by_email_link_and_axe(page: Page, live_server, mailoutbox):
    answer = make_answer(make_columnist(), slug="mine")
    live_post(answer, name="Mara", email="mara@example.org", body="Words I may regret.")
    page.goto(live_server.url + "/me/")
    page.fill("#signin-email", "mara@example.org")
    page.get_by_role("button", name="Email me a link").click()
    expect(page.locator("h1")).to_have_text("Check your email")
    [sign_in] = [m for m in emails_to("mara@example.org") if "My words" in m.subject]
    page.goto(live_server.url + link_in(sign_in, "me/sign-in"))
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#comments-h")).to_be_visible()
    expect(page.locator("#mine-" + str(answer.comments.get().pk))).to_contain_text(
        "Words I may regret."
    )
    violations = Axe().run(page).response["violations"]
    assert [v["id"] for v in violations if v.get("impact") in ("serious", "critical")] == []
    page.get_by_role("link", name="Delete this comment").click()
    page.get_by_role("button", name="Delete it").click()
    expect(page.locator(".messages")).to_contain_text("Your comment is deleted")
