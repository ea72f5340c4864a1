"""Actions of the column: receiving letters and publishing answers.

Every letter passes the safety screen on the way in; publishing marks the
letter it came from as answered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from afterword.mail import queue_email
from afterword.text import excerpt, markdown_to_html, plain_to_html
from column.models import Answer, Columnist, Letter
from safety import rules
from safety.resources import crisis_context
from safety.screen import screen


@dataclass(frozen=True)
class Received:
    letter: Letter
    status_token: str


def receive_letter(
    *,
    pen_name: str,
    email: str,
    body: str,
    consent_to_publish: bool,
    ip_hash: str = "",
    received_at=None,
) -> Received:
    """Screen and store a private letter; raises safety.rules.Refused for bans and floods."""
    if received_at is None:
        rules.check_refusal(
            pen_name=pen_name,
            email=email,
            body=body,
            ip_hash=ip_hash,
            recent=Letter.objects.filter(received_at__gte=rules.rate_window_start()),
        )
    screening = screen(body, country=settings.CRISIS_COUNTRY)
    letter = Letter(
        pen_name=pen_name,
        email=email.strip().lower(),
        body=body,
        consent_to_publish=consent_to_publish,
        crisis_level=screening.crisis.level,
        screening=screening.to_dict(),
        ip_hash=ip_hash,
    )
    if received_at is not None:
        letter.received_at = received_at
    token = letter.new_status_token()
    with transaction.atomic():
        letter.save()
        if received_at is None:
            _confirm_letter(letter, token)
    return Received(letter=letter, status_token=token)


def _confirm_letter(letter: Letter, token: str) -> None:
    """Email the writer their private status link, with crisis resources if needed."""
    crisis = letter.crisis_level >= 2
    context = {
        "letter": letter,
        "crisis": crisis,
        "crisis_level": letter.crisis_level,
        "status_url": settings.SITE_URL + reverse("column:letter_status", args=[token]),
        "SITE_NAME": settings.SITE_NAME,
    }
    if crisis:
        context.update(crisis_context(None))
    queue_email("column/email/letter_received", to=letter.email, context=context)


def render_answer(answer: Answer) -> None:
    """Render the stored HTML of an answer from its sources (once, on save)."""
    answer.question_html = plain_to_html(answer.question)
    answer.body_html = markdown_to_html(answer.body)
    if not answer.summary:
        answer.summary = excerpt(answer.question, 280)


def save_draft(answer: Answer) -> Answer:
    render_answer(answer)
    if answer.status != Answer.Status.PUBLISHED:
        answer.status = Answer.Status.DRAFT
    with transaction.atomic():
        answer.save()
        if answer.letter_id and answer.letter.status == Letter.Status.RECEIVED:
            Letter.objects.filter(pk=answer.letter_id).update(status=Letter.Status.SELECTED)
    return answer


def publish_answer(answer: Answer, *, at: datetime | None = None) -> Answer:
    """Publish now, or schedule for `at`; the letter it answers is marked answered."""
    render_answer(answer)
    answer.status = Answer.Status.PUBLISHED
    answer.published_at = at or timezone.now()
    with transaction.atomic():
        answer.save()
        if answer.letter_id:
            Letter.objects.filter(pk=answer.letter_id).update(status=Letter.Status.ANSWERED)
    return answer


def unpublish_answer(answer: Answer) -> Answer:
    with transaction.atomic():
        answer.status = Answer.Status.DRAFT
        answer.save(update_fields=["status", "updated_at"])
        if answer.letter_id:
            Letter.objects.filter(pk=answer.letter_id).update(status=Letter.Status.SELECTED)
    return answer


def start_answer(letter: Letter, columnist: Columnist) -> Answer:
    """A columnist picks a letter: a draft answer starts from its text."""
    answer = Answer(
        columnist=columnist,
        letter=letter,
        pen_name=letter.pen_name,
        question=letter.body,
        title="",
        body="",
    )
    return answer


def set_letter_status(letter: Letter, status: str) -> Letter:
    letter.status = status
    letter.save(update_fields=["status", "updated_at"])
    return letter
