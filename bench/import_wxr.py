"""How fast a WordPress export comes in: prints import_wxr_comments_per_s.

Writes a synthetic 10,000-comment WXR file, imports it into a throw-away
database (SQLite in a temporary folder, or the test copy of DATABASE_URL's
database, created and dropped here) and reports:

    import_wxr_answers: 20
    import_wxr_comments: 10000
    import_wxr_seconds: …
    import_wxr_comments_per_s: …

Run it with `make bench-import` or `uv run python -m bench.import_wxr [COMMENTS]`.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(comments: int = 10_000) -> None:
    folder = tempfile.mkdtemp(prefix="afterword-bench-import-")
    os.environ.setdefault("AFTERWORD_VAR_DIR", folder)
    os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key-0123456789-abcdefghijklmnop")
    os.environ.setdefault("SITE_URL", "http://127.0.0.1:8000")
    os.environ["DJANGO_SETTINGS_MODULE"] = "afterword.settings"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    from bench.synthetic_wxr import write_wxr
    from column.models import Answer
    from discussion.models import Comment

    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        database.setdefault("TEST", {})["NAME"] = str(Path(folder) / "bench.sqlite3")
    test_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        path = Path(folder) / "synthetic.xml"
        with open(path, "w", encoding="utf-8") as out:
            write_wxr(out, posts=20, comments=comments)
        started = time.perf_counter()
        call_command("import_wxr", str(path), stdout=StringIO(), verbosity=0)
        seconds = time.perf_counter() - started
        imported = Comment.objects.count()
        print(f"import_wxr_database: {connection.vendor}")
        print(f"import_wxr_file_mb: {path.stat().st_size / 1e6:.1f}")
        print(f"import_wxr_answers: {Answer.objects.count()}")
        print(f"import_wxr_comments: {imported}")
        print(f"import_wxr_seconds: {seconds:.2f}")
        print(f"import_wxr_comments_per_s: {imported / seconds:.0f}", flush=True)
    finally:
        connection.creation.destroy_test_db(test_name, verbosity=0)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
