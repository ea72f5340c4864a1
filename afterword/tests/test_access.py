"""Every URL is classified, and every staff or personal page refuses whoever it isn't for.

The test walks the URL configuration, so a new view cannot be added without
saying who may use it: add its route to one of the sets below.
"""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import URLResolver, get_resolver

from column.models import Letter
from conftest import make_comment, make_user
from discussion.models import Comment
from safety.models import Report

PUBLIC = {
    "", "answers/<slug:slug>/", "topics/", "topics/<slug:slug>/", "authors/",
    "authors/<slug:slug>/", "archive/", "feed/", "write/", "letters/<str:token>/", "terms/",
    "privacy/", "robots.txt", "sitemap.xml", "answers/<slug:slug>/comments/",
    "answers/<slug:slug>/comments/feed/", "comments/<int:pk>/", "comments/<int:pk>/report/",
    "comments/<int:pk>/report/thanks/<slug:reason>/", "confirm/<str:token>/",
    "unsubscribe/<str:token>/", "answers/<slug:slug>/follow/", "me/",
    "me/sign-in/<str:token>/", "accounts/login/", "accounts/logout/", "staff/",
    "check-ins/", "check-ins/stop/<str:token>/", "comments/<int:pk>/follow/",
    "follows/stop/<str:token>/", "me/claim/<str:token>/", "search/",
    "language/<str:code>/", "jsi18n/",
}  # fmt: skip
# Pages for a person signed in to My words with an emailed link (no staff account).
PERSONAL = {
    "me/sign-out/", "me/comments/<int:pk>/edit/", "me/comments/<int:pk>/delete/",
    "me/subscriptions/<int:pk>/", "me/letters/<int:pk>/withdraw/", "me/digest/",
    "me/export/", "me/erase/", "me/claims/", "me/claims/undo/",
}  # fmt: skip
# Support circles: only the listing, each circle's "about" page and the emailed links are
# for everyone; every other circle page answers 404 to all but the circle's members.
CIRCLES_PUBLIC = {
    "circles/", "circles/<slug:slug>/", "circles/join/<str:token>/",
    "circles/unsubscribe/<str:token>/",
}  # fmt: skip
CIRCLE_MEMBERS = {
    "circles/<slug:slug>/room/", "circles/<slug:slug>/rounds/<int:number>/",
    "circles/<slug:slug>/rounds/<int:number>/post/",
    "circles/<slug:slug>/rounds/<int:number>/pass/",
    "circles/<slug:slug>/posts/<int:pk>/edit/", "circles/<slug:slug>/posts/<int:pk>/delete/",
    "circles/<slug:slug>/posts/<int:pk>/report/", "circles/<slug:slug>/settings/",
    "circles/<slug:slug>/leave/", "circles/<slug:slug>/facilitate/",
    "circles/<slug:slug>/facilitate/open/", "circles/<slug:slug>/rounds/<int:number>/close/",
    "circles/<slug:slug>/posts/<int:pk>/hide/", "circles/<slug:slug>/members/<int:pk>/answer/",
    "circles/<slug:slug>/members/<int:pk>/remove/",
}  # fmt: skip
MODERATORS_PREFIX, COLUMNISTS_PREFIX, ADMIN_PREFIX = "moderation/", "desk/", "admin/"
ADMINS_ONLY = {"moderation/log/"}


def routes() -> list[str]:
    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            else:
                yield prefix + str(pattern.pattern)

    return sorted(set(walk(get_resolver().url_patterns)))


def concrete(route: str, pk: int) -> str:
    path = re.sub(r"<int:\w+>", str(pk), route)
    path = re.sub(r"<slug:\w+>", "some-slug", path)
    return "/" + re.sub(r"<(?:str|path):\w+>", "some-token", path)


def test_every_route_says_who_may_use_it():
    unclassified = [
        route
        for route in routes()
        if route not in PUBLIC
        and route not in PERSONAL
        and route not in CIRCLES_PUBLIC | CIRCLE_MEMBERS
        and not route.startswith((MODERATORS_PREFIX, COLUMNISTS_PREFIX, ADMIN_PREFIX))
        and not route.startswith("media/")
    ]
    assert unclassified == [], "classify these routes in afterword/tests/test_access.py"


def staff_routes(prefix: str) -> list[str]:
    return [route for route in routes() if route.startswith(prefix)]


@pytest.fixture
def target(answer):
    return make_comment(answer, name="Somebody", status=Comment.Status.PENDING)


def denied(response) -> bool:
    if response.status_code in (403, 404, 405):
        return True
    return response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("prefix", [COLUMNISTS_PREFIX, MODERATORS_PREFIX])
def test_staff_pages_refuse_anonymous_readers(db, target, prefix):
    client = Client()
    for route in staff_routes(prefix):
        path = concrete(route, target.pk)
        assert denied(client.get(path)), path
        assert denied(client.post(path, {"action": "approve"})), path
    assert Comment.objects.get(pk=target.pk).status == Comment.Status.PENDING


@pytest.mark.parametrize("prefix", [COLUMNISTS_PREFIX, MODERATORS_PREFIX])
def test_staff_pages_refuse_signed_in_people_without_the_role(db, target, prefix):
    client = Client()
    client.force_login(make_user("no-role"))
    for route in staff_routes(prefix):
        path = concrete(route, target.pk)
        assert client.get(path).status_code in (403, 405), path
        assert client.post(path, {"action": "approve"}).status_code in (403, 405), path
    assert Comment.objects.get(pk=target.pk).status == Comment.Status.PENDING


