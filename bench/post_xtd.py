"""The peer's write path: django-comments-xtd's own comment post under bench/post.py's load.

The same 20 posters as bench/post.py (wrk, -t2 -c20, the same ~900-character
comment, 50–150 ms between posts, one post in five a reply to a returning
commenter's comment, a 3-second warm-up then 15 measured seconds) post through
django-contrib-comments' post_comment view (/comments/post/) of the site in
bench/xtd/, in its own environment, under gunicorn with Afterword's gunicorn
settings (bench/xtd/gunicorn.conf.py: the same workers and threads), on a
database of the same kind as Afterword's run, but its own: a fresh SQLite file, or
with DATABASE_URL a fresh PostgreSQL database beside Afterword's, named after it
with "_xtd" (or XTD_BENCH_DATABASE_URL, an empty database).

django-comments-xtd is configured as its tutorial does for a site that publishes
visitors' comments at once (bench/xtd/xtd_site/settings.py, articles/models.py):
no confirmation by email, SpamModerator (blacklisted email domains refused),
comments on year-old articles held, the managers emailed about each comment
(the email backend keeps messages in memory), threads up to four levels.

Each connection's form is fetched once before each run (GET articles/<slug>/comment/,
the article page's form on its own: its csrftoken cookie, the csrfmiddlewaretoken,
content_type, object_pk, timestamp, security_hash and honeypot fields), then
posted again and again, with the comment's name, email and text filled in. A
stored comment answers 302.

Prints, prefixed with the database's name like bench/post.py: xtd_posts, xtd_acknowledged,
xtd_post_errors, xtd_post_p50_ms, xtd_post_p90_ms, xtd_post_p99_ms,
xtd_post_max_ms, xtd_lost_comments and xtd_duplicated_comments. Fails when most
posts were not stored: that is not a measurement.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import secrets
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from bench.common import ROOT, report_posts
from bench.servers import WRK, free_port
from bench.tree import comment_text

XTD = ROOT / "bench" / "xtd"
POSTERS = int(os.environ.get("BENCH_POSTERS", "20"))
SECONDS = int(os.environ.get("BENCH_POST_SECONDS", "15"))
WARM_UP_SECONDS = int(os.environ.get("BENCH_POST_WARM_UP_SECONDS", "3"))
POST_PATH = "/comments/post/"
THREADS = 2  # wrk's, as bench/post.py runs it


def xtd_python() -> str:
    """The comparison's own Python (bench/xtd/run.sh makes its environment)."""
    result = subprocess.run(  # noqa: S603
        ["sh", str(XTD / "run.sh"), "--python"],  # noqa: S607
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=900,
    )  # fmt: skip
    return result.stdout.strip().splitlines()[-1]


