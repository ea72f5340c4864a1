"""In Chromium: a crisis comment with the email left empty shows the crisis lines first
and keeps the text; the moderator then finds it first in the queue, claims it, and the
pages pass an axe scan."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from conftest import make_answer, make_columnist, make_comment, make_user
from discussion.models import Comment
from safety.models import CrisisCase

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WORDS = "I keep thinking about jumping in front of the train at the station tonight."


def serious(page: Page) -> list[str]:
    results = Axe().run(page)
    return [
        v["id"]
        for v in results.response["violations"]
        if v.get("impact") in ("serious", "critical")
    ]


def test_crisis_post_without_email_gets_help_and_reaches_a_moderator(page: Page, live_server):
    answer = make_answer(make_columnist(), slug="after-the-ending")
    make_comment(answer, name="Waiting", status=Comment.Status.PENDING, body="An ordinary one.")
    make_user("mod-c", group="Moderators")

    page.goto(live_server.url + answer.get_absolute_url())
    page.fill("#id_name", "Platform")
    page.fill("#id_body", WORDS)
    page.check("#id_accept_terms")
    page.get_by_role("button", name="Post comment").click()

    help_box = page.locator("#crisis-help")
    expect(help_box).to_be_visible()
    expect(help_box).to_contain_text("988")
    expect(help_box).to_contain_text("a moderator — a real person — will read what you wrote")
    expect(page.locator("#id_body")).to_have_value(WORDS)
    # The box is above the form's own error, where the browser lands.
    box_top = help_box.bounding_box()["y"]
    assert box_top < page.locator("#form-errors").bounding_box()["y"]
    assert serious(page) == []
    signal = CrisisCase.objects.get(kind=CrisisCase.Kind.SIGNAL)

    page.context.clear_cookies()
    page.goto(live_server.url + "/accounts/login/")
    page.fill("#id_username", "mod-c")
    page.fill("#id_password", "correct horse 42")
    page.get_by_role("button", name="Sign in").click()
    page.goto(live_server.url + "/moderation/")
    first = page.locator("article.queue-item").first
    expect(first).to_contain_text("Platform")
    expect(first).to_contain_text("jumping in front of")
    expect(first).to_contain_text("not claimed")
    assert serious(page) == []
    first.get_by_role("button", name="Claim").click()
    expect(page.locator("h1")).to_contain_text("Words that could not be posted")
    expect(page.locator(".case-panel")).to_contain_text("claimed by")
    assert serious(page) == []
    signal.refresh_from_db()
    assert signal.claimed_by.username == "mod-c"
