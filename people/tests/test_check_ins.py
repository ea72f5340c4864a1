"""Caring check-ins: opt-in from the crisis notice with one click; two warm messages,
at +3 and +14 days, each with the crisis lines and a one-click stop, asking nothing;
never sent to anyone who did not ask; forgotten with the rest."""

from __future__ import annotations

import re
import time
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.template.loader import render_to_string
from django.test import Client
from django.utils import dateformat, timezone
from django_tasks_db.models import DBTaskResult

from afterword.identity import email_key
from conftest import make_comment
from people import checkins, data_rights
from people.models import CheckIn, Mute
from people.tasks import send_check_in
from safety import cases
from safety.models import SafetyText
from safety.resources import crisis_context

EMAIL = "a@example.org"
TASK = "people.tasks.send_check_in"


def signal(email: str = EMAIL, pen_name: str = "Ana"):
    return cases.keep_signal(
        text="I can't go on.", screening={}, level=4, reason="test", email=email, pen_name=pen_name
    )


def opt_in(email: str = EMAIL) -> CheckIn:
    check_in = checkins.opt_in(checkins.offer_token(signal(email)))
    assert check_in is not None
    return check_in


def days_ago(check_in: CheckIn, days: float) -> CheckIn:
    """Move a check-in back in time, as if it had been asked for `days` ago."""
    CheckIn.objects.filter(pk=check_in.pk).update(created_at=timezone.now() - timedelta(days=days))
    return CheckIn.objects.get(pk=check_in.pk)


def to(mailoutbox, email: str = EMAIL) -> list:
    return [m for m in mailoutbox if m.to == [email]]


def scheduled() -> list[tuple[int, timedelta]]:
    """The check-in tasks waiting in the database queue: (number, delay after opting in)."""
    found = []
    for row in DBTaskResult.objects.filter(task_path=TASK):
        kwargs = row.args_kwargs["kwargs"]
        check_in = CheckIn.objects.get(pk=kwargs["check_in_id"])
        found.append((kwargs["number"], row.run_after - check_in.created_at))
    return sorted(found)


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }


# --- Opting in ------------------------------------------------------------------------------


def test_opting_in_schedules_exactly_two_messages_at_3_and_14_days(db, database_queue):
    check_in = opt_in()
    assert (check_in.email, check_in.pen_name, check_in.sent) == (EMAIL, "Ana", [])
    assert check_in.email_hash == email_key(EMAIL)
    assert scheduled() == [(1, timedelta(days=3)), (2, timedelta(days=14))]
    # The queue holds ids only: no address or message waits in it.
    for row in DBTaskResult.objects.filter(task_path=TASK):
        assert EMAIL not in str(row.args_kwargs)


def test_the_days_come_from_the_settings(db, database_queue, settings):
    settings.CHECK_IN_DAYS = [2, 5, 30]
    opt_in()
    assert scheduled() == [
        (1, timedelta(days=2)),
        (2, timedelta(days=5)),
        (3, timedelta(days=30)),
    ]


def test_nothing_is_scheduled_or_sent_without_opting_in(db, database_queue):
    signal()
    assert not CheckIn.objects.exists()
    assert not DBTaskResult.objects.filter(task_path=TASK).exists()
    # Whatever else the crisis path queued (the moderators' alert), nothing goes to her.
    queued_to = [row.args_kwargs["kwargs"].get("to") for row in DBTaskResult.objects.all()]
    assert EMAIL not in queued_to


def test_a_second_click_does_not_double(db, database_queue):
    case = signal()
    token = checkins.offer_token(case)
    first = checkins.opt_in(token)
    second = checkins.opt_in(token)
    assert first is not None and second is not None and first.pk == second.pk
    assert CheckIn.objects.count() == 1
    assert [number for number, _ in scheduled()] == [1, 2]


