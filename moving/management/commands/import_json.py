"""manage.py import_json FILE: an Afterword export (manage.py export) into this site."""

from django.core.management.base import BaseCommand

from moving.commands import run_import
from moving.json_import import JsonImport


class Command(BaseCommand):
    help = (
        "Import a site exported with `manage.py export`: columnists, topics, answers, "
        "comments with their threads (and letters, if the export has them). Running it "
        "again updates and adds; it never duplicates."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the .json file written by manage.py export")

    def handle(self, *args, **options):
        run_import(
            self, options["file"], JsonImport(), verbosity=options["verbosity"], label="Afterword"
        )
