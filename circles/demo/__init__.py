"""The demo's support circles (circles.toml), loaded by `manage.py load_demo`.

Idempotent: a circle already there is left alone. Members are verified pen names with
the demo's example addresses; posts go through the circles' own services, so they are
screened like any other; no email is sent.
"""

from __future__ import annotations

import tomllib
from datetime import timedelta
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from afterword.identity import email_key
from circles import services
from circles.models import Circle, CirclePost, Membership, Pass, Round
from column import queries as column_queries
from people import pen_names

CONTENT = Path(__file__).with_name("circles.toml")


def load(email_for, by=None) -> int:
    """Load the demo circles; `email_for(name)` gives each person's demo address.
    Returns how many circles were added."""
    data = tomllib.loads(CONTENT.read_text(encoding="utf-8"))
    added = 0
    with transaction.atomic():
        for row in data["circles"]:
            if Circle.objects.filter(slug=row["slug"]).exists():
                continue
            _circle(row, email_for, by)
            added += 1
    return added


def _person(circle: Circle, name: str, email: str, role: str, joined) -> Membership:
    pen_names.note(email, name, verified_at=joined)
    return Membership.objects.create(
        circle=circle,
        role=role,
        status=Membership.Status.ACTIVE,
        pen_name=name,
        email=email,
        email_hash=email_key(email),
        joined_at=joined,
        digest_sent_at=timezone.now(),
    )


def _circle(row: dict, email_for, by) -> None:
    today = timezone.localdate()
    now = timezone.now()
    if "started_days_ago" in row:
        starts = today - timedelta(days=row["started_days_ago"])
    else:
        starts = today + timedelta(days=row["starts_in_days"])
    circle = Circle.objects.create(
        slug=row["slug"],
        name=row["name"],
        topic=column_queries.topic(row["topic"]),
        description=row["description"].strip(),
        starts_on=starts,
        ends_on=starts + timedelta(weeks=row["weeks"]),
        weekday=starts.weekday(),
        state=row["state"],
        default_prompt=row["default_prompt"],
        created_by=by,
    )
    joined = now - timedelta(days=row.get("started_days_ago", 0) + 2)
    facilitator = _person(
        circle,
        row["facilitator"],
        email_for(row["facilitator"]),
        Membership.Role.FACILITATOR,
        joined,
    )
    members = {
        name: _person(circle, name, email_for(name), Membership.Role.MEMBER, joined)
        for name in row["members"]
    }
    members[facilitator.pen_name] = facilitator
    rounds = row.get("rounds", [])
    for number, round_row in enumerate(rounds, start=1):
        opened = now - timedelta(days=round_row["days_ago"])
        is_last = number == len(rounds)
        closes = None if is_last else now - timedelta(days=rounds[number]["days_ago"])
        round = Round.objects.create(
            circle=circle,
            number=number,
            prompt=round_row["prompt"].strip(),
            opened_by=facilitator.pen_name,
            opens_on=opened.date(),
            opened_at=opened,
            announced_at=opened,
        )
        keys: dict[str, CirclePost] = {}
        for i, post_row in enumerate(round_row.get("posts", [])):
            keys[post_row["key"]] = services.post(
                membership=members[post_row["by"]],
                round=round,
                body=post_row["body"].strip(),
                parent=keys.get(post_row.get("reply_to", "")),
                privacy_confirmed=True,
                created_at=opened + timedelta(hours=5 + 7 * i),
            )
        for name in round_row.get("passes", []):
            Pass.objects.create(
                round=round, membership=members[name], created_at=opened + timedelta(days=2)
            )
        if closes is not None:
            Round.objects.filter(pk=round.pk).update(
                closed_at=closes, summary=round_row.get("summary", "").strip()
            )
