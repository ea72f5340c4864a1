"""Screen JSON Lines from standard input: ``manage.py screen [--country GB] < posts.jsonl``.

Each input line is ``{"id": ..., "text": ...}``; each output line is
``{"id": ..., "crisis": {...}, "privacy": [...]}`` in the same order. A line
that cannot be screened gets ``{"id": ..., "line": n, "error": "..."}`` and the
rest still run. Blank lines are skipped.
"""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand

from safety.screen import screen


class Command(BaseCommand):
    help = "Screen JSON Lines ({id, text}) from standard input for crisis language and privacy."
    # call_command("screen", stdin=io.StringIO(...)) reads from the given stream.
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument(
            "--country",
            default="US",
            help="Default region for phone numbers without a country code (e.g. GB, US).",
        )

    def handle(self, *args, **options):
        stream = options.get("stdin") or sys.stdin
        country = (options.get("country") or "US").upper()
        for number, raw in enumerate(stream, start=1):
            line = raw.strip()
            if not line:
                continue
            self.stdout.write(json.dumps(self._one(line, number, country), ensure_ascii=False))

    @staticmethod
    def _one(line: str, number: int, country: str) -> dict:
        try:
            item = json.loads(line)
        except ValueError as exc:
            return {"id": None, "line": number, "error": f"invalid JSON: {exc.msg}"}
        if not isinstance(item, dict):
            return {"id": None, "line": number, "error": "expected a JSON object"}
        ident = item.get("id")
        if "text" not in item:
            return {"id": ident, "line": number, "error": "missing 'text'"}
        text = item["text"]
        if not isinstance(text, str):
            return {"id": ident, "line": number, "error": "'text' must be a string"}
        return {"id": ident, **screen(text, country=country).to_dict()}