def fresh_postgres(afterword_url: str) -> str:
    """An empty database for the peer on Afterword's PostgreSQL server."""
    if url := os.environ.get("XTD_BENCH_DATABASE_URL"):
        return url
    import psycopg

    parts = urllib.parse.urlsplit(afterword_url)
    name = parts.path.lstrip("/") + "_xtd"
    with psycopg.connect(afterword_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return urllib.parse.urlunsplit(parts._replace(path="/" + name))


class CommentForm(HTMLParser):
    """The fields of the page's comment form, as a browser would send them when
    "send" is pressed, but for those the poster writes (name, email, comment)."""

    WRITTEN = {"name", "email", "comment"}

    def __init__(self) -> None:
        super().__init__()
        self.inside = False
        self.fields: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attributes = {key: value or "" for key, value in attrs}
        if tag == "form" and attributes.get("action") == POST_PATH:
            self.inside = True
        if not self.inside or tag != "input" or not attributes.get("name"):
            return
        name, kind = attributes["name"], attributes.get("type", "text")
        if name in self.WRITTEN or kind == "checkbox":  # follow-up: unticked by default
            return
        if kind == "submit" and name != "post":
            return
        self.fields.append((name, attributes.get("value", "")))

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False


def fetch_form(url: str) -> str:
    """One poster's form: `csrftoken cookie<TAB>url-encoded fields`."""
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (loopback)
        cookies = response.headers.get_all("Set-Cookie") or []
        page = response.read().decode()
    token = next(
        match.group(1) for cookie in cookies if (match := re.match(r"csrftoken=([^;]+)", cookie))
    )
    form = CommentForm()
    form.feed(page)
    fields = dict(form.fields)
    expected = {"csrfmiddlewaretoken", "content_type", "object_pk", "timestamp"}
    expected |= {"security_hash", "honeypot", "reply_to"}
    missing = expected - fields.keys()
    assert not missing, f"the comment form has no {sorted(missing)}"
    assert fields["reply_to"] == "0", fields["reply_to"]
    # reply_to last, so that post.lua can turn a post into a reply.
    reply_to = fields.pop("reply_to")
    return f"{token}\t{urllib.parse.urlencode([*fields.items(), ('reply_to', reply_to)])}"


@contextlib.contextmanager
def xtd_server(python: str, port: int, env: dict, ready_path: str):
    workers = os.environ.get("BENCH_WORKERS", "0")
    threads = os.environ.get("BENCH_THREADS", "0")
    command = [
        python, "-m", "gunicorn", "xtd_site.wsgi",
        "--config", str(XTD / "gunicorn.conf.py"),
        "--bind", f"127.0.0.1:{port}",
        *(["--workers", workers] if workers != "0" else []),
        *(["--threads", threads] if threads != "0" else []),
        "--log-level", "warning",
    ]  # fmt: skip
    process = subprocess.Popen(  # noqa: S603
        command, cwd=XTD, env={**env, "ACCESS_LOG": os.devnull}, start_new_session=True
    )
    try:
        deadline = time.monotonic() + float(os.environ.get("BENCH_START_TIMEOUT_S", "180"))
        while True:  # a cold worker on a loaded machine takes seconds to answer
            try:
                with urllib.request.urlopen(  # noqa: S310 (loopback)
                    f"http://127.0.0.1:{port}{ready_path}", timeout=60
                ) as response:
                    response.read()
                    break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.5)
        yield process
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def main() -> None:
    afterword_url = os.environ.get("DATABASE_URL", "")
    database = "postgresql" if afterword_url else "sqlite"
    python = xtd_python()
    data_dir = tempfile.mkdtemp(prefix="xtd-post-bench-")
    env = {
        **os.environ,
        "XTD_BENCH_DATA_DIR": data_dir,
        # One key for every worker: the form's security hash is keyed with it.
        "XTD_BENCH_SECRET_KEY": secrets.token_urlsafe(50),
        # The site's own database; DATABASE_URL stays Afterword's, for the worker
        # count of gunicorn.conf.py (5 with PostgreSQL, 4 with SQLite).
        "XTD_DATABASE_URL": fresh_postgres(afterword_url) if afterword_url else "",
    }
    posting = [python, str(XTD / "posting.py")]

    def site(command: str) -> Any:
        result = subprocess.run(  # noqa: S603
            [*posting, command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
        )
        if result.returncode != 0:
            sys.stderr.write(result.stdout + result.stderr)
            raise SystemExit(f"bench/xtd/posting.py {command} failed")
        return json.loads(result.stdout.strip().splitlines()[-1])

    seeded = site("setup")
    page = seeded["path"] + "comment/"
    parents = ",".join(str(pk) for pk in seeded["parents"])
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    text = urllib.parse.quote_plus(comment_text(random.Random(3)))

    def posting_run(seconds: int, label: str) -> dict[str, str]:
        forms = Path(data_dir) / f"forms-{label}.txt"
        forms.write_text("".join(fetch_form(origin + page) + "\n" for _ in range(POSTERS)))
        result = subprocess.run(  # noqa: S603 (loopback only, bounded in time)
            [
                WRK, f"-t{THREADS}", f"-c{POSTERS}", f"-d{seconds}s", "--timeout", "10s",
                "-s", str(XTD / "post.lua"),
                f"{origin}{POST_PATH}", "--",
                POST_PATH, origin, text, parents, label, str(forms), str(THREADS),
            ],
            capture_output=True, text=True, timeout=seconds + 60,
        )  # fmt: skip
        if result.returncode != 0 or "post_p99_ms" not in result.stdout:
            raise SystemExit(f"wrk failed:\n{result.stdout}{result.stderr}")
        return dict(re.findall(r"^([a-z0-9_]+): ([\d.]+)$", result.stdout, re.M))

    with xtd_server(python, port, env, page):
        runs = {"w": posting_run(WARM_UP_SECONDS, "w"), "m": posting_run(SECONDS, "m")}
    markers = site("stored")
    figures = runs["m"]
    causes = (
        f"4xx {figures['errors_4xx']}, 5xx {figures['errors_5xx']}, socket errors"
        f" {figures['socket_errors']}"
    )
    report_posts(f"{database}_xtd", "django-comments-xtd", runs, markers, causes)


if __name__ == "__main__":
    main()
