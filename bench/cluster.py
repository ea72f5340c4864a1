"""Several machines on one: `make cluster` (issue 14 §4), on loopback only.

Starts PostgreSQL (a fresh `afterword_cluster` database, scripts/ensure-postgres.sh),
a Redis of its own (127.0.0.1:6391, its own folder), two app servers A and B
(gunicorn, separate AFTERWORD_VAR_DIR folders, as on two machines), two
`manage.py db_worker`s (one per "host") and nginx balancing A and B. What the
hosts share is what several machines share: the database (with the task queue in
it), Redis, and the media folder (MEDIA_ROOT, as an NFS mount would be; nginx
serves it at /media/). Every email any process sends is written as a file into
one folder (bench/cluster_mail.py), to be counted.

Then, each phase bounded in time, it prints `name: value` lines:

1. mixed load (CLUSTER_MIXED_SECONDS, 60): readers on A, B and nginx, posters on
   all three, a newcomer whose comments are held, and a moderator who approves
   each through A (signed in, the real form post with its CSRF token) and reads
   the page from B and from A on the very next request. A read is *stale* when
   it misses a comment whose post (or approval) was acknowledged before the read
   was sent. Through nginx the bound is the page's declared shared max age
   (`s-maxage` in its Cache-Control, which nginx's micro-cache honours), counted
   as nginx counts it: from when nginx got the page from the app, in whole seconds
   (s-maxage=1 keeps an entry 1 to 2 s). So a read through nginx served from its
   cache (X-Cache: HIT) is stale only if it misses a comment acknowledged more than
   s-maxage + 1 s + 0.1 s (nginx reads its clock once per event-loop turn) + the time
   the app took to answer nginx's fetch (measured on the reads that made one: MISS,
   EXPIRED) before the read was sent; a read nginx
   fetched for itself is held to 0, as a direct one.
   `stale_reads` counts all of them, target 0. `nginx_reads_older_than_s_maxage`
   counts, for information, the reads that were older than s-maxage alone.
   Meanwhile an answer scheduled for the middle of the phase goes live: one of
   the two workers runs its task, and the home page of A, B and nginx must
   list it within seconds.
2. daily jobs: `send_digests`, `moderation_digest` and `purge_retention` each
   started on both hosts at once; `daily_job_runs_<job>` counts the runs that did
   the work (target 1), the other says it skipped (afterword.daily).
3. hot thread: 200 readers (wrk) on the 1,000-comment answer across A and B,
   first alone, then with 20 posters (wrk, bench/post.lua, real form posts);
   `hot_thread_read_ratio` = reads/s while posting ÷ reads/s without. Then the
   same posters post to another answer: `hot_thread_changes_ratio` = reads/s
   while posting to the hot thread ÷ reads/s while posting elsewhere, what the
   hot page's changes cost its readers beyond the posts' own share of the machine
   (1.0: nothing). Last, the posters post to the hot thread at a steady 5 posts/s
   in all: `hot_thread_paced_read_ratio` = reads/s then ÷ reads/s without, for
   information (the rate of changes no longer follows the server's speed).
4. Redis stopped for 10 s under mixed load, then started again (empty, as a cache
   restarts): 5xx on reads, stale reads, and the seconds until both servers'
   /healthz say the cache is back.
5. server B killed (SIGKILL to its whole process group) under load through
   nginx: 5xx on reads after the kill (nginx must route around it).

At the end the task queue is drained, and every acknowledged post is looked up:
`lost_comments` and `duplicated_comments` over all phases (target 0), and
`duplicate_emails` (the same recipient, subject and body twice; target 0).
Exits non-zero when a correctness target is missed (a speed ratio that misses its
target is printed as `speed_targets: missed: …`, not failed). The whole run takes
five to six minutes on two cores and is stopped after CLUSTER_TIME_LIMIT (540) seconds; every
process it started is stopped on the way out, whatever happens.

Forms: the comment form carries no CSRF token (it sits on pages shared by every
anonymous reader); like a browser, posters send `Origin` and `Sec-Fetch-Site`
(afterword/origin.py). Staff forms (sign-in, approve) carry Django's token, read
from the page as a browser would.
"""

from __future__ import annotations

import bisect
import collections
import contextlib
import hashlib
import http.client
import io
import json
import os
import queue
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from datetime import timedelta
from http.cookies import SimpleCookie
from pathlib import Path

from bench.common import ROOT, configure, report
from bench.servers import WRK, free_port, nginx, wait_for

