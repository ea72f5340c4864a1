"""Old addresses of imported posts lead to their answers with permanent redirects."""

from __future__ import annotations

import pytest

from moving.models import Redirect, redirect_key
from moving.tests.helpers import SAMPLES, run

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported():
    run("import_wxr", SAMPLES / "wordpress-1.2.xml")


def test_redirect_keys_ignore_host_trailing_slash_and_other_parameters():
    assert redirect_key("https://old.example.org/2019/05/slug/") == "/2019/05/slug"
    assert redirect_key("/2019/05/slug") == "/2019/05/slug"
    assert redirect_key("https://old.example.org/?p=11") == "/?p=11"
    assert redirect_key("/index.php?p=11&utm_source=x") == "/?p=11"
    assert redirect_key("/?page_id=4") == "/?p=4"
    assert redirect_key("/caf%C3%A9/") == "/café"


def test_old_permalinks_redirect_permanently(client, imported):
    response = client.get("/2019/05/my-therapist-retired/")
    assert response.status_code == 301
    assert response["Location"] == "/answers/my-therapist-retired/"
    assert client.get("/2019/05/my-therapist-retired").status_code == 301


def test_wordpress_id_links_redirect_even_though_they_look_like_the_home_page(client, imported):
    for url in ("/?p=12", "/index.php?p=12"):
        response = client.get(url)
        assert response.status_code == 301, url
        assert response["Location"] == "/answers/missing-an-online-therapist/"


def test_other_pages_are_untouched(client, imported):
    assert client.get("/").status_code == 200
    assert client.get("/?p=99999").status_code == 200
    assert client.get("/no/such/page/").status_code == 404


def test_redirects_are_not_duplicated_by_a_second_import(imported):
    count = Redirect.objects.count()
    run("import_wxr", SAMPLES / "wordpress-1.2.xml")
    assert Redirect.objects.count() == count
