"""The moderators' emails are written in the site's language, whatever language the
writer who set them off reads; the workspace's own words are translated too."""

from __future__ import annotations

from django.utils import translation

from conftest import make_user
from discussion.services import post_comment
from safety.privacy import kind_label
from safety.queue import HELD_WORDS
from safety.rules import HELD_FIRST

DANGER = "I have decided to end it this weekend."


def test_a_crisis_alert_set_off_in_spanish_reaches_the_moderators_in_english(
    answer, mailoutbox, django_capture_on_commit_callbacks
):
    make_user("mod-a", group="Moderators", email="mod-a@example.org")
    with translation.override("es"), django_capture_on_commit_callbacks(execute=True):
        post_comment(answer=answer, pen_name="Wren", email="wren@example.org", body=DANGER)
    [alert] = [m for m in mailoutbox if m.to == ["mod-a@example.org"]]
    assert alert.subject.startswith("Urgent: a comment at crisis level 5 is waiting")
    assert "the writer mentions a plan" in alert.body
    assert '<html lang="en">' in alert.alternatives[0][0]


def test_the_workspace_words_read_in_spanish():
    with translation.override("es"):
        assert kind_label("phone") == "un número de teléfono"
        assert str(HELD_WORDS[HELD_FIRST]) == "el primer comentario desde esta dirección de correo"
    with translation.override("en"):
        assert kind_label("organisation") == "a named clinic"  # as before: the short form
        assert kind_label("person") == "a person's name"


# --- What the site writes to the author is in the author's language ------------------------


def test_a_rejection_reaches_a_spanish_writer_in_spanish_whoever_moderates(
    answer, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    from discussion.models import Comment
    from safety import moderation

    with translation.override("es"):
        comment = post_comment(
            answer=answer, pen_name="Lía", email="lia@example.org", body="Gracias a todas."
        ).comment
    assert Comment.objects.get(pk=comment.pk).language == "es"
    mailoutbox.clear()
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        moderation.reject(moderator, Comment.objects.get(pk=comment.pk), note="")
    [email] = [m for m in mailoutbox if m.to == ["lia@example.org"]]
    assert '<html lang="es">' in email.alternatives[0][0]
    with translation.override("es"):
        from django.template.loader import render_to_string

        subject = render_to_string(
            "safety/email/comment_rejected_subject.txt",
            {"answer_title": answer.title, "SITE_NAME": "Afterword", "pen_name": "Lía"},
        ).strip()
    assert email.subject == subject


def test_a_reach_out_is_written_in_the_language_the_person_posted_in(
    answer, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    from discussion.models import Comment
    from safety import cases
    from safety.models import CrisisCase

    with translation.override("es"):
        comment = post_comment(
            answer=answer, pen_name="Lía", email="lia@example.org", body=DANGER
        ).comment
    case = CrisisCase.objects.get(kind=CrisisCase.Kind.COMMENT, object_id=comment.pk)
    mailoutbox.clear()
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        cases.reach_out(moderator, case)
    [email] = [m for m in mailoutbox if m.to == ["lia@example.org"]]
    html = email.alternatives[0][0]
    assert "Hola, Lía" in html and "Hola, Lía" in email.body
    assert "024" in html  # Spain's line, as a Spanish reader is shown
    assert Comment.objects.get(pk=comment.pk).language == "es"
