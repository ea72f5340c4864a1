"""The table of the `versions` cache (Django's DatabaseCache) when there is no
REDIS_URL: public pages' versions, shared by every worker (afterword/pagecache.py).

`createcachetable` makes the table of every DatabaseCache in CACHES and skips
those that exist, so this is safe to run again and does nothing with Redis."""

from django.core.management import call_command
from django.db import migrations


def create_cache_tables(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("afterword", "0001_initial")]

    operations = [migrations.RunPython(create_cache_tables, migrations.RunPython.noop)]
