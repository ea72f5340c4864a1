"""The comment write path end to end over HTTP: 20 concurrent posters.

wrk (bench/post.lua) keeps 20 connections, each a poster who sends a realistic
comment (about 900 characters) through the real form endpoint of the
production app under gunicorn — validation, safety screen, moderation rules,
one transaction, notifications queued — then waits 50–150 ms and sends the next.
The figures are those of a server in service: a 3-second warm-up with the same
load runs first (new connections, each worker's database connections opened,
Python's specialised bytecode in place), and only the 15 seconds after it are
measured. Workers load their code before they accept anyone (afterword/warmup.py).
Prints posts, acknowledged (answered 302: stored), post_p50_ms, post_p99_ms,
and lost_comments: acknowledged posts that are not in the database (and
duplicated_comments: stored twice). Runs on SQLite, or on PostgreSQL when
DATABASE_URL is set; the figures are prefixed with the database's name. Fails
when most posts were not stored: that is not a measurement. bench/post_xtd.py
puts django-comments-xtd under the same load.

The 20 connections are shared by 200 people, each with their own email and
address (198.18.0.0/15, the benchmarking range, in X-Forwarded-For on
loopback). They are returning commenters, as most posters on a column are:
each has an earlier comment a moderator approved, so their posts publish at
once and queue notifications; half of them verified their pen name by email,
the other half did not, so their posts look for a waiting confirmation link.
One post in five is a reply to someone else's comment. The rate limits are
raised for the run, since each of them still posts faster than anyone can
type; their queries run on every post.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import urllib.parse

from bench.common import ROOT, configure, report_posts, seed_answers
from bench.servers import WRK, free_port, gunicorn
from bench.tree import comment_text

POSTERS = int(os.environ.get("BENCH_POSTERS", "20"))
SECONDS = int(os.environ.get("BENCH_POST_SECONDS", "15"))
WARM_UP_SECONDS = int(os.environ.get("BENCH_POST_WARM_UP_SECONDS", "3"))


def seed_posters(answer) -> list[int]:
    """200 returning commenters, each with an approved comment in the thread;
    even-numbered ones verified their pen name and their replies subscription by
    email. Returns their comments' ids."""
    from datetime import timedelta

    from django.utils import timezone

    from afterword.identity import email_key
    from discussion.models import Comment
    from discussion.services import seed_comment
    from people.models import PenName, Subscription
    from safety.models import normalise_name

    rng = random.Random(11)
    ids = []
    for poster in range(1, 201):
        email = f"poster{poster}@example.org"
        comment = Comment.objects.filter(answer=answer, email=email).first()
        if comment is None:
            comment = seed_comment(
                answer=answer,
                pen_name=f"Poster {poster}",
                email=email,
                body=comment_text(rng),
                status=Comment.Status.PUBLISHED,
                created_at=timezone.now() - timedelta(days=30 + poster),
            ).comment
        if poster % 2 == 0:
            PenName.objects.update_or_create(
                email_hash=email_key(email),
                normalised=normalise_name(f"Poster {poster}"),
                defaults={"name": f"Poster {poster}", "verified_at": timezone.now()},
            )
            Subscription.objects.update_or_create(
                email_hash=email_key(email),
                scope=Subscription.Scope.REPLIES,
                answer=None,
                defaults={"email": email, "confirmed_at": timezone.now()},
            )
        ids.append(comment.pk)
    return ids


def main() -> None:
    var_dir = configure()
    from django.conf import settings

    from discussion.models import Comment

    answer = seed_answers([100])[100]
    engine = settings.DATABASES["default"]["ENGINE"]
    database = "postgresql" if "postgresql" in engine else "sqlite"
    Comment.objects.filter(answer=answer, body__contains="[bench ").delete()
    parents = ",".join(str(pk) for pk in seed_posters(answer))
    from django.db import connection

    with connection.cursor() as cursor:
        # Give the planner the statistics a live site has (a fresh database has none).
        for table in connection.introspection.django_table_names(only_existing=True):
            cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")
    port = free_port()
    env = {
        "AFTERWORD_VAR_DIR": var_dir,
        "BEHIND_PROXY": "1",
        "RATE_LIMIT_PER_IP": "1000000",
        "RATE_LIMIT_PER_EMAIL": "1000000",
    }
    path = f"/answers/{answer.slug}/comments/"
    text = urllib.parse.quote_plus(comment_text(random.Random(3)))
    # gunicorn.conf.py's workers and threads, unless these say otherwise.
    workers = int(os.environ.get("BENCH_WORKERS", "0")) or None
    threads_per_worker = int(os.environ.get("BENCH_THREADS", "0")) or None

    def posting(seconds: int, label: str) -> dict[str, str]:
        result = subprocess.run(  # noqa: S603 (loopback only, bounded in time)
            [
                WRK, "-t2", f"-c{POSTERS}", f"-d{seconds}s", "--timeout", "10s",
                "-s", str(ROOT / "bench" / "post.lua"),
                f"http://127.0.0.1:{port}{path}", "--",
                path, f"http://127.0.0.1:{port}", text, parents, label,
            ],
            capture_output=True, text=True, check=True, timeout=seconds + 60,
        )  # fmt: skip
        return dict(re.findall(r"^([a-z0-9_]+): ([\d.]+)$", result.stdout, re.M))

    with gunicorn(port, workers=workers, threads=threads_per_worker, env=env):
        runs = {"w": posting(WARM_UP_SECONDS, "w"), "m": posting(SECONDS, "m")}
    figures = runs["m"]
    stored = list(
        Comment.objects.filter(answer=answer, body__contains="[bench ").values_list(
            "body", flat=True
        )
    )
    markers = [body[body.rindex("[bench ") :] for body in stored]
    causes = (
        f"4xx {figures['errors_4xx']}, 429 {figures['rate_limited']}, 503"
        f" {figures['status_503']}, 5xx {figures['errors_5xx']}, socket errors"
        f" {figures['socket_errors']}"
    )
    report_posts(database, "Afterword", runs, markers, causes)


if __name__ == "__main__":
    main()
