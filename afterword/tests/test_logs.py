"""One log line per event with its request's id; emailed links' tokens never logged."""

from __future__ import annotations

import contextvars
import logging
import runpy
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from gunicorn.config import Config

from afterword.errors import scrub
from afterword.logs import MaskedFormatter, mask_links, request_id, sane_request_id

ROOT = Path(__file__).resolve().parents[2]
LINKS = [
    "/confirm/{}/",
    "/me/sign-in/{}/",
    "/unsubscribe/{}/",
    "/check-ins/stop/{}/",
    "/letters/{}/",
]
TOKEN = "ImNvbmZpcm0i:1tXyz9:Ab-Cd_Ef.0123"  # the shape of a Django signed token


@pytest.fixture
def lines():
    """Log lines as the configured console handler writes them (afterword/settings.py)."""
    root = logging.getLogger()
    [console] = [h for h in root.handlers if isinstance(h.formatter, MaskedFormatter)]
    written: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record):
            written.append(console.format(record))

    collect = Collect()
    collect.filters = console.filters
    root.addHandler(collect)
    yield written
    root.removeHandler(collect)


# --- the request id ----------------------------------------------------------------------


def test_the_proxys_request_id_is_kept_and_sent_back(db, client):
    response = client.get("/accounts/login/", HTTP_X_REQUEST_ID="7f1c0a9e2b5d4c3a8e6f1a2b3c4d5e6f")
    assert response["X-Request-ID"] == "7f1c0a9e2b5d4c3a8e6f1a2b3c4d5e6f"


@pytest.mark.parametrize(
    "sent", [None, "", "two words", 'quote"s', "line\nbreak", "x" * 200, "-leading-dash"]
)
def test_a_missing_or_odd_request_id_is_replaced_by_a_new_one(db, client, sent):
    headers = {} if sent is None else {"HTTP_X_REQUEST_ID": sent}
    made = client.get("/accounts/login/", **headers)["X-Request-ID"]
    assert made != sent
    assert len(made) == 32 and int(made, 16) >= 0
    assert client.get("/accounts/login/", **headers)["X-Request-ID"] != made  # one per request


def test_every_line_a_request_logs_carries_its_id(db, client, lines):
    # Django logs the 404 itself, and a 405 only after the middleware has returned it.
    client.get("/answers/no-such-answer/", HTTP_X_REQUEST_ID="req-404")
    client.post("/healthz", HTTP_X_REQUEST_ID="req-405")
    [not_found] = [line for line in lines if "Not Found" in line]
    [not_allowed] = [line for line in lines if "Method Not Allowed" in line]
    assert " WARNING django.request [req-404] Not Found: /answers/no-such-answer/" in not_found
    assert " WARNING django.request [req-405] Method Not Allowed" in not_allowed
    assert request_id.get() == "-"  # and none is left behind once the request is over


def test_lines_outside_a_request_say_so(lines):
    # A fresh context, as a management command has: an id another test's request left
    # set in this thread (a response nobody closed) must not decide this test.
    contextvars.Context().run(logging.getLogger("afterword.test").warning, "From a command.")
    [line] = lines
    assert line.endswith(" WARNING afterword.test [-] From a command.")


def test_cached_public_pages_carry_no_ones_request_id(db, client, answer):
    response = client.get(answer.get_absolute_url())
    assert "public" in response["Cache-Control"]
    assert "X-Request-ID" not in response


def test_sane_ids_pass_through():
    for value in ("abc", "0f9e-11ee-8c90", "1-5759e988-bd862e3fe1be46a994272793", "a.b:c_d"):
        assert sane_request_id(value) == value


# --- emailed links are masked -----------------------------------------------------------------


@pytest.mark.parametrize("link", LINKS)
def test_the_token_of_each_emailed_link_is_masked(link):
    line = f'GET {link.format(TOKEN)}?next=%2F HTTP/1.1 "https://site.example{link.format(TOKEN)}"'
    masked = mask_links(line)
    assert TOKEN not in masked
    assert link.format("…") + "?next=%2F" in masked


def test_other_paths_are_left_as_they_are():
    for path in ("/answers/some-slug/", "/me/", "/check-ins/", "/topics/grief/", "/confirm/"):
        assert mask_links(f"GET {path} HTTP/1.1") == f"GET {path} HTTP/1.1"


def test_the_apps_own_log_never_writes_a_link_token(db, client, lines):
    client.get(f"/letters/{TOKEN}/")  # no such letter: Django logs "Not Found: <path>"
    [line] = [line for line in lines if "Not Found" in line]
    assert TOKEN not in line
    assert line.endswith("Not Found: /letters/…/")


def gunicorn_logger(access_log: Path):
    """gunicorn's logger as gunicorn.conf.py configures it, writing to `access_log`."""
    conf = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert conf["accesslog"] == "-"  # on, to stdout, unless ACCESS_LOG says otherwise
    cfg = Config()
    cfg.set("access_log_format", conf["access_log_format"])
    cfg.set("logger_class", conf["logger_class"])
    cfg.set("accesslog", str(access_log))
    return cfg.logger_class(cfg)


@pytest.mark.parametrize("link", LINKS)
def test_gunicorns_access_log_masks_the_links(tmp_path, link):
    log = tmp_path / "access.log"
    referer = "https://afterword.example" + LINKS[1].format("REFERER-TOKEN")
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": link.format(TOKEN) + "?from=email",
        "PATH_INFO": link.format(TOKEN),
        "QUERY_STRING": "from=email",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "203.0.113.9",
        "HTTP_REFERER": referer,
        "HTTP_USER_AGENT": "Mail/16.0",
    }
    request = SimpleNamespace(headers=[("REFERER", referer), ("USER-AGENT", "Mail/16.0")])
    response = SimpleNamespace(
        status="200 OK",
        headers=[("Content-Type", "text/html"), ("X-Request-ID", "req-9")],
        sent=5120,
    )
    gunicorn_logger(log).access(response, request, environ, timedelta(milliseconds=12))
    [line] = log.read_text(encoding="utf-8").splitlines()
    assert TOKEN not in line and "REFERER-TOKEN" not in line
    assert f'"GET {link.format("…")}?from=email HTTP/1.1" 200 5120 12ms' in line
    assert '"https://afterword.example/me/sign-in/…/" "Mail/16.0" [req-9]' in line
    assert "203.0.113.9" not in line  # addresses are kept only as keyed hashes


# --- error reports ------------------------------------------------------------------------------


def test_error_reports_carry_no_link_token():
    event = {
        "request": {
            "url": f"https://afterword.example/unsubscribe/{TOKEN}/",
            "query_string": "",
            "headers": {"Referer": f"https://afterword.example/confirm/{TOKEN}/", "X-N": 1},
        }
    }
    reported = scrub(event)["request"]
    assert reported["url"] == "https://afterword.example/unsubscribe/…/"
    assert reported["headers"] == {"Referer": "https://afterword.example/confirm/…/", "X-N": 1}
