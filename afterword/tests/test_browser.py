"""Browser tests in Debian's Chromium: what only a browser shows.

Reading a long thread, replying inline, the held notice, posting with the
keyboard alone, restoring a draft after a reload, and axe-core scans.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import Page, expect

from column.services import receive_letter
from conftest import make_answer, make_columnist, make_comment
from discussion.models import Comment

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def long_thread(db):
    columnist = make_columnist()
    answer = make_answer(columnist, slug="long-thread", title="A long thread")
    roots: list[Comment] = []
    everyone: list[Comment] = []
    for i in range(90):
        # Every third comment starts a conversation; the rest answer someone earlier.
        parent = None if i % 3 == 0 or not everyone else everyone[-1]
        comment = make_comment(
            answer,
            name=f"Reader {i}",
            email=f"reader{i}@example.org",
            body=f"Comment number {i}. " + "It has been a long year. " * 8,
            parent=parent,
        )
        everyone.append(comment)
        if parent is None:
            roots.append(comment)
    return answer, everyone


def test_reader_reads_a_long_thread_across_pages(page: Page, live_server, long_thread):
    answer, comments = long_thread
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="A long thread").click()
    expect(page.locator("h1")).to_have_text("A long thread")
    expect(page.locator("#discussion-h")).to_contain_text("90 comments")
    shown = page.locator("ol.thread li.comment").count()
    assert 0 < shown < 90  # the first page of conversations
    nested = page.locator("ol.replies ol.replies li.comment")
    assert nested.count() > 0  # replies to replies are nested
    # "More conversations" adds the next page in place, with JavaScript on.
    page.get_by_role("link", name="More conversations").first.click()
    expect(page.locator("ol.thread li.comment")).to_have_count(90)
    expect(page.locator(f"#c{comments[-1].pk}")).to_be_visible()
    # Every page is on screen now: no pager is left saying "page 2 of 2".
    expect(page.locator(".discussion .pagination")).to_have_count(0)


def test_comments_since_the_last_visit_are_marked_and_one_click_away(
    page: Page, live_server, long_thread
):
    answer, comments = long_thread
    Comment.objects.filter(answer=answer).update(created_at=timezone.now() - timedelta(hours=3))
    url = live_server.url + answer.get_absolute_url()
    page.goto(url)
    expect(page.locator(".new-badge")).to_have_count(0)  # a first visit marks nothing
    # Two hours later someone replies; the reader comes back.
    page.evaluate(
        "([key, at]) => localStorage.setItem(key, JSON.stringify({previous: null, latest: at}))",
        [f"afterword-visit-{answer.pk}", (timezone.now() - timedelta(hours=2)).timestamp() * 1000],
    )
    reply = make_comment(answer, name="Came Back", body="Here is how it went.", parent=comments[0])
    newest = make_comment(answer, name="First Time", body="I found this thread today.")
    page.goto(url)
    expect(page.locator(".new-badge")).to_have_count(1)
    expect(page.locator(f"#c{reply.pk} > article")).to_have_class(re.compile("is-new"))
    jump = page.get_by_role("link", name="Jump to the first new comment (1)")
    jump.click()
    assert page.url.endswith(f"#c{reply.pk}")
    # Another page of the same visit keeps the same line: the newest conversation is new
    # there, and nothing about the reader went to the server (no cookie).
    page.goto(url + "?order=newest")
    expect(page.locator(".new-badge")).to_have_count(1)
    expect(page.locator(f"#c{newest.pk} > article")).to_have_class(re.compile("is-new"))
    assert page.context.cookies() == []


def test_reply_inline_and_see_it_held(page: Page, live_server, long_thread):
    answer, comments = long_thread
    target = comments[3]
    page.goto(live_server.url + answer.get_absolute_url())
    page.locator(f'#c{target.pk} [data-reply="{target.pk}"]').click()
    form = page.locator(f"#c{target.pk} #comment-form")
    expect(form).to_be_visible()
    expect(form.locator("#comment-form-h")).to_have_text(f"Reply to {target.pen_name}")
    expect(page.locator("#id_body")).to_be_focused()
    page.fill("#id_body", "Reader 3, your words stayed with me all week.")
    page.fill("#id_name", "New Voice")
    page.fill("#id_email", "new.voice@example.org")
    page.check("#id_accept_terms")
    page.get_by_role("button", name="Post comment").click()
    notice = page.locator("#posted")
    expect(notice).to_contain_text("waiting for a moderator")
    expect(notice).to_contain_text("your words stayed with me all week")
    reply = Comment.objects.get(pen_name="New Voice")
    assert reply.reply_to_id == target.pk
    assert reply.status == Comment.Status.PENDING


def test_the_footer_switch_and_the_scripts_words_speak_spanish(
    page: Page, live_server, long_thread
):
    answer, comments = long_thread
    target = comments[3]
    page.goto(live_server.url + answer.get_absolute_url())
    page.get_by_role("link", name="Español").click()
    expect(page.locator("html")).to_have_attribute("lang", "es")
    assert page.url == live_server.url + answer.get_absolute_url()  # the same address
    page.locator(f'#c{target.pk} [data-reply="{target.pk}"]').click()  # site.js from here on
    expect(page.locator("#comment-form-h")).to_have_text(f"Responder a {target.pen_name}")
    page.fill("#id_body", "Gracias por escribir esto.")
    expect(page.locator("[data-draft-status]")).to_have_text("Borrador guardado en este navegador.")
    page.locator("[data-reply-cancel]").click()
    expect(page.locator("#comment-form-h")).to_have_text("Añadir un comentario")
    page.get_by_role("link", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("#comment-form-h")).to_have_text("Add a comment")


def test_post_with_the_keyboard_alone(page: Page, live_server, db):
    answer = make_answer(make_columnist(), slug="short")
    page.goto(live_server.url + answer.get_absolute_url())

    def tab_to(selector: str) -> None:
        for _ in range(120):
            page.keyboard.press("Tab")
            if page.evaluate("s => document.activeElement === document.querySelector(s)", selector):
                return
        raise AssertionError(f"Tab never reached {selector}")

    tab_to("#id_name")
    page.keyboard.type("Keys Only")
    tab_to("#id_email")
    page.keyboard.type("keys@example.org")
    tab_to("#id_body")
    page.keyboard.type("Typed without a mouse.")
    tab_to("#id_accept_terms")
    page.keyboard.press("Space")
    tab_to("#comment-form button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.locator("#posted")).to_contain_text("Thank you, Keys Only")
    assert Comment.objects.get().body == "Typed without a mouse."


def test_a_draft_survives_a_reload_and_a_failed_post(page: Page, live_server, db):
    answer = make_answer(make_columnist(), slug="drafty")
    page.goto(live_server.url + answer.get_absolute_url())
    page.fill("#id_name", "Drafter")
    page.fill("#id_body", "Half a thought I do not want to lose.")
    expect(page.locator("[data-draft-status]")).to_have_text("Draft saved in this browser.")
    page.reload()
    expect(page.locator("#id_body")).to_have_value("Half a thought I do not want to lose.")
    expect(page.locator("[data-draft-status]")).to_contain_text("restored")
    # Submitting without email and terms fails; the text is still there.
    page.get_by_role("button", name="Post comment").click()
    expect(page.locator("#form-feedback")).to_be_focused()
    expect(page.locator("#form-errors")).to_contain_text("hasn't been posted yet")
    expect(page.locator("#id_body")).to_have_value("Half a thought I do not want to lose.")
    page.fill("#id_email", "drafter@example.org")
    page.check("#id_accept_terms")
    page.get_by_role("button", name="Post comment").click()
    expect(page.locator("#posted")).to_be_visible()
    # Once posted, the draft is gone from the browser. site.js is deferred, so it may run a
    # moment after the page shows: wait for it to forget the draft before going back.
    page.wait_for_function(f"() => localStorage.getItem('afterword-draft-{answer.pk}') === null")
    page.goto(live_server.url + answer.get_absolute_url())
    expect(page.locator("#id_body")).to_have_value("")


def test_hostile_text_runs_no_script(page: Page, live_server, db):
    answer = make_answer(make_columnist(), slug="hostile")
    make_comment(
        answer,
        name="<img src=x onerror=alert(1)>",
        body='<script>alert(2)</script> <a href="javascript:alert(3)">x</a> '
        'https://example.org/"onmouseover=alert(4)',
    )
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(live_server.url + answer.get_absolute_url())
    page.locator(".comment-body a").first.hover()
    page.wait_for_timeout(200)
    assert dialogs == []
    assert errors == []  # nothing blocked by the Content-Security-Policy, nothing broken
    expect(page.locator(".pen-name").first).to_have_text("<img src=x onerror=alert(1)>")


def _serious(results) -> list[str]:
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes)"
        for v in results.response["violations"]
        if v.get("impact") in ("serious", "critical")
    ]


def test_axe_finds_no_serious_violations(page: Page, live_server, long_thread):
    answer, _ = long_thread
    token = receive_letter(
        pen_name="Scanner", email="s@example.org", body="A letter.", consent_to_publish=True
    ).status_token
    axe = Axe()
    for path in [
        "/",
        answer.get_absolute_url(),
        "/write/",
        f"/letters/{token}/",
        answer.columnist.get_absolute_url(),
        "/topics/",
        "/archive/",
    ]:
        page.goto(live_server.url + path)
        assert _serious(axe.run(page)) == [], path


def test_phone_width_has_no_sideways_scrolling(page: Page, live_server, long_thread):
    answer, _ = long_thread
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_server.url + answer.get_absolute_url())
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0


def test_privacy_warning_then_publish_anyway(page: Page, live_server, db):
    answer = make_answer(make_columnist(), slug="privacy")
    make_comment(answer, name="Regular", email="regular@example.org")
    page.goto(live_server.url + answer.get_absolute_url())
    page.fill("#id_name", "Regular")
    page.fill("#id_email", "regular@example.org")
    page.fill("#id_body", "My therapist was Dr. Whitcombe and I miss her.")
    page.check("#id_accept_terms")
    page.get_by_role("button", name="Post comment").click()
    check = page.locator("#privacy-check")
    expect(check).to_be_visible()
    expect(page.locator("#form-feedback")).to_be_focused()
    expect(check.locator("mark")).to_contain_text("Whitcombe")
    assert Comment.objects.filter(answer=answer).count() == 1
    # Edit it away: the comment posts at once.
    page.fill("#id_body", "My therapist retired and I miss her.")
    page.get_by_role("button", name="Post comment").click()
    expect(page.locator("#posted")).to_contain_text("published")
    # Or keep it and publish anyway with the second click.
    page.goto(live_server.url + answer.get_absolute_url())
    page.fill("#id_name", "Regular")
    page.fill("#id_email", "regular@example.org")
    page.fill("#id_body", "Dr. Whitcombe, if you ever read this: thank you.")
    page.check("#id_accept_terms")
    page.get_by_role("button", name="Post comment").click()
    page.get_by_role("button", name="Publish anyway").click()
    expect(page.locator("#posted")).to_contain_text("published")
    assert Comment.objects.filter(answer=answer).count() == 3


def test_axe_finds_no_serious_violations_in_the_staff_workspaces(page: Page, live_server, db):
    from conftest import make_user

    answer = make_answer(make_columnist(), slug="staffed")
    make_comment(answer, name="Held Voice", status=Comment.Status.PENDING)
    receive_letter(
        pen_name="Queued", email="q@example.org", body="A letter.", consent_to_publish=True
    )
    make_user("mod-b", group="Moderators")
    axe = Axe()
    for username, paths in [
        ("mod-b", ["/moderation/"]),
        ("ada-user", ["/desk/", "/desk/answers/new/"]),
    ]:
        page.context.clear_cookies()
        page.goto(live_server.url + "/accounts/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", "correct horse 42")
        page.get_by_role("button", name="Sign in").click()
        for path in paths:
            page.goto(live_server.url + path)
            assert page.url == live_server.url + path  # signed in, not sent to sign-in
            assert _serious(axe.run(page)) == [], path
