"""Several small questions to the database in one round trip.

A post is checked against bans, rate limits, verified pen names and the
poster's history before it is stored. Each check is a tiny indexed query, and
sent one by one they cost more in round trips and ORM bookkeeping than in the
database's own work. `Questions` compiles each queryset as the ORM would and
sends them together as one `SELECT (…), EXISTS (…), …`, which SQLite and
PostgreSQL both answer without a table.

Each module still owns its questions: it adds them to a `Questions` passed in,
and reads the answers by name.
"""

from __future__ import annotations

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import QuerySet


class Questions:
    def __init__(self) -> None:
        self._parts: list[tuple[str, str, tuple, bool]] = []

    def _add(self, name: str, template: str, queryset: QuerySet, yes_no: bool) -> None:
        if any(part[0] == name for part in self._parts):
            raise ValueError(f"question {name!r} asked twice")
        try:
            sql, params = queryset.query.get_compiler(using=queryset.db).as_sql()
        except EmptyResultSet:  # e.g. .none(): known to have no rows without asking
            self._parts.append((name, "NULL", (), yes_no))
            return
        self._parts.append((name, template % sql, tuple(params), yes_no))

    def exists(self, name: str, queryset: QuerySet) -> None:
        """Is there any row?"""
        self._add(name, "EXISTS (%s)", queryset.order_by().values("pk")[:1], True)

    def at_least(self, name: str, queryset: QuerySet, count: int) -> None:
        """Are there `count` rows or more? Reads no further than the count-th row."""
        if count < 1:
            raise ValueError("count must be at least 1")
        rows = queryset.order_by().values("pk")[count - 1 : count]
        self._add(name, "EXISTS (%s)", rows, True)

    def value(self, name: str, queryset: QuerySet, field: str) -> None:
        """One field of the queryset's first row, or None. Values come back as the
        database driver gives them, so ask for ids, text and numbers."""
        self._add(name, "(%s)", queryset.values_list(field)[:1], False)

    def ask(self, using: str = "default") -> dict:
        """Send every question at once; the answers by name (yes/no as bool)."""
        if not self._parts:
            return {}
        select = ", ".join(part[1] for part in self._parts)
        params = [param for part in self._parts for param in part[2]]
        with connections[using].cursor() as cursor:
            cursor.execute(f"SELECT {select}", params)
            row = cursor.fetchone()
        return {
            name: bool(value) if yes_no else value
            for (name, _, _, yes_no), value in zip(self._parts, row, strict=True)
        }
