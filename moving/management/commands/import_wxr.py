"""manage.py import_wxr FILE: a WordPress export (WXR 1.0–1.2) into the column."""

from django.core.management.base import BaseCommand

from moving.commands import run_import
from moving.importing import WxrImport
from moving.layouts import LAYOUTS


class Command(BaseCommand):
    help = (
        "Import a WordPress export (Tools → Export): posts become answers, authors "
        "columnists, categories and tags topics, comments keep their threads. Old links "
        "redirect. Running it again updates and adds; it never duplicates. An item that "
        "cannot be imported is left out with a line saying why; the rest come in."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the .xml file WordPress exported")
        parser.add_argument(
            "--layout",
            choices=LAYOUTS,
            default="auto",
            help="how posts lay out the letter and the answer: 'more' (the letter before "
            "<!--more-->), 'blockquote' (a quote that opens the post), 'signed' (paragraphs "
            "signed '— Pen Name', then 'Dear …,'), 'whole' (the post is the answer), or "
            "'auto' (the first of these that fits each post; the default)",
        )
        parser.add_argument(
            "--strict",
            action="store_true",
            help="all or nothing: stop at the first item that cannot be imported and change "
            "nothing",
        )

    def handle(self, *args, **options):
        importer = WxrImport(layout=options["layout"], strict=options["strict"])
        run_import(
            self, options["file"], importer, verbosity=options["verbosity"], label="WordPress"
        )
