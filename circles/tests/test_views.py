"""Circle pages for every role: anonymous reader, non-member, member, facilitator,
moderator and columnist. Inside a circle, everyone but its members gets the same 404."""

from __future__ import annotations

import pytest
from django.test import Client

from circles import services
from circles.models import CirclePost, CircleReport, Membership, Pass
from circles.tests.helpers import join, join_link, make_circle, make_facilitator, open_round
from circles.tests.helpers import signed_in as as_person
from safety.models import AuditEntry


@pytest.fixture
def cast(topic):
    # Names long enough not to turn up by chance inside a page's random tokens (a
    # CSRF token once held "Bo"), since the pages are searched for them.
    circle = make_circle(topic)
    facilitator = make_facilitator(circle)
    ash, bo = join(circle, "Ashling"), join(circle, "Bodhi")
    round = open_round(circle, prompt="What do you miss most?", by=facilitator)
    post = services.post(membership=ash, round=round, body="The quiet room on Thursdays.")
    return {
        "circle": circle,
        "facilitator": facilitator,
        "ash": ash,
        "bo": bo,
        "round": round,
        "post": post,
    }


def inside_paths(cast) -> list[str]:
    c, p, r = cast["circle"].slug, cast["post"].pk, cast["round"].number
    return [
        f"/circles/{c}/room/",
        f"/circles/{c}/rounds/{r}/",
        f"/circles/{c}/posts/{p}/edit/",
        f"/circles/{c}/posts/{p}/report/",
        f"/circles/{c}/settings/",
        f"/circles/{c}/facilitate/",
        f"/circles/{c}/posts/{p}/hide/",
        f"/circles/{c}/members/{cast['bo'].pk}/remove/",
    ]


def assert_private(response) -> None:
    assert response["Cache-Control"] == "private, no-store"
    assert "noindex" in response["X-Robots-Tag"]
    assert "X-Afterword-Page-Cache" not in response


def test_the_listing_and_about_page_are_open_but_show_no_member_or_post(client, cast):
    for path in ("/circles/", f"/circles/{cast['circle'].slug}/"):
        response = client.get(path)
        assert response.status_code == 200
        assert_private(response)
        html = response.content.decode()
        assert '<meta name="robots" content="noindex, nofollow">' in html
        assert cast["circle"].name in html
        for secret in ("Ashling", "Bodhi", "Wren", "The quiet room", "What do you miss"):
            assert secret not in html, (path, secret)
    about = client.get(f"/circles/{cast['circle'].slug}/").content.decode()
    assert "Ground rules" in about and "1 place left" not in about
    assert "6 places left" in about  # facilitators take no place


@pytest.mark.parametrize("who", ["anonymous", "non-member", "columnist", "moderator"])
def test_inside_a_circle_everyone_but_members_gets_the_same_404(cast, who, columnist, moderator):
    client = Client()
    if who == "non-member":
        other = make_circle(cast["circle"].topic, slug="another")
        client = as_person(join(other, "Outsider"))
    elif who == "columnist":
        client.force_login(columnist.user)
    elif who == "moderator":
        client.force_login(moderator)
    missing = client.get("/circles/no-such-circle/room/")
    for path in inside_paths(cast):
        response = client.get(path)
        assert response.status_code == 404, path
        assert_private(response)
        assert response.content == missing.content  # nothing says the circle exists
        assert b"The quiet room" not in response.content


def test_members_read_the_round_and_who_is_here(cast):
    response = as_person(cast["bo"]).get(f"/circles/{cast['circle'].slug}/room/")
    assert response.status_code == 200
    assert_private(response)
    html = response.content.decode()
    assert "The quiet room on Thursdays." in html and "What do you miss most?" in html
    assert "Ashling — posted" in html and "Bodhi — not yet" in html
    assert "bo@example.org" not in html and "ash@example.org" not in html


def test_a_member_posts_once_then_replies(cast):
    bo, circle, round = as_person(cast["bo"]), cast["circle"], cast["round"]
    url = f"/circles/{circle.slug}/rounds/{round.number}/post/"
    assert bo.get(url).status_code == 405
    response = bo.post(url, {"body": "My own words this week."})
    assert response.status_code == 302
    again = bo.post(url, {"body": "A second post."})
    assert again.status_code == 400 and "A second post." in again.content.decode()
    reply = bo.post(url, {"body": "Thursdays, yes.", "parent": cast["post"].pk})
    assert reply.status_code == 302
    assert CirclePost.objects.filter(parent=cast["post"]).count() == 1


