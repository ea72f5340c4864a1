"""A letter writer can take back a letter that hasn't been answered."""

from django.core import signing
from django.urls import reverse

from column.models import Answer, Letter
from column.services import publish_answer, receive_letter, save_draft
from conftest import make_answer
from people import session


def sign_in(client, email: str) -> None:
    """Signed in to My words as `email`, as the emailed link would do."""
    store = client.session
    store[session.SESSION_KEY] = signing.dumps(email, salt="people.session")
    store.save()


def test_withdrawing_deletes_the_letter_and_its_drafts(client, columnist, db):
    letter = receive_letter(
        pen_name="Second Thoughts",
        email="second@example.org",
        body="Please forget I wrote this.",
        consent_to_publish=True,
    ).letter
    draft = make_answer(columnist, slug="draft-from-letter", live=False, letter=letter)
    save_draft(draft)
    sign_in(client, "second@example.org")
    url = reverse("people:withdraw_letter", args=[letter.pk])
    assert "Withdraw and delete it" in client.get(url).content.decode()
    client.post(url)
    assert not Letter.objects.exists()
    assert not Answer.objects.filter(pk=draft.pk).exists()


def test_an_answered_letter_stays(client, columnist, db):
    letter = receive_letter(
        pen_name="Answered", email="a@example.org", body="Thank you.", consent_to_publish=True
    ).letter
    answer = make_answer(columnist, live=False, letter=letter)
    publish_answer(answer)
    sign_in(client, "a@example.org")
    client.post(reverse("people:withdraw_letter", args=[letter.pk]))
    assert Letter.objects.filter(pk=letter.pk).exists()


def test_someone_elses_letter_is_not_found(client, db):
    letter = receive_letter(
        pen_name="Mine", email="mine@example.org", body="Private.", consent_to_publish=True
    ).letter
    sign_in(client, "other@example.org")
    response = client.post(reverse("people:withdraw_letter", args=[letter.pk]))
    assert response.status_code == 404
    assert Letter.objects.filter(pk=letter.pk).exists()
