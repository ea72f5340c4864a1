"""In Chromium at a phone's width (375 px): what only a browser can measure.

A reply opened deep in a thread keeps fields wide enough to write in, and the
Save and Cancel of the comment edit page stand apart.
"""

from __future__ import annotations

from importlib import import_module

import pytest
from django.conf import settings
from django.core import signing
from playwright.sync_api import Page, expect

from conftest import make_answer, make_columnist, make_comment
from people import session

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 375, "height": 740}


def test_a_reply_inside_a_third_level_comment_keeps_a_usable_width(page: Page, live_server):
    answer = make_answer(make_columnist(), slug="deep", title="A deep thread")
    first = make_comment(answer, name="One", body="The first comment.")
    second = make_comment(answer, name="Two", body="A reply.", parent=first)
    third = make_comment(answer, name="Three", body="A reply to the reply.", parent=second)
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + answer.get_absolute_url())
    page.locator(f'[data-reply="{third.pk}"]').click()
    form = page.locator(f"#c{third.pk} > #comment-form")
    expect(form).to_be_visible()
    for field in ("textarea[name=body]", "#id_name", "#id_email"):
        box = form.locator(field).bounding_box()
        assert box["width"] >= 300, f"{field} is {box['width']:.0f} px wide"
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    # Nothing sticks out sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_save_and_cancel_on_the_edit_page_do_not_touch(page: Page, live_server):
    answer = make_answer(make_columnist(), slug="edited", title="Edited words")
    comment = make_comment(answer, name="Mara", email="mara@example.org", body="First words.")
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[session.SESSION_KEY] = signing.dumps("mara@example.org", salt="people.session")
    store.save()
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": store.session_key, "url": live_server.url}]
    )
    for size in (PHONE, {"width": 1024, "height": 768}):
        page.set_viewport_size(size)
        page.goto(f"{live_server.url}/me/comments/{comment.pk}/edit/")
        save = page.get_by_role("button", name="Save").bounding_box()
        cancel = page.get_by_role("link", name="Cancel").bounding_box()
        same_row = abs(save["y"] - cancel["y"]) < save["height"]
        gap = (
            cancel["x"] - (save["x"] + save["width"])
            if same_row
            else (cancel["y"] - (save["y"] + save["height"]))
        )
        assert gap >= 8, f"Save and Cancel are {gap:.0f} px apart at {size['width']} px"
        assert cancel["height"] >= 24  # a target a finger can find
