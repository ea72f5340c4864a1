"""Staff sign-in slows down password guessing without storing addresses."""

from django.urls import reverse

from safety.models import FailedSignIn


def attempt(client, username="ada-user", password="wrong"):
    return client.post(reverse("login"), {"username": username, "password": password})


def test_the_right_password_signs_in(client, columnist):
    response = attempt(client, password="correct horse 42")
    assert response.status_code == 302
    assert not FailedSignIn.objects.exists()


def test_failures_are_kept_as_hashes_only(client, columnist):
    attempt(client)
    failure = FailedSignIn.objects.get()
    assert "ada-user" not in failure.username_hash
    assert "127.0.0.1" not in failure.ip_hash and failure.ip_hash


def test_too_many_failures_lock_the_username_even_with_the_right_password(
    client, columnist, settings
):
    settings.SIGN_IN_FAILURE_LIMIT = 3
    for _ in range(3):
        assert attempt(client).status_code == 200
    locked = attempt(client, password="correct horse 42")
    assert locked.status_code == 429
    assert "Too many attempts" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_guessing_from_one_address_locks_other_usernames_too(client, columnist, settings):
    settings.SIGN_IN_FAILURE_LIMIT = 3
    for name in ("a", "b", "c"):
        attempt(client, username=name)
    assert attempt(client, password="correct horse 42").status_code == 429


def test_the_lock_lifts_after_the_window(client, columnist, settings):
    from datetime import timedelta

    from django.utils import timezone

    settings.SIGN_IN_FAILURE_LIMIT = 2
    attempt(client)
    attempt(client)
    FailedSignIn.objects.update(created_at=timezone.now() - timedelta(minutes=30))
    assert attempt(client, password="correct horse 42").status_code == 302
