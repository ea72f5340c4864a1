"""Forms refuse posts without a CSRF token, and give the person's text back."""

from django.test import Client
from django.urls import reverse

from column.models import Letter
from discussion.models import Comment


def test_comment_without_token_is_refused_and_kept(answer):
    client = Client(enforce_csrf_checks=True)
    data = {
        "name": "Nell",
        "email": "nell@example.org",
        "body": "Words typed over an hour.",
        "accept_terms": "on",
    }
    response = client.post(reverse("discussion:post", args=[answer.slug]), data)
    assert response.status_code == 403
    html = response.content.decode()
    assert "Words typed over an hour.</textarea>" in html
    assert "please check it and send it again" in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert not Comment.objects.exists()


def test_letter_without_token_is_refused_and_kept(db):
    client = Client(enforce_csrf_checks=True)
    data = {"name": "Quiet", "email": "q@example.org", "body": "A long private letter."}
    response = client.post(reverse("column:write"), data)
    assert response.status_code == 403
    assert "A long private letter.</textarea>" in response.content.decode()
    assert not Letter.objects.exists()


def test_staff_forms_without_token_are_refused(columnist, answer):
    client = Client(enforce_csrf_checks=True)
    client.force_login(columnist.user)
    response = client.post(reverse("column:desk_unpublish", args=[answer.pk]))
    assert response.status_code == 403
    answer.refresh_from_db()
    assert answer.is_live
