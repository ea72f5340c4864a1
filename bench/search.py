"""Search over a 10,000-comment corpus: the whole /search/ request, uncached.

The corpus is 20 answers of 500 synthetic comments each (bench/generate.py,
written with bulk_create, so the index triggers fill the index as an import
would). Its sentences repeat a lot, so most words match thousands of comments:
ranking and counting them is the hard case. Eight searches — a common word, two
words, a phrase, `or`, a pen name, a rare word, a word found nowhere, and one
thread searched on its own — run 15 times each through Django's test client.

Prints search_ms_10000 (the median of all those requests) and
search_ms_10000_slowest (the median of the slowest search); on PostgreSQL
(DATABASE_URL) both are prefixed with `postgresql_`. Target: ≤ 50 ms. On SQLite
also search_cpu_ms_10000, the median CPU time of a request (the database is in
this process), which a loaded machine does not inflate.
"""

from __future__ import annotations

import statistics
import time

from bench.common import configure, report

ANSWERS, PER_ANSWER = 20, 500
RUNS = 15
RARE = "kittiwake"


def seed() -> list:
    """The corpus, made once per database (a PostgreSQL one may be reused)."""
    from datetime import timedelta

    from django.db.models import Value
    from django.db.models.functions import Concat
    from django.utils import timezone

    from bench.generate import make_thread
    from column.models import Answer, Columnist
    from column.services import publish_answer
    from discussion.models import Comment

    columnist, _ = Columnist.objects.get_or_create(
        slug="bench-columnist",
        defaults={
            "display_name": "Bench Columnist",
            "credentials": "MS, LMHC",
            "short_bio": "A columnist who exists for measurements.",
            "bio": "Measured, never published.",
        },
    )
    answers = []
    for i in range(ANSWERS):
        answer = Answer.objects.filter(slug=f"search-{i}").first()
        if answer is None:
            answer = Answer(
                slug=f"search-{i}",
                title=f"Letter {i}: when a therapist retires",
                columnist=columnist,
                pen_name=f"Reader {i}",
                question="My therapist of eleven years is retiring. How do I say goodbye?",
                body="Dear Reader,\n\nWhat you feel is **grief**, and it is real.",
            )
            publish_answer(answer, at=timezone.now() - timedelta(days=1))
            make_thread(answer, PER_ANSWER, seed=i)
            # A word written in five comments only.
            some = Comment.objects.filter(answer=answer).values_list("pk", flat=True)[:1]
            if i % 4 == 0:
                Comment.objects.filter(pk__in=list(some)).update(
                    body=Concat("body", Value(f" A {RARE} flew past the window."))
                )
        answers.append(answer)
    return answers


def main() -> None:
    configure()
    from django.db import connection
    from django.test import Client

    answers = seed()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE discussion_comment")
            cursor.execute("ANALYZE column_answer")
    searches = [
        {"q": "therapist"},
        {"q": "supermarket song"},
        {"q": '"six sessions"'},
        {"q": "angry or guilty"},
        {"q": "Marguerite"},
        {"q": RARE},
        {"q": "xylophonist"},
        {"q": "letter partner", "answer": answers[3].pk},
    ]
    client = Client()

    def get(params: dict):
        response = client.get("/search/", params)
        assert response.status_code == 200, response.status_code
        return response

    assert get({"q": RARE}).content.decode().count('class="search-result ') == 5
    timings: dict[str, list[float]] = {}
    cpu: list[float] = []
    for params in searches:
        get(params)  # warm up
        for _ in range(RUNS):
            started, used = time.perf_counter(), time.process_time()
            get(params)
            timings.setdefault(str(params), []).append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - used) * 1000)
    every = [t for runs in timings.values() for t in runs]
    slowest = max(statistics.median(runs) for runs in timings.values())
    prefix = "postgresql_" if connection.vendor == "postgresql" else ""
    report(f"{prefix}search_ms_10000", statistics.median(every))
    report(f"{prefix}search_ms_10000_slowest", slowest)
    if connection.vendor == "sqlite":
        # The whole search runs in this process: its CPU time is the cost without
        # the waiting a busy machine adds.
        report("search_cpu_ms_10000", statistics.median(cpu))


if __name__ == "__main__":
    main()
