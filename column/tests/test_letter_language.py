"""A letter's emails speak the language its writer read the site in, then and later."""

from __future__ import annotations

from django.urls import reverse
from django.utils import translation

from column.models import Letter
from column.services import publish_answer
from conftest import make_answer

LETTER = {
    "name": "Lucía",
    "email": "lucia@example.org",
    "body": "My therapist stopped answering my emails in March.\n\nI don't know what I did.",
    "consent_to_publish": "on",
    "accept_terms": "on",
}


def send_in(client, language: str, **changes):
    return client.post(
        reverse("column:write"), {**LETTER, **changes}, HTTP_ACCEPT_LANGUAGE=language
    )


def test_a_letter_sent_in_spanish_is_acknowledged_in_spanish(
    client, db, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send_in(client, "es")
    assert Letter.objects.get().language == "es"
    [message] = mailoutbox
    assert message.subject == "Tu carta a Afterword nos ha llegado"
    assert "Hola, Lucía:" in message.body
    assert "la leerá una persona de la columna" in message.body
    assert "Guarda este enlace solo para ti" in message.body
    assert "Thank you for writing" not in message.body
    html = message.alternatives[0][0]
    assert '<html lang="es">' in html and "su página privada</a>" in html


def test_a_spanish_letter_in_crisis_gets_the_lines_of_spain_and_mexico_by_email(
    client, db, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send_in(client, "es", body="I have decided to end it this weekend.")
    [message] = mailoutbox
    assert "hay personas dispuestas a escucharte ahora mismo" in message.body
    assert "024" in message.body and "800 911 2000" in message.body
    assert "988" not in message.body


def test_the_answer_reaches_a_spanish_writer_in_spanish_whoever_publishes_it(
    client, columnist, mailoutbox, django_capture_on_commit_callbacks
):
    send_in(client, "es")
    answer = make_answer(columnist, live=False, letter=Letter.objects.get(), title="Para ti")
    mailoutbox.clear()
    # The columnist (or the worker, for a scheduled answer) reads the site in English.
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        publish_answer(answer)
    [message] = mailoutbox
    assert message.subject == "Tu carta a Afterword tiene respuesta"
    assert "Una persona de la columna ha respondido a tu carta" in message.body
    assert "Recibes este correo una sola vez" in message.body
    assert '<html lang="es">' in message.alternatives[0][0]


def test_an_english_letter_stays_english(
    client, db, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send_in(client, "en-GB,en;q=0.9")
    [message] = mailoutbox
    assert Letter.objects.get().language == "en"
    assert message.subject == "Your letter to Afterword has reached us"
    assert "Dear Lucía," in message.body
    assert '<html lang="en">' in message.alternatives[0][0]
