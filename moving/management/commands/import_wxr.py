"""manage.py import_wxr FILE: a WordPress export (WXR 1.0–1.2) into the column."""

from django.core.management.base import BaseCommand

from moving.commands import run_import
from moving.importing import WxrImport


class Command(BaseCommand):
    help = (
        "Import a WordPress export (Tools → Export): posts become answers, authors "
        "columnists, categories and tags topics, comments keep their threads. Old links "
        "redirect. Running it again updates and adds; it never duplicates."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the .xml file WordPress exported")

    def handle(self, *args, **options):
        run_import(
            self, options["file"], WxrImport(), verbosity=options["verbosity"], label="WordPress"
        )
