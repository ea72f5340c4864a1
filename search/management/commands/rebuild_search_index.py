"""manage.py rebuild_search_index: index every published answer and comment again.

The triggers keep the index in step with every write (search/index.py), including
bulk imports; this is for a database restored or copied in by other means, or
after triggers were found missing.
"""

from django.core.management.base import BaseCommand
from django.db import DEFAULT_DB_ALIAS, transaction

from search import index


class Command(BaseCommand):
    help = "Rebuild the full-text search index from the published answers and comments."

    def add_arguments(self, parser):
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, database: str, **options):
        with transaction.atomic(using=database):
            if index.state(database) != "complete":
                index.install(database)
            index.rebuild(database)
        self.stdout.write("Search index rebuilt.")
