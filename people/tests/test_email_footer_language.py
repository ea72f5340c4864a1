"""What an email's footer offers to stop is said in the reader's language, and in
English exactly as before."""

from __future__ import annotations

import pytest
from django.utils import translation

from people.emails import email_context
from people.models import Subscription

pytestmark = pytest.mark.django_db

Scope = Subscription.Scope


@pytest.mark.parametrize(
    ("language", "scope", "said"),
    [
        ("en", Scope.REPLIES, "replies to my comments"),
        ("en", Scope.EVERYTHING, "a daily digest of new answers and comments"),
        ("es", Scope.REPLIES, "las respuestas a tus comentarios"),
        ("es", Scope.THREAD, "cada comentario nuevo de una conversación"),
        ("es", Scope.PERSON, "los comentarios nuevos de una persona en una conversación"),
        ("es", Scope.EVERYTHING, "el resumen diario de respuestas y comentarios nuevos"),
    ],
)
def test_the_footer_names_what_it_stops_in_the_readers_language(language, scope, said):
    with translation.override(language):
        context = email_context("lucia@example.org", scope=scope)
    assert context["unsubscribe_what"] == said
    assert context["unsubscribe_url"]


def test_a_discussion_footer_says_this_discussion_in_spanish(answer):
    with translation.override("es"):
        context = email_context("lucia@example.org", answer=answer)
    assert context["unsubscribe_what"] == "esta conversación"
    with translation.override("en"):
        assert email_context("mara@example.org", answer=answer)["unsubscribe_what"] == (
            "this discussion"
        )


def test_a_verified_pen_name_is_refused_in_spanish_too():
    from django.core.exceptions import ValidationError

    from afterword.identity import email_key
    from people.pen_names import poster_from

    answers = {
        "pen_name_owner": email_key("owner@example.org"),
        "pen_name_id": None,
        "replies_id": None,
        "replies_confirmed": False,
    }
    with translation.override("es"), pytest.raises(ValidationError) as refused:
        poster_from(answers, pen_name="Lucía", email="other@example.org")
    assert refused.value.code == "pen_name_taken"
    assert refused.value.message.startswith("«Lucía» es un seudónimo verificado aquí")


@pytest.mark.parametrize(
    ("scope", "said"),
    [
        (Scope.REPLIES, "los correos cuando alguien te responde"),
        (Scope.EVERYTHING, "el resumen diario"),
    ],
)
def test_the_unsubscribe_page_names_what_it_stops_in_spanish(client, scope, said):
    context = email_context("lucia@example.org", scope=scope)
    html = client.get(context["unsubscribe_url"], HTTP_ACCEPT_LANGUAGE="es").content.decode()
    assert said in html
    assert "emails when someone replies" not in html and "daily digest" not in html


def test_the_unsubscribe_page_of_a_discussion_names_it_in_spanish(client, answer):
    url = email_context("lucia@example.org", answer=answer)["unsubscribe_url"]
    html = client.get(url, HTTP_ACCEPT_LANGUAGE="es").content.decode()
    assert f"los correos sobre la conversación de «{answer.title}»" in html
    english = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f"emails about the discussion of “{answer.title}”" in english