def test_a_privacy_finding_warns_before_posting(cast):
    bo, circle, round = as_person(cast["bo"]), cast["circle"], cast["round"]
    url = f"/circles/{circle.slug}/rounds/{round.number}/post/"
    body = "My therapist Dr. Jane Holloway at Riverside Counseling Center retired."
    response = bo.post(url, {"body": body})
    assert (
        response.status_code == 200 and "could this identify someone" in response.content.decode()
    )
    assert not CirclePost.objects.filter(membership=cast["bo"]).exists()
    bo.post(url, {"body": body, "privacy_ok": "on"})
    assert CirclePost.objects.filter(membership=cast["bo"]).exists()


def test_passing_is_one_click(cast):
    bo, circle, round = as_person(cast["bo"]), cast["circle"], cast["round"]
    bo.post(f"/circles/{circle.slug}/rounds/{round.number}/pass/")
    assert Pass.objects.filter(membership=cast["bo"]).exists()
    html = bo.get(round.get_absolute_url()).content.decode()
    assert 'Bodhi — <span aria-hidden="true">∘</span> passed' in html


def test_members_edit_and_delete_only_their_own(cast):
    ash, bo, circle, post = (
        as_person(cast["ash"]),
        as_person(cast["bo"]),
        cast["circle"],
        cast["post"],
    )
    edit = f"/circles/{circle.slug}/posts/{post.pk}/edit/"
    assert bo.get(edit).status_code == 404
    assert ash.post(edit, {"body": "The quiet room, and the clock."}).status_code == 302
    post.refresh_from_db()
    assert post.body == "The quiet room, and the clock." and post.edited_at
    assert ash.post(f"/circles/{circle.slug}/posts/{post.pk}/delete/").status_code == 302
    post.refresh_from_db()
    assert post.status == CirclePost.Status.DELETED


def test_members_report_a_post_to_the_moderators(cast, mailoutbox, moderator, sending):
    moderator.email = "mod@example.org"
    moderator.save()
    bo = as_person(cast["bo"])
    url = f"/circles/{cast['circle'].slug}/posts/{cast['post'].pk}/report/"
    with sending():
        response = bo.post(url, {"reason": "abusive", "note": "It upset me"})
    assert response.status_code == 200
    assert CircleReport.objects.get().reason == "abusive"
    [told] = [m for m in mailoutbox if m.to == ["mod@example.org"]]
    assert "The quiet room" not in told.body  # where to read it, never what it says


def test_the_facilitator_page_is_for_facilitators(cast):
    slug = cast["circle"].slug
    assert as_person(cast["ash"]).get(f"/circles/{slug}/facilitate/").status_code == 404
    response = as_person(cast["facilitator"]).get(f"/circles/{slug}/facilitate/")
    assert response.status_code == 200 and "Open a new round" in response.content.decode()


def test_a_facilitator_opens_and_closes_rounds(cast):
    wren, slug = as_person(cast["facilitator"]), cast["circle"].slug
    closed = wren.post(f"/circles/{slug}/rounds/1/close/", {"body": "Thank you all."})
    assert closed.status_code == 302
    cast["round"].refresh_from_db()
    assert cast["round"].summary == "Thank you all."
    opened = wren.post(f"/circles/{slug}/facilitate/open/", {"body": "What helped?"})
    assert opened.status_code == 302 and opened["Location"].endswith("/rounds/2/")


def test_a_facilitator_hides_a_post_and_removes_a_member(cast):
    wren, slug = as_person(cast["facilitator"]), cast["circle"].slug
    post = cast["post"]
    wren.post(f"/circles/{slug}/posts/{post.pk}/hide/", {"reason": "Names a person"})
    post.refresh_from_db()
    assert post.status == CirclePost.Status.HIDDEN
    assert (
        "The quiet room" not in as_person(cast["bo"]).get(f"/circles/{slug}/room/").content.decode()
    )
    response = wren.post(f"/circles/{slug}/members/{cast['bo'].pk}/remove/", {"reason": "Asked to"})
    assert response.status_code == 302
    assert Membership.objects.get(pk=cast["bo"].pk).status == Membership.Status.REMOVED
    assert (
        AuditEntry.objects.filter(action__in=["circle_hide", "circle_remove_member"]).count() == 2
    )
    assert as_person(cast["bo"]).get(f"/circles/{slug}/room/").status_code == 404


