"""Crisis alerts that cannot fail silently: every moderator and every alert address
is written to, once; the webhook gets the link and never the words; an alert
nobody takes is sent again; and when no alert could go out — nobody to send it to,
or no worker to send it — the system check and the staff pages say so."""

from __future__ import annotations

import json
import logging
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.core.checks import run_checks
from django.core.management import call_command
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks.signals import task_finished
from django_tasks_db.models import DBTaskResult

from conftest import make_user
from discussion.services import post_comment
from safety import cases, health, tasks
from safety.alerts import alert_case, case_url
from safety.models import CrisisCase, WorkerHeartbeat

DANGER = "I have decided to end it this weekend."
PRIVATE = "wren-private@example.org"
WEBHOOK_SECRET = "T000-secret-token"
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


@pytest.fixture(autouse=True)
def fresh_health_cache():
    """The banner keeps its answer for a minute; each test starts without one."""
    cache.delete(health.CACHE_KEY)
    yield
    cache.delete(health.CACHE_KEY)


@pytest.fixture
def moderators(db):
    return [
        make_user("mod-a", group="Moderators", email="mod-a@example.org"),
        make_user("mod-b", group="Moderators", email="mod-b@example.org"),
        make_user("root", is_superuser=True, email="root@example.org"),
        make_user("gone", group="Moderators", email="gone@example.org", is_active=False),
        make_user("no-mail", group="Moderators"),
        make_user("colleague", group="Columnists", email="col@example.org"),
    ]


def everything_in(messages) -> str:
    """Every part of every message a person or a mail server could read."""
    parts = []
    for m in messages:
        parts += [m.subject, m.body, *(a[0] for a in m.alternatives), str(m.extra_headers)]
        parts += [*m.to, *m.cc, *m.bcc, *m.reply_to]
    return "\n".join(parts)


def a_case(level: int = 5, **fields) -> CrisisCase:
    return CrisisCase.objects.create(kind=CrisisCase.Kind.SIGNAL, level=level, **fields)


@pytest.fixture
def finished_tasks():
    """Every task result that finishes during the test, in the order they finish."""
    results = []

    def collect(sender, task_result, **kwargs):
        results.append(task_result)

    task_finished.connect(collect, weak=False)
    yield results
    task_finished.disconnect(collect)


# --- who an alert goes to ---------------------------------------------------------


