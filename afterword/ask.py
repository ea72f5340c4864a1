"""Several small questions to the database in one round trip.

A post is checked against bans, rate limits, verified pen names and the
poster's history before it is stored. Each check is a tiny indexed query, and
sent one by one they cost more in round trips and ORM bookkeeping than in the
database's own work. `Questions` compiles each queryset as the ORM would and
sends them together as one `SELECT (…), EXISTS (…), …`, which SQLite and
PostgreSQL both answer without a table.

Each module still owns its questions: it adds them to a `Questions` passed in,
and reads the answers by name.

On PostgreSQL the same round trip can also take the id the next row of a table
will have (`next_id`), so a row whose other columns depend on its own id (a
comment's tree path) is written by one INSERT instead of an INSERT and an UPDATE.
"""

from __future__ import annotations

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Model, QuerySet


class Questions:
    def __init__(self) -> None:
        self._parts: list[tuple[str, str, tuple, bool]] = []

    def _part(self, name: str, sql: str, params: tuple, yes_no: bool) -> None:
        if any(part[0] == name for part in self._parts):
            raise ValueError(f"question {name!r} asked twice")
        self._parts.append((name, sql, params, yes_no))

    def _add(self, name: str, template: str, queryset: QuerySet, yes_no: bool) -> None:
        try:
            sql, params = queryset.query.get_compiler(using=queryset.db).as_sql()
        except EmptyResultSet:  # e.g. .none(): known to have no rows without asking
            self._part(name, "NULL", (), yes_no)
            return
        self._part(name, template % sql, tuple(params), yes_no)

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

    def next_id(self, name: str, model: type[Model]) -> None:
        """The id the model's next row will have, taken from its sequence now
        (PostgreSQL): insert the row with it. If the row is never written, the id is
        simply not used, as after a rollback. None on databases that only number
        a row as they insert it (SQLite)."""
        connection = connections[model.objects.db]
        if connection.vendor != "postgresql":
            self._part(name, "NULL", (), False)
            return
        table = connection.ops.quote_name(model._meta.db_table)
        sql = "nextval(pg_get_serial_sequence(%s, %s))"
        self._part(name, sql, (table, model._meta.pk.column), False)

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
