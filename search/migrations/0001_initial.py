"""The search index: an FTS5 table on SQLite, a table of stored tsvectors on
PostgreSQL, with the triggers that keep them in step (search/index.py). The SQL
runs only for the database in use; the model is unmanaged (PostgreSQL's table)."""

import django.contrib.postgres.search
from django.db import migrations, models


def forwards(apps, schema_editor):
    from search import index

    index.install(schema_editor.connection.alias)
    index.rebuild(schema_editor.connection.alias)


def backwards(apps, schema_editor):
    from search import index

    index.uninstall(schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("column", "0003_answer_thread_note"),
        ("discussion", "0005_comment_support_note"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                ("id", models.BigIntegerField(primary_key=True, serialize=False)),
                ("answer_id", models.BigIntegerField()),
                ("vector", django.contrib.postgres.search.SearchVectorField()),
            ],
            options={"db_table": "search_document", "managed": False},
        ),
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
