"""The desk's preview runs the privacy screen on the edited letter and the answer, and
shows what could still identify someone, escaped and marked, before publishing."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from column.models import Answer

IDENTIFYING = (
    "My therapist Dr. Helen Marsh at the Riverside Counseling Center retired.\n\n"
    "You can call me on 555-201-7788 if you need more."
)
HOSTILE = 'Ask <script>alert("x")</script> at the Riverside Counseling Center.'


def preview(columnist_client, **changes):
    data = {
        "title": "A retired therapist",
        "slug": "",
        "pen_name": "Left Behind",
        "question": "My therapist retired.",
        "body": "Dear Left,\n\nThat is a real loss.",
        "sign_off": "",
        "summary": "",
        "publish_at": "",
        "action": "preview",
        **changes,
    }
    return columnist_client.post(reverse("column:desk_answer_new"), data)


def warning(response) -> str:
    found = re.search(
        r'<section class="privacy-check".*?</section>', response.content.decode(), re.S
    )
    return found.group(0) if found else ""


def test_names_clinics_and_phone_numbers_in_the_letter_are_marked(columnist_client):
    response = preview(columnist_client, question=IDENTIFYING)
    assert response.status_code == 200
    box = warning(response)
    assert "these may identify someone" in box
    assert "In the letter" in box and "In the answer" not in box
    marked = re.findall(r'<mark data-kind="(\w+)">(.*?)<span', box)
    kinds = {kind for kind, _ in marked}
    assert {"phone", "organisation"} <= kinds
    assert any("555-201-7788" in text for _, text in marked)
    assert "<li><strong>" in box  # one line per kind of finding
    assert not Answer.objects.exists()  # a preview saves nothing


def test_the_answer_is_screened_too(columnist_client):
    box = warning(preview(columnist_client, body="Dear Left,\n\nCall 555-201-7788 tonight."))
    assert "In the answer" in box and "In the letter" not in box
    assert '<mark data-kind="phone">555-201-7788' in box


def test_findings_are_shown_escaped(columnist_client):
    box = warning(preview(columnist_client, question=HOSTILE))
    assert "<script>" not in box
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in box


def test_a_clean_edit_shows_no_warning(columnist_client):
    response = preview(columnist_client)
    assert warning(response) == ""
    assert "That is a real loss." in response.content.decode()


def test_the_sign_off_is_in_the_preview(columnist_client):
    html = preview(columnist_client, sign_off="Warmly,\nAda").content.decode()
    assert '<p class="sign-off">Warmly,<br>Ada</p>' in html


@pytest.mark.parametrize("action", ["save", "publish"])
def test_saving_and_publishing_are_not_blocked_by_the_screen(columnist_client, action):
    response = preview(columnist_client, question=IDENTIFYING, action=action)
    assert response.status_code == 302
    assert Answer.objects.get().question.startswith("My therapist Dr. Helen Marsh")