def test_no_address_no_check_in(db, database_queue):
    case = cases.keep_signal(text="I can't go on.", screening={}, level=4, reason="test")
    assert checkins.opt_in(checkins.offer_token(case)) is None
    assert not CheckIn.objects.exists()
    assert not DBTaskResult.objects.filter(task_path=TASK).exists()


def test_a_changed_or_week_old_offer_does_nothing(db, monkeypatch):
    case = signal()
    token = checkins.offer_token(case)
    assert checkins.opt_in(token[:-2] + "xx") is None
    assert checkins.opt_in(checkins.offer_token(case).replace(":", ";", 1)) is None
    eight_days_ago = time.time() - 8 * 24 * 3600
    monkeypatch.setattr("django.core.signing.time.time", lambda: eight_days_ago)
    old = checkins.offer_token(case)
    monkeypatch.undo()
    assert checkins.opt_in(old) is None
    assert not CheckIn.objects.exists()


def test_a_stop_link_is_no_offer(db):
    # The salts keep one kind of link from being used as the other.
    check_in = opt_in()
    assert checkins.opt_in(checkins.stop_token(check_in)) is None
    assert checkins.read_stop(checkins.offer_token(check_in.case)) is None


# --- Sending ----------------------------------------------------------------------------------


def test_nothing_is_sent_before_it_is_due(db, mailoutbox, django_capture_on_commit_callbacks):
    # The tests' backend can't wait: it runs the tasks at once, and they send nothing early.
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        check_in = opt_in()
    assert len(callbacks) >= 2
    assert to(mailoutbox) == []
    check_in.refresh_from_db()
    assert check_in.sent == []


def test_the_message_holds_the_crisis_lines_the_stop_link_and_no_request(db, mailoutbox):
    check_in = days_ago(opt_in(), 3)
    assert checkins.send(check_in.pk, 1) is True
    [message] = to(mailoutbox)
    text, html = message.body, message.alternatives[0][0]
    stop_url = checkins.stop_url(check_in)
    assert message.subject == "Checking in, from Afterword"
    assert "Dear Ana," in text
    assert "A few days ago you wrote to us at a hard moment" in text
    # The emergency number first, then the lines.
    assert text.index("call 911") < text.index("988 Suicide & Crisis Lifeline")
    assert "988 Suicide &amp; Crisis Lifeline" in html and "call 911" in html
    assert stop_url in text and f'href="{stop_url}"' in html
    assert message.extra_headers["List-Unsubscribe"] == f"<{stop_url}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # Nothing asked: no question, no link to do anything but reach a line or stop.
    assert "?" not in text.replace(stop_url, "")
    links = set(re.findall(r"https?://\S+", text))
    lines = {r.url for r in crisis_context(None)["crisis_resources"] if r.url}
    assert links <= lines | {stop_url}
    check_in.refresh_from_db()
    assert check_in.sent == [1]


def test_the_last_message_says_so(db, mailoutbox):
    check_in = days_ago(opt_in(), 14)
    checkins.send(check_in.pk, 2)
    [message] = to(mailoutbox)
    assert "Two weeks ago you asked us to check in with you" in message.body
    assert "this is the last of these messages" in message.body


def test_each_message_goes_once(db, mailoutbox):
    check_in = days_ago(opt_in(), 15)
    assert checkins.send(check_in.pk, 1) is True
    assert checkins.send(check_in.pk, 1) is False
    send_check_in.enqueue(check_in_id=check_in.pk, number=1)
    assert len(to(mailoutbox)) == 1
    check_in.refresh_from_db()
    assert check_in.sent == [1]


def test_the_operators_wording_is_used(db, mailoutbox):
    SafetyText.objects.create(key="check_in_1", text="Just saying hello from all of us.")
    check_in = days_ago(opt_in(), 3)
    checkins.send(check_in.pk, 1)
    [message] = to(mailoutbox)
    assert "Just saying hello from all of us." in message.body
    assert "A few days ago" not in message.body


