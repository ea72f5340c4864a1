"""The comment write path end to end over HTTP: 20 concurrent posters.

Each poster sends a realistic comment (about 900 characters) through the real
form endpoint of the production app under gunicorn — validation, safety screen,
moderation rules, one transaction, notifications queued — then waits a little
(think time) and sends the next. Prints post_p50_ms, post_p99_ms, posts, and
lost_comments: acknowledged posts that are not in the database (and
duplicated_comments: stored twice). Runs on SQLite, or on PostgreSQL when
DATABASE_URL is set; the figures are prefixed with the database's name.

The rate limits are raised for the run (every poster shares 127.0.0.1); their
queries still run on every post.
"""

from __future__ import annotations

import http.client
import os
import random
import statistics
import threading
import time
import urllib.parse

from bench.common import configure, report, seed_answers
from bench.servers import free_port, gunicorn
from bench.tree import comment_text

POSTERS = int(os.environ.get("BENCH_POSTERS", "20"))
POSTS_EACH = int(os.environ.get("BENCH_POSTS_EACH", "25"))
THINK_MS = (50, 150)


def poster(number: int, port: int, path: str, results: list, acknowledged: list) -> None:
    rng = random.Random(number)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for i in range(POSTS_EACH):
        marker = f"[bench {number}-{i}]"
        body = urllib.parse.urlencode(
            {
                "name": f"Poster {number}",
                "email": f"poster{number}@example.org",
                "body": comment_text(rng) + " " + marker,
                "accept_terms": "on",
                "parent": "",
            }
        )
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": f"http://127.0.0.1:{port}",
        }
        started = time.perf_counter()
        connection.request("POST", path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        elapsed = (time.perf_counter() - started) * 1000
        results.append((response.status, elapsed))
        if response.status == 302:
            acknowledged.append(marker)
        time.sleep(rng.uniform(*THINK_MS) / 1000)
    connection.close()


def main() -> None:
    var_dir = configure()
    from django.conf import settings

    from discussion.models import Comment

    answer = seed_answers([100])[100]
    database = "postgresql" if "postgresql" in settings.DATABASES["default"]["ENGINE"] else "sqlite"
    Comment.objects.filter(answer=answer, body__contains="[bench ").delete()
    port = free_port()
    env = {
        "AFTERWORD_VAR_DIR": var_dir,
        "RATE_LIMIT_PER_IP": "1000000",
        "RATE_LIMIT_PER_EMAIL": "1000000",
    }
    path = f"/answers/{answer.slug}/comments/"
    results: list = []
    acknowledged: list = []
    workers = int(os.environ.get("BENCH_WORKERS", "3"))
    threads_per_worker = int(os.environ.get("BENCH_THREADS", "4"))
    sync = os.environ.get("BENCH_SYNC", "") == "1"
    with gunicorn(port, workers=workers, threads=threads_per_worker, env=env, sync=sync):
        threads = [
            threading.Thread(target=poster, args=(n, port, path, results, acknowledged))
            for n in range(POSTERS)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
    times = sorted(ms for _, ms in results)
    stored = list(
        Comment.objects.filter(answer=answer, body__contains="[bench ").values_list(
            "body", flat=True
        )
    )
    stored_markers = [body[body.rindex("[bench ") :] for body in stored]
    report(f"{database}_posts", len(results))
    report(f"{database}_post_errors", sum(1 for status, _ in results if status != 302))
    report(f"{database}_post_p50_ms", statistics.median(times))
    report(f"{database}_post_p99_ms", times[min(len(times) - 1, int(len(times) * 0.99))])
    report(f"{database}_lost_comments", len(set(acknowledged) - set(stored_markers)))
    report(f"{database}_duplicated_comments", len(stored_markers) - len(set(stored_markers)))


if __name__ == "__main__":
    main()
