"""Load the demo column: columnists, topics, answers with their threads, letters.

Idempotent: running it again changes nothing that is already there.
Staff accounts get the password in DEMO_PASSWORD (default "afterword-demo").
"""

from __future__ import annotations

import os
import tomllib
from datetime import datetime
from pathlib import Path

from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.text import slugify

from column import demo
from column.models import Answer, Columnist, Letter, Topic
from column.services import publish_answer, receive_letter
from discussion.models import Comment
from discussion.services import seed_comment

CONTENT = Path(__file__).resolve().parents[2] / "demo" / "content.toml"


def _when(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def without_signature(letter: str, pen_name: str) -> str:
    """The page prints the pen name under the letter; drop a sign-off that repeats it."""
    body = letter.strip()
    head, _, last = body.rpartition("\n\n")
    return head.rstrip() if head and last.strip() == pen_name else body


def demo_email(name: str) -> str:
    return f"{slugify(name) or 'reader'}@demo.afterword.invalid"


def staff_email(user: User) -> None:
    """Give a demo staff account an example address (crisis alerts show in the console)."""
    if not user.email:
        user.email = f"{user.username}@afterword.example"
        user.save(update_fields=["email"])


class Command(BaseCommand):
    help = "Load the demo content (idempotent)."

    def handle(self, *args, **options):
        data = tomllib.loads(CONTENT.read_text(encoding="utf-8"))
        password = os.environ.get("DEMO_PASSWORD", "afterword-demo")
        with transaction.atomic():
            columnists = self._columnists(data["columnists"], password)
            topics = self._topics(data["topics"])
            added = sum(self._answer(a, columnists, topics) for a in data["answers"])
            letters = sum(self._letter(letter) for letter in data.get("letters", []))
            self._held(data.get("held", []))
            self._moderator(password)
            others = self._others()
        self.stdout.write(
            f"Demo content ready: {len(columnists)} columnists, {len(topics)} topics, "
            f"{Answer.objects.count()} answers ({added} new), "
            f"{Comment.objects.count()} comments, {letters} new letters"
            + "".join(f", {n} new {what}" for what, n in others.items())
            + "."
        )
        self.stdout.write(
            f"Staff sign-in at /accounts/login/: columnists "
            f"{', '.join(c['username'] for c in data['columnists'])} and 'moderator', "
            f"password '{password}'."
        )

    def _columnists(self, rows, password) -> dict[str, Columnist]:
        group, _ = Group.objects.get_or_create(name="Columnists")
        out = {}
        for row in rows:
            user, created = User.objects.get_or_create(username=row["username"])
            if created:
                user.set_password(password)
                user.first_name = row["display_name"]
                user.save()
            staff_email(user)
            user.groups.add(group)
            columnist, _ = Columnist.objects.update_or_create(
                slug=row["slug"],
                defaults={
                    "user": user,
                    "display_name": row["display_name"],
                    "credentials": row["credentials"],
                    "location": row.get("location", ""),
                    "specialties": ", ".join(row.get("specialties", [])),
                    "short_bio": row["short_bio"],
                    "bio": row["bio"].strip(),
                },
            )
            out[row["slug"]] = columnist
        return out

    def _topics(self, rows) -> dict[str, Topic]:
        out = {}
        for row in rows:
            topic, _ = Topic.objects.update_or_create(
                slug=row["slug"],
                defaults={"name": row["name"], "description": row.get("description", "")},
            )
            out[row["slug"]] = topic
        return out

    def _answer(self, row, columnists, topics) -> bool:
        if Answer.objects.filter(slug=row["slug"]).exists():
            return False
        letter = receive_letter(
            pen_name=row["pen_name"],
            email=demo_email(row["pen_name"]),
            body=row["letter"].strip(),
            consent_to_publish=True,
            received_at=_when(row["published"]),
        ).letter
        # Answered long ago: the demo's writers are not emailed about it now.
        Letter.objects.filter(pk=letter.pk).update(answered_emailed_at=_when(row["published"]))
        letter.refresh_from_db()
        answer = Answer(
            slug=row["slug"],
            title=row["title"],
            columnist=columnists[row["columnist"]],
            letter=letter,
            pen_name=row["pen_name"],
            question=without_signature(row["letter"], row["pen_name"]),
            body=row["answer"].strip(),
            created_at=_when(row["published"]),
        )
        publish_answer(answer, at=_when(row["published"]))
        answer.topics.set([topics[slug] for slug in row.get("topics", [])])
        ids: dict[str, int] = {}
        for comment in row.get("comments", []):
            reply_to = comment.get("reply_to")
            posted = seed_comment(
                answer=answer,
                pen_name=comment["name"],
                email=demo_email(comment["name"]),
                body=comment["body"].strip(),
                parent_id=ids[reply_to] if reply_to else None,
                created_at=_when(comment["date"]),
                status=Comment.Status.PUBLISHED,
            )
            ids[comment["key"]] = posted.comment.pk
        return True

    def _held(self, rows) -> None:
        """Comments waiting for a moderator; each goes through the screen like any post."""
        for row in rows:
            answer = Answer.objects.get(slug=row["answer"])
            created_at = _when(row["date"])
            if Comment.objects.filter(answer=answer, created_at=created_at).exists():
                continue
            seed_comment(
                answer=answer,
                pen_name=row["name"],
                email=demo_email(row["name"]),
                body=row["body"].strip(),
                created_at=created_at,
                status=Comment.Status.PENDING,
            )

    def _letter(self, row) -> bool:
        received_at = _when(row["received"])
        if Letter.objects.filter(pen_name=row["pen_name"], received_at=received_at).exists():
            return False
        letter = receive_letter(
            pen_name=row["pen_name"],
            email=demo_email(row["pen_name"]),
            body=row["body"].strip(),
            consent_to_publish=True,
            received_at=received_at,
        ).letter
        if row.get("status", "received") != Letter.Status.RECEIVED:
            letter.status = row["status"]
            letter.save(update_fields=["status"])
        return True

    def _others(self) -> dict[str, int]:
        """Other apps' demos (registered in column/demo), run once the moderator exists."""
        by = User.objects.filter(username="moderator").first()
        return {what: load(demo_email, by=by) for what, load in demo.extra_loaders().items()}

    def _moderator(self, password) -> None:
        group, _ = Group.objects.get_or_create(name="Moderators")
        user, created = User.objects.get_or_create(username="moderator")
        if created:
            user.set_password(password)
            user.save()
        staff_email(user)
        user.groups.add(group)