def test_moderators_read_a_post_only_to_act_on_it_and_every_reading_is_logged(
    cast, moderator_client
):
    url = f"/moderation/circles/posts/{cast['post'].pk}/"
    assert moderator_client.get(url).status_code == 404  # nothing to act on
    services.report(cast["post"], reporter=cast["bo"], reason="private")
    response = moderator_client.get(url)
    assert response.status_code == 200 and "The quiet room" in response.content.decode()
    assert_private(response)
    moderator_client.get(url)
    views = AuditEntry.objects.filter(action="circle_post_view")
    assert views.count() == 2 and views.first().details["post"] == cast["post"].pk
    moderator_client.post(url, {"action": "resolve"})
    assert moderator_client.get(url).status_code == 404


def test_columnists_cannot_read_circle_posts_even_reported(cast, columnist_client):
    services.report(cast["post"], reporter=cast["bo"], reason="private")
    url = f"/moderation/circles/posts/{cast['post'].pk}/"
    assert columnist_client.get(url).status_code == 403
    assert columnist_client.get("/moderation/circles/").status_code == 403


def test_confirming_the_join_link_signs_the_member_in(topic, client):
    circle = make_circle(topic)
    response = client.post(
        f"/circles/{circle.slug}/",
        {"name": "Fern", "email": "fern@example.org", "accept_rules": "on"},
    )
    assert response.status_code == 200 and "Check your email" in response.content.decode()
    path = f"/circles/join/{join_link(circle, 'fern@example.org')}/"
    assert "Confirm and join" in client.get(path).content.decode()
    joined = client.post(path)
    assert joined.status_code == 302 and joined["Location"] == f"/circles/{circle.slug}/room/"
    assert client.get(joined["Location"]).status_code == 200
    assert "doesn't work any more" in client.post(path).content.decode()


def test_one_click_unsubscribe_stops_this_circles_emails(cast):
    from circles import notices

    token = notices.unsubscribe_token(cast["ash"])
    response = Client().post(f"/circles/unsubscribe/{token}/")
    assert response.status_code == 200
    assert Membership.objects.get(pk=cast["ash"].pk).emails == Membership.Emails.NONE


def test_an_answer_page_points_to_a_circle_with_places(client, answer, topic):
    assert "small group" not in client.get(answer.get_absolute_url()).content.decode()
    circle = make_circle(topic, state="forming")
    html = client.get(answer.get_absolute_url()).content.decode()
    assert "There is a small group for people going through this" in html
    assert f'href="/circles/{circle.slug}/"' in html
    circle.size_limit = 2
    circle.save()
    join(circle, "One")
    join(circle, "Two")
    assert "small group" not in client.get(answer.get_absolute_url()).content.decode()


def test_a_refused_post_gives_the_words_back(cast):
    bo, circle, round = as_person(cast["bo"]), cast["circle"], cast["round"]
    url = f"/circles/{circle.slug}/rounds/{round.number}/post/"
    response = bo.post(url, {"body": "Try this casino bonus, friends"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "allowed here" in html and "Try this casino bonus, friends" in html
    assert not CirclePost.objects.filter(membership=cast["bo"]).exists()


def test_post_only_pages_answer_405_to_a_get(cast):
    wren, slug, r = as_person(cast["facilitator"]), cast["circle"].slug, cast["round"].number
    for path in (
        f"/circles/{slug}/rounds/{r}/post/",
        f"/circles/{slug}/rounds/{r}/pass/",
        f"/circles/{slug}/leave/",
        f"/circles/{slug}/facilitate/open/",
        f"/circles/{slug}/rounds/{r}/close/",
        f"/circles/{slug}/members/{cast['bo'].pk}/answer/",
    ):
        assert wren.get(path).status_code == 405, path


def test_a_member_chooses_emails_and_leaves_from_the_settings_page(cast):
    ash, slug = as_person(cast["ash"]), cast["circle"].slug
    assert ash.get(f"/circles/{slug}/settings/").status_code == 200
    ash.post(f"/circles/{slug}/settings/", {"emails": "reminders"})
    assert Membership.objects.get(pk=cast["ash"].pk).emails == Membership.Emails.REMINDERS
    response = ash.post(f"/circles/{slug}/leave/", {"posts": "delete"})
    assert response.status_code == 200 and "Your posts are deleted" in response.content.decode()
    assert not Membership.objects.filter(pk=cast["ash"].pk).exists()
    assert CirclePost.objects.get(pk=cast["post"].pk).body == ""
    assert ash.get(f"/circles/{slug}/room/").status_code == 404