def test_a_mail_server_that_is_down_leaves_the_message_unsent(db, mailoutbox, monkeypatch):
    def down(**kwargs):
        raise ConnectionRefusedError("no server")

    monkeypatch.setattr("people.checkins.deliver", down)
    monkeypatch.setattr("people.checkins.retry_later", lambda *a, **kw: None)
    check_in = days_ago(opt_in(), 3)
    assert checkins.send(check_in.pk, 1) is False
    check_in.refresh_from_db()
    assert check_in.sent == []


def test_stopping_all_emails_after_opting_in_stops_check_ins_too(db, mailoutbox):
    check_in = days_ago(opt_in(), 4)
    Mute.objects.create(email_hash=email_key(EMAIL), answer=None)
    assert checkins.send(check_in.pk, 1) is False
    assert to(mailoutbox) == []


# --- Stopping ---------------------------------------------------------------------------------


def stop_path(check_in: CheckIn) -> str:
    return f"/check-ins/stop/{checkins.stop_token(check_in)}/"


def test_the_stop_link_stops_what_is_not_yet_sent(db, mailoutbox):
    check_in = days_ago(opt_in(), 3)
    checkins.send(check_in.pk, 1)
    # A mail client's one-click stop: a POST without a CSRF token.
    response = Client(enforce_csrf_checks=True).post(stop_path(check_in))
    assert response.status_code == 200
    assert "we won't send any more check-ins" in response.content.decode()
    assert "988 Suicide &amp; Crisis Lifeline" in response.content.decode()
    check_in = days_ago(check_in, 15)
    assert check_in.stopped_at is not None
    assert checkins.send(check_in.pk, 2) is False
    assert len(to(mailoutbox)) == 1
    assert check_in.sent == [1]


def test_opening_the_stop_link_asks_first(client, db):
    check_in = opt_in()
    response = client.get(stop_path(check_in))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Stop the check-in messages?" in html
    assert checkins.stop_token(check_in) not in html
    assert response["Cache-Control"] == "private, no-store"
    check_in.refresh_from_db()
    assert check_in.stopped_at is None


def test_stopping_twice_is_harmless_and_a_changed_link_does_nothing(client, db):
    check_in = opt_in()
    assert client.post(stop_path(check_in)).status_code == 200
    first = CheckIn.objects.get().stopped_at
    assert client.post(stop_path(check_in)).status_code == 200
    assert CheckIn.objects.get().stopped_at == first
    other = opt_in("b@example.org")
    changed = client.post(f"/check-ins/stop/{checkins.stop_token(other)[:-3]}xyz/")
    assert "This link doesn't work any more" in changed.content.decode()
    other.refresh_from_db()
    assert other.stopped_at is None


# --- The opt-in view and the offer --------------------------------------------------------------


def when(check_in: CheckIn, days: int) -> str:
    return dateformat.format(
        timezone.localtime(check_in.created_at + timedelta(days=days)), "l j F"
    )


def test_opting_in_from_the_notice_says_when(client, db):
    case = signal()
    response = client.post("/check-ins/", {"token": checkins.offer_token(case), "country": "gb"})
    html = response.content.decode()
    check_in = CheckIn.objects.get()
    assert response.status_code == 200
    assert (
        f"We'll check in with you on {when(check_in, 3)} and {when(check_in, 14)}. "
        "You can stop at any time with the link in each message."
    ) in html
    assert check_in.country == "GB"
    assert "Samaritans" in html and "999" in html
    assert response["Cache-Control"] == "private, no-store"


def test_the_opt_in_view_refuses_get(client, db):
    assert client.get("/check-ins/").status_code == 405
    assert not CheckIn.objects.exists()


def test_the_opt_in_view_refuses_another_site(db):
    case = signal()
    elsewhere = Client(headers={"Origin": "https://elsewhere.example"})
    response = elsewhere.post("/check-ins/", {"token": checkins.offer_token(case)})
    assert response.status_code == 403
    assert not CheckIn.objects.exists()


