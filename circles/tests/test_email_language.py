"""A circle writes to each member in the language they read the site in when they
joined (or last chose their emails), whatever language the worker, the facilitator
or the other members read (afterword.languages)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from circles import notices, services
from circles.models import Membership
from circles.tests.helpers import join, join_link, make_circle, make_facilitator, open_round

SPANISH = {"HTTP_ACCEPT_LANGUAGE": "es"}


@pytest.fixture
def circle(topic):
    circle = make_circle(topic)
    with translation.override("en"):
        make_facilitator(circle, "Wren", "wren@example.org")
    return circle


def sent_to(mailoutbox, email: str) -> list:
    return [m for m in mailoutbox if m.to == [email]]


def join_in_spanish(client, circle, mailoutbox, capture, email="lucia@example.org"):
    """Ask to join on the circle's page, read in Spanish, then open the emailed link."""
    form = {"name": "Lucía", "email": email, "accept_rules": "on", "website": ""}
    with capture(execute=True):  # the join link goes out once the request has committed
        response = client.post(reverse("circles:about", args=[circle.slug]), form, **SPANISH)
    assert response.status_code == 200
    assert "Mira tu correo" in response.content.decode()
    [link_email] = sent_to(mailoutbox, email)
    assert link_email.subject == f"Confirma que quieres unirte a «{circle.name}»"
    with translation.override("en"):
        joined = services.confirm_join(join_link(circle, email))
    assert joined is not None
    return Membership.objects.get(pk=joined.membership.pk)


def test_a_member_who_joined_in_spanish_hears_of_a_new_round_in_spanish(
    client, circle, mailoutbox, django_capture_on_commit_callbacks
):
    lucia = join_in_spanish(client, circle, mailoutbox, django_capture_on_commit_callbacks)
    assert lucia.language == "es"
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        mara = join(circle, "Mara", "mara@example.org")  # reads the site in English
    assert mara.language == "en"
    mailoutbox.clear()
    # The facilitator opens the round in English; each member hears in their own language.
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        open_round(circle, prompt="¿Cómo llegas esta semana?")
    [note] = sent_to(mailoutbox, lucia.email)
    assert note.subject == f"La ronda 1 está abierta en «{circle.name}»"
    assert "Hola, Lucía:" in note.body
    assert "La propuesta de esta semana:" in note.body
    assert "Dejar de recibir correos de este círculo" in note.body
    html = note.alternatives[0][0]
    assert '<html lang="es">' in html and "Escribir, responder o pasar" in html
    assert "is open" not in note.body
    [english] = sent_to(mailoutbox, mara.email)
    assert english.subject == f"Round 1 is open in “{circle.name}”"
    assert "Hello Mara," in english.body and '<html lang="en">' in english.alternatives[0][0]


def test_the_weekly_digest_follows_the_member_language(
    client, circle, mailoutbox, django_capture_on_commit_callbacks
):
    lucia = join_in_spanish(client, circle, mailoutbox, django_capture_on_commit_callbacks)
    with translation.override("en"):
        mara = join(circle, "Mara", "mara@example.org")
        round = open_round(circle, announce=False)
        mine = services.post(membership=lucia, round=round, body="Mi primera vez aquí.")
        services.post(membership=mara, round=round, body="Welcome, I'm glad you came.", parent=mine)
    Membership.objects.update(joined_at=timezone.now() - timedelta(days=8))
    mailoutbox.clear()
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        notices.send_digests()
    [digest] = sent_to(mailoutbox, lucia.email)
    assert digest.subject == f"Esta semana en «{circle.name}»: 1 respuesta para ti"
    assert "Mara, en la ronda 1: «Welcome, I'm glad you came.»" in digest.body


def test_choosing_emails_on_a_spanish_page_switches_them_to_spanish(circle):
    with translation.override("en"):
        mara = join(circle, "Mara", "mara@example.org")
    assert mara.language == "en"
    with translation.override("es"):
        services.set_emails(mara, Membership.Emails.REMINDERS)
    mara.refresh_from_db()
    assert mara.language == "es"
    # A one-click unsubscribe from a mail client says nothing about the language.
    with translation.override("en"):
        services.set_emails(mara, Membership.Emails.NONE)
    mara.refresh_from_db()
    assert mara.language == "es"
