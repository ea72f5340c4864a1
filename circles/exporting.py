"""Circles in `manage.py export --include-private`: never in a public export.

One record per circle: its settings, its people (pen names, roles, emails) and its
rounds with their posts and passes, as plain data.
"""

from __future__ import annotations

from collections.abc import Iterator

from circles.models import Circle, CirclePost, Pass


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def records() -> Iterator[dict]:
    for circle in Circle.objects.select_related("topic").order_by("pk").iterator():
        posts: dict[int, list[dict]] = {}
        for p in CirclePost.objects.filter(circle=circle).select_related("membership"):
            posts.setdefault(p.round_id, []).append(
                {
                    "id": p.pk,
                    "parent": p.parent_id,
                    "pen_name": p.author,
                    "body": p.body,
                    "status": p.status,
                    "crisis_level": p.crisis_level,
                    "created_at": _iso(p.created_at),
                    "edited_at": _iso(p.edited_at),
                }
            )
        passes: dict[int, list[str]] = {}
        for round_id, name in Pass.objects.filter(round__circle=circle).values_list(
            "round_id", "membership__pen_name"
        ):
            passes.setdefault(round_id, []).append(name)
        yield {
            "slug": circle.slug,
            "name": circle.name,
            "topic": circle.topic.slug,
            "description": circle.description,
            "ground_rules": circle.ground_rules,
            "size_limit": circle.size_limit,
            "starts_on": _iso(circle.starts_on),
            "ends_on": _iso(circle.ends_on),
            "weekday": circle.weekday,
            "join_mode": circle.join_mode,
            "state": circle.state,
            "people": [
                {"pen_name": m.pen_name, "role": m.role, "status": m.status, "email": m.email}
                for m in circle.memberships.order_by("pk")
            ],
            "rounds": [
                {
                    "number": r.number,
                    "prompt": r.prompt,
                    "summary": r.summary,
                    "opened_at": _iso(r.opened_at),
                    "closed_at": _iso(r.closed_at),
                    "posts": posts.get(r.pk, []),
                    "passes": passes.get(r.pk, []),
                }
                for r in circle.rounds.order_by("number")
            ],
        }
