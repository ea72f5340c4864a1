"""Readers' reports: anyone can send one, only moderators hear of it, and a reader
who fears for someone is shown where help is."""

import pytest
from django.test import Client
from django.urls import reverse

from conftest import make_comment
from discussion.models import Comment
from safety.models import Report
from safety.reports import REPORTS_PER_WINDOW


def report_url(comment):
    return reverse("discussion:report", args=[comment.pk])


@pytest.fixture
def comment(answer):
    return make_comment(answer, name="Mara", email="mara-secret@example.org")


def test_the_form_offers_every_reason_as_a_radio_button(client, comment):
    html = client.get(report_url(comment)).content.decode()
    for value, label in Report.Reason.choices:
        assert f'type="radio" name="reason" value="{value}"' in html
        assert label.replace("'", "&#x27;") in html
    assert "mara-secret" not in html


def test_a_report_is_stored_and_the_reader_thanked(client, comment):
    response = client.post(report_url(comment), {"reason": "abusive", "note": "Unkind."})
    assert response.status_code == 302
    report = Report.objects.get()
    assert (report.comment, report.reason, report.note) == (comment, "abusive", "Unkind.")
    assert report.reporter_ip_hash and "127.0.0.1" not in report.reporter_ip_hash
    html = client.get(response["Location"]).content.decode()
    assert "What happens next" in html
    assert "crisis-resources" not in html


def test_reports_need_the_csrf_token(comment):
    response = Client(enforce_csrf_checks=True).post(report_url(comment), {"reason": "spam"})
    assert response.status_code == 403
    assert not Report.objects.exists()


def test_a_missing_reason_keeps_the_note(client, comment):
    response = client.post(report_url(comment), {"note": "Words I took time to write."})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Please choose what is wrong" in html
    assert "Words I took time to write.</textarea>" in html


def test_a_danger_report_shows_crisis_resources_and_emails_no_one(
    client, comment, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(report_url(comment), {"reason": "danger"}, follow=True)
    html = response.content.decode()
    assert "Moderators will look at this comment first" in html
    assert "If you are worried about someone right now" in html
    assert "988" in html
    assert mailoutbox == []


def test_the_danger_page_follows_the_chosen_country(client, comment):
    url = reverse("discussion:report_thanks", args=[comment.pk, "danger"])
    html = client.get(url + "?country=GB").content.decode()
    assert "116 123" in html
    assert "call <strong>999</strong>" in html


def test_the_thank_you_page_outlives_the_comment(client, comment):
    Comment.objects.filter(pk=comment.pk).update(status=Comment.Status.REJECTED)
    url = reverse("discussion:report_thanks", args=[comment.pk, "danger"])
    assert client.get(url).status_code == 200


def test_reports_are_limited_per_address_with_a_kind_message(client, answer):
    comments = [make_comment(answer, name=f"P{i}") for i in range(REPORTS_PER_WINDOW + 1)]
    for target in comments[:REPORTS_PER_WINDOW]:
        assert client.post(report_url(target), {"reason": "spam"}).status_code == 302
    response = client.post(report_url(comments[-1]), {"reason": "spam", "note": "Kept."})
    assert response.status_code == 429
    html = response.content.decode()
    assert "wait a few minutes" in html
    assert "Kept.</textarea>" in html
    assert Report.objects.count() == REPORTS_PER_WINDOW


def test_the_same_reader_repeating_a_report_adds_nothing(client, comment):
    for _ in range(3):
        client.post(report_url(comment), {"reason": "spam"})
    assert Report.objects.count() == 1


def test_only_published_comments_can_be_reported(client, answer):
    held = make_comment(answer, status=Comment.Status.PENDING)
    assert client.get(report_url(held)).status_code == 404
    assert client.post(report_url(held), {"reason": "spam"}).status_code == 404


def test_each_comment_has_a_report_link(client, comment):
    html = client.get(comment.answer.get_absolute_url()).content.decode()
    assert f'href="/comments/{comment.pk}/report/" rel="nofollow">Report' in html
