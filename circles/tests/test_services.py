"""Circles' services: places and the waiting list, facilitators, rounds, one post per
member per round, passes, going quiet, leaving, and My words' export and erasure."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError

from afterword.identity import email_key
from circles import queries, rounds, services
from circles.models import Circle, CirclePost, Membership, NewCircleWanted, Pass
from circles.tests.helpers import join, join_link, make_circle, make_facilitator, open_round
from conftest import make_user
from people import data_rights as people
from people.models import PenName
from safety.models import AuditEntry, Ban


@pytest.fixture
def circle(topic):
    return make_circle(topic, size_limit=3)


def test_joining_takes_a_place_once_the_email_is_confirmed(circle, mailoutbox, sending):
    with sending():
        services.join(circle, pen_name="Ash", email="ash@example.org")
    membership = Membership.objects.get()
    assert membership.status == Membership.Status.UNCONFIRMED
    assert circle.places_left() == 3
    [email] = mailoutbox
    assert "/circles/join/" in email.body and email.extra_headers["List-Unsubscribe-Post"]
    joined = services.confirm_join(join_link(circle, "ash@example.org"))
    assert joined.membership.status == Membership.Status.ACTIVE
    assert circle.places_left() == 2
    assert PenName.objects.get(email_hash=email_key("ash@example.org")).verified_at


def test_a_join_link_works_once(circle):
    services.join(circle, pen_name="Ash", email="ash@example.org")
    token = join_link(circle, "ash@example.org")
    assert services.confirm_join(token) is not None
    assert services.confirm_join(token) is None


def test_a_full_circle_puts_people_on_the_waiting_list_and_tells_staff(circle, mailoutbox, sending):
    make_user("columnist-two", group="Columnists", email="cols@example.org")
    for name in ("Ash", "Bo", "Cy"):
        join(circle, name)
    with sending():
        late = join(circle, "Dee")
    assert late.status == Membership.Status.WAITING
    assert NewCircleWanted.objects.filter(circle=circle).count() == 1
    told = [m for m in mailoutbox if m.to == ["cols@example.org"]]
    assert told and "Another support circle is wanted" in told[0].subject
    with sending():
        join(circle, "Eve")  # a second in the same week is recorded, staff not told again
    assert NewCircleWanted.objects.filter(circle=circle).count() == 2
    assert len([m for m in mailoutbox if m.to == ["cols@example.org"]]) == 1


def test_a_place_that_frees_goes_to_the_first_on_the_waiting_list(circle, mailoutbox, sending):
    first = [join(circle, name) for name in ("Ash", "Bo", "Cy")]
    waiting = join(circle, "Dee")
    with sending():
        services.leave(first[0], keep_posts=True)
    waiting.refresh_from_db()
    assert waiting.status == Membership.Status.ACTIVE
    assert any("A place opened" in m.subject for m in mailoutbox if m.to == [waiting.email])


def test_facilitators_are_not_members_counted_against_the_limit(circle):
    make_facilitator(circle)
    assert circle.places_left() == 3


def test_a_facilitator_must_be_a_verified_person(circle):
    staff = make_user("staffer", is_staff=True)
    with pytest.raises(ValidationError):
        services.name_facilitator(circle, email="nobody@example.org", pen_name="X", by=staff)
    make_facilitator(circle, "Wren", "wren@example.org")
    make_facilitator(circle, "Moss", "moss@example.org")
    with pytest.raises(ValidationError):
        make_facilitator(circle, "Third", "third@example.org")
    assert AuditEntry.objects.filter(action="circle_facilitator").count() == 2


def test_approval_circles_wait_for_a_facilitator(topic, mailoutbox, sending):
    circle = make_circle(topic, join_mode=Circle.JoinMode.APPROVAL)
    facilitator = make_facilitator(circle)
    with sending():
        asking = join(circle, "Ash")
    assert asking.status == Membership.Status.AWAITING
    assert any("asks to join" in m.subject for m in mailoutbox if m.to == [facilitator.email])
    services.approve(facilitator, asking)
    asking.refresh_from_db()
    assert asking.is_in


def test_a_verified_pen_name_of_someone_else_cannot_join(circle):
    join(circle, "Ash", "ash@example.org")
    with pytest.raises(ValidationError) as refused:
        services.join(circle, pen_name="ash", email="other@example.org")
    assert refused.value.code == "pen_name_taken"


def test_a_banned_address_cannot_join(circle):
    Ban.objects.create(kind=Ban.Kind.EMAIL, value=email_key("bad@example.org"))
    with pytest.raises(ValidationError):
        services.join(circle, pen_name="Bad", email="bad@example.org")


def test_one_post_per_member_per_round_then_replies(circle):
    ash, bo = join(circle, "Ash"), join(circle, "Bo")
    round = open_round(circle)
    mine = services.post(membership=ash, round=round, body="It was a long week.")
    with pytest.raises(ValidationError) as again:
        services.post(membership=ash, round=round, body="And another thing.")
    assert again.value.code == "once"
    reply = services.post(membership=bo, round=round, body="I hear you.", parent=mine)
    deeper = services.post(membership=ash, round=round, body="Thank you.", parent=reply)
    assert deeper.parent_id == mine.pk  # replies sit under the round's post
    services.delete(ash, mine)
    again = services.post(membership=ash, round=round, body="Trying again, gentler.")
    assert again.pk != mine.pk


def test_opening_a_round_closes_the_last_one(topic):
    circle = make_circle(topic, state=Circle.State.FORMING)
    first = open_round(circle)  # a welcome round while the circle gathers
    circle.refresh_from_db()
    assert circle.state == Circle.State.FORMING and first.number == 1
    second = open_round(circle, prompt="Second week")
    first.refresh_from_db()
    assert first.closed_at is not None and second.is_open and second.number == 2


def test_closing_a_round_keeps_the_facilitators_summary(circle):
    facilitator = make_facilitator(circle)
    round = open_round(circle, by=facilitator)
    rounds.close_round(facilitator, round, summary="We talked about Sundays.")
    round.refresh_from_db()
    assert round.summary == "We talked about Sundays." and not round.is_open
    with pytest.raises(ValidationError):
        services.post(membership=facilitator, round=round, body="Too late")


def test_only_facilitators_open_rounds(circle):
    ash = join(circle, "Ash")
    with pytest.raises(ValidationError):
        rounds.open_round(circle, prompt="Mine", by=ash)


def test_passing_is_a_mark_not_a_post_and_posting_takes_it_back(circle):
    ash = join(circle, "Ash")
    round = open_round(circle)
    services.pass_round(ash, round)
    view = queries.round_view(round, ash, queries.members(circle))
    assert view.passed == [ash] and view.threads == [] and view.my_pass
    services.post(membership=ash, round=round, body="Changed my mind.")
    assert not Pass.objects.exists()
    with pytest.raises(ValidationError):
        services.pass_round(ash, round)


def test_members_see_who_posted_passed_and_not_yet(circle):
    ash, bo, cy = join(circle, "Ash"), join(circle, "Bo"), join(circle, "Cy")
    round = open_round(circle)
    services.post(membership=ash, round=round, body="Hello.")
    services.pass_round(bo, round)
    view = queries.round_view(round, cy, queries.members(circle))
    assert (view.posted, view.passed, view.waiting) == ([ash], [bo], [cy])


def test_not_seen_for_two_rounds_is_suggested_to_check_in(circle):
    ash, bo = join(circle, "Ash"), join(circle, "Bo")
    join(circle, "Cy")
    Membership.objects.update(joined_at=circle.created_at - timedelta(days=30))
    for number in range(2):
        round = open_round(circle, prompt=f"Week {number}")
        services.post(membership=ash, round=round, body="Here.")
        if number == 1:
            services.pass_round(bo, round)
    open_round(circle, prompt="Week 3")  # closes the second
    people = queries.members(circle)
    assert [m.pen_name for m in queries.quiet(circle, people)] == ["Cy"]


def test_leaving_keeps_posts_as_a_former_member_or_deletes_them(circle):
    ash, bo = join(circle, "Ash"), join(circle, "Bo")
    round = open_round(circle)
    kept = services.post(membership=ash, round=round, body="Keep this.")
    gone = services.post(membership=bo, round=round, body="Take this away.")
    services.leave(ash, keep_posts=True)
    services.leave(bo, keep_posts=False)
    kept.refresh_from_db()
    gone.refresh_from_db()
    assert kept.body == "Keep this." and kept.author == "a former member"
    assert gone.body == "" and gone.status == CirclePost.Status.DELETED
    assert not Membership.objects.filter(email__in=[ash.email, bo.email]).exists()


def test_my_words_export_and_erase_cover_circle_posts(circle):
    ash = join(circle, "Ash", "ash@example.org")
    round = open_round(circle)
    services.post(membership=ash, round=round, body="Words in a circle.")
    data = people.export("ash@example.org")
    [mine] = data["circles"]
    assert mine["circle"] == circle.name and mine["posts"][0]["body"] == "Words in a circle."
    people.erase("ash@example.org", delete_comments=True)
    assert not Membership.objects.filter(pk=ash.pk).exists()
    assert CirclePost.objects.get().body == ""


def test_a_facilitator_removes_a_member_with_a_logged_reason(circle):
    facilitator = make_facilitator(circle)
    ash = join(circle, "Ash", "ash@example.org")
    with pytest.raises(ValidationError):
        services.remove_member(facilitator, ash, reason="")
    services.remove_member(facilitator, ash, reason="Unkind to others twice")
    ash.refresh_from_db()
    assert ash.status == Membership.Status.REMOVED and ash.email == ""
    entry = AuditEntry.objects.get(action="circle_remove_member")
    assert entry.note == "Unkind to others twice" and entry.details["circle"] == circle.pk
    with pytest.raises(ValidationError) as refused:
        services.join(circle, pen_name="Ash", email="ash@example.org")
    assert refused.value.code == "removed"
