"""Moving between Afterword sites: reading `manage.py export` JSON back in.

The answers and their comments go through the same services as a WordPress
import (`moving.importing`), so ids, tree and counts are rebuilt the same way.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import IO

from django.utils import timezone

from column.models import Answer, Columnist, Letter
from column.services import import_answer, import_columnist, import_topic, receive_letter
from discussion.importing import ImportRow
from discussion.models import Comment
from moving.importing import (
    ImportFailed,
    Summary,
    _records,
    _remember_one,
    import_thread,
    pen_name,
    unique_slug,
)
from moving.models import Redirect
from moving.progress import Progress


def _when(value: str | None, where: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise ImportFailed(f"{where}: {value!r} is not a date") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _need(record: dict, name: str, where: str):
    if not isinstance(record, dict) or name not in record:
        raise ImportFailed(f"{where}: missing {name!r}")
    return record[name]


class JsonImport:
    """One run of an import of `manage.py export` JSON (call inside a transaction).

    The file is read whole (it is Afterword's own, written one record per line);
    the answers and their comments then go through the same services as a
    WordPress import, so ids, tree and counts are rebuilt the same way.
    """

    def __init__(self, summary: Summary | None = None):
        self.summary = summary or Summary()

    def run(self, file: IO[bytes], progress: Progress | None = None) -> Summary:
        try:
            data = json.loads((progress or file).read().decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise ImportFailed(f"the file is not UTF-8 text (byte {exc.start})") from None
        except json.JSONDecodeError as exc:
            raise ImportFailed(
                f"the file is not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
            ) from None
        if not isinstance(data, dict) or data.get("format") != "afterword":
            raise ImportFailed('this is not an Afterword export (no "format": "afterword")')
        site = (data.get("site") or {}).get("url", "")
        self.source = f"json:{site}"[:200]
        columnists = {
            _need(c, "slug", f"columnists[{i}]"): self.columnist(c, i)
            for i, c in enumerate(data.get("columnists", []))
        }
        topics = {}
        for i, t in enumerate(data.get("topics", [])):
            where = f"topics[{i}]"
            slug = _need(t, "slug", where)
            topics[slug] = import_topic(slug, _need(t, "name", where), t.get("description", ""))
            self.summary.topics += 1
        letters = {
            _need(x, "id", f"letters[{i}]"): self.letter(x, i)
            for i, x in enumerate(data.get("letters", []))
        }
        for i, r in enumerate(data.get("redirects", [])):
            Redirect.objects.update_or_create(
                old_path=_need(r, "old_path", f"redirects[{i}]"),
                defaults={"new_url": _need(r, "new_url", f"redirects[{i}]")},
            )
            self.summary.redirects += 1
        answers = data.get("answers", [])
        for i, record in enumerate(answers):
            self.answer(record, i, columnists, topics, letters)
            if progress is not None:
                progress.update(f"{i + 1} of {len(answers)} answers")
        if progress is not None:
            progress.finish(f"{len(answers)} answers")
        return self.summary

    def columnist(self, record: dict, index: int) -> Columnist:
        where = f"columnists[{index}]"
        slug = _need(record, "slug", where)
        known = _records(self.source, "columnist", [slug])
        columnist = (
            Columnist.objects.filter(pk__in=known.values()).first()
            or Columnist.objects.filter(slug=slug).first()
        )
        if columnist is None:
            self.summary.columnists_created += 1
        profile = {
            name: record.get(name, "")
            for name in ("credentials", "location", "specialties", "short_bio", "bio")
        }
        columnist = import_columnist(
            columnist, slug=slug, display_name=_need(record, "display_name", where), **profile
        )
        _remember_one(self.source, "columnist", slug, columnist.pk)
        return columnist

    def letter(self, record: dict, index: int):
        where = f"letters[{index}]"
        key = str(_need(record, "id", where))
        known = _records(self.source, "letter", [key])
        letter = Letter.objects.filter(pk__in=known.values()).first()
        if letter is None:
            letter = receive_letter(
                pen_name=_need(record, "pen_name", where),
                email=record.get("email", ""),
                body=_need(record, "body", where),
                consent_to_publish=bool(record.get("consent_to_publish")),
                received_at=_when(_need(record, "received_at", where), where),
            ).letter
            _remember_one(self.source, "letter", key, letter.pk)
        Letter.objects.filter(pk=letter.pk).update(status=record.get("status", letter.status))
        return letter

    def answer(self, record: dict, index: int, columnists, topics, letters) -> None:
        title = record.get("title", "") if isinstance(record, dict) else ""
        where = f"answers[{index}]" + (f" ({title[:60]!r})" if title else "")
        key = str(_need(record, "id", where))
        known = _records(self.source, "answer", [key])
        answer = Answer.objects.filter(pk__in=known.values()).first()
        created = answer is None
        answer = answer or Answer()
        columnist_slug = _need(record, "columnist", where)
        if columnist_slug not in columnists:
            raise ImportFailed(f"{where}: columnist {columnist_slug!r} is not in the file")
        answer.columnist = columnists[columnist_slug]
        answer.title = _need(record, "title", where)
        answer.slug = _need(record, "slug", where)
        if Answer.objects.filter(slug=answer.slug).exclude(pk=answer.pk).exists():
            answer.slug = unique_slug(Answer, answer.slug, f"answer-{key}", exclude_pk=answer.pk)
        answer.pen_name = record.get("pen_name", "")
        answer.question = record.get("question", "")
        answer.body = _need(record, "body", where)
        answer.sign_off = record.get("sign_off", "")
        answer.summary = record.get("summary", "")
        answer.letter = letters.get(record.get("letter"))
        missing = [t for t in record.get("topics", []) if t not in topics]
        if missing:
            raise ImportFailed(f"{where}: topics {missing} are not in the file")
        import_answer(
            answer,
            published=_need(record, "status", where) == Answer.Status.PUBLISHED,
            published_at=_when(record.get("published_at"), where),
            created_at=_when(_need(record, "created_at", where), where) or timezone.now(),
            topics=[topics[t] for t in record.get("topics", [])],
        )
        _remember_one(self.source, "answer", key, answer.pk)
        if created:
            self.summary.answers_created += 1
        else:
            self.summary.answers_updated += 1
        rows = [
            self.comment_row(c, f"{where}, comments[{i}]")
            for i, c in enumerate(record.get("comments", []))
        ]
        if rows:
            import_thread(self.summary, self.source, answer, rows)

    def comment_row(self, record: dict, where: str) -> ImportRow:
        target = record.get("reply_to") or record.get("parent")
        status = _need(record, "status", where)
        if status not in Comment.Status.values:
            raise ImportFailed(f"{where}: unknown status {status!r}")
        return ImportRow(
            key=str(_need(record, "id", where)),
            parent_key=str(target) if target else "",
            pen_name=pen_name(_need(record, "pen_name", where)),
            email=record.get("email", "") or "",
            body=record.get("body", "") or "",
            created_at=_when(_need(record, "created_at", where), where),
            status=status,
            edited_at=_when(record.get("edited_at"), where),
            held_for=tuple(record.get("held_for") or ()),
        )
