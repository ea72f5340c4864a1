"""Staff create circles and name facilitators in the admin; the circles' day starts,
opens and ends them on their dates."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from circles import rounds
from circles.models import Circle, Membership
from circles.tests.helpers import join, make_circle, signed_in, verified
from conftest import make_user


@pytest.fixture
def staff_client(client, db):
    user = make_user("ada", group="Columnists", is_staff=True)
    client.force_login(user)
    return client


def test_a_columnist_creates_a_circle_and_names_a_verified_facilitator(staff_client, topic):
    verified("Wren", "wren@example.org")
    response = staff_client.post(
        "/admin/circles/circle/add/",
        {
            "name": "Quiet Tuesdays",
            "slug": "quiet-tuesdays",
            "topic": topic.pk,
            "description": "A small circle.",
            "ground_rules": "Speak from your own experience.",
            "size_limit": 8,
            "starts_on": (timezone.localdate() + timedelta(days=7)).isoformat(),
            "weekday": 1,
            "join_mode": "open",
            "state": "forming",
            "default_prompt": "How are you?",
            "facilitator_email": "wren@example.org",
            "facilitator_pen_name": "Wren",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    circle = Circle.objects.get(slug="quiet-tuesdays")
    [facilitator] = circle.memberships.all()
    assert facilitator.role == Membership.Role.FACILITATOR and facilitator.is_facilitator


def test_members_posts_are_not_in_the_admin(staff_client):
    assert staff_client.get("/admin/circles/").status_code == 200
    assert staff_client.get("/admin/circles/circlepost/").status_code == 404
    assert staff_client.get("/admin/circles/membership/").status_code == 404


def test_the_day_starts_and_ends_circles_on_their_dates(topic, client):
    today = timezone.localdate()
    forming = make_circle(topic, slug="soon", state="forming", starts_on=today)
    ending = make_circle(topic, slug="done", starts_on=today - timedelta(days=60))
    ending.ends_on = today - timedelta(days=1)
    ending.save()
    member = join(ending, "Ash")
    rounds.open_round(ending, prompt="Last one")
    out = StringIO()
    call_command("circles_daily", stdout=out)
    assert "started: 1" in out.getvalue() and "ended: 1" in out.getvalue()
    forming.refresh_from_db()
    ending.refresh_from_db()
    assert forming.state == Circle.State.RUNNING and ending.state == Circle.State.ENDED
    assert not ending.rounds.filter(closed_at__isnull=True).exists()
    assert client.get(f"/circles/{ending.slug}/").status_code == 404  # members only now
    assert signed_in(member).get(f"/circles/{ending.slug}/room/").status_code == 200
