"""Writing to the column, and the private status link."""

import re

from django.urls import reverse

from column.models import Answer, Letter
from column.services import publish_answer
from conftest import make_answer

LETTER = {
    "name": "Still Counting Sessions",
    "email": "writer@example.org",
    "body": "My therapist stopped answering my emails in March.\n\nI don't know what I did.",
    "consent_to_publish": "on",
    "accept_terms": "on",
}


def send(client, **changes):
    return client.post(reverse("column:write"), {**LETTER, **changes})


def status_url(response) -> str:
    return response["Location"]


def test_a_letter_is_received_privately_and_gets_a_status_link(client, db):
    response = send(client)
    assert response.status_code == 302
    letter = Letter.objects.get()
    assert letter.status == Letter.Status.RECEIVED
    assert letter.email == "writer@example.org"
    token = re.search(r"/letters/([^/]+)/", status_url(response)).group(1)
    assert token not in letter.status_token_hash  # only a hash is stored
    page = client.get(status_url(response))
    html = page.content.decode()
    assert "Your letter has reached us" in html
    assert "Received" in html
    assert "writer@example.org" not in html
    assert "stopped answering" not in html  # the status page never shows the letter
    assert page["Cache-Control"] == "private, no-store"


def test_letter_errors_keep_the_text(client, db):
    response = send(client, consent_to_publish="", email="nope")
    assert response.status_code == 400
    html = response.content.decode()
    assert "hasn't been sent yet" in html
    assert "I don&#x27;t know what I did.</textarea>" in html
    assert "may be published in an edited form" in html
    assert not Letter.objects.exists()


def test_unknown_status_link_is_not_found(client, db):
    assert client.get(reverse("column:letter_status", args=["made-up-token"])).status_code == 404


def test_status_follows_the_letter_through_selection_and_answer(client, columnist):
    response = send(client)
    url = status_url(response).split("?")[0]
    letter = Letter.objects.get()
    letter.status = Letter.Status.SELECTED
    letter.save()
    assert (
        '"step"><strong>Selected</strong> <span class="step-label">Now'
        in client.get(url).content.decode()
    )
    answer = make_answer(columnist, live=False, letter=letter)
    publish_answer(answer)
    html = client.get(url).content.decode()
    assert 'aria-current="step"><strong>Answered</strong> <span class="step-label">Now' in html
    assert answer.get_absolute_url() in html


def test_not_selected_is_said_kindly(client, db):
    url = status_url(send(client)).split("?")[0]
    Letter.objects.update(status=Letter.Status.NOT_SELECTED)
    html = client.get(url).content.decode()
    assert "Not selected" in html
    assert "welcome to write again" in html


def test_a_letter_in_crisis_gets_resources_at_once(client, db):
    response = send(client, body="I have decided to end it this weekend.")
    html = client.get(status_url(response)).content.decode()
    assert "988" in html
    assert Letter.objects.get().crisis_level >= 2


def test_the_writer_is_emailed_their_status_link(
    client, db, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client)
    [message] = mailoutbox
    assert message.to == ["writer@example.org"]
    assert "reached us" in message.subject
    link = response["Location"].split("?")[0]
    assert link in message.body
    html = message.alternatives[0][0]
    assert link in html
    assert "988" not in message.body


def test_a_letter_in_crisis_gets_resources_by_email_too(
    client, db, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send(client, body="I have decided to end it this weekend.")
    [message] = mailoutbox
    assert "988" in message.body
    assert "call 911 now" in message.body
    assert "988" in message.alternatives[0][0]


def test_the_writer_is_told_once_when_the_answer_is_published(
    client, columnist, mailoutbox, django_capture_on_commit_callbacks
):
    send(client)
    letter = Letter.objects.get()
    answer = make_answer(columnist, live=False, letter=letter, title="An answer for you")
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publish_answer(answer)
    [message] = mailoutbox
    assert message.to == ["writer@example.org"]
    assert "answered" in message.subject
    assert answer.get_absolute_url() in message.body
    assert "An answer for you" in message.alternatives[0][0]
    with django_capture_on_commit_callbacks(execute=True):
        publish_answer(answer)  # editing the published answer later sends nothing new
    assert len(mailoutbox) == 1


def test_a_scheduled_answer_tells_the_writer_when_it_goes_live(
    client, columnist, mailoutbox, django_capture_on_commit_callbacks
):
    from datetime import timedelta

    from django.utils import timezone

    from column.tasks import answer_goes_live

    send(client)
    answer = make_answer(columnist, live=False, letter=Letter.objects.get())
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publish_answer(answer, at=timezone.now() + timedelta(hours=2))
    assert mailoutbox == []  # not yet on the site
    Answer.objects.filter(pk=answer.pk).update(published_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        answer_goes_live.call(answer.pk)
    assert len(mailoutbox) == 1


def test_the_plain_text_answered_email_shows_no_html_entities(
    client, columnist, mailoutbox, django_capture_on_commit_callbacks
):
    send(client)
    letter = Letter.objects.get()
    answer = make_answer(columnist, live=False, letter=letter, title="When you can't let go")
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publish_answer(answer)
    [message] = mailoutbox
    assert "can't let go" in message.body and "&#x27;" not in message.body
    assert "/me/" in message.body  # My words, in every email
