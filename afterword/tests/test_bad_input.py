"""Bad and oversized input gets a clear answer, never a 500, and the text comes back."""

from __future__ import annotations

import pytest
from django.urls import reverse

from column.models import Letter
from column.services import unpublish_answer
from conftest import make_answer, make_comment
from discussion.models import Comment

FORM = {"name": "Tess", "email": "tess@example.org", "accept_terms": "on", "parent": ""}


def comment_url(answer) -> str:
    return reverse("discussion:post", args=[answer.slug])


def test_a_one_megabyte_comment_is_refused_and_comes_back_whole(client, answer):
    body = ("I keep writing because it helps. " * 32000)[:1_000_000]
    response = client.post(comment_url(answer), {**FORM, "body": body})
    assert response.status_code == 400
    html = response.content.decode()
    assert "the limit is" in html
    assert body.strip() in html
    assert not Comment.objects.exists()


def test_a_one_megabyte_letter_is_refused_and_comes_back_whole(client, db):
    body = ("Dear column, " * 80000)[:1_000_000]
    data = {**FORM, "body": body, "consent_to_publish": "on"}
    response = client.post(reverse("column:write"), data)
    assert response.status_code == 400
    assert body.strip() in response.content.decode()
    assert not Letter.objects.exists()


def test_a_ten_thousand_character_name_is_refused(client, answer):
    response = client.post(comment_url(answer), {**FORM, "name": "N" * 10000, "body": "Hi."})
    assert response.status_code == 400
    assert "under 80 characters" in response.content.decode()
    assert "Hi.</textarea>" in response.content.decode()


def test_control_and_null_characters_are_dropped_not_fatal(client, answer):
    make_comment(answer, name="Tess", email="tess@example.org")
    body = "Line\x00 one\x07\x1b[31m.\r\n\r\nLine two\u202e."
    response = client.post(comment_url(answer), {**FORM, "name": "Te\x00ss", "body": body})
    assert response.status_code == 302
    stored = Comment.objects.latest("pk")
    assert stored.body == "Line one[31m.\n\nLine two."
    assert stored.pen_name == "Tess"


@pytest.mark.parametrize(
    "raw",
    [
        b"name=Tess&email=tess%40example.org&accept_terms=on&body=caf%E9+%FF%FE",
        b"name=%FF&email=tess%40example.org&accept_terms=on&body=%C3%28",
        b"\xff\xfe\x00garbage",
    ],
)
def test_invalid_utf8_never_crashes(client, answer, raw):
    response = client.post(
        comment_url(answer), raw, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (302, 400)


def test_missing_fields_are_named(client, answer):
    response = client.post(comment_url(answer), {"name": "Tess"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "comment is empty" in html
    assert "Please add your email" in html
    assert "accept the community terms" in html


def test_duplicated_fields_do_not_crash(client, answer):
    data = "name=A&name=B&email=a%40example.org&email=b%40example.org&body=x&body=y&accept_terms=on"
    response = client.post(
        comment_url(answer), data, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (302, 400)
    assert Comment.objects.count() <= 1


def test_a_reply_to_a_removed_comment_keeps_the_text(client, answer):
    removed = make_comment(answer, name="Gone", status=Comment.Status.REMOVED)
    data = {**FORM, "body": "Answering someone who left.", "parent": str(removed.pk)}
    response = client.post(comment_url(answer), data)
    assert response.status_code == 400
    assert "Answering someone who left.</textarea>" in response.content.decode()


@pytest.mark.parametrize("parent", ["-1", "0", "abc", "99999999999999999999", "1 OR 1=1"])
def test_forged_parent_ids_are_refused_kindly(client, answer, parent):
    response = client.post(comment_url(answer), {**FORM, "body": "Mine.", "parent": parent})
    assert response.status_code == 400
    assert "Mine.</textarea>" in response.content.decode()


def test_a_post_to_an_answer_taken_down_keeps_the_text(client, columnist):
    answer = make_answer(columnist, slug="taken-down")
    unpublish_answer(answer)
    response = client.post(comment_url(answer), {**FORM, "body": "Words from before."})
    assert response.status_code == 404
    html = response.content.decode()
    assert "isn&#x27;t open any more" in html or "isn't open any more" in html
    assert "Words from before.</textarea>" in html


def test_a_post_to_an_answer_that_never_was(client, db):
    response = client.post("/answers/no-such-answer/comments/", {**FORM, "body": "Kept."})
    assert response.status_code == 404
    assert "Kept.</textarea>" in response.content.decode()
