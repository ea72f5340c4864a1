"""The demo's two circles: one running (six members, three weeks of rounds with
prompts, posts, replies and passes), one forming with places left."""

import pytest
from django.core.management import call_command

from circles import queries
from circles.models import Circle, CirclePost, Pass

pytestmark = pytest.mark.django_db


def test_the_demo_has_a_running_and_a_forming_circle():
    call_command("load_demo", verbosity=0)
    call_command("load_demo", verbosity=0)  # idempotent
    running = Circle.objects.get(state=Circle.State.RUNNING)
    forming = Circle.objects.get(state=Circle.State.FORMING)
    people = queries.members(running)
    assert len([m for m in people if m.role == "member"]) == 6
    assert running.rounds.count() == 3
    assert running.rounds.filter(closed_at__isnull=False, summary__gt="").count() == 2
    assert CirclePost.objects.filter(circle=running, parent__isnull=False).count() >= 5
    assert Pass.objects.filter(round__circle=running).count() == 2
    assert [m.pen_name for m in queries.quiet(running, people)] == ["Quiet Oak"]
    assert forming.places_left() == 5
    assert queries.invitation([forming.topic_id]) == forming
