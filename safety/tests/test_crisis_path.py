"""Nobody in danger is met with silence: every page that answers a crisis text shows
the crisis lines first and gives the text back, and a level 4+ text that could not
be posted is kept for the moderators as a signal."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import OperationalError
from django.test import Client, RequestFactory
from django.urls import resolve, reverse
from django.utils import timezone

from column.models import Letter
from discussion.models import Comment
from safety.middleware import DatabaseUnavailableMiddleware
from safety.models import CrisisCase
from safety.resources import FALLBACK, resources_for

PLAN = "I have the pills counted out and tonight is the night I take them all."
PASSIVE = "Some days I wish I could just go to sleep and not wake up."
ORDINARY = "Thank you for this answer, it helped me a lot."
LINES = "988"  # the US line, first in the default crisis resources


def post(client, answer, **fields):
    headers = {key: fields.pop(key) for key in list(fields) if key.startswith("HTTP_")}
    data = {"name": "Wren", "email": "wren@example.org", "body": PLAN, "accept_terms": "on"}
    data.update(fields)
    data = {key: value for key, value in data.items() if value is not None}
    return client.post(reverse("discussion:post", args=[answer.slug]), data, **headers)


def page_of(response) -> str:
    return response.content.decode()


def assert_help_first(html: str, text: str) -> None:
    """The crisis lines are on the page, above the form and its errors, with the text kept."""
    assert 'id="crisis-help"' in html and LINES in html
    assert html.index('id="crisis-help"') < html.index("</textarea>")
    assert text in html


def signals() -> list[CrisisCase]:
    return list(CrisisCase.objects.filter(kind=CrisisCase.Kind.SIGNAL))


# --- every failure path carries the help ---------------------------------------------


def test_crisis_comment_without_email_shows_help_keeps_text_and_keeps_a_signal(client, answer):
    response = post(client, answer, email="")
    html = page_of(response)
    assert response.status_code == 400
    assert_help_first(html, PLAN)
    assert "a moderator — a real person — will read what you wrote" in html
    [signal] = signals()
    assert signal.text == PLAN and signal.level >= 4
    assert signal.email == "" and signal.pen_name == "Wren"
    assert signal.meant_for_url == answer.get_absolute_url()
    assert signal.reason == "the form needed a change: Email"
    assert Comment.objects.count() == 0


def test_an_invalid_email_keeps_no_address_on_the_signal(client, answer):
    response = post(client, answer, email="wren@")
    assert response.status_code == 400
    assert_help_first(page_of(response), PLAN)
    assert signals()[0].email == ""


@pytest.mark.parametrize(
    "missing, label", [("name", "Pen name"), ("accept_terms", "I accept the community terms")]
)
def test_any_failed_form_keeps_the_signal_with_the_valid_email(client, answer, missing, label):
    response = post(client, answer, **{missing: None})
    assert response.status_code == 400
    assert_help_first(page_of(response), PLAN)
    [signal] = signals()
    assert signal.email == "wren@example.org"  # a moderator can reach out
    assert signal.reason == f"the form needed a change: {label}"


def test_over_the_rate_limit_shows_help_and_keeps_a_signal(client, answer, settings):
    settings.RATE_LIMIT_PER_IP = 1
    post(client, answer, body=ORDINARY, email="first@example.org")
    response = post(client, answer)
    assert response.status_code == 429
    assert_help_first(page_of(response), PLAN)
    assert signals()[0].reason == "over the posting limit"


def test_a_banned_word_shows_help_and_keeps_a_signal(client, answer, settings):
    settings.MODERATION_BANNED_WORDS = ["casino bonus"]
    text = PLAN + " casino bonus"
    response = post(client, answer, body=text)
    assert response.status_code == 400
    assert_help_first(page_of(response), text)
    assert signals()[0].reason == "a word that isn't allowed here"


def test_a_banned_poster_in_crisis_still_sees_help(client, answer, moderator):
    from safety.models import Ban, normalise_name

    Ban.objects.create(kind=Ban.Kind.PEN_NAME, value=normalise_name("Wren"))
    response = post(client, answer)
    assert response.status_code == 400
    assert_help_first(page_of(response), PLAN)
    assert len(signals()) == 1


def test_a_spanish_posters_signal_tells_the_moderators_why_in_the_sites_language(client, answer):
    """The poster reads the form in Spanish; the moderators read the reason in English."""
    response = post(client, answer, name=None, HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 400
    assert "Seudónimo" in page_of(response)  # the poster's own page is Spanish
    assert signals()[0].reason == "the form needed a change: Pen name"


def test_a_cross_site_post_shows_help_and_keeps_the_text(answer):
    response = post(Client(), answer)  # no Origin, no Sec-Fetch-Site
    assert response.status_code == 403
    assert_help_first(page_of(response), PLAN)
    assert signals()[0].reason == "the form could not be checked (cross-site or stale)"


def test_a_stale_letter_form_shows_help_and_keeps_the_text(db):
    browser = Client(enforce_csrf_checks=True)
    data = {"name": "Wren", "email": "wren@example.org", "body": PLAN}
    response = browser.post(reverse("column:write"), data)
    assert response.status_code == 403
    assert_help_first(page_of(response), PLAN)
    assert signals()[0].meant_for_title == "A letter to the column"


def test_a_level_two_failure_shows_help_but_keeps_no_signal(client, answer):
    response = post(client, answer, body=PASSIVE, email="")
    assert response.status_code == 400
    assert_help_first(page_of(response), PASSIVE)
    assert signals() == []


def test_an_ordinary_failure_shows_no_crisis_box(client, answer):
    response = post(client, answer, body=ORDINARY, email="")
    html = page_of(response)
    assert response.status_code == 400
    assert 'id="crisis-help"' not in html and ORDINARY in html


def test_honeypot_crisis_post_is_held_for_a_person_not_dropped_as_spam(client, answer):
    response = post(client, answer, website="http://spam.example")
    assert response.status_code == 302
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert CrisisCase.objects.filter(kind="comment", object_id=comment.pk).exists()
    html = page_of(client.get(response["Location"]))
    assert 'id="crisis-help"' in html and LINES in html


def test_the_held_notice_opens_with_the_crisis_lines(client, answer):
    response = post(client, answer)
    html = page_of(client.get(response["Location"]))
    notice = html[html.index('id="posted"') :]
    assert notice.index('id="crisis-help"') < notice.index("Nothing you wrote is lost")
    assert PLAN in notice


def test_a_level_five_notice_gives_the_emergency_number_first(client, answer):
    html = page_of(client.get(post(client, answer)["Location"]))
    box = html[html.index('id="crisis-help"') :]
    assert box.index("please call 911 now") < box.index(LINES)


def test_the_database_outage_page_shows_help_and_the_text(db, answer):
    path = reverse("discussion:post", args=[answer.slug])
    request = RequestFactory().post(path, {"body": PLAN})
    request.resolver_match = resolve(path)
    middleware = DatabaseUnavailableMiddleware(lambda request: None)
    response = middleware.process_exception(request, OperationalError("server closed"))
    html = page_of(response)
    assert response.status_code == 503
    assert 'id="crisis-help"' in html and LINES in html
    assert html.index('id="crisis-help"') < html.index("</textarea>")
    assert PLAN + "</textarea>" in html
    assert "keep your words just now" in html


def test_crisis_lines_come_from_a_built_in_list_when_the_database_is_gone(db):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE safety_crisisresource RENAME TO safety_crisisresource_gone")
    found = resources_for("GB")
    assert [r.name for r in found] == [r.name for r in FALLBACK if r.country in ("GB", "")]


# --- letters ---------------------------------------------------------------------------


def test_crisis_letter_thank_you_page_opens_with_the_lines(client, db):
    data = {"name": "Wren", "email": "wren@example.org", "body": PLAN, "consent_to_publish": "on"}
    data["accept_terms"] = "on"
    response = client.post(reverse("column:write"), data)
    assert response.status_code == 302
    html = page_of(client.get(response["Location"]))
    assert html.index('id="crisis-help"') < html.index("it may be weeks")
    letter = Letter.objects.get()
    assert CrisisCase.objects.filter(kind="letter", object_id=letter.pk).exists()


# --- signals: capped, purged, never published ------------------------------------------


def test_one_address_cannot_flood_the_queue_with_signals(client, answer):
    for _ in range(7):
        response = post(client, answer, email="")
        assert LINES in page_of(response)  # help is shown every time
    assert len(signals()) == 5


def test_signals_are_purged_after_the_retention_period(client, answer, settings):
    post(client, answer, email="")
    old = signals()[0]
    CrisisCase.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - timedelta(days=settings.CRISIS_SIGNAL_RETENTION_DAYS + 1)
    )
    post(client, answer, email="", name="Other")
    call_command("purge_retention", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert [s.pen_name for s in signals()] == ["Other"]


def test_a_signal_is_never_published(client, answer):
    post(client, answer, email="")
    html = page_of(client.get(answer.get_absolute_url()))
    assert PLAN not in html


# --- the learned stage: a person reads it, the writer sees a gentle version of the lines --

# The rules read "easier for them if I was gone" as passive ideation now; this
# goodbye without a crisis word is still heard by the learned stage alone.
HEARD = "Please look after my hamster, I will not be coming back"


def test_a_text_only_the_learned_stage_hears_is_held_with_gentle_lines(
    client, answer, moderator_client
):
    from conftest import make_comment

    make_comment(answer, name="Wren", email="wren@example.org")  # returning: not held as first
    response = post(client, answer, body=HEARD)
    assert response.status_code == 302
    comment = Comment.objects.get(body=HEARD)
    assert comment.crisis_level < 2 and "model" in comment.screening["crisis"]["flags"]
    assert comment.status == Comment.Status.PENDING and comment.held_for == ["review"]
    html = page_of(client.get(response["Location"]))
    notice = html[html.index('id="posted"') :]
    assert "If you are struggling" in notice and LINES in notice
    assert "please call 911 now" not in notice  # gentle: no emergency first
    queue = page_of(moderator_client.get(reverse("safety:queue")))
    assert "model" in queue and "the learned stage" in queue
    assert "<mark" in queue[queue.index("my hamster") - 200 : queue.index("my hamster")]


def test_a_refused_text_the_learned_stage_hears_gets_the_gentle_lines_too(client, answer):
    response = post(client, answer, body=HEARD, email="")
    html = page_of(response)
    assert response.status_code == 400
    assert "If you are struggling" in html and LINES in html and HEARD in html
    assert signals() == []  # below level 4: no signal
