"""Forms refuse posts without a CSRF token, and give the person's text back."""

from django.test import Client
from django.urls import reverse

from column.models import Letter
from discussion.models import Comment


def test_comment_from_nowhere_is_refused_and_kept(answer):
    """No Origin or Sec-Fetch-Site header: refused, and the text comes back."""
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
    assert not Comment.objects.exists()


def test_comment_from_another_site_is_refused(answer):
    data = {"name": "X", "email": "x@example.org", "body": "Forged.", "accept_terms": "on"}
    url = reverse("discussion:post", args=[answer.slug])
    for headers in (
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Sec-Fetch-Site": "cross-site", "Origin": "http://testserver"},
        {"Sec-Fetch-Site": "same-site"},
    ):
        response = Client(headers=headers).post(url, data)
        assert response.status_code == 403, headers
    assert not Comment.objects.exists()


def test_comment_from_this_site_needs_no_token(answer):
    data = {"name": "Y", "email": "y@example.org", "body": "Welcome.", "accept_terms": "on"}
    url = reverse("discussion:post", args=[answer.slug])
    response = Client(enforce_csrf_checks=True, headers={"Sec-Fetch-Site": "same-origin"}).post(
        url, data
    )
    assert response.status_code == 302
    assert Comment.objects.get().body == "Welcome."


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


def test_report_without_token_is_refused_and_kept(answer):
    from conftest import make_comment

    comment = make_comment(answer)
    client = Client(enforce_csrf_checks=True)
    data = {"reason": "other", "note": "A careful note about this."}
    response = client.post(reverse("discussion:report", args=[comment.pk]), data)
    assert response.status_code == 403
    assert "A careful note about this.</textarea>" in response.content.decode()
