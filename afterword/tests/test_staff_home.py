"""After signing in, each role lands in its own workspace."""

from django.urls import reverse

from conftest import make_user


def test_columnists_land_at_their_desk(columnist_client):
    assert columnist_client.get(reverse("staff_home"))["Location"] == reverse("column:desk")


def test_moderators_land_at_the_queue(moderator_client):
    assert moderator_client.get(reverse("staff_home"))["Location"] == reverse("safety:queue")


def test_anonymous_visitors_are_asked_to_sign_in(client, db):
    response = client.get(reverse("staff_home"))
    assert response["Location"].startswith(reverse("login"))


def test_accounts_without_a_role_are_told_so(client, db):
    client.force_login(make_user("nobody"))
    response = client.get(reverse("staff_home"))
    assert response.status_code == 403
    assert "no workspace yet" in response.content.decode()


def test_sign_in_goes_to_the_staff_home(client, columnist):
    response = client.post(
        reverse("login"), {"username": columnist.user.username, "password": "correct horse 42"}
    )
    assert response["Location"] == reverse("staff_home")