def test_columnists_cannot_moderate_and_moderators_cannot_use_the_desk(
    db, target, columnist, moderator
):
    as_columnist, as_moderator = Client(), Client()
    as_columnist.force_login(columnist.user)
    as_moderator.force_login(moderator)
    for route in staff_routes(MODERATORS_PREFIX):
        path = concrete(route, target.pk)
        assert as_columnist.get(path).status_code in (403, 405), path
        assert as_columnist.post(path, {"action": "approve"}).status_code in (403, 405), path
    for route in staff_routes(COLUMNISTS_PREFIX):
        path = concrete(route, target.pk)
        assert as_moderator.get(path).status_code in (403, 405), path
        assert as_moderator.post(path).status_code in (403, 405), path
    assert Comment.objects.get(pk=target.pk).status == Comment.Status.PENDING


def test_the_audit_log_is_for_admins_only(db, moderator):
    client = Client()
    client.force_login(moderator)
    for route in ADMINS_ONLY:
        assert client.get(concrete(route, 1)).status_code == 403
    admin = make_user("boss", is_superuser=True, is_staff=True)
    client.force_login(admin)
    for route in ADMINS_ONLY:
        assert client.get(concrete(route, 1)).status_code == 200


def test_personal_pages_need_a_my_words_sign_in(db, target, columnist):
    anonymous = Client()
    staff = Client()
    staff.force_login(columnist.user)  # a staff account is not a My words sign-in
    for route in PERSONAL:
        path = concrete(route, target.pk)
        for client in (anonymous, staff):
            for response in (client.get(path), client.post(path, {"choice": "delete"})):
                assert response.status_code in (302, 403, 404, 405), (path, response.status_code)
                if response.status_code == 302:
                    assert response["Location"].startswith("/me/"), path
    assert Comment.objects.get(pk=target.pk).body


def test_inside_a_circle_everyone_but_its_members_gets_404(db, topic, columnist, moderator):
    from circles.tests.helpers import join, make_circle, open_round
    from circles.tests.helpers import signed_in as as_person

    circle = make_circle(topic, slug="some-slug")  # the slug concrete() puts in paths
    other = join(make_circle(topic, slug="other-circle"), "Outsider")
    round = open_round(circle)
    as_columnist, as_moderator = Client(), Client()
    as_columnist.force_login(columnist.user)
    as_moderator.force_login(moderator)
    for route in CIRCLE_MEMBERS:
        path = concrete(route, round.number)
        for client in (Client(), as_person(other), as_columnist, as_moderator):
            for response in (client.get(path), client.post(path, {"body": "Hello"})):
                assert response.status_code in (404, 405), (path, response.status_code)
    assert not circle.posts.exists()


# Endpoints that take a POST without Django's CSRF token, on purpose:
# the comment and follow forms sit on cached pages and check the Origin instead
# (afterword/origin.py); RFC 8058 one-click unsubscribes come from mail clients.
ORIGIN_CHECKED = {
    "answers/<slug:slug>/comments/", "answers/<slug:slug>/follow/", "check-ins/",
}  # fmt: skip
ONE_CLICK = {
    "unsubscribe/<str:token>/", "check-ins/stop/<str:token>/", "follows/stop/<str:token>/",
    "circles/unsubscribe/<str:token>/",
}  # fmt: skip


def test_every_other_post_needs_a_csrf_token(db, answer, target, columnist, moderator):
    published = make_comment(answer, name="Reportable")
    anonymous = Client(enforce_csrf_checks=True)
    as_columnist = Client(enforce_csrf_checks=True)
    as_columnist.force_login(columnist.user)
    as_moderator = Client(enforce_csrf_checks=True)
    as_moderator.force_login(moderator)
    for route in routes():
        if route in ORIGIN_CHECKED | ONE_CLICK or route.startswith(ADMIN_PREFIX):
            continue
        client = (
            as_columnist
            if route.startswith(COLUMNISTS_PREFIX)
            else as_moderator
            if route.startswith(MODERATORS_PREFIX)
            else anonymous
        )
        pk = published.pk if route.startswith("comments/") else target.pk
        response = client.post(concrete(route, pk), {"action": "approve", "reason": "spam"})
        assert response.status_code in (403, 405), (route, response.status_code)
    assert Comment.objects.get(pk=target.pk).status == Comment.Status.PENDING
    assert not Report.objects.exists()
    assert not Letter.objects.exists()


def test_origin_checked_posts_refuse_other_sites(answer):
    for route in ORIGIN_CHECKED:
        path = concrete(route, 1).replace("some-slug", answer.slug)
        response = Client(headers={"Origin": "https://elsewhere.example"}).post(path, {})
        assert response.status_code == 403, route


# Forms that take words from the public: each is screened before anything can refuse
# it, so the crisis lines are on whatever page answers (safety.help.public_text).
PUBLIC_TEXT = {
    "answers/<slug:slug>/comments/", "write/", "me/comments/<int:pk>/edit/",
    "circles/<slug:slug>/rounds/<int:number>/post/", "circles/<slug:slug>/posts/<int:pk>/edit/",
    "circles/<slug:slug>/facilitate/open/", "circles/<slug:slug>/rounds/<int:number>/close/",
}  # fmt: skip


def test_every_form_for_public_words_is_screened_first():
    def screened(route: str) -> bool:
        match = get_resolver().resolve(concrete(route, 1))
        return callable(getattr(match.func, "public_text", None))

    assert {route for route in routes() if screened(route)} == PUBLIC_TEXT
