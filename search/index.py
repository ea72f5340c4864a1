"""The search index, kept by the database itself.

One place keeps the index in step with what readers can read: triggers on the
comment and answer tables, created by this app's migration. They fire on every
write path there is — `save()`, the services' `QuerySet.update()` calls (a
comment removed by its author, a person erased), `bulk_create` in imports and
benchmarks, the admin, raw SQL — so no path can forget to say that a text
changed, and nothing in the other apps needs to know that search exists.

- SQLite: an FTS5 table `search_text` holds a copy of the published texts
  (comments under their id, answers under minus their id), so `bm25()`,
  `snippet()` and `highlight()` work on it; `search_entry` says which answer
  each belongs to.
- PostgreSQL: a narrow table `search_document` (id as above, the answer, and a
  stored tsvector, GIN-indexed), filled by AFTER triggers. Narrow on purpose: a
  vector kept on the wide comment row is moved out to TOAST storage, and a word
  found in thousands of comments then costs a TOAST lookup per comment (about
  four to eight times slower, measured). No column is added to other apps' tables.

Only published texts are indexed, and a comment leaves the index in the very
statement that hides it. Whether its answer is live depends on the clock, so
that is asked at query time (a scheduled answer appears on its date).

SQLite drops a table's triggers when Django rebuilds the table for a schema
change (`_remake_table`); `ensure()` runs after every `migrate` (apps.py) and
puts them back, rebuilding the index. `rebuild()` is also `manage.py
rebuild_search_index`.
"""

# Every name put into this SQL is a constant of this module; values are never formatted in.
# ruff: noqa: S608

from __future__ import annotations

from django.db import connections

FTS_TABLE = "search_text"
ENTRY_TABLE = "search_entry"
DOCUMENT_TABLE = "search_document"
CONFIG = "english"  # PostgreSQL's text search configuration; FTS5 uses Porter stemming

_COMMENT, _ANSWER = "discussion_comment", "column_answer"
_PUBLISHED = "'published'"  # Comment.Status.PUBLISHED and Answer.Status.PUBLISHED

# --- SQLite -----------------------------------------------------------------------------

