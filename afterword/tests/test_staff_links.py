"""Staff pages carry header links to the desk, the moderation queue and sign out; public
pages, which are shared by every reader and cached, never do."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Group
from django.contrib.sessions.backends.db import SessionStore
from django.urls import reverse

from afterword.staff import SESSION_KEY
from conftest import make_answer


def staff_nav(response) -> str:
    found = re.search(
        r'<nav class="staff-nav[^"]*" aria-label="Staff">(.*?)</nav>',
        response.content.decode(),
        re.S,
    )
    return found.group(1) if found else ""


def test_a_columnist_on_the_desk_sees_the_desk_and_sign_out(columnist_client):
    nav = staff_nav(columnist_client.get(reverse("column:desk")))
    assert f'<a href="{reverse("column:desk")}" aria-current="page">Desk</a>' in nav
    assert f'action="{reverse("logout")}"' in nav and "csrfmiddlewaretoken" in nav
    assert ">Sign out</button>" in nav
    assert reverse("safety:queue") not in nav  # not a moderator


def test_a_moderator_in_the_queue_sees_the_queue_and_sign_out(moderator_client):
    nav = staff_nav(moderator_client.get(reverse("safety:queue")))
    assert f'<a href="{reverse("safety:queue")}" aria-current="page">Moderation queue</a>' in nav
    assert ">Sign out</button>" in nav
    assert reverse("column:desk") not in nav


def test_someone_with_both_roles_sees_both_on_every_staff_page(client, columnist, answer):
    columnist.user.groups.add(Group.objects.get_or_create(name="Moderators")[0])
    client.force_login(columnist.user)
    for url in (
        reverse("column:desk"),
        reverse("column:desk_answer", args=[answer.pk]),
        reverse("safety:queue"),
    ):
        nav = staff_nav(client.get(url))
        assert ">Desk</a>" in nav and ">Moderation queue</a>" in nav, url


def test_the_roles_are_noted_at_sign_in(client, columnist):
    client.post(
        reverse("login"), {"username": columnist.user.username, "password": "correct horse 42"}
    )
    assert SessionStore(client.cookies["sessionid"].value)[SESSION_KEY] == ["desk"]


def test_public_pages_never_carry_staff_links(columnist_client, answer, client):
    for url in ("/", answer.get_absolute_url(), reverse("column:topics")):
        assert staff_nav(columnist_client.get(url)) == "", url
    columnist_client.logout()
    for url in ("/", answer.get_absolute_url()):
        html = client.get(url).content.decode()
        assert "staff-nav" not in html and "Sign out" not in html


def test_signed_in_people_without_a_role_get_no_staff_links(outsider_client):
    response = outsider_client.get(reverse("staff_home"))
    assert response.status_code == 403
    assert staff_nav(response) == ""


@pytest.mark.parametrize("size", [1, 20])
def test_the_links_cost_the_desk_no_queries(columnist_client, size, django_assert_num_queries):
    columnist = columnist_client.get(reverse("column:desk")).wsgi_request.columnist
    for i in range(size):
        make_answer(columnist, slug=f"a-{i}", title=f"Answer {i}")
    columnist_client.get(reverse("column:desk"))  # the staff banner's answer is cached now
    # session, user, columnist, waiting comments, moderator group (the dashboard's own
    # "waiting for moderation" line), letters, answers: none for the header links.
    with django_assert_num_queries(7):
        nav = staff_nav(columnist_client.get(reverse("column:desk")))
    assert ">Desk</a>" in nav
