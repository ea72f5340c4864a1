"""Emails are written in the language of the person they are for: the language the
site was shown in when they asked (afterword.languages), whatever language the worker
or the person who caused the email reads."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone, translation

from people import tasks
from people.models import EmailLink, Subscription
from people.tests.helpers import live_post, sent_to

FORM = {"name": "Lucía", "email": "lucia@example.org", "accept_terms": "on"}
SPANISH = {"HTTP_ACCEPT_LANGUAGE": "es"}


def post_in_spanish(client, answer, **fields):
    data = {**FORM, "body": "Gracias por esta respuesta, me ha ayudado mucho.", **fields}
    return client.post(reverse("discussion:post", args=[answer.slug]), data, **SPANISH)


def test_a_comment_posted_in_spanish_gets_its_confirmation_in_spanish(client, answer, mailoutbox):
    post_in_spanish(client, answer)
    link = EmailLink.objects.get(email="lucia@example.org")
    assert link.language == "es"
    # The worker's own language is English; the email follows the link's.
    mailoutbox.clear()
    with translation.override("en"):
        tasks.send_link_email.call(link_id=link.pk)
    [message] = sent_to(mailoutbox, "lucia@example.org")
    assert message.subject == "Confirma tu seudónimo en Afterword"
    assert "Hola, Lucía:" in message.body
    assert f"Gracias por tu comentario en «{answer.title}»." in message.body
    assert "Confirma, por favor, que esta es tu dirección" in message.body
    html = message.alternatives[0][0]
    assert '<html lang="es">' in html and "Confirmo que soy yo" in html
    assert "Please confirm" not in message.body


def test_a_reply_notification_to_an_english_subscriber_stays_english(
    client, answer, mailoutbox, settings, django_capture_on_commit_callbacks
):
    settings.COMMENTS_HOLD_FIRST = False  # both comments are published at once
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        # Mara reads the site in English.
        first = live_post(answer, name="Mara", email="mara@example.org", notify_replies=True)
    sub = Subscription.objects.get(email="mara@example.org", scope=Subscription.Scope.REPLIES)
    assert sub.language == "en"
    sub.confirmed_at = timezone.now()
    sub.save(update_fields=["confirmed_at"])
    mailoutbox.clear()
    # A Spanish reader replies; the worker path is the one posting really enqueues.
    with django_capture_on_commit_callbacks(execute=True):
        post_in_spanish(
            client, answer, parent=str(first.pk), body="Te entiendo, a mí me pasó igual."
        )
    [message] = sent_to(mailoutbox, "mara@example.org")
    assert message.subject == f"Lucía replied to you on “{answer.title}”"
    assert "Hello Mara," in message.body and "Read it in the discussion" in message.body
    assert '<html lang="en">' in message.alternatives[0][0]


def test_a_spanish_reader_who_follows_a_discussion_gets_its_news_in_spanish(
    client, answer, mailoutbox, settings, django_capture_on_commit_callbacks
):
    settings.COMMENTS_HOLD_FIRST = False
    with django_capture_on_commit_callbacks(execute=True):
        post_in_spanish(client, answer, follow="on")
    sub = Subscription.objects.get(email="lucia@example.org", scope=Subscription.Scope.THREAD)
    assert sub.language == "es"
    sub.confirmed_at = timezone.now()
    sub.save(update_fields=["confirmed_at"])
    mailoutbox.clear()
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        live_post(answer, name="Mara", email="mara@example.org")  # posted in English
    [message] = sent_to(mailoutbox, "lucia@example.org")
    assert message.subject == f"Comentario nuevo en «{answer.title}»"
    assert "Dejar de recibir correos sobre" in message.body