_SQLITE_TABLES = [
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(
        title, letter, body, name, tokenize = 'porter unicode61 remove_diacritics 2'
    )""",
    # Which answer each indexed text belongs to, in a narrow table: a search that
    # matches thousands of comments checks their answers here, not in the wide
    # comment rows.
    f"""CREATE TABLE IF NOT EXISTS {ENTRY_TABLE} (
        id INTEGER PRIMARY KEY, answer_id INTEGER NOT NULL
    )""",
]


def _sqlite_sync(table: str, key: str, columns: str) -> str:
    """Trigger statements that index the `new` row when it is published (rowid `key`)."""
    return f"""
    INSERT INTO {FTS_TABLE}(rowid, title, letter, body, name)
        SELECT {key}, {columns} WHERE new.status = {_PUBLISHED};
    INSERT INTO {ENTRY_TABLE}(id, answer_id)
        SELECT {key}, {"new.answer_id" if table == _COMMENT else "new.id"}
        WHERE new.status = {_PUBLISHED};"""


def _sqlite_forget(key: str) -> str:
    return f"""
    DELETE FROM {FTS_TABLE} WHERE rowid = {key};
    DELETE FROM {ENTRY_TABLE} WHERE id = {key};"""


_COMMENT_TEXT = "'', '', new.body, new.pen_name"
_ANSWER_TEXT = "new.title, new.question, new.body, new.pen_name"
_SQLITE_TRIGGERS = {
    "search_comment_insert": f"""
CREATE TRIGGER IF NOT EXISTS search_comment_insert AFTER INSERT ON {_COMMENT} BEGIN
    {_sqlite_sync(_COMMENT, "new.id", _COMMENT_TEXT)}
END""",
    "search_comment_update": f"""
CREATE TRIGGER IF NOT EXISTS search_comment_update
AFTER UPDATE OF body, pen_name, status, answer_id ON {_COMMENT} BEGIN
    {_sqlite_forget("old.id")}
    {_sqlite_sync(_COMMENT, "new.id", _COMMENT_TEXT)}
END""",
    "search_comment_delete": f"""
CREATE TRIGGER IF NOT EXISTS search_comment_delete AFTER DELETE ON {_COMMENT} BEGIN
    {_sqlite_forget("old.id")}
END""",
    "search_answer_insert": f"""
CREATE TRIGGER IF NOT EXISTS search_answer_insert AFTER INSERT ON {_ANSWER} BEGIN
    {_sqlite_sync(_ANSWER, "-new.id", _ANSWER_TEXT)}
END""",
    "search_answer_update": f"""
CREATE TRIGGER IF NOT EXISTS search_answer_update
AFTER UPDATE OF title, question, body, pen_name, status ON {_ANSWER} BEGIN
    {_sqlite_forget("-old.id")}
    {_sqlite_sync(_ANSWER, "-new.id", _ANSWER_TEXT)}
END""",
    "search_answer_delete": f"""
CREATE TRIGGER IF NOT EXISTS search_answer_delete AFTER DELETE ON {_ANSWER} BEGIN
    {_sqlite_forget("-old.id")}
END""",
}
_SQLITE_REBUILD = [
    f"DELETE FROM {FTS_TABLE}",
    f"DELETE FROM {ENTRY_TABLE}",
    f"INSERT INTO {FTS_TABLE}(rowid, title, letter, body, name) "
    f"SELECT id, '', '', body, pen_name FROM {_COMMENT} WHERE status = {_PUBLISHED}",
    f"INSERT INTO {FTS_TABLE}(rowid, title, letter, body, name) "
    f"SELECT -id, title, question, body, pen_name FROM {_ANSWER} WHERE status = {_PUBLISHED}",
    f"INSERT INTO {ENTRY_TABLE}(id, answer_id) "
    f"SELECT id, answer_id FROM {_COMMENT} WHERE status = {_PUBLISHED}",
    f"INSERT INTO {ENTRY_TABLE}(id, answer_id) "
    f"SELECT -id, id FROM {_ANSWER} WHERE status = {_PUBLISHED}",
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')",
]

# --- PostgreSQL -------------------------------------------------------------------------

# The weights: a name or a title counts most (A), the words themselves next (B).
# Texts are plain, not HTML: angle brackets are read as spaces, or PostgreSQL's
# parser would take "<my name>" for a tag and leave its words out.
_PG_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION search_comment_vector(pen_name text, body text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('{CONFIG}', translate(coalesce(pen_name, ''), '<>', '  ')), 'A')
        || setweight(to_tsvector('{CONFIG}', translate(coalesce(body, ''), '<>', '  ')), 'B')
$$;
CREATE OR REPLACE FUNCTION search_answer_vector(
    title text, question text, body text, pen_name text
) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('{CONFIG}', translate(coalesce(title, ''), '<>', '  ')), 'A')
        || setweight(to_tsvector('{CONFIG}', translate(coalesce(pen_name, ''), '<>', '  ')), 'A')
        || setweight(to_tsvector('{CONFIG}', translate(coalesce(question, ''), '<>', '  ')), 'B')
        || setweight(to_tsvector('{CONFIG}', translate(coalesce(body, ''), '<>', '  ')), 'B')
$$;
CREATE OR REPLACE FUNCTION search_comment_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        DELETE FROM {DOCUMENT_TABLE} WHERE id > 0;
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM {DOCUMENT_TABLE} WHERE id = OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.status = {_PUBLISHED} THEN
        INSERT INTO {DOCUMENT_TABLE} (id, answer_id, vector)
        VALUES (NEW.id, NEW.answer_id, search_comment_vector(NEW.pen_name, NEW.body));
    END IF;
    RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION search_answer_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        DELETE FROM {DOCUMENT_TABLE} WHERE id < 0;
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM {DOCUMENT_TABLE} WHERE id = -OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.status = {_PUBLISHED} THEN
        INSERT INTO {DOCUMENT_TABLE} (id, answer_id, vector) VALUES (-NEW.id, NEW.id,
            search_answer_vector(NEW.title, NEW.question, NEW.body, NEW.pen_name));
    END IF;
    RETURN NULL;
END $$;
"""
_PG_TABLES = f"""
CREATE TABLE IF NOT EXISTS {DOCUMENT_TABLE} (
    id bigint PRIMARY KEY,  -- a comment's id, or minus an answer's
    answer_id bigint NOT NULL,
    vector tsvector NOT NULL
);
CREATE INDEX IF NOT EXISTS search_document_vector_gin ON {DOCUMENT_TABLE} USING gin (vector);
CREATE INDEX IF NOT EXISTS search_document_answer ON {DOCUMENT_TABLE} (answer_id);
CREATE OR REPLACE TRIGGER search_comment_sync
    AFTER INSERT OR DELETE OR UPDATE OF pen_name, body, status, answer_id ON {_COMMENT}
    FOR EACH ROW EXECUTE FUNCTION search_comment_sync();
CREATE OR REPLACE TRIGGER search_comment_truncate AFTER TRUNCATE ON {_COMMENT}
    FOR EACH STATEMENT EXECUTE FUNCTION search_comment_sync();
CREATE OR REPLACE TRIGGER search_answer_sync
    AFTER INSERT OR DELETE OR UPDATE OF title, question, body, pen_name, status ON {_ANSWER}
    FOR EACH ROW EXECUTE FUNCTION search_answer_sync();
CREATE OR REPLACE TRIGGER search_answer_truncate AFTER TRUNCATE ON {_ANSWER}
    FOR EACH STATEMENT EXECUTE FUNCTION search_answer_sync();
"""
_PG_TRIGGER_NAMES = [
    "search_comment_sync",
    "search_comment_truncate",
    "search_answer_sync",
    "search_answer_truncate",
]
_PG_REBUILD = [
    f"DELETE FROM {DOCUMENT_TABLE}",
    f"INSERT INTO {DOCUMENT_TABLE} (id, answer_id, vector) "
    f"SELECT id, answer_id, search_comment_vector(pen_name, body) FROM {_COMMENT} "
    f"WHERE status = {_PUBLISHED}",
    f"INSERT INTO {DOCUMENT_TABLE} (id, answer_id, vector) "
    f"SELECT -id, id, search_answer_vector(title, question, body, pen_name) FROM {_ANSWER} "
    f"WHERE status = {_PUBLISHED}",
    f"ANALYZE {DOCUMENT_TABLE}",
]
_PG_UNINSTALL = f"""
DROP TRIGGER IF EXISTS search_comment_sync ON {_COMMENT};
DROP TRIGGER IF EXISTS search_comment_truncate ON {_COMMENT};
DROP TRIGGER IF EXISTS search_answer_sync ON {_ANSWER};
DROP TRIGGER IF EXISTS search_answer_truncate ON {_ANSWER};
DROP TABLE IF EXISTS {DOCUMENT_TABLE};
DROP FUNCTION IF EXISTS search_comment_sync();
DROP FUNCTION IF EXISTS search_answer_sync();
DROP FUNCTION IF EXISTS search_comment_vector(text, text);
DROP FUNCTION IF EXISTS search_answer_vector(text, text, text, text);
"""


def _run(using: str, statements: list[str]) -> None:
    with connections[using].cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def install(using: str = "default") -> None:
    """Create the index and its triggers (idempotent); the migration calls it."""
    vendor = connections[using].vendor
    if vendor == "sqlite":
        _run(using, [*_SQLITE_TABLES, *_SQLITE_TRIGGERS.values()])
    elif vendor == "postgresql":
        _run(using, [_PG_FUNCTIONS, _PG_TABLES])


def uninstall(using: str = "default") -> None:
    vendor = connections[using].vendor
    if vendor == "sqlite":
        drops = [f"DROP TRIGGER IF EXISTS {name}" for name in _SQLITE_TRIGGERS]
        _run(
            using,
            [*drops, f"DROP TABLE IF EXISTS {FTS_TABLE}", f"DROP TABLE IF EXISTS {ENTRY_TABLE}"],
        )
    elif vendor == "postgresql":
        _run(using, [_PG_UNINSTALL])


def rebuild(using: str = "default") -> None:
    """Index every published text again from the tables (after a restore, say)."""
    vendor = connections[using].vendor
    if vendor == "sqlite":
        _run(using, _SQLITE_REBUILD)
    elif vendor == "postgresql":
        _run(using, _PG_REBUILD)


def state(using: str = "default") -> str:
    """ "absent" (migration not applied), "complete", or "broken" (some part missing)."""
    connection = connections[using]
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
            found = {name for (name,) in cursor.fetchall()}
            if FTS_TABLE not in found:
                return "absent"
            return "complete" if {ENTRY_TABLE, *_SQLITE_TRIGGERS} <= found else "broken"
        if connection.vendor == "postgresql":
            cursor.execute("SELECT count(*) FROM pg_proc WHERE proname = 'search_comment_sync'")
            if not cursor.fetchone()[0]:
                return "absent"
            cursor.execute(
                "SELECT count(*) FROM pg_trigger WHERE tgname = ANY(%s)", [_PG_TRIGGER_NAMES]
            )
            triggers = cursor.fetchone()[0]
            cursor.execute("SELECT to_regclass(%s) IS NOT NULL", [DOCUMENT_TABLE])
            table = cursor.fetchone()[0]
            return "complete" if table and triggers == len(_PG_TRIGGER_NAMES) else "broken"
    return "absent"


def ensure(using: str = "default") -> bool:
    """Put back whatever part of the index a schema change took away, and rebuild it.
    Returns whether anything had to be repaired."""
    if state(using) != "broken":
        return False
    install(using)
    rebuild(using)
    return True
