"""Tests of ``manage.py screen`` through call_command (no database)."""

from __future__ import annotations

import io
import json

from django.core.management import call_command


def run(lines: list[str], **options) -> list[dict]:
    out = io.StringIO()
    call_command("screen", stdin=io.StringIO("\n".join(lines) + "\n"), stdout=out, **options)
    return [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]


def test_screens_each_line_in_order():
    rows = run(
        [
            json.dumps({"id": 1, "text": "I have decided to end it this weekend."}),
            json.dumps({"id": "b", "text": "My counsellor passed away."}),
            json.dumps({"id": 3, "text": "Email me at jo@example.com"}),
        ]
    )
    assert [r["id"] for r in rows] == [1, "b", 3]
    assert rows[0]["crisis"]["level"] == 5
    assert rows[1]["crisis"] == {"level": 0, "flags": [], "spans": []}
    assert rows[2]["privacy"] == [
        {"kind": "email", "start": 12, "end": 26, "text": "jo@example.com"}
    ]
    assert set(rows[0]) == {"id", "crisis", "privacy"}
    assert all(set(s) == {"start", "end", "text", "reason"} for s in rows[0]["crisis"]["spans"])


def test_malformed_lines_report_errors_and_the_rest_still_run():
    rows = run(
        [
            "{not json",
            json.dumps([1, 2, 3]),
            json.dumps({"id": 7}),
            json.dumps({"id": 8, "text": 42}),
            "",
            json.dumps({"id": 9, "text": "I want to die."}),
        ]
    )
    assert len(rows) == 5
    assert rows[0]["id"] is None and rows[0]["line"] == 1 and rows[0]["error"]
    assert rows[1]["id"] is None and rows[1]["line"] == 2 and "object" in rows[1]["error"]
    assert rows[2] == {"id": 7, "line": 3, "error": "missing 'text'"}
    assert rows[3]["id"] == 8 and rows[3]["line"] == 4 and "string" in rows[3]["error"]
    assert rows[4]["id"] == 9 and rows[4]["crisis"]["level"] == 2


def test_blank_lines_are_skipped():
    rows = run(["", "   ", json.dumps({"id": 1, "text": "hello"}), ""])
    assert len(rows) == 1 and rows[0]["id"] == 1


def test_country_option_sets_phone_region():
    line = json.dumps({"id": 1, "text": "ring 0161 496 0000 for the service"})
    gb = run([line], country="GB")
    assert [f["kind"] for f in gb[0]["privacy"]] == ["phone"]


def test_output_keeps_unicode():
    out = io.StringIO()
    line = json.dumps({"id": "é", "text": "My therapist Lucía retired."}, ensure_ascii=True)
    call_command("screen", stdin=io.StringIO(line + "\n"), stdout=out)
    assert "Lucía" in out.getvalue() and "\\u" not in out.getvalue()


def test_empty_input_writes_nothing():
    out = io.StringIO()
    call_command("screen", stdin=io.StringIO(""), stdout=out)
    assert out.getvalue() == ""
