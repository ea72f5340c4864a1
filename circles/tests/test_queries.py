"""A round page takes the same number of queries however many posts and replies it has."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from circles import services
from circles.tests.helpers import join, make_circle, make_facilitator, open_round
from circles.tests.helpers import signed_in as as_person


def queries_for(client, path) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return len(captured)


@pytest.mark.parametrize("who", ["member", "facilitator"])
def test_a_round_page_does_not_grow_with_its_posts(topic, who):
    circle = make_circle(topic)
    facilitator = make_facilitator(circle)
    members = [join(circle, f"Member {i}") for i in range(7)]
    round = open_round(circle, by=facilitator)
    reader = as_person(facilitator if who == "facilitator" else members[0])
    path = round.get_absolute_url()
    first = services.post(membership=members[1], round=round, body="The first words.")
    few = queries_for(reader, path)
    for m in members[2:]:
        mine = services.post(membership=m, round=round, body=f"Words from {m.pen_name}.")
        services.post(membership=members[1], round=round, body="A reply.", parent=mine)
    services.pass_round(members[0], round)
    services.post(membership=members[2], round=round, body="Another reply.", parent=first)
    assert queries_for(reader, path) == few
