"""A Spanish reader whose words call for it sees Spain's and Mexico's crisis lines, in
Spanish, and moderators reading the Spanish pages are told the screen reads English only."""

from __future__ import annotations

from django.urls import reverse
from django.utils import translation

from safety.models import CrisisResource
from safety.resources import crisis_context

SPANISH = {"HTTP_ACCEPT_LANGUAGE": "es"}


# The screen reads English: a Spanish reader who writes in English is still screened.
PLAN = "I have decided to end it this weekend."


def test_the_migration_adds_spain_and_mexico_lines(db):
    assert CrisisResource.objects.filter(country="ES", how__contains="024").exists()
    assert CrisisResource.objects.filter(country="MX", how__contains="800 911 2000").exists()


def test_a_spanish_reader_with_a_crisis_comment_sees_the_spanish_lines(client, answer):
    data = {"name": "Lucía", "email": "lucia@example.org", "accept_terms": "on", "body": PLAN}
    url = reverse("discussion:post", args=[answer.slug])
    html = client.post(url, data, follow=True, **SPANISH).content.decode()
    assert 'id="crisis-help"' in html
    assert "Línea 024 de atención a la conducta suicida" in html
    assert "En España, llama al 024" in html
    assert "En México, llama al 800 911 2000" in html
    assert "No tienes que esperar a nadie de aquí" in html or "Por favor, habla con alguien" in html
    assert "llama ahora al 112 en España o 911 en México" in html  # level 5: emergency numbers
    assert "988" not in html.split('id="crisis-help"')[1].split("</section>")[0]


def test_an_english_reader_still_gets_the_site_country(db, settings):
    settings.CRISIS_COUNTRY = "US"
    with translation.override("en"):
        context = crisis_context(None)
    assert context["crisis_countries"] == ["US"]
    assert "988" in context["crisis_resources"][0].how


def test_a_chosen_country_wins_over_the_language(db):
    with translation.override("es"):
        context = crisis_context("GB")
    assert context["crisis_countries"] == ["GB"]
    assert context["emergency_number"] == "999"
    assert context["crisis_resources"][0].how.startswith("Llama gratis al 116 123")


def test_an_operators_own_line_is_shown_as_written(db):
    CrisisResource.objects.create(
        country="MX", order=1, name="SAPTEL", how="Llama al 55 5259 8121."
    )
    with translation.override("es"):
        names = [r.name for r in crisis_context(None)["crisis_resources"]]
    assert "SAPTEL" in names


SENTENCE = "La revisión automática solo lee inglés"


def test_the_spanish_queue_says_the_screen_reads_english_only(moderator_client):
    html = moderator_client.get(reverse("safety:queue"), **SPANISH).content.decode()
    assert SENTENCE in html
    assert "Cola de moderación" in html


def test_the_english_queue_does_not(moderator_client):
    html = moderator_client.get(reverse("safety:queue")).content.decode()
    assert SENTENCE not in html and "Moderation queue" in html
