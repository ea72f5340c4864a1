"""The letter's status page marks the step the letter is at: aria-current="step" for screen
readers and a visible "Now" label (earlier steps say "Done"), never colour alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.urls import reverse

from column.models import Letter
from column.services import publish_answer, receive_letter
from conftest import make_answer


def steps(client, token: str) -> list[tuple[str, bool, str]]:
    """(step name, is it marked current, its visible label) for each step on the page."""
    html = client.get(reverse("column:letter_status", args=[token])).content.decode()
    listed = html.split('<ol class="status-steps">')[1].split("</ol>")[0]
    found = []
    for item in re.findall(r"<li\b.*?</li>", listed, re.S):
        name = re.search(r"<strong>(.*?)</strong>", item).group(1)
        label = re.search(r'<span class="step-label">(.*?)</span>', item)
        found.append((name, 'aria-current="step"' in item, label.group(1) if label else ""))
    return found


@pytest.fixture
def received(db):
    return receive_letter(
        pen_name="Counting Days",
        email="days@example.org",
        body="A letter.",
        consent_to_publish=True,
    )


def test_a_new_letter_is_at_received(client, received):
    assert steps(client, received.status_token) == [
        ("Received", True, "Now"),
        ("Selected", False, ""),
        ("Answered", False, ""),
    ]


def test_a_selected_letter_shows_received_done_and_selected_now(client, received):
    Letter.objects.update(status=Letter.Status.SELECTED)
    assert steps(client, received.status_token) == [
        ("Received", False, "Done"),
        ("Selected", True, "Now"),
        ("Answered", False, ""),
    ]


def test_an_answered_letter_is_at_answered(client, received, columnist):
    publish_answer(make_answer(columnist, live=False, letter=received.letter))
    assert steps(client, received.status_token) == [
        ("Received", False, "Done"),
        ("Selected", False, "Done"),
        ("Answered", True, "Now"),
    ]


def test_a_letter_not_selected_has_one_current_step(client, received):
    Letter.objects.update(status=Letter.Status.NOT_SELECTED)
    assert steps(client, received.status_token) == [
        ("Received", False, "Done"),
        ("Not selected", True, "Now"),
    ]


def test_the_current_step_has_a_visible_style():
    css = (Path(__file__).parents[2] / "afterword/static/afterword/site.css").read_text()
    rule = re.search(r'\.status-steps \[aria-current="step"\] \{([^}]*)\}', css).group(1)
    assert "border-left-color" in rule and "background" in rule
