"""Set-up shared by the benchmark scripts: a throw-away database, the cast, threads."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from column.models import Answer

ROOT = Path(__file__).resolve().parent.parent


def configure(var_dir: str | None = None) -> str:
    """Point Django at a fresh SQLite database (or DATABASE_URL) and set it up."""
    # An AFTERWORD_VAR_DIR already set wins, and is what the servers started later get.
    var_dir = os.environ.setdefault(
        "AFTERWORD_VAR_DIR", var_dir or tempfile.mkdtemp(prefix="afterword-bench-")
    )
    os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key-0123456789-abcdefghijklmnop")
    os.environ.setdefault("DEBUG", "0")
    os.environ.setdefault("SITE_URL", "http://127.0.0.1:8000")
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
    os.environ["DJANGO_SETTINGS_MODULE"] = "afterword.settings"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    return var_dir


def seed_answers(sizes: list[int]) -> dict[int, Answer]:
    """One published answer per thread size, with its comments."""
    from datetime import timedelta

    from django.utils import timezone

    from bench.generate import make_thread
    from column.models import Answer, Columnist
    from column.services import publish_answer

    columnist, _ = Columnist.objects.get_or_create(
        slug="bench-columnist",
        defaults={
            "display_name": "Bench Columnist",
            "credentials": "MS, LMHC",
            "short_bio": "A columnist who exists for measurements.",
            "bio": "Measured, never published.",
        },
    )
    answers = {}
    for size in sizes:
        slug = f"thread-{size}"
        answer = Answer.objects.filter(slug=slug).first()
        if answer is None:
            answer = Answer(
                slug=slug,
                title=f"A thread of {size} comments",
                columnist=columnist,
                pen_name="Measured",
                question="What happens to a page when a thousand people answer it?",
                body="It should stay **fast**.",
            )
            publish_answer(answer, at=timezone.now() - timedelta(days=1))
            make_thread(answer, size)
        answers[size] = answer
    return answers


def median_ms(function, runs: int) -> float:
    function()  # warm up imports, template loading and connections
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def report(name: str, value) -> None:
    if isinstance(value, float):
        value = f"{value:.2f}" if value < 100 else f"{value:.0f}"
    print(f"{name}: {value}", flush=True)


def report_posts(prefix: str, who: str, runs: dict, markers: list[str], causes: str) -> None:
    """Print a posting benchmark's figures (`runs`: wrk's figures by run label, "m" the
    measured one; `markers`: the "[bench …]" tag of every stored post) and stop when most
    posts were not stored: that is not a measurement. `causes` names the failures seen.

    Every acknowledged post must be stored, the warm-up's too; a post cut off by the end
    of a run may be stored without its acknowledgement reaching wrk: not a loss.
    """
    lost = 0
    for label, run in runs.items():
        kept = {marker for marker in markers if marker.startswith(f"[bench {label}")}
        lost += max(0, int(run["acknowledged"]) - len(kept))
    figures = runs["m"]
    report(f"{prefix}_posts", int(figures["posts"]))
    report(f"{prefix}_acknowledged", int(figures["acknowledged"]))
    report(f"{prefix}_post_errors", sum(int(run["post_errors"]) for run in runs.values()))
    for name in ("post_p50_ms", "post_p90_ms", "post_p99_ms", "post_max_ms"):
        report(f"{prefix}_{name}", float(figures[name]))
    report(f"{prefix}_lost_comments", lost)
    report(f"{prefix}_duplicated_comments", len(markers) - len(set(markers)))
    if int(figures["acknowledged"]) * 2 < int(figures["posts"]):
        raise SystemExit(
            f"{who} stored {figures['acknowledged']} of {figures['posts']} posts ({causes}):"
            " not a measurement"
        )
