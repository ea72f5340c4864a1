"""The columnist's desk: who may use it, and turning a letter into an answer."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from column.models import Answer, Letter
from column.services import receive_letter
from conftest import make_answer, make_columnist


@pytest.fixture
def letter(db):
    return receive_letter(
        pen_name="Left Mid-Sentence",
        email="left@example.org",
        body="My therapist died in October.\n\nNobody at work knows why I cry.",
        consent_to_publish=True,
    ).letter


DESK_GETS = ["column:desk", "column:desk_answer_new"]


@pytest.mark.parametrize("name", DESK_GETS)
def test_anonymous_visitors_are_sent_to_sign_in(client, db, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("name", DESK_GETS)
def test_staff_without_a_columnist_profile_are_refused(moderator_client, name):
    assert moderator_client.get(reverse(name)).status_code == 403


def test_outsider_cannot_read_letters(outsider_client, letter):
    assert outsider_client.get(reverse("column:desk_letter", args=[letter.pk])).status_code == 403


@pytest.mark.parametrize("name", ["column:desk_letter_status", "column:desk_unpublish"])
def test_post_only_desk_views_refuse_get(columnist_client, answer, letter, name):
    pk = letter.pk if "letter" in name else answer.pk
    assert columnist_client.get(reverse(name, args=[pk])).status_code == 405


def test_queue_shows_received_letters(columnist_client, letter):
    html = columnist_client.get(reverse("column:desk")).content.decode()
    assert "Left Mid-Sentence" in html
    detail = columnist_client.get(reverse("column:desk_letter", args=[letter.pk]))
    assert "Nobody at work knows why I cry." in detail.content.decode()


def test_a_letter_becomes_a_published_answer(client, columnist_client, letter, topic):
    new = reverse("column:desk_answer_new") + f"?letter={letter.pk}"
    form = columnist_client.get(new).content.decode()
    assert "My therapist died in October." in form  # the letter text starts the answer
    data = {
        "letter": letter.pk,
        "title": "My therapist died and nobody knows",
        "slug": "",
        "pen_name": "Left Mid-Sentence",
        "question": "My therapist died this autumn.\n\nNobody at work knows why I cry.",
        "body": "Dear Left,\n\nThis is **grief**.\n\n<script>alert(1)</script>",
        "summary": "",
        "topics": [topic.pk],
        "publish_at": "",
    }
    preview = columnist_client.post(new, {**data, "action": "preview"})
    assert "<strong>grief</strong>" in preview.content.decode()
    assert not Answer.objects.exists()
    columnist_client.post(new, {**data, "action": "save"})
    answer = Answer.objects.get()
    assert answer.status == Answer.Status.DRAFT
    assert answer.slug == "my-therapist-died-and-nobody-knows"
    assert Letter.objects.get().status == Letter.Status.SELECTED
    assert client.get(answer.get_absolute_url()).status_code == 404
    columnist_client.post(
        reverse("column:desk_answer", args=[answer.pk]), {**data, "action": "publish"}
    )
    answer.refresh_from_db()
    assert answer.is_live
    assert Letter.objects.get().status == Letter.Status.ANSWERED
    page = client.get(answer.get_absolute_url()).content.decode()
    assert "<strong>grief</strong>" in page
    assert "<script>alert(1)</script>" not in page
    assert list(answer.topics.all()) == [topic]


def test_publishing_at_a_future_time_schedules(columnist_client, answer):
    when = (timezone.now() + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")
    data = {
        "title": answer.title,
        "slug": answer.slug,
        "pen_name": answer.pen_name,
        "question": answer.question,
        "body": answer.body,
        "summary": "",
        "publish_at": when,
        "action": "publish",
    }
    columnist_client.post(reverse("column:desk_answer", args=[answer.pk]), data)
    answer.refresh_from_db()
    assert answer.is_scheduled
    assert not Answer.objects.published().exists()


def test_unpublish(columnist_client, answer, client):
    columnist_client.post(reverse("column:desk_unpublish", args=[answer.pk]))
    answer.refresh_from_db()
    assert answer.status == Answer.Status.DRAFT


def test_a_columnist_cannot_edit_another_columnists_answer(columnist_client, db):
    other = make_columnist("bo-lind", display_name="Bo Lind")
    theirs = make_answer(other, slug="theirs")
    assert columnist_client.get(reverse("column:desk_answer", args=[theirs.pk])).status_code == 403
    assert (
        columnist_client.post(reverse("column:desk_unpublish", args=[theirs.pk])).status_code == 403
    )


def test_invalid_answer_form_keeps_the_text(columnist_client, letter):
    new = reverse("column:desk_answer_new") + f"?letter={letter.pk}"
    response = columnist_client.post(
        new, {"letter": letter.pk, "title": "", "body": "My long careful answer", "action": "save"}
    )
    assert response.status_code == 400
    assert "My long careful answer" in response.content.decode()


def test_letter_can_be_marked_not_selected(columnist_client, letter):
    columnist_client.post(
        reverse("column:desk_letter_status", args=[letter.pk]), {"status": "not_selected"}
    )
    assert Letter.objects.get().status == Letter.Status.NOT_SELECTED