def test_an_alert_reaches_each_moderator_and_each_alert_address_once(
    answer, moderators, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.CRISIS_ALERT_EMAILS = [
        "on-call@example.org",
        "MOD-A@example.org",
        "on-call@example.org",
    ]
    with django_capture_on_commit_callbacks(execute=True):
        posted = post_comment(answer=answer, pen_name="Wren", email=PRIVATE, body=DANGER)
    alerts = [m for m in mailoutbox if m.to != [PRIVATE]]
    assert sorted(m.to[0] for m in alerts) == [
        "mod-a@example.org",
        "mod-b@example.org",
        "on-call@example.org",
        "root@example.org",
    ]
    assert all(len(m.to) == 1 and not m.cc and not m.bcc for m in alerts)  # no one sees another
    assert all(m.subject.startswith("Urgent:") for m in alerts)
    assert f"/moderation/comments/{posted.comment.pk}/" in alerts[0].body
    assert "wren-private" not in everything_in(alerts)
    assert DANGER not in everything_in(alerts)
    # The in-process backend can't wait 30 minutes, so no "Still waiting" goes at once.
    assert not [m for m in alerts if m.subject.startswith("Still waiting")]
    assert CrisisCase.objects.get(object_id=posted.comment.pk).alerted_at is not None


def test_a_crisis_signal_alert_leaves_out_the_address_the_case_keeps(
    moderators, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        case = cases.keep_signal(
            text=DANGER,
            screening={},
            level=5,
            reason="rate_limited",
            pen_name="Wren",
            email="signal-private@example.org",
        )
    assert case.email == "signal-private@example.org"  # kept, for a moderator to reach out
    assert len(mailoutbox) == 3
    assert f"/moderation/cases/{case.pk}/" in mailoutbox[0].body
    assert "signal-private" not in everything_in(mailoutbox)
    assert DANGER not in everything_in(mailoutbox)


def test_alert_addresses_alone_are_enough(
    db, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.CRISIS_ALERT_EMAILS = ["on-call@example.org"]
    with django_capture_on_commit_callbacks(execute=True):
        assert alert_case(a_case()) == 1
    assert [m.to for m in mailoutbox] == [["on-call@example.org"]]


# --- the webhook, against a real HTTP server ----------------------------------------


class Hook(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.received.append({"path": self.path, "headers": self.headers, "body": body})
        self.send_response(self.server.status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


@pytest.fixture
def webhook(settings, monkeypatch):
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    server.received, server.status = [], 200
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.CRISIS_ALERT_WEBHOOK_URL = (
        f"http://127.0.0.1:{server.server_port}/hooks/{WEBHOOK_SECRET}"
    )
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


def test_the_webhook_gets_the_level_kind_and_link_and_nothing_of_the_writer(
    answer, moderators, webhook, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        posted = post_comment(answer=answer, pen_name="Wren", email=PRIVATE, body=DANGER)
    case = CrisisCase.objects.get(kind=CrisisCase.Kind.COMMENT, object_id=posted.comment.pk)
    [request] = webhook.received
    assert request["path"] == f"/hooks/{WEBHOOK_SECRET}"
    assert request["headers"]["Content-Type"] == "application/json"
    body = json.loads(request["body"])
    url = case_url(case)
    assert url.endswith(f"/moderation/comments/{posted.comment.pk}/")
    assert body == {
        "text": f"Crisis level {case.level} (a comment): open {url}",
        "level": case.level,
        "kind": "comment",
        "url": url,
        "case": case.pk,
        "still_waiting": False,
    }
    raw = request["body"].decode()
    assert "@" not in raw  # no email address of anyone
    assert "Wren" not in raw
    assert "weekend" not in raw
    assert len([m for m in mailoutbox if m.to != [PRIVATE]]) == 3  # the emails went too


def test_a_failing_webhook_is_tried_again_then_fails_for_all_to_see(
    db, webhook, settings, caplog, finished_tasks, django_capture_on_commit_callbacks
):
    settings.EMAIL_MAX_ATTEMPTS = 3
    settings.CRISIS_ALERT_EMAILS = ["on-call@example.org"]
    webhook.status = 500
    with (
        caplog.at_level(logging.WARNING, logger="safety.tasks"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        alert_case(a_case())
    assert len(webhook.received) == 3
    posts = [r for r in finished_tasks if r.task.name == "post_webhook"]
    # In-process, each attempt runs inside the one before it, so the last finishes first.
    assert [r.kwargs.get("attempt", 1) for r in posts] == [3, 2, 1]
    [failed] = [r for r in posts if r.status == TaskResultStatus.FAILED]
    assert failed.kwargs["attempt"] == 3
    assert failed.errors[0].exception_class_path == "urllib.error.HTTPError"
    assert WEBHOOK_SECRET not in failed.errors[0].traceback
    assert [r.message for r in caplog.records if r.name == "safety.tasks"] == [
        "The crisis alert webhook failed (HTTPError), attempt 1 of 3; trying again later.",
        "The crisis alert webhook failed (HTTPError), attempt 2 of 3; trying again later.",
    ]


def test_without_a_webhook_url_nothing_is_posted(db, settings, finished_tasks):
    settings.CRISIS_ALERT_WEBHOOK_URL = ""
    assert tasks.post_webhook.call(body={"text": "x"}) is False


# --- the second alert, for a case nobody took ---------------------------------------


def test_a_case_nobody_took_is_sent_again_to_the_escalation_list(
    db, moderators, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.CRISIS_ALERT_ESCALATION_EMAILS = ["lead@example.org", "LEAD@example.org"]
    case = a_case(alerted_at=timezone.now() - timedelta(minutes=31), pen_name="Wren")
    with django_capture_on_commit_callbacks(execute=True):
        tasks.escalate_case.enqueue(case_id=case.pk)
    [message] = mailoutbox
    assert message.to == ["lead@example.org"]
    assert message.subject.startswith("Still waiting:")
    assert "31 minutes ago" in message.body
    assert f"/moderation/cases/{case.pk}/" in message.body
    case.refresh_from_db()
    assert case.escalated_at is not None
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.escalate_case.call(case.pk) == 0  # once is enough
    assert len(mailoutbox) == 1


def test_without_an_escalation_list_the_first_alerts_people_are_asked_again(
    db, moderators, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.CRISIS_ALERT_EMAILS = ["on-call@example.org"]
    case = a_case(alerted_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.escalate_case.call(case.pk) == 4
    assert sorted(m.to[0] for m in mailoutbox) == [
        "mod-a@example.org",
        "mod-b@example.org",
        "on-call@example.org",
        "root@example.org",
    ]
    assert all(m.subject.startswith("Still waiting:") for m in mailoutbox)


def test_the_second_alert_also_goes_to_the_webhook(
    db, webhook, mailoutbox, django_capture_on_commit_callbacks
):
    case = a_case(level=4, alerted_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        tasks.escalate_case.call(case.pk)
    [request] = webhook.received
    body = json.loads(request["body"])
    assert body["still_waiting"] is True
    assert body["text"].startswith("Still waiting")
    assert body["level"] == 4
    assert body["kind"] == "signal"
    assert body["case"] == case.pk


@pytest.mark.parametrize("taken", ["claimed_at", "reached_out_at", "closed_at"])
def test_a_case_someone_took_is_not_sent_again(
    db, moderators, taken, mailoutbox, django_capture_on_commit_callbacks
):
    case = a_case(alerted_at=timezone.now(), **{taken: timezone.now()})
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.escalate_case.call(case.pk) == 0
    assert mailoutbox == []
    case.refresh_from_db()
    assert case.escalated_at is None


def test_a_claimed_case_is_not_sent_again(
    db, moderators, mailoutbox, django_capture_on_commit_callbacks
):
    case = a_case(alerted_at=timezone.now())
    cases.claim(moderators[0], case)
    with django_capture_on_commit_callbacks(execute=True):
        tasks.escalate_case.enqueue(case_id=case.pk)
    assert mailoutbox == []
    assert CrisisCase.objects.get(pk=case.pk).escalated_at is None


# --- the system check -----------------------------------------------------------------


def check_ids() -> list[str]:
    return [message.id for message in health.check_alerts()]


def test_the_check_warns_when_no_alert_could_be_delivered(db, moderators, settings):
    User.objects.exclude(username="no-mail").update(email="")
    assert check_ids() == ["safety.W001"]
    assert "safety.W001" in [message.id for message in run_checks()]  # registered


@pytest.mark.parametrize(
    "setting, value",
    [
        ("CRISIS_ALERT_EMAILS", ["on-call@example.org"]),
        ("CRISIS_ALERT_WEBHOOK_URL", "https://chat.example/hooks/1"),
    ],
)
def test_an_alert_address_or_a_webhook_is_someone_to_alert(db, settings, setting, value):
    assert check_ids() == ["safety.W001"]
    setattr(settings, setting, value)
    assert check_ids() == []


def test_a_moderator_with_an_email_is_someone_to_alert(db, moderators):
    assert check_ids() == []
    User.objects.filter(is_superuser=True).update(is_active=False)
    User.objects.filter(username__startswith="mod-").update(email="")
    assert check_ids() == ["safety.W001"]


@pytest.fixture
def database_queue(settings):
    settings.TASKS = DATABASE_QUEUE
    settings.CRISIS_ALERT_EMAILS = ["on-call@example.org"]


def beat(minutes_ago: float) -> None:
    WorkerHeartbeat.objects.update_or_create(
        name="worker", defaults={"beat_at": timezone.now() - timedelta(minutes=minutes_ago)}
    )


def test_the_check_warns_when_the_worker_has_never_beaten(db, database_queue):
    assert check_ids() == ["safety.W002"]
    # ... and queues the first beat for the worker.
    [waiting] = DBTaskResult.objects.filter(status="READY")
    assert waiting.task_path == "safety.tasks.heartbeat"


def test_the_check_warns_when_the_heartbeat_is_stale_and_not_when_fresh(db, database_queue):
    beat(minutes_ago=11)
    assert check_ids() == ["safety.W002"]
    beat(minutes_ago=1)
    assert check_ids() == []
    assert DBTaskResult.objects.filter(status="READY").count() == 1  # one heartbeat, not two


def test_with_in_process_tasks_there_is_no_worker_to_miss(db, settings):
    settings.CRISIS_ALERT_EMAILS = ["on-call@example.org"]
    assert check_ids() == []
    assert not DBTaskResult.objects.exists()


def test_the_check_survives_a_database_it_cannot_read(db, database_queue, settings, monkeypatch):
    settings.CRISIS_ALERT_EMAILS = []

    def unmigrated(self, sql, params=None):
        raise OperationalError("no such table: safety_workerheartbeat")

    with monkeypatch.context() as patched:
        patched.setattr(CursorWrapper, "execute", unmigrated)
        assert health.check_alerts() == []


# --- the heartbeat ----------------------------------------------------------------------


def test_the_heartbeat_task_writes_the_beat(db):
    before = timezone.now()
    tasks.heartbeat.enqueue()
    tasks.heartbeat.enqueue()
    [heartbeat] = WorkerHeartbeat.objects.all()
    assert heartbeat.name == "worker"
    assert heartbeat.beat_at >= before
    assert not DBTaskResult.objects.exists()  # in-process: it doesn't queue itself again


def test_ensure_heartbeat_queues_one_only_when_none_waits(db, database_queue):
    assert tasks.ensure_heartbeat() is True
    assert tasks.ensure_heartbeat() is False
    assert DBTaskResult.objects.filter(task_path="safety.tasks.heartbeat").count() == 1


# --- the banner on staff pages -----------------------------------------------------------


def test_staff_pages_show_a_moderator_that_no_alert_can_go_out(moderator_client):
    html = moderator_client.get(reverse("safety:queue")).content.decode()
    assert '<div class="staff-warning" role="alert">' in html
    assert health.BANNER_TEXT["safety.W001"].replace("'", "&#x27;") in html


def test_the_banner_goes_once_there_is_someone_to_alert(moderator_client, settings):
    settings.CRISIS_ALERT_EMAILS = ["on-call@example.org"]
    html = moderator_client.get(reverse("safety:queue")).content.decode()
    assert "staff-warning" not in html


def test_the_banner_keeps_its_answer_for_a_minute(moderator_client, moderator, settings):
    assert "staff-warning" in moderator_client.get(reverse("safety:queue")).content.decode()
    User.objects.filter(pk=moderator.pk).update(email="mod@example.org")
    assert "staff-warning" in moderator_client.get(reverse("safety:queue")).content.decode()
    cache.delete(health.CACHE_KEY)  # as if a minute had passed
    assert "staff-warning" not in moderator_client.get(reverse("safety:queue")).content.decode()


def test_the_banner_says_when_the_worker_is_not_running(moderator_client, database_queue):
    beat(minutes_ago=30)
    html = moderator_client.get(reverse("safety:queue")).content.decode()
    assert "background worker hasn" in html
    assert "Crisis alerts can" not in html  # there is someone to alert
    assert DBTaskResult.objects.filter(task_path="safety.tasks.heartbeat").count() == 1


def test_the_banner_is_never_on_a_public_page(client, moderator, answer):
    pages = [reverse("column:home"), answer.get_absolute_url(), reverse("column:write")]
    for page in pages:
        assert "staff-warning" not in client.get(page).content.decode()
    client.force_login(moderator)  # not even for a moderator reading the site
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200
        assert "staff-warning" not in response.content.decode()


def test_the_banner_is_not_for_people_without_a_staff_role(outsider_client):
    response = outsider_client.get(reverse("safety:queue"))
    assert response.status_code == 403
    assert "staff-warning" not in response.content.decode()


# --- the demo -----------------------------------------------------------------------------


def test_the_demo_staff_have_addresses_so_alerts_reach_someone(db):
    make_user("miriam", email="miriam@real.example")
    call_command("load_demo", verbosity=0)
    call_command("load_demo", verbosity=0)
    assert User.objects.get(username="miriam").email == "miriam@real.example"  # kept
    assert User.objects.get(username="moderator").email == "moderator@afterword.example"
    assert User.objects.get(username="devika").email == "devika@afterword.example"
    assert "safety.W001" not in check_ids()


# --- the real worker, on the database queue -----------------------------------------------


def work() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


@pytest.mark.django_db(transaction=True)
def test_the_worker_sends_the_second_alert_when_its_time_comes(settings, mailoutbox):
    settings.TASKS = DATABASE_QUEUE
    make_user("mod-a", group="Moderators", email="mod-a@example.org")
    settings.CRISIS_ALERT_ESCALATION_EMAILS = ["lead@example.org"]
    case = cases.keep_signal(text=DANGER, screening={}, level=5, reason="rate_limited")
    [waiting] = DBTaskResult.objects.filter(task_path="safety.tasks.escalate_case")
    due = timezone.now() + timedelta(minutes=settings.CRISIS_ALERT_ESCALATE_MINUTES)
    assert abs(waiting.run_after - due) < timedelta(minutes=1)
    work()
    assert [m.to for m in mailoutbox] == [["mod-a@example.org"]]  # the first alert only
    DBTaskResult.objects.filter(pk=waiting.pk).update(run_after=timezone.now())
    work()
    assert [m.to for m in mailoutbox[1:]] == [["lead@example.org"]]
    assert mailoutbox[1].subject.startswith("Still waiting:")
    assert CrisisCase.objects.get(pk=case.pk).escalated_at is not None
    waiting.refresh_from_db()
    assert (waiting.status, waiting.return_value) == ("SUCCESSFUL", 1)
    assert not DBTaskResult.objects.failed().exists()


@pytest.mark.django_db(transaction=True)
def test_the_worker_leaves_a_claimed_case_alone(settings, mailoutbox):
    settings.TASKS = DATABASE_QUEUE
    moderator = make_user("mod-a", group="Moderators", email="mod-a@example.org")
    case = cases.keep_signal(text=DANGER, screening={}, level=4, reason="rate_limited")
    cases.claim(moderator, case)
    DBTaskResult.objects.update(run_after=timezone.now())
    work()
    assert [m.subject.split(":")[0] for m in mailoutbox] == ["Urgent"]
    assert CrisisCase.objects.get(pk=case.pk).escalated_at is None


@pytest.mark.django_db(transaction=True)
def test_the_worker_beats_and_comes_back_in_a_minute(settings):
    settings.TASKS = DATABASE_QUEUE
    settings.CRISIS_ALERT_EMAILS = ["on-call@example.org"]
    assert check_ids() == ["safety.W002"]  # never beaten; the check queues a first beat
    work()
    [heartbeat] = WorkerHeartbeat.objects.all()
    assert timezone.now() - heartbeat.beat_at < timedelta(seconds=30)
    [next_beat] = DBTaskResult.objects.filter(status="READY")
    assert next_beat.task_path == "safety.tasks.heartbeat"
    assert next_beat.run_after > timezone.now() + timedelta(seconds=45)
    assert check_ids() == []
    assert tasks.ensure_heartbeat() is False  # one already waits


@pytest.mark.django_db(transaction=True)
def test_the_worker_tries_a_failing_webhook_later_then_leaves_it_failed(settings, webhook):
    settings.TASKS = DATABASE_QUEUE
    settings.EMAIL_MAX_ATTEMPTS = 2
    webhook.status = 500
    tasks.post_webhook.enqueue(body={"text": "Crisis level 5"})
    work()
    [waiting] = DBTaskResult.objects.filter(status="READY")
    assert waiting.args_kwargs["kwargs"]["attempt"] == 2
    assert waiting.run_after > timezone.now() + timedelta(seconds=50)
    DBTaskResult.objects.filter(pk=waiting.pk).update(run_after=timezone.now())
    work()
    assert len(webhook.received) == 2
    [failed] = DBTaskResult.objects.failed()
    assert failed.exception_class_path == "urllib.error.HTTPError"
    assert WEBHOOK_SECRET not in failed.traceback
    assert WEBHOOK_SECRET not in json.dumps(failed.args_kwargs)  # the URL is never stored
