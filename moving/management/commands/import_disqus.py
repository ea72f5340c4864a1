"""manage.py import_disqus FILE: Disqus comments onto the answers they belong to."""

from django.core.management.base import BaseCommand

from moving.commands import run_import
from moving.importing import DisqusImport


class Command(BaseCommand):
    help = (
        "Import a Disqus export: each thread is matched to an answer by its address "
        "(answer pages and old addresses that redirect) or its identifier (a WordPress "
        "post id or an answer's slug). Threads that match nothing are listed."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the .xml file Disqus exported")

    def handle(self, *args, **options):
        run_import(
            self, options["file"], DisqusImport(), verbosity=options["verbosity"], label="Disqus"
        )
