"""Moderator emails: an alert at once for crisis level 4 and up, and the daily digest."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from column.services import receive_letter
from conftest import make_comment, make_user
from discussion.models import Comment
from discussion.services import post_comment
from safety.alerts import alert_case
from safety.models import CrisisCase, Report

DANGER = "I have decided to end it this weekend."


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


def everything_sent(mailoutbox) -> str:
    return "".join(m.subject + m.body + m.alternatives[0][0] for m in mailoutbox)


def test_a_crisis_comment_alerts_every_moderator_at_once(
    answer, moderators, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        posted = post_comment(
            answer=answer, pen_name="Wren", email="wren-private@example.org", body=DANGER
        )
    alerts = [m for m in mailoutbox if m.to != ["wren-private@example.org"]]
    assert sorted(m.to[0] for m in alerts) == [
        "mod-a@example.org",
        "mod-b@example.org",
        "root@example.org",
    ]
    message = alerts[0]
    assert "crisis level 5" in message.body
    assert f"/moderation/comments/{posted.comment.pk}/" in message.body
    assert message.body.count("http://") >= 1
    assert "wren-private" not in everything_sent(alerts)
    assert DANGER not in everything_sent(alerts)


def test_lower_levels_send_no_alert(
    answer, moderators, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        posted = post_comment(answer=answer, pen_name="Lark", email="lark@example.org", body="Hi")
    assert posted.comment.crisis_level < 4
    # The poster's own confirmation email is people's; no moderator is written to.
    assert [m for m in mailoutbox if m.to != ["lark@example.org"]] == []


def test_imported_comments_never_alert(
    answer, moderators, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_comment(answer, body=DANGER)  # a forced status, as importers use
    assert mailoutbox == []


def test_a_crisis_letter_alerts_with_a_link_to_its_case(
    moderators, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        received = receive_letter(
            pen_name="Far Away",
            email="far-private@example.org",
            body=DANGER,
            consent_to_publish=False,
        )
    alerts = [m for m in mailoutbox if m.to != ["far-private@example.org"]]
    assert len(alerts) == 3
    case = CrisisCase.objects.get(kind=CrisisCase.Kind.LETTER, object_id=received.letter.pk)
    assert f"/moderation/cases/{case.pk}/" in alerts[0].body
    assert "a letter to the column" in alerts[0].body
    assert "far-private" not in everything_sent(alerts)


def test_alert_counts_what_it_queued(answer, moderators):
    comment = make_comment(answer)
    case = CrisisCase.objects.create(kind=CrisisCase.Kind.COMMENT, object_id=comment.pk, level=4)
    assert alert_case(case) == 3
    case.refresh_from_db()
    assert case.alerted_at is not None


def test_a_case_below_level_4_is_not_alerted(answer, moderators, mailoutbox):
    comment = make_comment(answer)
    case = CrisisCase.objects.create(kind=CrisisCase.Kind.COMMENT, object_id=comment.pk, level=3)
    assert alert_case(case) == 0
    case.refresh_from_db()
    assert case.alerted_at is None


def test_digest_summarises_the_queue_for_each_moderator(
    answer, moderators, mailoutbox, django_capture_on_commit_callbacks
):
    make_comment(
        answer,
        name="Wren Waiting",
        status=Comment.Status.PENDING,
        created_at=timezone.now() - timedelta(days=2),
    )
    urgent = make_comment(answer, name="Urgent", status=Comment.Status.PENDING)
    Comment.objects.filter(pk=urgent.pk).update(crisis_level=4)
    reported = make_comment(answer, name="Reported", email="reported-private@example.org")
    Report.objects.create(comment=reported, reason=Report.Reason.DANGER)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("moderation_digest", stdout=StringIO())
    assert len(mailoutbox) == 3
    body = mailoutbox[0].body
    assert "Comments waiting for approval: 2" in body
    assert "crisis level 4: 1" in body
    assert "Published comments with open reports: 1" in body
    assert "1 saying someone may be in danger" in body
    assert "2\xa0days" in body
    assert "/moderation/" in body
    assert "Wren Waiting" not in body  # counts, not people
    assert "reported-private" not in everything_sent(mailoutbox)


def test_digest_sends_nothing_when_nothing_waits(
    answer, moderators, mailoutbox, django_capture_on_commit_callbacks
):
    make_comment(answer)
    settled = make_comment(answer, name="Settled")
    Report.objects.create(comment=settled, reason="spam", resolved_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        call_command("moderation_digest", stdout=StringIO())
    assert mailoutbox == []
