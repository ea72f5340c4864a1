"""Several small questions to the database in one round trip.

A post is checked against bans, rate limits, verified pen names and the
poster's history before it is stored. Each check is a tiny indexed query, and
sent one by one they cost more in round trips and ORM bookkeeping than in the
database's own work. `Questions` compiles each queryset as the ORM would and
sends them together as one `SELECT (…), EXISTS (…), …`, which SQLite and
PostgreSQL both answer without a table.

Each module still owns its questions: it adds them to a `Questions` passed in,
and reads the answers by name.

Building and compiling those querysets on every post cost more than sending
them (a third of a worker's time under load, measured with py-spy). So a
question may also be given as a function that builds its queryset from named
values, defined once at module level: its SQL is then compiled once per shape,
with stand-ins for the text and time values, and later posts only put their
values in the stand-ins' places. Such a function uses its text and time values
only as values to filter by (a branch on one would not be seen); its other
values (empty ones, numbers, flags, models) are part of the shape. A shape that
can't be learnt that way (a value the query changes before using it) is simply
built each time, as a queryset given directly is.

On PostgreSQL the same round trip can also take the id the next row of a table
will have (`next_id`), so a row whose other columns depend on its own id (a
comment's tree path) is written by one INSERT instead of an INSERT and an UPDATE.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Model, QuerySet

Source = QuerySet | Callable[..., QuerySet]


def _as_sent(value, connection):
    """A value as the query's parameters hold it: times as the database takes them."""
    if isinstance(value, datetime):
        return connection.ops.adapt_datetimefield_value(value)
    return value


def _compile(queryset: QuerySet) -> tuple[str, tuple] | None:
    """The queryset's SQL and parameters, or None when it is known to be empty (.none())."""
    try:
        sql, params = queryset.query.get_compiler(using=queryset.db).as_sql()
    except EmptyResultSet:
        return None
    return sql, tuple(params)


@dataclass(frozen=True)
class _Shape:
    """A question's SQL with the places of its values among the parameters."""

    sql: str
    params: tuple
    places: tuple[tuple[int, str], ...]  # (position in params, name of the value)
    alias: str

    def bind(self, values: dict) -> tuple[str, tuple]:
        params = list(self.params)
        connection = connections[self.alias]
        for position, name in self.places:
            params[position] = _as_sent(values[name], connection)
        return self.sql, tuple(params)


_STOOD_IN = (str, datetime)  # the types of value a shape leaves a place for


def _stands_in(value) -> bool:
    return bool(value) and isinstance(value, _STOOD_IN)


def _stand_in(number: int, value):
    """A value that no query could contain by chance, of the same type; text that a
    field which cleaned or lowercased its input would change, so it would not be found."""
    if isinstance(value, str):
        return f" \x00Afterword stand-in {number}\x00 "
    return datetime(1901, 2, 3, 4, 5, 6, number + 1, tzinfo=UTC)


def _learn(build: Callable[..., QuerySet], values: dict, finish) -> _Shape | None:
    stand_ins, found = {}, {}
    for number, (name, value) in enumerate(sorted(values.items())):
        if _stands_in(value):
            stand_ins[name] = _stand_in(number, value)
    queryset = finish(build(**{**values, **stand_ins}))
    compiled = _compile(queryset)
    if compiled is None:
        return None
    sql, params = compiled
    connection = connections[queryset.db]
    for name, stand_in in stand_ins.items():
        sent = _as_sent(stand_in, connection)
        found[name] = [i for i, param in enumerate(params) if param == sent]
        if not found[name] or str(sent) in sql:
            return None  # changed on the way in, or not a parameter: build each time
    places = tuple(sorted((i, name) for name, positions in found.items() for i in positions))
    return _Shape(sql=sql, params=params, places=places, alias=queryset.db)


_shapes: dict[tuple, _Shape | None] = {}


def _compiled(build: Callable[..., QuerySet], values: dict, finish, kind: tuple):
    if "<locals>" in build.__qualname__:
        # A function made anew on each call would be a new shape each time, and what it
        # closes over would not be in the key.
        raise TypeError(f"{build.__qualname__}: build questions with a module-level function")
    # Empty values can change a query's shape (a clause left out), and values of other
    # types are built in as they are: both are part of the key.
    key = (build, kind) + tuple(
        (name, type(value) if _stands_in(value) else value)
        for name, value in sorted(values.items())
    )
    if key not in _shapes:
        _shapes[key] = _learn(build, values, finish)
    shape = _shapes[key]
    if shape is None:
        return _compile(finish(build(**values)))
    return shape.bind(values)


class Questions:
    def __init__(self) -> None:
        self._parts: list[tuple[str, str, tuple, bool]] = []

    def _part(self, name: str, sql: str, params: tuple, yes_no: bool) -> None:
        if any(part[0] == name for part in self._parts):
            raise ValueError(f"question {name!r} asked twice")
        self._parts.append((name, sql, params, yes_no))

    def _add(self, name, template, source: Source, values, finish, kind, yes_no) -> None:
        if callable(source):
            compiled = _compiled(source, values, finish, kind)
        else:
            compiled = _compile(finish(source))
        if compiled is None:  # e.g. .none(): known to have no rows without asking
            self._part(name, "NULL", (), yes_no)
            return
        sql, params = compiled
        self._part(name, template % sql, params, yes_no)

    def exists(self, name: str, source: Source, /, **values) -> None:
        """Is there any row? `source` is a queryset, or a module-level function that
        builds one from `values` (compiled once per shape)."""

        def finish(queryset):
            return queryset.order_by().values("pk")[:1]

        self._add(name, "EXISTS (%s)", source, values, finish, ("exists",), True)

    def at_least(self, name: str, source: Source, count: int, /, **values) -> None:
        """Are there `count` rows or more? Reads no further than the count-th row."""
        if count < 1:
            raise ValueError("count must be at least 1")

        def finish(queryset):
            return queryset.order_by().values("pk")[count - 1 : count]

        self._add(name, "EXISTS (%s)", source, values, finish, ("at_least", count), True)

    def value(self, name: str, source: Source, field: str, /, **values) -> None:
        """One field of the queryset's first row, or None. Values come back as the
        database driver gives them, so ask for ids, text and numbers."""

        def finish(queryset):
            return queryset.values_list(field)[:1]

        self._add(name, "(%s)", source, values, finish, ("value", field), False)

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
