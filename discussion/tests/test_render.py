"""The thread's HTML (discussion/render.py): the site's time zone, the reader's
language, and addresses from the URL configuration, like the templates around it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.template import Context, Template
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from conftest import make_comment
from discussion.models import Comment
from discussion.render import render_thread
from discussion.thread import thread_page

NEW_YEAR_UTC = datetime(2026, 1, 1, 3, 0, tzinfo=UTC)  # still 31 December in New York


def _thread_html(answer) -> str:
    return str(render_thread(thread_page(answer.pk).nodes))


def _template_date(value) -> str:
    return Template('{{ when|date:"SHORT_DATE_FORMAT" }}').render(Context({"when": value}))


@pytest.fixture
def new_year_comment(answer):
    comment = make_comment(answer, name="Mara", body="Happy new year, everyone.")
    Comment.objects.filter(pk=comment.pk).update(created_at=NEW_YEAR_UTC)
    return comment


@override_settings(TIME_ZONE="America/New_York")
def test_a_comments_date_is_the_sites_local_day_as_in_the_templates(answer, new_year_comment):
    html = _thread_html(answer)
    assert ">31 Dec 2025</time>" in html
    assert _template_date(NEW_YEAR_UTC) == "31 Dec 2025"  # the same day everywhere
    assert 'datetime="2026-01-01T03:00:00+00:00"' in html  # the exact instant, for machines


@override_settings(TIME_ZONE="UTC")
def test_in_utc_the_same_comment_is_new_years_day(answer, new_year_comment):
    assert ">1 Jan 2026</time>" in _thread_html(answer)


@override_settings(TIME_ZONE="America/New_York")
def test_in_spanish_the_thread_says_the_date_and_its_words_in_spanish(answer, new_year_comment):
    with translation.override("es"):
        html = _thread_html(answer)
        assert _template_date(NEW_YEAR_UTC) == "31 dic 2025"
    assert ">31 dic 2025</time>" in html
    assert 'title="Enlace a este comentario"' in html
    assert 'Responder<span class="visually-hidden"> a Mara</span>' in html


def test_addresses_come_from_the_url_configuration(answer, new_year_comment):
    html = _thread_html(answer)
    pk = new_year_comment.pk
    assert f'href="{reverse("discussion:permalink", args=[pk])}"' in html
    assert f'href="{reverse("discussion:report", args=[pk])}"' in html
    assert f'href="{reverse("people:follow_person", args=[pk])}"' in html


def test_names_are_escaped_once_inside_translated_words(answer):
    parent = make_comment(answer, name="Ann")
    make_comment(answer, name='<b>Jo</b> & "co"', body="Thank you.", parent=parent)
    with translation.override("es"):
        html = _thread_html(answer)
    assert "a &lt;b&gt;Jo&lt;/b&gt; &amp; &quot;co&quot;</span>" in html
    assert "<b>Jo</b>" not in html
    assert "en respuesta a <a" in html
