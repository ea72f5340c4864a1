"""The crisis path inside a circle: the poster sees the crisis lines at once, a case of
kind "circle" opens and leads the moderators' queue, and the facilitator sees only that
someone may need support."""

from __future__ import annotations

import pytest

from circles import services
from circles.models import CirclePost
from circles.tests.helpers import join, make_circle, make_facilitator, open_round
from circles.tests.helpers import signed_in as as_person
from conftest import make_comment
from discussion.models import Comment
from safety import queue
from safety.models import AuditEntry, CrisisCase

PLAN = "I have the pills counted out and tonight is the night I take them all."
PASSIVE = "Some days I wish I could just go to sleep and not wake up."


@pytest.fixture
def cast(topic):
    circle = make_circle(topic)
    facilitator = make_facilitator(circle)
    ash, bo = join(circle, "Ash"), join(circle, "Bo")
    round = open_round(circle, by=facilitator)
    return circle, facilitator, ash, bo, round


def post(member, circle, round, body):
    return as_person(member).post(
        f"/circles/{circle.slug}/rounds/{round.number}/post/", {"body": body}
    )


def test_a_crisis_post_shows_the_lines_at_once_and_opens_a_case(cast):
    circle, _, ash, _, round = cast
    response = post(ash, circle, round, PASSIVE)
    assert response.status_code == 200  # answered on the spot, not redirected
    html = response.content.decode()
    assert 'id="crisis-help"' in html and "988" in html
    mine = CirclePost.objects.get(membership=ash)
    case = CrisisCase.objects.get(kind=CrisisCase.Kind.CIRCLE, object_id=mine.pk)
    assert case.level >= 2 and mine.status == CirclePost.Status.SHOWN


def test_a_plan_is_held_for_a_moderator_and_alerts_them(cast, moderator, mailoutbox, sending):
    moderator.email = "mod@example.org"
    moderator.save()
    circle, _, ash, bo, round = cast
    with sending():
        response = post(ash, circle, round, PLAN)
    assert 'id="crisis-help"' in response.content.decode()
    mine = CirclePost.objects.get(membership=ash)
    assert mine.status == CirclePost.Status.HELD
    assert PLAN not in as_person(bo).get(round.get_absolute_url()).content.decode()
    alert = [m for m in mailoutbox if m.to == ["mod@example.org"]]
    assert alert and PLAN not in alert[0].body


def test_the_queue_lists_the_circle_case_first(cast, answer, moderator_client):
    circle, _, ash, _, round = cast
    make_comment(answer, name="Held", status=Comment.Status.PENDING)
    post(ash, circle, round, PLAN)
    [first, *_] = queue.crisis_first()
    assert first.case.kind == CrisisCase.Kind.CIRCLE
    assert first.url.startswith("/moderation/circles/posts/")
    html = moderator_client.get("/moderation/").content.decode()
    assert "support circle" in html and PLAN not in html  # read on the logged page
    assert not AuditEntry.objects.filter(action="circle_post_view").exists()
    page = moderator_client.get(first.url)
    assert "counted out" in page.content.decode()  # the words, marked for the moderator
    assert "Someone may be in danger" in page.content.decode()
    assert AuditEntry.objects.filter(action="circle_post_view").count() == 1


def test_the_facilitator_sees_someone_may_need_support_never_the_screen(cast):
    circle, facilitator, ash, _, round = cast
    post(ash, circle, round, PASSIVE)
    for path in (round.get_absolute_url(), f"/circles/{circle.slug}/facilitate/"):
        html = as_person(facilitator).get(path).content.decode()
        assert "Someone may need support" in html
        assert "level" not in html.lower().replace("levels", "")
        assert "<mark" not in html
    assert (
        "may need support" not in as_person(cast[3]).get(round.get_absolute_url()).content.decode()
    )


def test_a_danger_report_opens_a_case_at_level_three(cast):
    circle, _, ash, bo, round = cast
    quiet = services.post(membership=ash, round=round, body="I don't see the point any more.")
    services.report(quiet, reporter=bo, reason="danger")
    case = CrisisCase.objects.get(kind=CrisisCase.Kind.CIRCLE, object_id=quiet.pk)
    assert case.level >= 3


def test_a_crisis_post_by_someone_not_in_the_circle_is_kept_as_a_signal(cast, client):
    circle, _, _, _, round = cast
    response = client.post(f"/circles/{circle.slug}/rounds/{round.number}/post/", {"body": PLAN})
    assert response.status_code == 404
    assert 'id="crisis-help"' in response.content.decode()
    assert CrisisCase.objects.filter(kind=CrisisCase.Kind.SIGNAL).exists()
