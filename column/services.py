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
from django.utils.translation import gettext

from afterword import languages
from afterword.identity import normalise_email
from afterword.mail import queue_email
from afterword.text import clean_line, clean_text, excerpt, markdown_to_html, plain_to_html
from column import events
from column.models import THREAD_NOTE_AFTER, Answer, Columnist, Letter
from safety import cases, rules
from safety.models import CrisisCase
from safety.resources import crisis_context
from safety.screen import screen


@dataclass(frozen=True)
class Received:
    letter: Letter
    status_token: str


def _letters_since(since, **who):
    """Letters someone sent since then (for the rate limits)."""
    return Letter.objects.filter(received_at__gte=since, **who)


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
    body, pen_name = clean_text(body), clean_line(pen_name)
    if received_at is None:
        rules.check_refusal(
            pen_name=pen_name,
            email=email,
            body=body,
            ip_hash=ip_hash,
            recent=_letters_since,
        )
    screening = screen(body, country=settings.CRISIS_COUNTRY)
    letter = Letter(
        pen_name=pen_name,
        email=normalise_email(email),
        body=body,
        consent_to_publish=consent_to_publish,
        crisis_level=screening.crisis.level,
        screening=screening.to_dict(),
        ip_hash=ip_hash,
        language=languages.asked_in(),
    )
    if received_at is not None:
        letter.received_at = received_at
    token = letter.new_status_token()
    with transaction.atomic():
        letter.save()
        if received_at is None:
            _confirm_letter(letter, token)
            if letter.crisis_level >= 2:
                cases.open_case(CrisisCase.Kind.LETTER, letter.pk, letter.crisis_level)
    return Received(letter=letter, status_token=token)


def crisis_sources(ids: list[int]) -> dict[int, cases.Source]:
    """Letters as the crisis queue reads them (safety.cases' protocol): the words and
    pen name, for moderators who have no columnist's rights to the rest."""
    return {
        letter.pk: cases.Source(
            text=letter.body,
            pen_name=letter.pen_name,
            email=letter.email,
            title=gettext("A letter to the column"),
            staff_url=reverse("column:desk_letter", args=[letter.pk]),
            status=letter.get_status_display(),
            screening=letter.screening,
        )
        for letter in Letter.objects.filter(pk__in=ids)
    }


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
    with languages.writing_in(letter.language):
        if crisis:
            context.update(crisis_context(None))  # the lines of the letter's language
        queue_email("column/email/letter_received", to=letter.email, context=context)


def render_answer(answer: Answer) -> None:
    """Render the stored HTML of an answer from its sources (once, on save)."""
    answer.question, answer.body = clean_text(answer.question), clean_text(answer.body)
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
        if answer.letter is not None and answer.letter.status == Letter.Status.RECEIVED:
            Letter.objects.filter(pk=answer.letter.pk).update(status=Letter.Status.SELECTED)
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
    tell_writer_if_answered(answer)
    if answer.published_at > timezone.now():
        # column/tasks.py listens, and has the answer announced when its time comes.
        transaction.on_commit(lambda: events.answer_scheduled.send(sender=Answer, answer=answer))
    return answer


def tell_writer_if_answered(answer: Answer) -> bool:
    """Email the letter's writer, once, when the answer to it is on the site."""
    if not (answer.letter_id and answer.is_live):
        return False
    with transaction.atomic():
        letter = (
            Letter.objects.select_for_update()
            .filter(pk=answer.letter_id, answered_emailed_at__isnull=True)
            .first()
        )
        if letter is None or not letter.email:
            return False
        letter.answered_emailed_at = timezone.now()
        letter.save(update_fields=["answered_emailed_at"])
        context = {
            "letter": letter,
            "answer": answer,
            "answer_url": settings.SITE_URL + answer.get_absolute_url(),
            "SITE_NAME": settings.SITE_NAME,
        }
        with languages.writing_in(letter.language):
            queue_email("column/email/letter_answered", to=letter.email, context=context)
    return True


def withdraw_letter(letter: Letter) -> None:
    """The writer takes their letter back: it and any unpublished draft made from it go."""
    with transaction.atomic():
        letter.answers.exclude(status=Answer.Status.PUBLISHED).delete()
        letter.delete()


def save_thread_note(answer: Answer, *, text: str) -> Answer:
    """The columnist's note of what people in a long discussion have found (empty: removed)."""
    if not answer.takes_thread_note:
        raise ValueError(
            f"A note of what people have found is for discussions of over {THREAD_NOTE_AFTER} "
            "comments."
        )
    answer.thread_note = clean_text(text).strip()
    answer.thread_note_html = markdown_to_html(answer.thread_note) if answer.thread_note else ""
    answer.thread_note_updated_at = timezone.now() if answer.thread_note else None
    answer.save(update_fields=["thread_note", "thread_note_html", "thread_note_updated_at"])
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


# --- Moving in: answers, columnists and topics brought from another site ---------------


def import_columnist(
    columnist: Columnist | None, *, slug: str, display_name: str, **profile: str
) -> Columnist:
    """Create (or refresh the name of) a columnist brought from another site.

    The old site says nothing about credentials, so none are invented: the
    placeholder "Columnist" (a role, not a qualification) stands where the
    credentials go until the columnist edits the profile. Fields given in
    `profile` (a JSON import) are stored as they are.
    """
    if columnist is None:
        columnist = Columnist(slug=slug, credentials="Columnist", short_bio="", bio="")
    columnist.display_name = display_name
    for name, value in profile.items():
        setattr(columnist, name, value)
    columnist.save()
    return columnist


def import_topic(slug: str, name: str, description: str = ""):
    """The topic with this slug, created if new; an existing topic keeps its wording."""
    from column.models import Topic

    topic, _ = Topic.objects.get_or_create(
        slug=slug, defaults={"name": name[:80] or slug, "description": description[:300]}
    )
    return topic


def import_answer(
    answer: Answer,
    *,
    published: bool,
    published_at: datetime | None,
    created_at: datetime,
    topics: list,
) -> Answer:
    """Store an answer brought from another site with its own dates and state.

    Rendering is the same as the desk's; no letter is marked, no one is told.
    """
    render_answer(answer)
    answer.status = Answer.Status.PUBLISHED if published else Answer.Status.DRAFT
    answer.published_at = published_at
    answer.created_at = created_at
    with transaction.atomic():
        answer.save()
        answer.topics.set(topics)
    return answer


# --- People's data rights (called by people.data_rights) --------------------------------


def erase_letters(email: str) -> int:
    """Delete every letter sent from this email; published answers keep their own text."""
    deleted, _ = Letter.objects.filter(email=normalise_email(email)).delete()
    return deleted


def forget_ip_hashes(*, before: datetime) -> int:
    """Clear the address hashes of letters received before `before`."""
    return Letter.objects.filter(received_at__lt=before).exclude(ip_hash="").update(ip_hash="")
