"""The columnist's note of what people in a long discussion have found."""

import pytest
from django.test import Client
from django.urls import reverse

from column import services
from column.models import THREAD_NOTE_AFTER, Answer
from conftest import make_answer, make_columnist


def _long(answer: Answer) -> Answer:
    Answer.objects.filter(pk=answer.pk).update(comment_count=THREAD_NOTE_AFTER + 1)
    answer.refresh_from_db()
    return answer


def test_a_long_discussion_gets_a_note_above_it_signed_and_dated(columnist_client, answer):
    _long(answer)
    url = reverse("column:desk_thread_note", args=[answer.pk])
    assert "What people here have found" in columnist_client.get(url).content.decode()

    note = "Most people here found that [writing a last letter](/comments/7/) helped."
    response = columnist_client.post(url, {"text": note, "action": "save"})
    assert response.status_code == 302

    page = Client().get(answer.get_absolute_url()).content.decode()
    assert '<a href="/comments/7/"' in page
    assert "writing a last letter" in page
    assert "— Ada Moss," in page
    # Above the discussion's comments and form.
    assert page.index("thread-note-h") < page.index('id="comment-form"')


def test_the_preview_shows_the_note_without_saving_it(columnist_client, answer):
    _long(answer)
    url = reverse("column:desk_thread_note", args=[answer.pk])
    response = columnist_client.post(url, {"text": "**Start** here.", "action": "preview"})
    assert response.status_code == 200
    assert "<strong>Start</strong>" in response.content.decode()
    answer.refresh_from_db()
    assert answer.thread_note == ""


def test_the_note_is_sanitised(answer):
    _long(answer)
    services.save_thread_note(
        answer, text="Hello <script>alert(1)</script> [x](javascript:alert(1))"
    )
    assert "<script" not in answer.thread_note_html
    assert 'href="javascript' not in answer.thread_note_html


def test_an_empty_note_removes_it(columnist_client, answer):
    _long(answer)
    services.save_thread_note(answer, text="People found the anniversary hardest.")
    url = reverse("column:desk_thread_note", args=[answer.pk])
    columnist_client.post(url, {"text": "", "action": "save"})
    answer.refresh_from_db()
    assert (answer.thread_note, answer.thread_note_html, answer.thread_note_updated_at) == (
        "",
        "",
        None,
    )
    assert "thread-note-h" not in Client().get(answer.get_absolute_url()).content.decode()


def test_a_short_discussion_has_no_note_yet(columnist_client, answer):
    url = reverse("column:desk_thread_note", args=[answer.pk])
    page = columnist_client.get(url).content.decode()
    assert f"more than {THREAD_NOTE_AFTER} comments" in page
    assert columnist_client.post(url, {"text": "Too early.", "action": "save"}).status_code == 400
    answer.refresh_from_db()
    assert answer.thread_note == ""
    with pytest.raises(ValueError):
        services.save_thread_note(answer, text="Too early.")
    desk_page = columnist_client.get(reverse("column:desk_answer", args=[answer.pk]))
    assert url not in desk_page.content.decode()


def test_the_desk_links_to_the_note_on_a_long_discussion(columnist_client, answer):
    _long(answer)
    page = columnist_client.get(reverse("column:desk_answer", args=[answer.pk])).content.decode()
    assert reverse("column:desk_thread_note", args=[answer.pk]) in page


def test_only_the_answers_columnist_writes_its_note(client, moderator_client, db):
    other = _long(make_answer(make_columnist("bo-lind", display_name="Bo Lind"), "other"))
    url = reverse("column:desk_thread_note", args=[other.pk])
    assert Client().get(url).status_code == 302  # to sign in
    assert moderator_client.get(url).status_code == 403
    client.force_login(make_columnist().user)
    assert client.post(url, {"text": "Not mine.", "action": "save"}).status_code == 403
    other.refresh_from_db()
    assert other.thread_note == ""