def test_a_bad_offer_still_shows_the_lines(client, db):
    response = client.post("/check-ins/", {"token": "nonsense"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "We couldn't set that up" in html
    assert "988 Suicide &amp; Crisis Lifeline" in html
    assert not CheckIn.objects.exists()


def test_the_offer_is_one_button_with_the_operators_words(db):
    html = render_to_string("people/_check_in_offer.html", {"check_in_token": "tok"})
    assert 'action="/check-ins/"' in html
    assert 'name="token" value="tok"' in html
    assert html.count("<button") == 1
    assert "Would it help if we checked in with you in a few days?" in html
    assert '<input type="email"' not in html  # nothing else asked
    SafetyText.objects.create(key="check_in_offer", text="Shall we write to you soon?")
    assert "Shall we write to you soon?" in render_to_string(
        "people/_check_in_offer.html", {"check_in_token": "tok"}
    )
    assert render_to_string("people/_check_in_offer.html", {}).strip() == ""


def test_no_offer_without_a_case(db):
    assert checkins.check_in_offer("comment", 123456) == ""


def test_a_comment_s_case_offers_a_check_in_to_its_author(answer):
    comment = make_comment(answer, name="Bo", email="bo@example.org", body="It is all too much.")
    cases.open_case("comment", comment.pk, 4)
    token = checkins.check_in_offer("comment", comment.pk)
    check_in = checkins.opt_in(token)
    assert check_in is not None
    assert (check_in.email, check_in.pen_name) == ("bo@example.org", "Bo")
    # Once chosen, the notice offers it no more.
    assert checkins.check_in_offer("comment", comment.pk) == ""


# --- Forgetting ---------------------------------------------------------------------------------


def test_the_retention_purge_forgets_finished_check_ins(db, settings):
    keep_days = settings.UNCONFIRMED_RETENTION_DAYS
    done = days_ago(opt_in("done@example.org"), 14 + keep_days + 1)
    waiting = days_ago(opt_in("waiting@example.org"), 14 + keep_days - 1)
    stopped = opt_in("stopped@example.org")
    CheckIn.objects.filter(pk=stopped.pk).update(
        stopped_at=timezone.now() - timedelta(days=keep_days + 1)
    )
    just_stopped = opt_in("just@example.org")
    CheckIn.objects.filter(pk=just_stopped.pk).update(stopped_at=timezone.now())
    out = StringIO()
    call_command("purge_retention", stdout=out)
    assert "check ins: 2" in out.getvalue()
    left = set(CheckIn.objects.values_list("pk", flat=True))
    assert left == {waiting.pk, just_stopped.pk}
    assert done.pk not in left


def test_erasing_my_data_deletes_my_check_ins(db, mailoutbox):
    mine = days_ago(opt_in(), 3)
    theirs = opt_in("b@example.org")
    data_rights.erase(EMAIL, delete_comments=True)
    assert list(CheckIn.objects.values_list("pk", flat=True)) == [theirs.pk]
    assert checkins.send(mine.pk, 1) is False
    assert not any("Checking in" in m.subject for m in to(mailoutbox))


# --- The real worker ----------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_the_worker_sends_a_due_check_in_and_only_that(database_queue, mailoutbox):
    check_in = opt_in()
    assert to(mailoutbox) == []
    # Three days pass: the first message is due, the second is not.
    days_ago(check_in, 3)
    first = DBTaskResult.objects.get(task_path=TASK, args_kwargs__kwargs__number=1)
    DBTaskResult.objects.filter(pk=first.pk).update(run_after=timezone.now())
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    [message] = to(mailoutbox)
    assert message.subject == "Checking in, from Afterword"
    assert checkins.stop_url(check_in) in message.body
    assert CheckIn.objects.get().sent == [1]
    [waiting] = DBTaskResult.objects.filter(task_path=TASK, status="READY")
    assert waiting.args_kwargs["kwargs"]["number"] == 2
    assert waiting.run_after > timezone.now() + timedelta(days=10)
    assert not DBTaskResult.objects.failed().exists()