MIXED_SECONDS = int(os.environ.get("CLUSTER_MIXED_SECONDS", "60"))
HOT_SECONDS = int(os.environ.get("CLUSTER_HOT_SECONDS", "8"))
REDIS_DOWN_SECONDS = 10
TIME_LIMIT = int(os.environ.get("CLUSTER_TIME_LIMIT", "540"))
WEB_CONCURRENCY = os.environ.get("CLUSTER_WEB_CONCURRENCY", "2")
REDIS_PORT = int(os.environ.get("CLUSTER_REDIS_PORT", "6391"))
DATABASE = os.environ.get("CLUSTER_DATABASE", "afterword_cluster")
PASSWORD = "cluster-moderator-password-7310"  # noqa: S105 (a throw-away loopback database)
# nginx keeps time in whole seconds: an entry cached with s-maxage=1 is served until its
# expiry second has passed, i.e. for 1 to 2 s (ngx_http_upstream's valid_sec).
NGINX_CLOCK = 1.0
# ...and it reads that clock once per turn of its event loop, not per request: on two
# cores shared with four gunicorn workers, two workers and PostgreSQL, a turn that began
# before a second boundary can be handled tens of milliseconds after it (CI saw 10-20 ms
# past the bound above). A stale entry of the kind this scenario hunts (a page nobody
# invalidated) is seconds or minutes old, far beyond this slack.
NGINX_TURN = 0.1
IDLE_SECONDS = 3.0  # a kept-alive connection idle longer is not reused
MARKER = re.compile(r"\[cl ([a-z0-9-]+)\]")
MARKER_BYTES = re.compile(rb"\[cl ([a-z0-9-]+)\]")
S_MAXAGE = re.compile(r"s-maxage=(\d+)")
SCHEDULED_DUE_SECONDS = min(25, MIXED_SECONDS // 2)
SCHEDULED_TARGET_SECONDS = 5.0
RATIO_TARGET = 0.5
HOT_PACED_POSTS_PER_S = 5
SENTENCES = [
    "Thank you for writing this, it helped me tonight.",
    "I went through the same thing last spring and it does get lighter.",
    "Reading the others here makes me feel less alone with it.",
    "My counsellor said something similar and I did not believe her then.",
    "Some days are fine and then a song undoes me in the supermarket.",
]


# --- processes -------------------------------------------------------------------


class Processes:
    """Every long-running process of the scenario, each in its own process group."""

    def __init__(self, logs: Path):
        self.logs = logs
        self.running: dict[str, subprocess.Popen] = {}

    def start(self, name: str, command: list[str], env: dict) -> subprocess.Popen:
        log = open(self.logs / f"{name}.log", "ab")  # noqa: SIM115 (kept open by the child)
        process = subprocess.Popen(  # noqa: S603 (our own commands, loopback only)
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        log.close()
        self.running[name] = process
        return process

    def stop(self, name: str, sig: int = signal.SIGTERM) -> None:
        process = self.running.pop(name, None)
        if process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)

    def stop_all(self) -> None:
        for name in reversed(list(self.running)):
            self.stop(name)

    def tail(self, name: str, lines: int = 15) -> str:
        path = self.logs / f"{name}.log"
        return (
            "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
            if path.exists()
            else ""
        )


def redis_command(folder: Path) -> list[str]:
    server = shutil.which("redis-server") or "/usr/bin/redis-server"
    return [
        server, "--bind", "127.0.0.1", "--port", str(REDIS_PORT), "--dir", str(folder),
        "--save", "", "--appendonly", "no", "--daemonize", "no", "--protected-mode", "yes",
    ]  # fmt: skip


def port_taken(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def wait_redis(timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", REDIS_PORT), timeout=1) as s:
                s.sendall(b"PING\r\n")
                if s.recv(16).startswith(b"+PONG"):
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"redis-server did not answer on port {REDIS_PORT}")


def gunicorn_command(port: int) -> list[str]:
    return [
        sys.executable, "-m", "gunicorn", "afterword.wsgi",
        "--config", str(ROOT / "gunicorn.conf.py"),
        "--bind", f"127.0.0.1:{port}", "--log-level", "warning",
    ]  # fmt: skip


def worker_command(host: str) -> list[str]:
    return [
        sys.executable, "manage.py", "db_worker", "--no-reload", "--no-startup-delay",
        "--interval", "0.5", "--worker-id", f"worker-{host}",
    ]  # fmt: skip


def _literally(text: str) -> Callable[[re.Match[str]], str]:
    """A replacement for re.sub taken as it is written (no backslash escapes)."""
    return lambda _: text


def nginx_site(
    port: int, app_ports: list[int], static: Path, media: Path, cache: Path, logs: Path
) -> str:
    """docs/nginx.conf as shipped (its micro-cache, `/static/`, `/media/`), on loopback
    ports, with A and B in its upstream block; a server that fails is left out for 10 s.
    If the file's shape ever stops matching, the same configuration built in here is
    used instead, and the run says so (`nginx_config`)."""
    servers = "\n".join(
        f"    server 127.0.0.1:{p} max_fails=1 fail_timeout=10s;" for p in app_ports
    )
    # gunicorn closes a kept-alive connection after 5 s idle (gunicorn.conf.py): nginx must
    # let go first, or a post sent on a connection gunicorn is closing fails with a 502
    # (nginx never resends a post). docs/nginx.conf needs this line too.
    servers += "\n    keepalive_timeout 4s;"
    site = (ROOT / "docs" / "nginx.conf").read_text()
    replacements = [
        (r"proxy_cache_path \S+", f"proxy_cache_path {cache}"),
        (r"(?m)^    server 127\.0\.0\.1:8000;$", servers),
        (r"listen 80;", f"listen 127.0.0.1:{port};"),
        (
            r"server_name afterword\.example;",
            f"server_name 127.0.0.1;\n    error_log {logs / 'nginx-error.log'} warn;",
        ),
        (r"/srv/afterword/var/static/", f"{static}/"),
        (r"/srv/afterword/var/media/", f"{media}/"),
        # For the scenario only: how long the app took when nginx asked it.
        (
            r"add_header X-Cache \$upstream_cache_status always;",
            "add_header X-Cache $upstream_cache_status always;\n"
            "        add_header X-Upstream-Time $upstream_header_time always;",
        ),
    ]
    for pattern, replacement in replacements:
        site, count = re.subn(pattern, _literally(replacement), site, count=1)
        if count != 1:
            return "# built-in\n" + builtin_site(port, servers, static, media, cache, logs)
    return "# docs/nginx.conf\n" + site


def builtin_site(
    port: int, servers: str, static: Path, media: Path, cache: Path, logs: Path
) -> str:
    return f"""
proxy_cache_path {cache} levels=1:2 keys_zone=afterword_pages:10m
                 max_size=512m inactive=10m use_temp_path=off;
map $http_cookie $afterword_signed_in {{
    default 0;
    "~*(^|;\\s*)sessionid=" 1;
}}
upstream afterword_app {{
{servers}
    keepalive 32;
}}
server {{
    listen 127.0.0.1:{port};
    server_name 127.0.0.1;
    error_log {logs / "nginx-error.log"} warn;
    client_max_body_size 2m;
    location /static/ {{
        alias {static}/;
        expires 30d;
        add_header Cache-Control "public, immutable";
    }}
    location /media/ {{
        alias {media}/;
        expires 7d;
        add_header X-Content-Type-Options nosniff;
        add_header Content-Security-Policy "default-src 'none'; sandbox";
    }}
    location / {{
        proxy_pass http://afterword_app;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_set_header X-Request-ID $request_id;
        proxy_next_upstream error timeout http_502;
        proxy_cache afterword_pages;
        proxy_cache_key $scheme$host$request_uri;
        proxy_cache_revalidate on;
        proxy_cache_bypass $afterword_signed_in;
        proxy_no_cache $afterword_signed_in;
        proxy_cache_lock on;
        proxy_cache_lock_timeout 2s;
        add_header X-Cache $upstream_cache_status always;
        add_header X-Upstream-Time $upstream_header_time always;
    }}
}}
"""


# --- HTTP ------------------------------------------------------------------------


class Client:
    """One keep-alive connection to one loopback port; cookies kept by hand (the
    site's cookies are marked Secure, which a cookie jar would not send over HTTP)."""

    def __init__(self, port: int, timeout: float = 15):
        self.port = port
        self.timeout = timeout
        self.connection: http.client.HTTPConnection | None = None
        self.cookies: dict[str, str] = {}
        self.used_at = 0.0

    def request(self, method: str, path: str, body: dict | None = None, headers=None):
        """(status, headers, body); status 0 when the connection failed."""
        headers = dict(headers or {})
        data = None
        if body is not None:
            data = urllib.parse.urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if self.connection is not None and time.monotonic() - self.used_at > IDLE_SECONDS:
            self.close()  # the server is about to close it (gunicorn keeps 5 s): a new one
        for attempt in (1, 2):
            reused = self.connection is not None
            if self.connection is None:
                self.connection = http.client.HTTPConnection(
                    "127.0.0.1", self.port, timeout=self.timeout
                )
            try:
                self.connection.request(method, path, body=data, headers=headers)
                response = self.connection.getresponse()
                content = response.read()
            except (OSError, http.client.HTTPException) as error:
                self.close()
                # A kept-alive connection the server closed while idle (gunicorn's
                # keepalive is 5 s): a read is tried once more on a new one, as browsers
                # do. A post never is; a timeout is a failure either way.
                if (
                    attempt == 1
                    and reused
                    and method == "GET"
                    and not isinstance(error, TimeoutError)
                ):
                    continue
                return 0, {}, b""
            self.used_at = time.monotonic()
            for raw in response.headers.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(raw).items():
                    self.cookies[name] = morsel.value
            if response.getheader("Connection", "").lower() == "close":
                self.close()
            return response.status, response.headers, content
        return 0, {}, b""  # pragma: no cover

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def form_token(page: bytes) -> str:
    match = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    if not match:
        raise RuntimeError("no CSRF token on the page")
    return match.group(1).decode()


# --- what was acknowledged, and what readers saw ----------------------------------------


class Ledger:
    """Every post the site acknowledged (a redirect after the form), and since when each
    comment is visible: published at once, or approved by the moderator."""

    def __init__(self):
        self.lock = threading.Lock()
        self.times: list[float] = []
        self.visible: list[str] = []
        self.posted: dict[str, str] = {}  # marker -> phase

    def posted_ok(self, marker: str, phase: str, visible: bool) -> None:
        with self.lock:
            self.posted[marker] = phase
            if visible:
                self.times.append(time.monotonic())
                self.visible.append(marker)

    def became_visible(self, marker: str) -> None:
        with self.lock:
            self.times.append(time.monotonic())
            self.visible.append(marker)

    def visible_before(self, moment: float) -> list[str]:
        with self.lock:
            return self.visible[: bisect.bisect_left(self.times, moment)]

    def oldest_missing(self, moment: float, seen: set[str]) -> float | None:
        """When the oldest comment visible before `moment` but not in `seen` became visible."""
        with self.lock:
            end = bisect.bisect_left(self.times, moment)
            pairs = zip(self.times[:end], self.visible[:end], strict=True)
            return next((t for t, m in pairs if m not in seen), None)


class Figures:
    """Counts per phase, from many threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        self.lags: dict[tuple[str, str], list[float]] = collections.defaultdict(list)
        self.examples: list[str] = []

    def add(self, phase: str, name: str, amount: int = 1) -> None:
        with self.lock:
            self.counts[phase][name] += amount

    def lag(self, phase: str, target: str, seconds: float) -> None:
        """How far behind the acknowledged content a read was (0: it had everything)."""
        with self.lock:
            self.lags[phase, target].append(seconds)

    def max_lag(self, phases: tuple[str, ...], target: str) -> float:
        return max((x for p in phases for x in self.lags[p, target]), default=0.0)

    def example(self, text: str) -> None:
        with self.lock:
            if len(self.examples) < 8:
                self.examples.append(text)


class Steps:
    """Seconds per set-up step, on stderr (the figures stay on stdout)."""

    def __init__(self):
        self.last = time.monotonic()

    def __call__(self, name: str) -> None:
        now = time.monotonic()
        print(f"# set-up: {name} {now - self.last:.1f} s", file=sys.stderr, flush=True)
        self.last = now


class Scenario:
    def __init__(self, work: Path):
        self.work = work
        self.logs = work / "logs"
        self.logs.mkdir(parents=True)
        self.mail = work / "mail"
        self.mail.mkdir()
        self.media = work / "media"
        self.media.mkdir()
        self.processes = Processes(self.logs)
        self.ledger = Ledger()
        # The hot phase's posts acknowledged, by the answer they went to (final_counts).
        self.hot_acknowledged: collections.Counter = collections.Counter()
        self.figures = Figures()
        self.phase = "setup"
        self.stop_event = threading.Event()
        self.threads: list[threading.Thread] = []
        self.ports = {"a": free_port(), "b": free_port(), "nginx": free_port()}
        self.s_maxage = 0.0
        self.nginx_fetches: list[tuple[float, float]] = []  # (received, seconds the app took)
        self.fetch_lock = threading.Lock()
        self.cached_reads: list[tuple[str, float, float, float]] = []  # phase, sent, got, lag
        self.missed: list[str] = []
        self.slow: list[str] = []
        self.held: queue.Queue[str] = queue.Queue()
        self.results: dict[str, object] = {}

    # -- figures --

    def figure(self, name: str, value, target=None, *, speed: bool = False) -> None:
        """Print `name: value`; `target` is a function of the value that says whether it is met.

        A missed correctness target (stale reads, errors, lost or doubled posts and
        emails) fails the run. A missed `speed` target is printed and reported, but a
        ratio measured on a busy two-core machine is a figure, not a pass or a fail.
        """
        self.results[name] = value
        report(name, value)
        if target is not None and not target(value):
            (self.slow if speed else self.missed).append(name)

    # -- environment of each "host" --

    def env(self, host: str) -> dict:
        env = {
            **os.environ,
            "AFTERWORD_VAR_DIR": str(self.work / f"var-{host}"),
            "CLUSTER_HOST": host,
            "WEB_CONCURRENCY": WEB_CONCURRENCY,
        }
        env.pop("PAGE_MIRROR_DIR", None)
        return env

    def host_env_common(self, database_url: str) -> None:
        """Settings every process of the cluster shares (this one too)."""
        os.environ.update(
            DATABASE_URL=database_url,
            REDIS_URL=f"redis://127.0.0.1:{REDIS_PORT}/0",
            SECRET_KEY="cluster-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",  # noqa: S106
            DEBUG="0",
            SITE_URL=f"http://127.0.0.1:{self.ports['nginx']}",
            ALLOWED_HOSTS="127.0.0.1,localhost",
            SECURE_SSL_REDIRECT="0",
            TRUSTED_PROXY_HOPS="1",
            RATE_LIMIT_PER_IP="1000000",
            RATE_LIMIT_PER_EMAIL="1000000",
            EMAIL_BACKEND="bench.cluster_mail.EmailBackend",
            CLUSTER_MAIL_DIR=str(self.mail),
            MEDIA_ROOT=str(self.media),
            ACCESS_LOG=os.devnull,
            LOG_LEVEL="WARNING",
            PAGE_CACHE="1",
        )
        os.environ.pop("PAGE_MIRROR_DIR", None)

    # -- set-up --

    def start(self) -> None:
        started = time.monotonic()
        step = Steps()
        subprocess.run(["sh", "scripts/ensure-cluster-tools.sh"], cwd=ROOT, check=True)  # noqa: S607
        database_url = subprocess.run(  # noqa: S603
            ["sh", "scripts/ensure-postgres.sh", "--fresh", DATABASE],  # noqa: S607
            cwd=ROOT, check=True, capture_output=True, text=True,
        ).stdout.split()[-1]  # fmt: skip
        step("tools and a fresh database")
        global REDIS_PORT
        if port_taken(REDIS_PORT):  # e.g. a Redis left by a run that was killed -9
            REDIS_PORT = free_port()
        self.host_env_common(database_url)
        redis_dir = self.work / "redis"
        redis_dir.mkdir()
        self.processes.start("redis", redis_command(redis_dir), dict(os.environ))
        wait_redis()
        configure(str(self.work / "var-control"))
        step("migrate and collectstatic")
        for host in ("a", "b"):
            shutil.copytree(
                self.work / "var-control" / "static", self.work / f"var-{host}" / "static"
            )
        # The servers load their code while the data is written.
        for host in ("a", "b"):
            env = {**self.env(host), "BIND": f"127.0.0.1:{self.ports[host]}"}
            self.processes.start(f"web-{host}", gunicorn_command(self.ports[host]), env)
            self.processes.start(f"worker-{host}", worker_command(host), self.env(host))
        self.seed()
        step("seed")
        for host in ("a", "b"):
            try:
                wait_for(f"http://127.0.0.1:{self.ports[host]}/robots.txt", timeout=120)
            except RuntimeError:
                print(self.processes.tail(f"web-{host}"), file=sys.stderr)
                raise
        step("app servers up")
        self.setup_seconds = time.monotonic() - started

    def seed(self) -> None:
        from django.contrib.auth.models import Group, User
        from django.core.files.base import ContentFile
        from django.core.files.storage import default_storage
        from django.utils import timezone
        from PIL import Image

        from afterword.identity import email_key
        from bench.common import seed_answers
        from bench.generate import make_thread
        from column.models import Columnist
        from discussion.models import Comment
        from discussion.services import seed_comment
        from moving.commands import refresh_statistics
        from people.models import Subscription

        self.hot = seed_answers([1000])[1000]
        self.columnist = Columnist.objects.get(slug="bench-columnist")
        # poster1…poster200@example.org have been published before (bulk rows: fast).
        returning = self.make_answer("cluster-returning", "Where the returning commenters met")
        make_thread(returning, 200, seed=3)
        rows = list(Comment.objects.filter(answer=returning).order_by("pk"))
        for number, row in enumerate(rows, start=1):
            row.email, row.pen_name = f"poster{number}@example.org", f"Poster {number}"
        Comment.objects.bulk_update(rows, ["email", "pen_name"], batch_size=500)
        self.mixed = self.make_answer("cluster-mixed", "Mixed load on two servers")
        # Where the hot thread's posters post when they don't post to it.
        self.elsewhere = self.make_answer("cluster-elsewhere", "Not the hot thread")
        self.roots = [
            seed_comment(
                answer=self.mixed,
                pen_name=f"Root {i}",
                email=f"root{i}@example.org",
                body=f"A conversation starts here, number {i}.",
                status="published",
                notify_replies=i < 2,
            ).comment.pk
            for i in range(5)
        ]
        seed_comment(
            answer=self.mixed,
            pen_name="Waiting One",
            email="waiting@example.org",
            body="Left in the queue, for the moderation digest.",
            status="pending",
        )
        Subscription.objects.create(
            email="digest@example.org",
            email_hash=email_key("digest@example.org"),
            scope="thread",
            answer=self.mixed,
            frequency="daily",
            confirmed_at=timezone.now() - timedelta(days=1),
        )
        moderator = User.objects.create_user(
            "cluster-moderator", email="moderator@cluster.example", password=PASSWORD
        )
        moderator.groups.add(Group.objects.get_or_create(name="Moderators")[0])
        # A columnist's photo, uploaded on one host, served by nginx from the shared folder.
        image = io.BytesIO()
        Image.new("RGB", (24, 24), (120, 90, 200)).save(image, "PNG")
        self.photo = image.getvalue()
        self.photo_name = default_storage.save("columnists/cluster.png", ContentFile(self.photo))
        Columnist.objects.filter(pk=self.columnist.pk).update(photo=self.photo_name)
        # Rows written in bulk: give the planner their statistics, as an import does,
        # rather than measure the minute before autovacuum comes by.
        refresh_statistics()

    def make_answer(self, slug: str, title: str):
        from django.utils import timezone

        from column.models import Answer
        from column.services import publish_answer

        answer = Answer(
            slug=slug,
            title=title,
            columnist=self.columnist,
            pen_name="Measured",
            question="What happens when two servers answer one reader?",
            body="They should tell the **same** story.",
        )
        return publish_answer(answer, at=timezone.now() - timedelta(days=1))

    def schedule_answer(self) -> None:
        from django.utils import timezone

        from column.models import Answer
        from column.services import publish_answer, receive_letter

        letter = receive_letter(
            pen_name="Writer",
            email="writer@cluster.example",
            body="Will my letter be answered on both of your servers?",
            consent_to_publish=True,
        ).letter
        answer = Answer(
            slug="cluster-scheduled",
            title="An answer scheduled for two servers",
            columnist=self.columnist,
            letter=letter,
            pen_name="Writer",
            question="Will my letter be answered on both of your servers?",
            body="Yes, at the same moment.",
        )
        self.scheduled_due = time.monotonic() + SCHEDULED_DUE_SECONDS
        publish_answer(answer, at=timezone.now() + timedelta(seconds=SCHEDULED_DUE_SECONDS))
        self.scheduled = answer

    # -- load --

    def spawn(self, target, *args) -> None:
        thread = threading.Thread(target=self._guarded, args=(target, *args), daemon=True)
        thread.start()
        self.threads.append(thread)

    def _guarded(self, target, *args) -> None:
        from django.db import connection

        try:
            target(*args)
        except Exception as error:  # a broken load thread must show, not hang the run
            self.figures.example(f"{target.__name__} stopped: {error!r}")
            self.figures.add(self.phase, "thread_errors")
        finally:
            connection.close()

    def run_load(self, seconds: float, *, readers: list[str], posters: list[str], during=None):
        """Readers and posters on the given targets for `seconds`; `during` runs meanwhile
        in this thread (fault injection) and may end the phase early by returning."""
        self.stop_event.clear()
        self.threads = []
        for number, target in enumerate(readers):
            self.spawn(self.reader, target, number)
        for number, targets in enumerate(posters):
            self.spawn(self.poster, targets.split("+"), number)
        ends = time.monotonic() + seconds
        try:
            if during is not None:
                during(ends)
            while time.monotonic() < ends:
                time.sleep(0.1)
        finally:
            self.stop_event.set()
            for thread in self.threads:
                thread.join(timeout=30)

    def reader(self, target: str, number: int) -> None:
        client = Client(self.ports[target])
        path = self.mixed.get_absolute_url()
        while not self.stop_event.is_set():
            phase = self.phase
            sent = time.monotonic()
            status, headers, body = client.request("GET", path)
            self.figures.add(phase, "reads")
            self.figures.add(phase, f"reads_{target}")
            if status == 0:
                self.figures.add(phase, "read_socket_errors")
                time.sleep(0.05)
                continue
            if status >= 500:
                self.figures.add(phase, "read_errors_5xx")
                self.figures.add(phase, f"read_errors_5xx_{target}")
                continue
            if status != 200:
                self.figures.add(phase, "read_other_status")
                continue
            bound: float | None = 0.0
            if target == "nginx":
                bound = self.nginx_allowance(sent, headers)
                self.figures.add(phase, f"nginx_cache_{headers.get('X-Cache', 'none').lower()}")
            self.check_read(phase, target, sent, body, bound, headers)

    def check_read(self, phase: str, target: str, sent: float, body: bytes, bound, headers):
        """Count the read as stale if it misses a comment visible for longer than `bound`
        (None: a page from nginx's cache, settled once the phase is over)."""
        seen = {m.decode() for m in MARKER_BYTES.findall(body)}
        oldest = self.ledger.oldest_missing(sent, seen)
        lag = sent - oldest if oldest is not None else 0.0
        self.figures.lag(phase, target, lag)
        if target == "nginx" and lag > self.s_maxage:
            self.figures.add(phase, "nginx_reads_older_than_s_maxage")
        if oldest is None:
            return
        if bound is None:
            with self.fetch_lock:
                self.cached_reads.append((phase, sent, time.monotonic(), lag))
        elif lag > bound:
            self.stale(phase, target, f"{headers.get('X-Cache', '-')}", lag, bound)

    def stale(self, phase: str, target: str, how: str, lag: float, allowed: float) -> None:
        self.figures.add(phase, "stale_reads")
        self.figures.add(phase, f"stale_reads_{target}")
        self.figures.example(
            f"{phase}: {target} read ({how}) missed a comment visible for {lag:.2f} s "
            f"(allowed {allowed:.2f} s)"
        )

    def nginx_allowance(self, sent: float, headers) -> float | None:
        """0 for a page nginx fetched from the app for this very request (MISS, EXPIRED…),
        which must be as fresh as one from the app itself; None for a page from nginx's
        cache, whose allowance (`cached_allowance`) is settled after the phase."""
        received = time.monotonic()
        match = S_MAXAGE.search(headers.get("Cache-Control", "") or "")
        self.s_maxage = max(self.s_maxage, float(match.group(1)) if match else 0.0)
        if headers.get("X-Cache", "") == "HIT":
            return None
        # The app's own time for the fetch, as nginx measured it (a header the scenario
        # adds: until the app's answer began, which Django sends once the page is made);
        # without it, the time this reader waited.
        try:
            took = float(headers.get("X-Upstream-Time", "").split(",")[-1])
        except ValueError:
            took = received - sent
        with self.fetch_lock:
            self.nginx_fetches.append((received, took))
        return 0.0

    def cached_allowance(self, sent: float, received: float) -> float:
        """How old a page from nginx's cache may be: its declared shared max age
        (`s-maxage`), counted as nginx counts it: from when nginx got the page from the
        app (so plus the time the app took for that fetch), on nginx's clock of whole
        seconds (an entry valid for 1 s stays until the end of the next second: up to
        s-maxage + 1 s), read once per event-loop turn (NGINX_TURN). The entry's fetch is
        one of those our readers saw end between that long before this read and shortly
        after it (the slowest of them is taken)."""
        oldest = sent - self.s_maxage - NGINX_CLOCK - NGINX_TURN
        with self.fetch_lock:
            window = [d for r, d in self.nginx_fetches if oldest <= r <= received + 1]
            fetches = sorted(d for _, d in self.nginx_fetches)
        typical = fetches[len(fetches) // 2] if fetches else 0.0
        return self.s_maxage + NGINX_CLOCK + NGINX_TURN + max(window, default=typical)

    def settle_cached_reads(self, phases: tuple[str, ...]) -> None:
        with self.fetch_lock:
            reads = [r for r in self.cached_reads if r[0] in phases]
            self.cached_reads = [r for r in self.cached_reads if r[0] not in phases]
        for phase, sent, received, lag in reads:
            allowed = self.cached_allowance(sent, received)
            if lag > allowed:
                self.stale(phase, "nginx", "HIT", lag, allowed)

    def poster(self, targets: list[str], number: int) -> None:
        from django.core import signing

        from discussion.notices import _SALT

        rng = random.Random(number)
        clients = {t: Client(self.ports[t]) for t in targets}
        path = f"/answers/{self.mixed.slug}/comments/"
        count = 0
        while not self.stop_event.is_set():
            phase = self.phase
            count += 1
            target = targets[count % len(targets)]
            poster = rng.randint(1, 200)
            marker = f"{phase[:1]}{number}-{count}"
            status, headers, _ = clients[target].request(
                "POST",
                path,
                body={
                    "name": f"Poster {poster}",
                    "email": f"poster{poster}@example.org",
                    "body": f"{rng.choice(SENTENCES)} [cl {marker}]",
                    "accept_terms": "on",
                    "notify_replies": "on",
                    "parent": str(rng.choice(self.roots)),
                },
                headers=self.post_headers(target, poster),
            )
            self.figures.add(phase, "posts")
            if status == 302:
                query = urllib.parse.urlparse(headers.get("Location", "")).query
                token = urllib.parse.parse_qs(query).get("posted", [""])[0]
                try:
                    reasons = signing.loads(token, salt=_SALT).get("r", [])
                except signing.BadSignature:
                    reasons = ["unknown"]
                self.ledger.posted_ok(marker, phase, visible=not reasons)
                self.figures.add(phase, "posts_acknowledged")
                if reasons:
                    self.figures.add(phase, "posts_held")
            elif status == 0:
                self.figures.add(phase, "post_socket_errors")
            elif status >= 500:
                self.figures.add(phase, "post_errors_5xx")
            else:
                self.figures.add(phase, f"post_status_{status}")
            time.sleep(rng.uniform(0.2, 0.5))

    def post_headers(self, target: str, poster: int) -> dict:
        return {
            "Origin": f"http://127.0.0.1:{self.ports[target]}",
            "Sec-Fetch-Site": "same-origin",
            "X-Forwarded-For": f"198.18.{poster // 250}.{poster % 250}",
        }

    def newcomer(self) -> None:
        """People who have never been published: each first comment waits for a moderator."""
        from django.core import signing

        from discussion.notices import _SALT

        clients = {t: Client(self.ports[t]) for t in ("b", "nginx")}
        path = f"/answers/{self.mixed.slug}/comments/"
        count = 0
        while not self.stop_event.is_set():
            count += 1
            target = ("b", "nginx")[count % 2]
            marker = f"h{count}"
            status, headers, _ = clients[target].request(
                "POST",
                path,
                body={
                    "name": f"Newcomer {count}",
                    "email": f"newcomer{count}@example.org",
                    "body": f"My first words here. {SENTENCES[count % 5]} [cl {marker}]",
                    "accept_terms": "on",
                    "parent": str(self.roots[count % len(self.roots)]),
                },
                headers=self.post_headers(target, 200 + count % 50),
            )
            self.figures.add(self.phase, "posts")
            if status == 302:
                query = urllib.parse.urlparse(headers.get("Location", "")).query
                token = urllib.parse.parse_qs(query).get("posted", [""])[0]
                reasons = signing.loads(token, salt=_SALT).get("r", [])
                self.ledger.posted_ok(marker, self.phase, visible=not reasons)
                self.figures.add(self.phase, "posts_acknowledged")
                if reasons:
                    self.held.put(marker)
            else:
                self.figures.add(self.phase, f"newcomer_status_{status}")
            self.stop_event.wait(1.0)

    def moderator(self) -> None:
        """Signs in on A, approves each held comment there with the form's own token, and
        reads the page from B and from A at once, and through nginx after its bound."""
        from discussion.models import Comment

        staff = Client(self.ports["a"])
        status, _, page = staff.request("GET", "/accounts/login/")
        status, headers, _ = staff.request(
            "POST",
            "/accounts/login/",
            body={
                "username": "cluster-moderator",
                "password": PASSWORD,
                "csrfmiddlewaretoken": form_token(page),
                "next": "/moderation/",
            },
        )
        if status != 302 or "sessionid" not in staff.cookies:
            raise RuntimeError(f"the moderator could not sign in ({status})")
        readers = {t: Client(self.ports[t]) for t in ("a", "b", "nginx")}
        path = self.mixed.get_absolute_url()
        while not self.stop_event.is_set():
            try:
                marker = self.held.get(timeout=0.5)
            except queue.Empty:
                continue
            comment = Comment.objects.filter(body__contains=f"[cl {marker}]").first()
            if comment is None:
                self.figures.example(f"held comment {marker} is not in the database")
                continue
            status, _, page = staff.request("GET", f"/moderation/comments/{comment.pk}/")
            if status != 200:
                self.figures.add("mixed", f"moderation_page_status_{status}")
                continue
            status, _, _ = staff.request(
                "POST",
                f"/moderation/comments/{comment.pk}/approve/",
                body={"csrfmiddlewaretoken": form_token(page), "next": "/moderation/"},
            )
            if status != 302:
                self.figures.add("mixed", f"approve_status_{status}")
                continue
            acknowledged = time.monotonic()
            self.ledger.became_visible(marker)
            self.figures.add("mixed", "approvals")
            for target in ("b", "a"):
                status, _, body = readers[target].request("GET", path)
                if status == 200 and f"[cl {marker}]".encode() in body:
                    self.figures.add("mixed", f"approval_seen_next_read_{target}")
                elif status == 0:
                    self.figures.add("mixed", "read_socket_errors")
                    self.figures.example(f"approved {marker}: no answer from {target}")
                elif status >= 500:
                    self.figures.add("mixed", "read_errors_5xx")
                else:
                    self.figures.add("mixed", "stale_reads")
                    self.figures.add("mixed", f"stale_reads_after_approval_{target}")
                    self.figures.example(
                        f"approved {marker}: {target} answered {status} without it"
                    )
            # Through nginx: the first read after the micro-cache's allowance must have it.
            for _ in range(5):
                with self.fetch_lock:
                    fetch = max((d for _, d in self.nginx_fetches[-5:]), default=0.0)
                wait = acknowledged + self.s_maxage + fetch + 0.05 - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
                sent = time.monotonic()
                status, headers, body = readers["nginx"].request("GET", path)
                if status != 200:
                    failure = "read_socket_errors" if status == 0 else "read_errors_5xx"
                    self.figures.add("mixed", failure)
                    break
                allowed = self.nginx_allowance(sent, headers)
                if allowed is None:
                    allowed = self.cached_allowance(sent, time.monotonic())
                if f"[cl {marker}]".encode() in body:
                    self.figures.add("mixed", "approval_seen_next_read_nginx")
                    break
                if sent - acknowledged > allowed:
                    self.figures.add("mixed", "stale_reads")
                    self.figures.add("mixed", "stale_reads_after_approval_nginx")
                    self.figures.example(f"approved {marker}: nginx served a page without it")
                    break

    def watch_scheduled(self) -> None:
        """The home page of A, B and nginx lists the scheduled answer once it is due."""
        clients = {t: Client(self.ports[t]) for t in ("a", "b", "nginx")}
        link = self.scheduled.get_absolute_url().encode()
        for target, client in clients.items():  # before: cached without it, everywhere
            status, _, body = client.request("GET", "/")
            if link in body and time.monotonic() < self.scheduled_due - 1:
                self.figures.add("mixed", f"scheduled_visible_early_{target}")
        self.seen_scheduled: dict[str, float] = {}
        while not self.stop_event.is_set() and time.monotonic() < self.scheduled_due:
            time.sleep(0.1)
        while not self.stop_event.is_set() and len(self.seen_scheduled) < 3:
            for target, client in clients.items():
                if target in self.seen_scheduled:
                    continue
                sent = time.monotonic()
                status, _, body = client.request("GET", "/")
                if status == 200 and link in body:
                    self.seen_scheduled[target] = sent - self.scheduled_due
            time.sleep(0.2)

    # -- phases --

    def phase_mixed(self) -> None:
        self.phase = "mixed"
        self.schedule_answer()
        extra = [self.newcomer, self.moderator, self.watch_scheduled]

        def helpers(ends: float) -> None:
            for target in extra:
                self.spawn(target)

        self.run_load(
            MIXED_SECONDS,
            readers=["a", "a", "b", "b", "nginx", "nginx"],
            posters=["a+b+nginx", "b+nginx+a", "nginx+a+b"],
            during=helpers,
        )
        self.settle_cached_reads(("mixed",))
        counts = self.figures.counts["mixed"]
        self.figure("mixed_seconds", MIXED_SECONDS)
        self.figure("mixed_reads", counts["reads"])
        self.figure(
            "mixed_reads_a_b_nginx",
            f"{counts['reads_a']}/{counts['reads_b']}/{counts['reads_nginx']}",
        )
        self.figure("mixed_posts_acknowledged", counts["posts_acknowledged"])
        self.figure("approvals", counts["approvals"], lambda v: v > 0)
        self.figure(
            "approval_seen_on_next_read_b_a_nginx",
            f"{counts['approval_seen_next_read_b']}/{counts['approval_seen_next_read_a']}/"
            f"{counts['approval_seen_next_read_nginx']}",
        )
        self.figure("nginx_s_maxage", self.s_maxage)
        with self.fetch_lock:
            fetches = sorted(d for _, d in self.nginx_fetches)
        self.figure(
            "nginx_fetch_s_median_max",
            f"{fetches[len(fetches) // 2]:.2f}/{fetches[-1]:.2f}" if fetches else "none",
        )
        self.figure("nginx_reads_older_than_s_maxage", counts["nginx_reads_older_than_s_maxage"])
        self.figure(
            "nginx_cache_hit_miss_revalidated_expired",
            "/".join(
                str(counts[f"nginx_cache_{k}"]) for k in ("hit", "miss", "revalidated", "expired")
            ),
        )
        self.figure(
            "max_lag_s_a_b_nginx",
            "/".join(f"{self.figures.max_lag(('mixed',), t):.2f}" for t in ("a", "b", "nginx")),
        )
        self.figure("stale_reads", counts["stale_reads"], lambda v: v == 0)
        self.figure("mixed_read_errors_5xx", counts["read_errors_5xx"], lambda v: v == 0)
        self.figure("mixed_post_errors_5xx", counts["post_errors_5xx"], lambda v: v == 0)
        self.figure("mixed_read_socket_errors", counts["read_socket_errors"], lambda v: v == 0)
        self.figure("mixed_post_socket_errors", counts["post_socket_errors"], lambda v: v == 0)
        seen = getattr(self, "seen_scheduled", {})
        worker = self.scheduled_worker()
        self.figure("scheduled_answer_published_by", worker, lambda v: v.startswith("worker-"))
        # Within 5 s on A and B; through nginx, 5 s and its micro-cache's bound.
        in_time = len(seen) == 3 and (
            max(seen["a"], seen["b"]) <= SCHEDULED_TARGET_SECONDS
            and seen["nginx"] <= SCHEDULED_TARGET_SECONDS + self.s_maxage
        )
        self.figure(
            "scheduled_answer_on_a_b_nginx_after_s",
            "/".join(f"{seen[t]:.1f}" if t in seen else "never" for t in ("a", "b", "nginx")),
            lambda v: in_time,
        )
        early = sum(v for k, v in counts.items() if k.startswith("scheduled_visible_early"))
        self.figure("scheduled_answer_visible_early", early, lambda v: v == 0)

    def scheduled_worker(self) -> str:
        from django_tasks_db.models import DBTaskResult

        result = (
            DBTaskResult.objects.filter(task_path__endswith="answer_goes_live")
            .order_by("-enqueued_at")
            .first()
        )
        if result is None:
            return "nobody (no task)"
        workers = getattr(result, "worker_ids", None) or []
        return f"{workers[-1] if workers else 'unknown'} ({result.status.lower()})"

    def phase_daily(self) -> None:
        self.phase = "daily"
        jobs = ("send_digests", "moderation_digest", "purge_retention")
        running = {}
        for job in jobs:
            for host in ("a", "b"):
                running[job, host] = subprocess.Popen(  # noqa: S603
                    [sys.executable, "manage.py", job],
                    cwd=ROOT, env=self.env(host), stdout=subprocess.PIPE,
                    stderr=subprocess.STDOUT, text=True, start_new_session=True,
                )  # fmt: skip
        outputs = {}
        try:
            for key, process in running.items():
                outputs[key] = process.communicate(timeout=120)[0]
        finally:
            for process in running.values():
                if process.poll() is None:
                    os.killpg(process.pid, signal.SIGKILL)
        for job in jobs:
            runs = sum(
                1
                for host in ("a", "b")
                if running[job, host].returncode == 0 and "skipped" not in outputs[job, host]
            )
            skipped = sum(1 for host in ("a", "b") if "skipped" in outputs[job, host])
            failed = [h for h in ("a", "b") if running[job, h].returncode != 0]
            for host in failed:
                print(
                    f"# {job} on host {host} failed:\n{outputs[job, host][-800:]}", file=sys.stderr
                )
            self.figure(f"daily_job_runs_{job}", runs, lambda v: v == 1)
            self.figure(f"daily_job_skipped_{job}", skipped)

    def phase_hot(self) -> None:
        self.phase = "hot"
        path = self.hot.get_absolute_url()
        timings, etags = [], 0
        for host in ("a", "b"):  # every worker has the page before the clock starts
            client = Client(self.ports[host])
            for _ in range(10):
                sent = time.perf_counter()
                status, headers, _ = client.request("GET", path)
                timings.append((time.perf_counter() - sent) * 1000)
                etags += bool(headers.get("ETag")) if status == 200 else 0
            client.close()
        timings.sort()
        self.figure("hot_page_read_ms_median", round(timings[len(timings) // 2], 1))
        self.figure("hot_page_with_etag", f"{etags}/{len(timings)}")

        def readers(seconds: int) -> list[subprocess.Popen]:
            return [
                subprocess.Popen(  # noqa: S603 (loopback only, bounded in time)
                    [
                        WRK,
                        "-t1",
                        "-c100",
                        f"-d{seconds}s",
                        "--timeout",
                        "10s",
                        f"http://127.0.0.1:{self.ports[host]}{path}",
                    ],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                )  # fmt: skip
                for host in ("a", "b")
            ]

        def rps(processes) -> tuple[float, int]:
            total, errors = 0.0, 0
            for process in processes:
                out, _ = process.communicate(timeout=HOT_SECONDS + 60)
                rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
                if rate is None:
                    raise RuntimeError(f"wrk printed no Requests/sec:\n{out}")
                total += float(rate.group(1))
                if match := re.search(r"Non-2xx or 3xx responses: (\d+)", out):
                    errors += int(match.group(1))
            return total, errors

        text = urllib.parse.quote_plus(
            "A reply in a busy thread, written with care for the others."
        )

        def posters(label: str, answer, pace_ms: int | None = None) -> list[subprocess.Popen]:
            return [
                subprocess.Popen(  # noqa: S603 (loopback only, bounded in time)
                    [
                        WRK,
                        "-t1",
                        "-c10",
                        f"-d{HOT_SECONDS}s",
                        "--timeout",
                        "10s",
                        "-s",
                        str(ROOT / "bench" / "post.lua"),
                        f"http://127.0.0.1:{self.ports[host]}{path}",
                        "--",
                        f"/answers/{answer.slug}/comments/",
                        f"http://127.0.0.1:{self.ports[host]}",
                        text,
                        "",
                        f"{host}{label}",
                        str(pace_ms or ""),
                    ],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                )  # fmt: skip
                for host in ("a", "b")
            ]

        def posted(processes) -> tuple[int, int, int]:
            acknowledged = sent = failed = 0
            for process in processes:
                out, _ = process.communicate(timeout=HOT_SECONDS + 60)
                lines = dict(re.findall(r"^([a-z0-9_]+): ([\d.]+)$", out, re.M))
                acknowledged += int(float(lines.get("acknowledged", 0)))
                sent += int(float(lines.get("posts", 0)))
                failed += int(float(lines.get("errors_5xx", 0)))
            return acknowledged, sent, failed

        # Quiet, posting to the hot thread, and the same posters posting to another
        # answer take turns, twice, so that a change in the machine's other load
        # weighs on every side alike. Posting elsewhere costs the machine the same
        # work but leaves the hot page as it is: what reads lose then is the posts'
        # own share of the machine, and what they lose beyond it when the posts go
        # to the hot thread is the cost of its changes (renders, waits, transfers).
        # Then the same 20 posters to the hot thread at a steady pace (HOT_PACED_POSTS_PER_S
        # in all, a post every 0.2 s on one thread: still far busier than people write),
        # for information: with a fixed rate of changes, what reads keep does not depend
        # on how fast the server answers the posters.
        pace_ms = round(20 / HOT_PACED_POSTS_PER_S * 1000)
        # name: the posts' markers' label, where the posters post, and their pace (None:
        # again as soon as answered)
        parts = {
            "posting": ("h", self.hot, None),
            "elsewhere": ("e", self.elsewhere, None),
            "paced": ("p", self.hot, pace_ms),
        }
        reads = dict.fromkeys(("quiet", *parts), 0.0)  # reads/s, the two rounds' mean
        acknowledged_in: collections.Counter = collections.Counter()
        errors = posts = 0
        for round_number in range(2):
            rate, failed = rps(readers(HOT_SECONDS))
            reads["quiet"] += rate / 2
            errors += failed
            for name, (label, answer, pace) in parts.items():
                reading = readers(HOT_SECONDS)
                posting = posters(f"{label}{round_number}", answer, pace)
                rate, failed = rps(reading)
                acknowledged, sent, failed_posts = posted(posting)
                errors += failed + failed_posts
                posts += sent
                reads[name] += rate / 2
                acknowledged_in[name] += acknowledged
                self.hot_acknowledged[answer] += acknowledged
        quiet, busy, elsewhere, paced = (
            reads[name] for name in ("quiet", "posting", "elsewhere", "paced")
        )
        self.figure("hot_thread_reads_per_s_quiet", round(quiet, 1))
        self.figure("hot_thread_reads_per_s_posting", round(busy, 1))
        self.figure("hot_thread_reads_per_s_posting_elsewhere", round(elsewhere, 1))
        self.figure("hot_thread_posts", posts)
        self.figure(
            "hot_thread_posts_per_s", round(acknowledged_in["posting"] / HOT_SECONDS / 2, 1)
        )
        self.figure("hot_thread_errors", errors, lambda v: v == 0)
        self.figure(
            "hot_thread_read_ratio", round(busy / quiet, 3) if quiet else 0.0,
            lambda v: v >= RATIO_TARGET, speed=True,
        )  # fmt: skip
        self.figure("hot_thread_changes_ratio", round(busy / elsewhere, 3) if elsewhere else 0.0)
        self.figure("hot_thread_reads_per_s_paced", round(paced, 1))
        self.figure(
            "hot_thread_paced_posts_per_s", round(acknowledged_in["paced"] / HOT_SECONDS / 2, 1)
        )
        self.figure("hot_thread_paced_read_ratio", round(paced / quiet, 3) if quiet else 0.0)

    def cache_ok(self, host: str) -> bool:
        client = Client(self.ports[host], timeout=3)
        status, _, body = client.request("GET", "/healthz")
        client.close()
        try:
            return status == 200 and json.loads(body).get("cache") == "ok"
        except ValueError:
            return False

    def phase_redis(self) -> None:
        self.phase = "redis"
        recovered: dict[str, float] = {}

        def outage(ends: float) -> None:
            time.sleep(3)
            self.processes.stop("redis")
            down = time.monotonic()
            time.sleep(REDIS_DOWN_SECONDS)
            self.processes.start("redis", redis_command(self.work / "redis"), dict(os.environ))
            wait_redis()
            restarted = time.monotonic()
            self.redis_down_seconds = restarted - down
            while len(recovered) < 2 and time.monotonic() - restarted < 20:
                for host in ("a", "b"):
                    if host not in recovered and self.cache_ok(host):
                        recovered[host] = time.monotonic() - restarted
                time.sleep(0.2)

        self.run_load(
            REDIS_DOWN_SECONDS + 12,
            readers=["a", "b", "nginx", "nginx"],
            posters=["a+b+nginx", "b+nginx+a"],
            during=outage,
        )
        self.settle_cached_reads(("redis",))
        counts = self.figures.counts["redis"]
        self.figure("redis_down_seconds", round(self.redis_down_seconds, 1))
        self.figure("redis_reads", counts["reads"])
        self.figure("redis_posts_acknowledged", counts["posts_acknowledged"])
        self.figure(
            "redis_errors_5xx",
            counts["read_errors_5xx"] + counts["post_errors_5xx"],
            lambda v: v == 0,
        )
        self.figure("redis_stale_reads", counts["stale_reads"], lambda v: v == 0)
        self.figure(
            "redis_max_lag_s_a_b_nginx",
            "/".join(f"{self.figures.max_lag(('redis',), t):.2f}" for t in ("a", "b", "nginx")),
        )
        self.figure(
            "redis_recovered_after_s",
            round(max(recovered.values()), 1) if len(recovered) == 2 else "not within 20 s",
            lambda v: not isinstance(v, str),
        )

    def phase_kill(self) -> None:
        self.phase = "kill"
        killed = {}

        def kill(ends: float) -> None:
            time.sleep(4)
            self.processes.stop("web-b", signal.SIGKILL)
            killed["at"] = time.monotonic()
            self.phase = "after_kill"

        self.run_load(
            13, readers=["nginx", "nginx", "nginx", "a"], posters=["nginx", "nginx"], during=kill
        )
        self.settle_cached_reads(("kill", "after_kill"))
        before, after = self.figures.counts["kill"], self.figures.counts["after_kill"]
        self.figure("kill_reads_after_kill", after["reads"])
        self.figure("errors_5xx_after_kill", after["read_errors_5xx"], lambda v: v == 0)
        self.figure(
            "kill_read_socket_errors",
            before["read_socket_errors"] + after["read_socket_errors"],
            lambda v: v == 0,
        )
        self.figure(
            "kill_posts_failed_in_flight", after["post_errors_5xx"] + after["post_socket_errors"]
        )
        self.figure(
            "kill_stale_reads", before["stale_reads"] + after["stale_reads"], lambda v: v == 0
        )
        self.figure(
            "kill_max_lag_s_nginx", round(self.figures.max_lag(("kill", "after_kill"), "nginx"), 2)
        )

    def media_check(self) -> None:
        client = Client(self.ports["nginx"])
        status, headers, body = client.request("GET", f"/media/{self.photo_name}")
        self.figure(
            "media_via_nginx",
            "ok" if status == 200 and body == self.photo else f"failed ({status})",
            lambda v: v == "ok",
        )

    # -- the end --

    def drain_tasks(self, timeout: float = 60) -> int:
        from django.utils import timezone
        from django_tasks_db.models import DBTaskResult

        deadline = time.monotonic() + timeout
        while True:
            waiting = DBTaskResult.objects.filter(
                status__in=["READY", "RUNNING"], run_after__lte=timezone.now()
            ).count()
            if waiting == 0 or time.monotonic() > deadline:
                return waiting
            time.sleep(0.5)

    def final_counts(self) -> None:
        from discussion.models import Comment

        self.phase = "final"
        waiting = self.drain_tasks()
        self.figure("tasks_still_waiting", waiting, lambda v: v == 0)
        bodies = Comment.objects.filter(body__contains="[cl ").values_list("body", flat=True)
        stored = collections.Counter(m for body in bodies for m in MARKER.findall(body))
        acknowledged = self.ledger.posted
        lost = [m for m in acknowledged if stored[m] == 0]
        duplicated = [m for m in acknowledged if stored[m] > 1]
        # The hot thread's posters (to it, and to another answer), by their markers.
        hot_lost = hot_dup = 0
        for answer in (self.hot, self.elsewhere):
            count = self.hot_acknowledged[answer]
            bodies = Comment.objects.filter(answer=answer, body__contains="[bench ")
            markers = [b[b.rindex("[bench ") :] for b in bodies.values_list("body", flat=True)]
            hot_lost += max(0, count - len(set(markers)))
            hot_dup += len(markers) - len(set(markers))
        by_phase = collections.Counter(acknowledged[m] for m in lost)
        self.figure("redis_lost_comments", by_phase["redis"], lambda v: v == 0)
        self.figure(
            "kill_lost_comments", by_phase["kill"] + by_phase["after_kill"], lambda v: v == 0
        )
        self.figure(
            "comments_acknowledged",
            len(acknowledged) + sum(self.hot_acknowledged.values()),
        )
        self.figure("lost_comments", len(lost) + hot_lost, lambda v: v == 0)
        self.figure("duplicated_comments", len(duplicated) + hot_dup, lambda v: v == 0)
        if lost:
            self.figures.example(f"lost: {lost[:5]}")
        emails = []
        for path in self.mail.glob("*.json"):
            emails.append(json.loads(path.read_text()))
        keys = collections.Counter(
            (tuple(e["to"]), e["subject"], hashlib.sha256(e["body"].encode()).hexdigest())
            for e in emails
        )
        senders = collections.Counter(e["sender"] for e in emails)
        self.figure("emails_sent", len(emails), lambda v: v > 0)
        self.figure("emails_sent_by_worker_a_b", f"{senders['a']}/{senders['b']}")
        self.figure(
            "duplicate_emails", sum(n - 1 for n in keys.values() if n > 1), lambda v: v == 0
        )
        writer = sum(
            1
            for e in emails
            if e["to"] == ["writer@cluster.example"] and "answered" in e["subject"]
        )
        self.figure("letter_answered_emails", writer, lambda v: v == 1)


def main() -> None:
    started = time.monotonic()

    def out_of_time(signum, frame):
        raise TimeoutError(f"the cluster scenario ran over {TIME_LIMIT} s")

    def stopped(signum, frame):
        raise SystemExit(f"stopped by signal {signum}")

    signal.signal(signal.SIGALRM, out_of_time)
    signal.signal(signal.SIGTERM, stopped)
    signal.alarm(TIME_LIMIT)
    work = Path(tempfile.mkdtemp(prefix="afterword-cluster-"))
    scenario = Scenario(work)
    failed = False
    try:
        scenario.start()
        site = nginx_site(
            scenario.ports["nginx"],
            [scenario.ports["a"], scenario.ports["b"]],
            work / "var-a" / "static",
            scenario.media,
            work / "nginx-cache",
            scenario.logs,
        )
        with nginx(site):
            wait_for(f"http://127.0.0.1:{scenario.ports['nginx']}/robots.txt")
            import redis as redis_py

            info = redis_py.Redis(port=REDIS_PORT).info("server")
            report(
                "cluster",
                f"PostgreSQL, Redis {info['redis_version']}, 2 app servers x "
                f"{WEB_CONCURRENCY} gunicorn workers, 2 db_workers, nginx",
            )
            report("setup_seconds", round(scenario.setup_seconds, 1))
            report("nginx_config", site.splitlines()[0].lstrip("# "))
            scenario.media_check()
            scenario.phase_mixed()
            scenario.phase_daily()
            scenario.phase_hot()
            scenario.phase_redis()
            scenario.phase_kill()
            scenario.final_counts()
    except BaseException as error:
        failed = True
        print(f"cluster scenario failed: {error!r}", file=sys.stderr)
        for name in list(scenario.processes.running):
            tail = scenario.processes.tail(name, 8)
            if tail:
                print(f"--- {name} (last lines)\n{tail}", file=sys.stderr)
        raise
    finally:
        signal.alarm(0)
        scenario.stop_event.set()
        scenario.processes.stop_all()
        from django.db import connections

        connections.close_all()
        for example in scenario.figures.examples:
            print(f"# {example}", file=sys.stderr)
        report("run_seconds", round(time.monotonic() - started, 1))
        if not failed and not scenario.missed:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"# logs kept in {work / 'logs'}", file=sys.stderr)
    if scenario.slow:
        report("speed_targets", "missed: " + ", ".join(scenario.slow))
    if scenario.missed:
        report("targets", "missed: " + ", ".join(scenario.missed))
        sys.exit(1)
    report("targets", "all correctness targets met")


if __name__ == "__main__":
    main()
