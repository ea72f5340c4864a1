"""Readers get their own language, without a word of the address changing.

The browser's Accept-Language, or the footer's switch (a cookie), picks Spanish or
English; the page says which (`<html lang>`, Content-Language), and a page cached
for one language is never handed to a reader of the other (afterword/pagecache.py).
"""

from __future__ import annotations

import pytest
from django.test import Client

from afterword import pagecache
from afterword.i18n import language_of
from afterword.tests.test_pagecache import get, server
from conftest import make_comment

SPANISH = {"HTTP_ACCEPT_LANGUAGE": "es-ES,es;q=0.9"}


@pytest.fixture
def thread(answer):
    make_comment(answer, name="Mara", body="This helped me so much.")
    return answer


def page(client: Client, path: str, data=None, **headers) -> str:
    response = client.get(path, data, **headers)
    assert response.status_code == 200, path
    return response.content.decode()


def test_the_home_page_speaks_spanish_to_a_spanish_browser(client, thread):
    html = page(client, "/", **SPANISH)
    assert '<html lang="es" dir="ltr">' in html
    assert "Últimas respuestas" in html
    assert "1 comentario" in html
    assert "Escribe a la columna" in html
    assert "Latest answers" not in html


def test_an_answer_page_its_comments_and_its_form_speak_spanish(client, thread):
    response = client.get(thread.get_absolute_url(), **SPANISH)
    html = response.content.decode()
    assert response["Content-Language"] == "es"
    assert '<html lang="es" dir="ltr">' in html
    assert "Conversación" in html and "(1 comentario)" in html  # the page's template
    assert "Responder<span" in html and "Denunciar<span" in html  # discussion/render.py
    assert "Publicar comentario" in html and "Seudónimo" in html  # the comment form
    assert "Acepto las <a" in html
    for english in ("Post comment", "Pen name", "Reply<span", "Add a comment"):
        assert english not in html


def test_the_search_page_speaks_spanish(client, thread):
    html = page(client, "/search/", {"q": "helped"}, **SPANISH)
    assert '<html lang="es" dir="ltr">' in html
    assert "Palabras que buscar" in html
    assert "1 resultado para <strong>helped</strong>" in html


@pytest.mark.parametrize("path", ["/", "answer", "/search/?q=helped"])
def test_without_accept_language_pages_stay_in_english(client, thread, path):
    path = thread.get_absolute_url() if path == "answer" else path
    html = page(client, path)
    assert '<html lang="en" dir="ltr">' in html
    assert "Search the column and its discussions" in html
    assert "Buscar" not in html


def test_a_language_the_site_has_not_is_answered_in_english(client, thread):
    html = page(client, "/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9")
    assert '<html lang="en"' in html and "Latest answers" in html


def test_the_footer_switch_remembers_the_choice_and_goes_back(client, thread):
    back = thread.get_absolute_url() + "?page=2"
    html = page(client, thread.get_absolute_url())
    assert 'href="/language/es/"' in html  # the same link on every page
    response = client.get("/language/es/", HTTP_REFERER="http://testserver" + back)
    assert response.status_code == 302 and response["Location"].endswith(back)
    assert client.get("/language/es/", {"next": back})["Location"] == back
    assert response.cookies["django_language"].value == "es"
    assert "no-store" in response["Cache-Control"]
    # The cookie now wins over the browser's own languages, both ways.
    assert '<html lang="es"' in page(client, "/", HTTP_ACCEPT_LANGUAGE="en-US,en")
    client.get("/language/en/", {"next": "/"})
    assert '<html lang="en"' in page(client, "/", **SPANISH)


@pytest.mark.parametrize(
    "unsafe", ["https://elsewhere.example/", "//elsewhere.example/", "javascript:alert(1)", ""]
)
def test_the_switch_goes_back_only_to_this_site(client, db, unsafe):
    response = client.get("/language/es/", {"next": unsafe})
    assert response.status_code == 302 and response["Location"] == "/"
    response = client.get("/language/es/", HTTP_REFERER=unsafe)
    assert response.status_code == 302 and response["Location"] == "/"


def test_the_switch_knows_only_the_sites_languages(client, db):
    assert client.get("/language/fr/", {"next": "/"}).status_code == 404
    assert client.post("/language/es/", {"next": "/"}).status_code == 405


def test_site_js_words_come_in_the_readers_language(client, db):
    spanish = client.get("/jsi18n/", **SPANISH)
    english = client.get("/jsi18n/")
    assert spanish.status_code == english.status_code == 200
    assert "Responder a %(name)s" in spanish.content.decode()
    assert "Responder" not in english.content.decode()
    assert "public" in spanish["Cache-Control"]


def test_the_page_cache_decides_the_language_as_django_does():
    def environ(cookie="", accept=""):
        return {"HTTP_COOKIE": cookie, "HTTP_ACCEPT_LANGUAGE": accept}

    assert language_of(environ()) == "en"
    assert language_of(environ(accept="es-MX,es;q=0.8,en;q=0.5")) == "es"
    assert language_of(environ(accept="fr, es;q=0.8")) == "es"
    assert language_of(environ(accept="en-GB,en;q=0.9,es;q=0.8")) == "en"
    assert language_of(environ("django_language=es", "en-US")) == "es"
    assert language_of(environ("django_language=en; csrftoken=x", "es")) == "en"
    assert language_of(environ("django_language=klingon", "es")) == "es"


def test_a_cached_page_is_never_served_in_the_other_language(thread):
    app = server()
    url = thread.get_absolute_url()
    _, headers, english = get(app, url)
    _, _, spanish = get(app, url, accept_language="es")
    _, _, by_cookie = get(app, url, cookie="django_language=es")
    _, _, english_again = get(app, url, accept_language="en-US,en;q=0.9")
    _, _, cookie_over_browser = get(app, url, cookie="django_language=en", accept_language="es")
    assert "Add a comment" in english and "Añadir un comentario" not in english
    assert "Añadir un comentario" in spanish and "Add a comment" not in spanish
    assert by_cookie == spanish
    assert english_again == english and cookie_over_browser == english
    assert app.app.calls == 2  # one English and one Spanish rendering, each then shared
    assert {key.split()[0] for key in app.local} == {"en", "es"}
    assert headers["Vary"] == "Accept-Language, Cookie"


def test_a_spanish_page_cached_first_is_not_served_to_english_readers(thread):
    app = server()
    url = thread.get_absolute_url()
    _, _, spanish = get(app, url, accept_language="es")
    _, _, english = get(app, url)
    assert '<html lang="es"' in spanish
    assert '<html lang="en"' in english and "Add a comment" in english
    assert app.app.calls == 2


def test_a_change_drops_the_page_in_every_language(thread, django_capture_on_commit_callbacks):
    app = server()
    url = thread.get_absolute_url()
    get(app, url)
    get(app, url, accept_language="es")
    with django_capture_on_commit_callbacks(execute=True):
        make_comment(thread, name="Joan", body="Me too.")
    _, _, english = get(app, url)
    _, _, spanish = get(app, url, accept_language="es")
    assert "(2 comments)" in english and "(2 comentarios)" in spanish
    assert app.app.calls == 4
    assert pagecache.STORE_HEADER not in english
